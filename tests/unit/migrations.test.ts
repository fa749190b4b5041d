import { fakeBrowser } from '@webext-core/fake-browser';
import { expect, test } from 'vitest';
import { makeArticle } from '../support/article';
import { storyIdFor } from '../../src/core/story-id';
import { getStory, INDEX_KEY, listStories, saveArticle, storyKey } from '../../src/platform/store';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/platform/store-schema';

/** The shapes version 1 wrote (Broadsheet 0.1): seeded as they were, never built from today's types. */
function seedVersion1() {
  const article = makeArticle({ url: 'https://news.example/v1', title: 'Saved by version 1' });
  const id = storyIdFor(article.canonicalUrl);
  return fakeBrowser.storage.local.set({
    [INDEX_KEY]: {
      version: 1,
      stories: [{
        id, url: article.url, canonicalUrl: article.canonicalUrl, title: article.title, siteName: 'News Example', byline: null,
        published: '2024-06-19', publishedSource: 'json-ld', excerpt: null, lang: 'en', wordCount: 11, readingMinutes: 1, savedAt: 1234,
      }],
    },
    [storyKey(id)]: { version: 1, id, savedAt: 1234, article },
  }).then(() => ({ id, article }));
}

test('migration 2 adds reading state, link-only, images and sizes to version-1 summaries', () => {
  const upgraded = MIGRATIONS[2]!({ version: 1, stories: [{ id: 'a', title: 'T', url: 'https://a.example', savedAt: 5 }] });
  expect(upgraded).toEqual({
    version: 2,
    stories: [{ id: 'a', title: 'T', url: 'https://a.example', savedAt: 5, updatedAt: 5, read: false, archived: false, tags: [], linkOnly: false, imageIds: [], bytes: 0 }],
  });
  expect(MIGRATIONS[2]!(upgraded)).toEqual(upgraded);
});

test('a version-1 library lists, opens and takes new saves, then is stored as the current version', async () => {
  const { id, article } = await seedVersion1();
  const list = await listStories();
  expect(list.ok && list.stories).toEqual([expect.objectContaining({ id, title: 'Saved by version 1', read: false, archived: false, tags: [] })]);
  const opened = await getStory(id);
  expect(opened).toMatchObject({ ok: true, story: { article: { title: article.title }, images: {} } });

  await saveArticle(makeArticle({ url: 'https://news.example/new', title: 'New' }), { now: 5000 });
  const stored = await fakeBrowser.storage.local.get(INDEX_KEY);
  expect(stored[INDEX_KEY]).toMatchObject({ version: SCHEMA_VERSION, stories: [{ title: 'New' }, { title: 'Saved by version 1', updatedAt: 1234 }] });
});
