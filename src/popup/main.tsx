import { render } from 'preact';
import browser from 'webextension-polyfill';
import { translate } from '../platform/i18n';
import { I18nContext } from '../ui/i18n';
import { App } from './App';
import './popup.css';

// `?tab=N` shows the popup for a given tab when it is opened as a page rather than from the toolbar.
const requested = Number(new URLSearchParams(location.search).get('tab'));
const tabId = Number.isInteger(requested) && requested > 0 ? requested : null;

document.documentElement.lang = browser.i18n.getUILanguage();
render(
  <I18nContext.Provider value={translate}>
    <App tabId={tabId} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
