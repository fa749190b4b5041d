import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, test, vi } from 'vitest';
import { makeArticle } from '../../tests/support/article';
import { storyIdFor } from '../core/story-id';
import { deleteStory, findSaved, getStory, INDEX_KEY, listStories, saveArticle, storyKey } from './store';
import { SCHEMA_VERSION } from './store-schema';

const local = fakeBrowser.storage.local;
const snapshot = async () => structuredClone(await local.get(null));

describe('saving', () => {
  test('stores the body under its own key and a small summary in the versioned index', async () => {
    const article = makeArticle();
    const result = await saveArticle(article, 1000);
    expect(result).toMatchObject({ ok: true, updated: false });
    const id = storyIdFor(article.canonicalUrl);
    const stored = await local.get(null);
    expect(stored[INDEX_KEY]).toEqual({ version: SCHEMA_VERSION, stories: [expect.objectContaining({ id, title: article.title, savedAt: 1000 })] });
    expect((stored[INDEX_KEY] as { stories: object[] }).stories[0]).not.toHaveProperty('contentHtml');
    expect(stored[storyKey(id)]).toMatchObject({ version: SCHEMA_VERSION, id, article: { contentHtml: article.contentHtml } });
  });

  test('saving the same story twice updates it instead of duplicating it', async () => {
    await saveArticle(makeArticle({ title: 'First take' }), 1000);
    const again = await saveArticle(
      makeArticle({ title: 'Corrected headline', url: 'https://www.news.example/2024/06/19/story/?utm_source=x#top' }),
      2000,
    );
    expect(again).toMatchObject({ ok: true, updated: true });
    const list = await listStories();
    expect(list.ok && list.stories.map((s) => s.title)).toEqual(['Corrected headline']);
  });

  test('concurrent saves are serialized and lose nothing', async () => {
    const articles = Array.from({ length: 25 }, (_, i) => makeArticle({ url: `https://news.example/story-${i}`, title: `Story ${i}` }));
    const results = await Promise.all(articles.map((a, i) => saveArticle(a, i)));
    expect(results.every((r) => r.ok)).toBe(true);
    const list = await listStories();
    expect(list.ok && list.stories).toHaveLength(25);
    expect(list.ok && list.stories[0]?.title).toBe('Story 24');
  });

  test('a quota error on the index write is reported and leaves storage as it was', async () => {
    await saveArticle(makeArticle({ url: 'https://news.example/kept' }), 1);
    const before = await snapshot();
    const realSet = local.set.bind(local);
    vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (INDEX_KEY in items) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    const result = await saveArticle(makeArticle({ url: 'https://news.example/new' }), 2);
    expect(result).toMatchObject({ ok: false, reason: 'quota' });
    expect(!result.ok && result.message).toMatch(/Storage is full/);
    expect(await snapshot()).toEqual(before);
  });

  test('a failed content write changes nothing and says why', async () => {
    const before = await snapshot();
    vi.spyOn(local, 'set').mockRejectedValue(new Error('disk I/O error'));
    const result = await saveArticle(makeArticle(), 1);
    expect(result).toMatchObject({ ok: false, reason: 'write-failed' });
    expect(!result.ok && result.message).toContain('disk I/O error');
    expect(await snapshot()).toEqual(before);
  });

  test('a failed update restores the previous body', async () => {
    await saveArticle(makeArticle({ title: 'Original' }), 1);
    const before = await snapshot();
    const realSet = local.set.bind(local);
    vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (INDEX_KEY in items) throw new Error('write refused');
      return realSet(items);
    });
    expect((await saveArticle(makeArticle({ title: 'Changed' }), 2)).ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });
});

describe('reading', () => {
  test('the list is newest first and reads only the index', async () => {
    await saveArticle(makeArticle({ url: 'https://news.example/a', title: 'Older' }), 1);
    await saveArticle(makeArticle({ url: 'https://news.example/b', title: 'Newer' }), 2);
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
    await saveArticle(article, 5);
    const result = await getStory(storyIdFor(article.canonicalUrl));
    expect(result).toEqual({ ok: true, story: { id: storyIdFor(article.canonicalUrl), savedAt: 5, article } });
    expect(await getStory('missing')).toMatchObject({ ok: false, reason: 'not-found' });
  });

  test('a damaged story record is reported, not thrown', async () => {
    await local.set({ [storyKey('bad')]: { id: 'bad', article: 'nonsense' } });
    expect(await getStory('bad')).toMatchObject({ ok: false, reason: 'corrupt' });
  });

  test('a corrupt index is rebuilt from the story records', async () => {
    await saveArticle(makeArticle({ url: 'https://news.example/a', title: 'A' }), 1);
    await saveArticle(makeArticle({ url: 'https://news.example/b', title: 'B' }), 2);
    await local.set({ [INDEX_KEY]: 'garbage' });
    const list = await listStories();
    expect(list.ok && list.stories.map((s) => s.title)).toEqual(['B', 'A']);
    expect(list.ok && list.notice).toMatch(/rebuilt/);
    expect(await local.get(INDEX_KEY)).toMatchObject({ [INDEX_KEY]: { version: SCHEMA_VERSION } });
  });

  test('damaged entries are left out of the list with a notice', async () => {
    await saveArticle(makeArticle(), 1);
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
    const saved = await saveArticle(makeArticle(), 2);
    expect(saved).toMatchObject({ ok: false, reason: 'newer-version' });
    expect(await deleteStory('x')).toMatchObject({ ok: false, reason: 'newer-version' });
    expect((await local.get(INDEX_KEY))[INDEX_KEY]).toEqual(newer);
  });
});

describe('deleting', () => {
  test('removes the summary and the body', async () => {
    const article = makeArticle();
    await saveArticle(article, 1);
    const id = storyIdFor(article.canonicalUrl);
    expect(await findSaved(article.canonicalUrl)).toMatchObject({ id });
    expect(await deleteStory(id)).toEqual({ ok: true });
    expect(await local.get(null)).toEqual({ [INDEX_KEY]: { version: SCHEMA_VERSION, stories: [] } });
    expect(await findSaved(article.canonicalUrl)).toBeNull();
  });
});
