import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, test, vi } from 'vitest';
import { makeArticle } from '../../tests/support/article';
import { storyIdFor } from '../core/story-id';
import {
  deleteStories,
  deleteStory,
  getStory,
  getStoryImages,
  HEAD_KEY,
  INDEX_KEY,
  isSaved,
  listRecent,
  listStories,
  restoreStories,
  saveArticle,
  saveLink,
  saveProgress,
  storageReport,
  storyKey,
  unreadCount,
  updateState,
} from './store';
import { SCHEMA_VERSION } from './store-schema';

const local = fakeBrowser.storage.local;
/** The saved summary for a page, read from the list. */
const findSaved = async (url: string) => {
  const list = await listStories();
  return list.ok ? (list.stories.find((s) => s.id === storyIdFor(url)) ?? null) : null;
};
const snapshot = async () => structuredClone(await local.get(null));

describe('saving', () => {
  test('stores the body under its own key and a small summary in the versioned index', async () => {
    const article = makeArticle();
    const result = await saveArticle(article, { now: 1000 });
    expect(result).toMatchObject({ ok: true, updated: false });
    const id = storyIdFor(article.canonicalUrl);
    const stored = await local.get(null);
    expect(stored[INDEX_KEY]).toEqual({ version: SCHEMA_VERSION, stories: [expect.objectContaining({ id, title: article.title, savedAt: 1000 })] });
    expect((stored[INDEX_KEY] as { stories: object[] }).stories[0]).not.toHaveProperty('contentHtml');
    expect(stored[storyKey(id)]).toMatchObject({ version: SCHEMA_VERSION, id, article: { contentHtml: article.contentHtml } });
  });

  test('saving the same story twice updates it instead of duplicating it', async () => {
    await saveArticle(makeArticle({ title: 'First take' }), { now: 1000 });
    const again = await saveArticle(
      makeArticle({ title: 'Corrected headline', url: 'https://www.news.example/2024/06/19/story/?utm_source=x#top' }),
      { now: 2000 },
    );
    expect(again).toMatchObject({ ok: true, updated: true });
    const list = await listStories();
    expect(list.ok && list.stories.map((s) => s.title)).toEqual(['Corrected headline']);
  });

  test('concurrent saves are serialized and lose nothing', async () => {
    const articles = Array.from({ length: 25 }, (_, i) => makeArticle({ url: `https://news.example/story-${i}`, title: `Story ${i}` }));
    const results = await Promise.all(articles.map((a, i) => saveArticle(a, { now: i })));
    expect(results.every((r) => r.ok)).toBe(true);
    const list = await listStories();
    expect(list.ok && list.stories).toHaveLength(25);
    expect(list.ok && list.stories[0]?.title).toBe('Story 24');
  });

  test('a quota error on the index write is reported and leaves storage as it was', async () => {
    await saveArticle(makeArticle({ url: 'https://news.example/kept' }), { now: 1 });
    const before = await snapshot();
    const realSet = local.set.bind(local);
    vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (INDEX_KEY in items) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    const result = await saveArticle(makeArticle({ url: 'https://news.example/new' }), { now: 2 });
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    expect(!result.ok && result.message).toMatch(/Storage is full/);
    expect(await snapshot()).toEqual(before);
  });

  test('a failed content write changes nothing and says why', async () => {
    const before = await snapshot();
    vi.spyOn(local, 'set').mockRejectedValue(new Error('disk I/O error'));
    const result = await saveArticle(makeArticle(), { now: 1 });
    expect(result).toMatchObject({ ok: false, reason: 'write-failed' });
    expect(!result.ok && result.message).toContain('disk I/O error');
    expect(await snapshot()).toEqual(before);
  });

  test('a failed update restores the previous body', async () => {
    await saveArticle(makeArticle({ title: 'Original' }), { now: 1 });
    const before = await snapshot();
    const realSet = local.set.bind(local);
    vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (INDEX_KEY in items) throw new Error('write refused');
      return realSet(items);
    });
    expect((await saveArticle(makeArticle({ title: 'Changed' }), { now: 2 })).ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});

describe('reading', () => {
  test('the list is newest first and reads only the index', async () => {
    await saveArticle(makeArticle({ url: 'https://news.example/a', title: 'Older' }), { now: 1 });
    await saveArticle(makeArticle({ url: 'https://news.example/b', title: 'Newer' }), { now: 2 });
    const get = vi.spyOn(local, 'get');
    const list = await listStories();
    expect(list.ok && list.stories.map((s) => s.title)).toEqual(['Newer', 'Older']);
    expect(get.mock.calls).toEqual([[INDEX_KEY]]);
  });

  test('an empty store is an empty list', async () => {
    expect(await listStories()).toEqual({ ok: true, stories: [], notice: null });
  });

  test('a saved story opens from storage alone', async () => {
    const article = makeArticle();
    await saveArticle(article, { now: 5 });
    const result = await getStory(storyIdFor(article.canonicalUrl));
    expect(result).toMatchObject({ ok: true, story: { id: storyIdFor(article.canonicalUrl), savedAt: 5, article, images: {} }, summary: { title: article.title } });
    expect(await getStory('missing')).toMatchObject({ ok: false, reason: 'not-found' });
  });

  test('a damaged story record is reported, not thrown', async () => {
    await local.set({ [storyKey('bad')]: { id: 'bad', article: 'nonsense' } });
    expect(await getStory('bad')).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  test('a corrupt index is rebuilt from the story records', async () => {
    await saveArticle(makeArticle({ url: 'https://news.example/a', title: 'A' }), { now: 1 });
    await saveArticle(makeArticle({ url: 'https://news.example/b', title: 'B' }), { now: 2 });
    await local.set({ [INDEX_KEY]: 'garbage' });
    const list = await listStories();
    expect(list.ok && list.stories.map((s) => s.title)).toEqual(['B', 'A']);
    expect(list.ok && list.notice).toMatch(/rebuilt/);
    expect(await local.get(INDEX_KEY)).toMatchObject({ [INDEX_KEY]: { version: SCHEMA_VERSION } });
  });

  test('damaged entries are left out of the list with a notice', async () => {
    await saveArticle(makeArticle(), { now: 1 });
    const { index } = (await local.get(INDEX_KEY)) as { index: { version: number; stories: unknown[] } };
    await local.set({ [INDEX_KEY]: { ...index, stories: [...index.stories, { nonsense: true }] } });
    const list = await listStories();
    expect(list.ok && list.stories).toHaveLength(1);
    expect(list.ok && list.notice).toMatch(/Damaged entries left out of your saved list: 1/);
  });
});

describe('versions', () => {
  test('data from a newer version is listed read-only and never overwritten', async () => {
    const newer = { version: SCHEMA_VERSION + 1, stories: [{ id: 'x', title: 'From the future', url: 'https://a.example', savedAt: 1 }] };
    await local.set({ [INDEX_KEY]: newer });
    const list = await listStories();
    expect(list.ok && list.stories.map((s) => s.title)).toEqual(['From the future']);
    expect(list.ok && list.notice).toMatch(/newer version/);
    const saved = await saveArticle(makeArticle(), { now: 2 });
    expect(saved).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(await deleteStory('x')).toMatchObject({ ok: false, reason: 'newer-version' });
    expect((await local.get(INDEX_KEY))[INDEX_KEY]).toEqual(newer);
  });
});

describe('deleting', () => {
  test('removes the summary and the body', async () => {
    const article = makeArticle();
    await saveArticle(article, { now: 1 });
    const id = storyIdFor(article.canonicalUrl);
    expect(await findSaved(article.canonicalUrl)).toMatchObject({ id });
    expect(await deleteStory(id)).toMatchObject({ ok: true, summaries: [expect.objectContaining({ id })] });
    expect(await local.get(null)).toEqual({
      [INDEX_KEY]: { version: SCHEMA_VERSION, stories: [] },
      [HEAD_KEY]: { version: SCHEMA_VERSION, stories: [], total: 0, unread: 0 },
    });
    expect(await findSaved(article.canonicalUrl)).toBeNull();
  });
});

describe('images', () => {
  const image = (n: number) => ({ id: `img${n}`, source: `https://img.example/${n}.png`, dataUrl: 'data:image/png;base64,AAAA', width: 1, height: 1, bytes: 28 });

  test('are stored once, shared between stories, and deleted with the last story using them', async () => {
    const a = makeArticle({ url: 'https://news.example/a' });
    const b = makeArticle({ url: 'https://news.example/b' });
    await saveArticle(a, { now: 1, images: [image(1), image(2)] });
    await saveArticle(b, { now: 2, images: [image(2)] });
    const keys = async () => Object.keys(await local.get(null)).filter((k) => k.startsWith('image:')).sort();
    expect(await keys()).toEqual(['image:img1', 'image:img2']);

    const story = await getStory(storyIdFor(a.canonicalUrl));
    expect(story.ok && (await getStoryImages(story.story))).toEqual({ 'https://img.example/1.png': image(1).dataUrl, 'https://img.example/2.png': image(2).dataUrl });

    await deleteStory(storyIdFor(a.canonicalUrl));
    expect(await keys()).toEqual(['image:img2']);
    await deleteStory(storyIdFor(b.canonicalUrl));
    expect(await keys()).toEqual([]);
  });

  test('the storage report counts stories, images and bytes', async () => {
    await saveArticle(makeArticle({ url: 'https://news.example/a' }), { now: 1, images: [image(1)] });
    const report = await storageReport();
    expect(report).toMatchObject({ stories: 1, images: 1, imageBytes: 28 });
    expect(report.storyBytes).toBeGreaterThan(300);
  });
});

describe('state and undo', () => {
  test('read, archived and tags survive a re-save; unreadCount follows them', async () => {
    const article = makeArticle();
    await saveArticle(article, { now: 1 });
    const id = storyIdFor(article.canonicalUrl);
    expect(await unreadCount()).toBe(1);
    await updateState([id], { read: true, tags: ['later'] });
    expect(await unreadCount()).toBe(0);
    await saveArticle(article, { now: 2 });
    expect(await findSaved(article.canonicalUrl)).toMatchObject({ read: true, tags: ['later'], savedAt: 1, updatedAt: 2 });
  });

  test('a deleted story comes back whole with undo', async () => {
    const article = makeArticle();
    await saveArticle(article, { now: 1, images: [{ id: 'i', source: 'https://img.example/i.png', dataUrl: 'data:image/png;base64,AA', width: 1, height: 1, bytes: 1 }] });
    const before = await snapshot();
    const removed = await deleteStories([storyIdFor(article.canonicalUrl)]);
    expect(removed.ok).toBe(true);
    if (!removed.ok) return;
    expect(Object.keys(await local.get(null)).sort()).toEqual([HEAD_KEY, INDEX_KEY].sort());
    expect(await restoreStories(removed)).toEqual({ ok: true });
    expect(await snapshot()).toEqual(before);
  });

  test('a link is saved without text and never replaces a saved story', async () => {
    await saveLink({ url: 'https://news.example/link', title: 'Later' });
    expect(await findSaved('https://news.example/link')).toMatchObject({ linkOnly: true, title: 'Later' });
    await saveArticle(makeArticle({ url: 'https://news.example/full' }), { now: 1 });
    expect(await saveLink({ url: 'https://news.example/full', title: 'x' })).toMatchObject({ ok: true, updated: false, summary: { linkOnly: false } });
  });
});

describe('the head of the list', () => {
  test('holds the newest unarchived stories and the counts, and lists open from it alone', async () => {
    for (let i = 0; i < 70; i++) await saveArticle(makeArticle({ url: `https://news.example/${i}`, title: `S${i}` }), { now: i });
    const ids = (await listStories()).ok ? ((await listStories()) as { stories: { id: string }[] }).stories.map((s) => s.id) : [];
    await updateState([ids[0]!], { archived: true });
    await updateState([ids[1]!], { read: true });
    const get = vi.spyOn(local, 'get');
    const recent = await listRecent();
    expect(get.mock.calls).toEqual([[HEAD_KEY]]);
    expect(recent).toMatchObject({ ok: true, total: 70, unread: 68 });
    expect(recent.ok && recent.stories.map((s) => s.title).slice(0, 2)).toEqual(['S68', 'S67']);
    expect(recent.ok && recent.stories).toHaveLength(60);
    expect(await unreadCount()).toBe(68);
  });

  test('a missing or damaged head falls back to the index', async () => {
    await saveArticle(makeArticle(), { now: 1 });
    await local.set({ [HEAD_KEY]: { version: SCHEMA_VERSION, stories: 'x' } });
    expect(await listRecent()).toMatchObject({ ok: true, total: 1, unread: 1 });
    await local.remove(HEAD_KEY);
    expect(await listRecent()).toMatchObject({ ok: true, total: 1 });
  });

  test('isSaved looks up one key', async () => {
    const article = makeArticle();
    expect(await isSaved(article.canonicalUrl)).toBe(false);
    await saveArticle(article, { now: 1 });
    expect(await isSaved(`${article.canonicalUrl}?utm_source=x`)).toBe(true);
  });
});

describe('reading position', () => {
  test('is kept under its own key (never rewriting the list), returned with the story, and removed with it', async () => {
    const article = makeArticle();
    await saveArticle(article, { now: 1 });
    const id = storyIdFor(article.canonicalUrl);
    const indexBefore = (await local.get(INDEX_KEY))[INDEX_KEY];
    await saveProgress(id, 0.42);
    expect((await local.get(INDEX_KEY))[INDEX_KEY]).toEqual(indexBefore);
    expect(await getStory(id)).toMatchObject({ ok: true, progress: 0.42 });
    await saveProgress(id, 7);
    expect(await getStory(id)).toMatchObject({ progress: 1 });
    const removed = await deleteStories([id]);
    expect(Object.keys(await local.get(null)).some((k) => k.startsWith('progress:'))).toBe(false);
    if (removed.ok) await restoreStories(removed);
    expect(await getStory(id)).toMatchObject({ ok: true, progress: 1 });
  });
});

describe('faults', () => {
  test('two windows saving the same story at once leave one whole story', async () => {
    const a = makeArticle({ title: 'From window one' });
    const b = makeArticle({ title: 'From window two' });
    const [one, two] = await Promise.all([saveArticle(a, { now: 1 }), saveArticle(b, { now: 2 })]);
    expect(one.ok && two.ok).toBe(true);
    const list = await listStories();
    expect(list.ok && list.stories.map((s) => s.title)).toEqual(['From window two']);
    const story = await getStory(storyIdFor(a.canonicalUrl));
    expect(story.ok && story.story.article?.title).toBe('From window two');
  });

  test('a writer stopped between the body and the index (a killed service worker) leaves the list as it was', async () => {
    await saveArticle(makeArticle({ url: 'https://news.example/kept', title: 'Kept' }), { now: 1 });
    const realSet = local.set.bind(local);
    // The index write never completes: the worker was stopped mid-save.
    const stopped = vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (INDEX_KEY in items) return new Promise<void>(() => {});
      return realSet(items);
    });
    void saveArticle(makeArticle({ url: 'https://news.example/lost', title: 'Interrupted' }), { now: 2 });
    await new Promise((r) => setTimeout(r, 20));
    stopped.mockRestore();
    vi.resetModules(); // a fresh worker: new module state, no lock held
    const fresh = await import('./store');
    const list = await fresh.listStories();
    expect(list.ok && list.stories.map((s) => s.title)).toEqual(['Kept']);
    const next = await fresh.saveArticle(makeArticle({ url: 'https://news.example/next', title: 'Next' }), { now: 3 });
    expect(next.ok).toBe(true);
    const after = await fresh.listStories();
    expect(after.ok && after.stories.map((s) => s.title)).toEqual(['Next', 'Kept']);
  });
});
