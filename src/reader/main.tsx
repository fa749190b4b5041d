import { render } from 'preact';
import browser from 'webextension-polyfill';
import { translate } from '../platform/i18n';
import { uiDirection } from '../ui/ArticleView';
import { I18nContext } from '../ui/i18n';
import { Reader } from './Reader';
import { parseReaderUrl } from './reader-url';
import './reader.css';

const locale = browser.i18n.getUILanguage();
document.documentElement.lang = locale;
document.documentElement.dir = uiDirection(locale);
document.title = translate('readerPageTitle');

render(
  <I18nContext.Provider value={translate}>
    <Reader source={parseReaderUrl(location.search)} locale={locale} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
