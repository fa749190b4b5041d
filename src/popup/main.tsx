import { render } from 'preact';
import browser from 'webextension-polyfill';
import { translate } from '../platform/i18n';
import { loadSettings, watchSettings } from '../platform/settings';
import { I18nContext } from '../ui/i18n';
import { applySettings } from '../ui/typography';
import { App } from './App';
import './popup.css';

// `?tab=N` shows the popup for a given tab when it is opened as a page rather than from the toolbar.
const requested = Number(new URLSearchParams(location.search).get('tab'));
const tabId = Number.isInteger(requested) && requested > 0 ? requested : null;

document.documentElement.lang = browser.i18n.getUILanguage();

// Reading settings (theme, font, size, spacing) apply here as in the reader, and follow changes.
const root = document.getElementById('app')!;
let saveImages = true;
const draw = () =>
  render(
    <I18nContext.Provider value={translate}>
      <App tabId={tabId} saveImages={saveImages} />
    </I18nContext.Provider>,
    root,
  );

let stopFollowingSystem = () => {};
const paint = (settings: Parameters<typeof applySettings>[1]) => {
  stopFollowingSystem();
  stopFollowingSystem = applySettings(document.documentElement, settings);
  if (settings.saveImages !== saveImages) {
    saveImages = settings.saveImages;
    draw();
  }
};
draw();
void loadSettings().then(paint);
watchSettings(paint);
