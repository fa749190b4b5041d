import { fakeBrowser } from '@webext-core/fake-browser';
import browser from 'webextension-polyfill';
import { beforeEach, expect, test, vi } from 'vitest';
import { makeArticle } from '../../tests/support/article';
import { readTab } from './read-tab';

const executeScript = vi.fn();
beforeEach(() => {
  // fake-browser has no scripting API: the test stands in for the browser's injection.
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  executeScript.mockReset().mockResolvedValue([{ frameId: 0 }]);
});

async function openTab(url: string) {
  const tab = await fakeBrowser.tabs.create({ url, active: true });
  return tab.id!;
}

test('injects the content script into the tab, then asks it for the story', async () => {
  const tabId = await openTab('https://news.example/story');
  const article = makeArticle();
  vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: true, article });
  expect(await readTab(tabId)).toEqual({ ok: true, article });
  expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: ['/content.js'] });
  expect(browser.tabs.sendMessage).toHaveBeenCalledWith(tabId, { type: 'broadsheet/extract', force: false });
});

test('restricted pages get a clear message and are never injected', async () => {
  const tabId = await openTab('chrome://settings');
  expect(await readTab(tabId)).toMatchObject({ ok: false, reason: 'restricted', message: expect.stringMatching(/Browser pages/) });
  expect(executeScript).not.toHaveBeenCalled();
});

test('an error page (offline) says there is nothing to read', async () => {
  const tabId = await openTab('https://news.example/story');
  executeScript.mockRejectedValue(new Error('Frame with ID 0 is showing error page'));
  expect(await readTab(tabId)).toMatchObject({ ok: false, reason: 'unreachable', message: expect.stringMatching(/did not load/) });
});

test('a page the browser will not let us script is reported as restricted', async () => {
  const tabId = await openTab('https://news.example/story');
  executeScript.mockRejectedValue(new Error('Cannot access contents of the page.'));
  expect(await readTab(tabId)).toMatchObject({ ok: false, reason: 'restricted' });
});

test('a malformed answer from the page is not trusted', async () => {
  const tabId = await openTab('https://news.example/story');
  vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: true, article: { title: '<b>' } });
  expect(await readTab(tabId)).toMatchObject({ ok: false, reason: 'parse-failed' });
});

test('no tab or a closed tab is a clear failure', async () => {
  expect(await readTab(null)).toMatchObject({ ok: false, reason: 'no-tab' });
  expect(await readTab(98765)).toMatchObject({ ok: false, reason: 'no-tab' });
});

test("the page's own failures are worded here, in the interface language, whatever the page sent", async () => {
  const tabId = await openTab('https://news.example/story');
  vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue({ ok: false, reason: 'not-article', message: 'anything the page says' });
  expect(await readTab(tabId)).toEqual({ ok: false, reason: 'not-article', message: 'This page does not look like an article.' });
});
