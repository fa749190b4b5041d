import { expect, test } from 'vitest';
import { restrictionOf } from './restricted';

test.each([
  ['chrome://settings', 'browser-page'],
  ['about:addons', 'browser-page'],
  ['edge://extensions', 'browser-page'],
  ['view-source:https://news.example/', 'browser-page'],
  ['chrome-extension://abc/popup.html', 'browser-page'],
  ['moz-extension://abc/popup.html', 'browser-page'],
  ['https://chromewebstore.google.com/detail/x', 'store'],
  ['https://chrome.google.com/webstore/detail/x', 'store'],
  ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'store'],
  ['https://papers.example/report.pdf', 'pdf'],
  ['https://news.example/story', null],
  ['https://chrome.google.com/other', null],
  [undefined, null],
])('%s → %s', (url, kind) => {
  expect(restrictionOf(url)).toBe(kind);
});
