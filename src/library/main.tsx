import { render } from 'preact';
import browser from 'webextension-polyfill';
import { translate } from '../platform/i18n';
import { loadSettings, watchSettings } from '../platform/settings';
import { uiDirection } from '../ui/ArticleView';
import { I18nContext } from '../ui/i18n';
import { applySettings } from '../ui/typography';
import { Library } from './Library';
import './library.css';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
document.documentElement.dir = uiDirection(locale);
document.title = translate('libraryTitle');

// The reading theme applies here too, and follows changes made in the reader or popup.
let stopFollowingSystem = () => {};
const paint = (settings: Parameters<typeof applySettings>[1]) => {
  stopFollowingSystem();
  stopFollowingSystem = applySettings(document.documentElement, settings);
};
void loadSettings().then(paint);
watchSettings(paint);

render(
  <I18nContext.Provider value={translate}>
    <Library locale={locale} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
