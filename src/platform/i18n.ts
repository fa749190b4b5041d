import browser from 'webextension-polyfill';
import { translateEnglish, type Translate } from '../core/messages';

/** The browser's translation for the UI language, English when a key is missing there. */
export const translate: Translate = (key, ...substitutions) => {
  let localized = '';
  try {
    localized = browser.i18n.getMessage(key, substitutions.map(String));
  } catch {
    // No i18n API here (unit tests): English below.
  }
  return localized || translateEnglish(key, ...substitutions);
};
