import { fakeBrowser } from '@webext-core/fake-browser';
import type { Menus } from 'webextension-polyfill';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { makeArticle } from '../../tests/support/article';
import { menuAction, MENU_SAVE_LINK, MENU_SAVE_PAGE } from '../platform/menus';
import { saveSettings } from '../platform/settings';
import { listStories, saveArticle, updateState } from '../platform/store';
import { flashBadge } from '../platform/toolbar';
import { fetchPendingImages, refreshBadge, saveFromPage, saveLinkFrom, savePage } from './save';

const readTab = vi.hoisted(() => vi.fn());
vi.mock('../platform/read-tab', () => ({ readTab, activeTabId: async () => 99 }));

const images = vi.hoisted(() => ({ has: vi.fn(), fetch: vi.fn() }));
vi.mock('../platform/images', () => ({ hasImagePermission: images.has, fetchImages: images.fetch }));

beforeEach(() => {
  readTab.mockReset();
  images.has.mockReset().mockResolvedValue(false);
  images.fetch.mockReset().mockResolvedValue([]);
});

const action = fakeBrowser.action;
const badge = (tabId?: number) => action.getBadgeText(tabId === undefined ? {} : { tabId });

test('save-page reads the tab with the popup’s path, saves the story and confirms with ✓ on that tab', async () => {
  readTab.mockResolvedValue({ ok: true, article: makeArticle({ title: 'Tram line approved' }) });
  const outcome = await savePage(5);
  expect(readTab).toHaveBeenCalledWith(5);
  expect(outcome).toMatchObject({ ok: true, title: 'Tram line approved' });
  const list = await listStories();
  expect(list.ok && list.stories.map((s) => s.title)).toEqual(['Tram line approved']);
  expect(await badge(5)).toBe('✓');
  expect(await action.getTitle({ tabId: 5 })).toBe('Saved to Broadsheet: Tram line approved');
});

test('without a tab from the browser the active tab is saved', async () => {
  readTab.mockResolvedValue({ ok: true, article: makeArticle() });
  await savePage(null);
  expect(readTab).toHaveBeenCalledWith(99);
});

test('a page that cannot be saved shows ! and says why, in the interface language', async () => {
  // readTab words the page's failure in the interface language; the badge passes it on.
  readTab.mockResolvedValue({ ok: false, reason: 'not-article', message: 'This page does not look like an article.' });
  expect(await savePage(5)).toEqual({ ok: false, message: 'This page does not look like an article.' });
  expect(await badge(5)).toBe('!');
  expect(await action.getTitle({ tabId: 5 })).toMatch(/could not save this page: This page does not look like an article/);
  const list = await listStories();
  expect(list.ok && list.stories).toEqual([]);
});

test('the confirmation clears after a moment, back to the shared badge', async () => {
  await action.setBadgeText({ text: '3' });
  await flashBadge(5, 'saved', 'Saved', 20);
  expect(await badge(5)).toBe('✓');
  // The tab's own text is removed (the fake browser then reports '', a real one the shared '3').
  await vi.waitFor(async () => expect(await badge(5)).toBe(''), { timeout: 1000 });
  expect(await badge()).toBe('3');
});

test('save-link stores a link-only story with the link text as its title', async () => {
  const outcome = await saveLinkFrom('https://news.example/later', 'Read this later', 5);
  expect(outcome).toMatchObject({ ok: true, title: 'Read this later' });
  const list = await listStories();
  expect(list.ok && list.stories[0]).toMatchObject({ url: 'https://news.example/later', linkOnly: true });
  expect(await badge(5)).toBe('✓');
});

test('context-menu clicks map to our actions; other items and non-web links are ignored', () => {
  const tab = { id: 4 } as never;
  const click = (info: Partial<Menus.OnClickData>) => menuAction({ editable: false, modifiers: [], ...info } as Menus.OnClickData, tab);
  expect(click({ menuItemId: MENU_SAVE_PAGE, pageUrl: 'https://x.example/' })).toEqual({ kind: 'save-page', tabId: 4 });
  expect(click({ menuItemId: MENU_SAVE_LINK, linkUrl: 'https://x.example/a', linkText: ' A story ' })).toEqual({
    kind: 'save-link',
    url: 'https://x.example/a',
    title: 'A story',
    tabId: 4,
  });
  expect(click({ menuItemId: MENU_SAVE_LINK, linkUrl: 'javascript:alert(1)' })).toBeNull();
  expect(click({ menuItemId: 'someone-else' })).toBeNull();
});

test('the badge shows the unread count, and nothing when the setting is off', async () => {
  await refreshBadge();
  expect(await badge()).toBe('');
  for (const n of [1, 2, 3]) await saveArticle(makeArticle({ url: `https://news.example/${n}` }), { now: n });
  await refreshBadge();
  expect(await badge()).toBe('3');
  expect(await action.getTitle({})).toBe('Read with Broadsheet (3 unread)');
  const list = await listStories();
  if (!list.ok) throw new Error(list.message);
  await updateState([list.stories[0]!.id], { read: true });
  await refreshBadge();
  expect(await badge()).toBe('2');
  await saveSettings({ showBadge: false });
  await refreshBadge();
  expect(await badge()).toBe('');
  expect(await action.getTitle({})).toBe('Read with Broadsheet');
});

describe('a save handed over by the popup while it asks for the image permission', () => {
  const withImage = () =>
    makeArticle({ url: 'https://news.example/pictures', contentHtml: '<p>Text.</p><img src="https://img.example/a.png">' as never });

  test('is saved at once, and its images wait for the permission, then arrive', async () => {
    images.has.mockResolvedValue(false);
    const result = await saveFromPage(withImage());
    expect(result).toMatchObject({ ok: true });
    const stored = await fakeBrowser.storage.local.get(null);
    expect((stored.index as { stories: unknown[] }).stories).toHaveLength(1);
    expect(stored['images-pending']).toEqual([result.ok && result.id]);
    expect(images.fetch).not.toHaveBeenCalled();

    images.has.mockResolvedValue(true);
    images.fetch.mockResolvedValue([{ id: 'img', source: 'https://img.example/a.png', dataUrl: 'data:image/png;base64,AA', width: 1, height: 1, bytes: 2 }]);
    await fetchPendingImages();
    expect(images.fetch).toHaveBeenCalledWith(['https://img.example/a.png']);
    const after = await fakeBrowser.storage.local.get(null);
    expect(after['image:img']).toMatchObject({ source: 'https://img.example/a.png' });
    expect(after['images-pending']).toBeUndefined();
  });

  test('with the permission already granted, images are fetched straight away; with image saving off, never', async () => {
    images.has.mockResolvedValue(true);
    images.fetch.mockResolvedValue([]);
    await saveFromPage(withImage());
    expect(images.fetch).toHaveBeenCalledTimes(1);
    await saveSettings({ saveImages: false });
    await saveFromPage(withImage());
    expect(images.fetch).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.storage.local.get('images-pending'))['images-pending']).toBeUndefined();
  });
});
