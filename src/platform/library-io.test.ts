import { fakeBrowser } from '@webext-core/fake-browser';
import { describe, expect, test, vi } from 'vitest';
import { makeArticle } from '../../tests/support/article';
import type { StoredImage } from '../core/story';
import { exportLibrary, importLibraryFile } from './library-io';
import { INDEX_KEY, listStories, saveArticle, saveProgress, updateState } from './store';

const image = (n: number): StoredImage => ({ id: `img${n}`, source: `https://img.example/${n}.png`, dataUrl: 'data:image/png;base64,AAAA', width: 10, height: 10, bytes: 28 });

async function seedLibrary() {
  await saveArticle(makeArticle({ url: 'https://news.example/a', title: 'A', contentHtml: '<p>A <img src="https://img.example/1.png"></p>' as never }), { now: 1, images: [image(1)] });
  await saveArticle(makeArticle({ url: 'https://news.example/b', title: 'B' }), { now: 2, images: [image(1), image(2)] });
  const list = await listStories();
  if (!list.ok) throw new Error('seed failed');
  await updateState([list.stories[1]!.id], { read: true, tags: ['keep'], archived: true });
  await saveProgress(list.stories[1]!.id, 0.4);
}

describe('export and import', () => {
  test('export, clear, import, export gives the same stories (lossless round trip)', async () => {
    await seedLibrary();
    const first = await exportLibrary(new Date('2026-01-01T00:00:00Z'));
    if ('ok' in first) throw new Error(first.message);
    expect(first).toMatchObject({ format: 'broadsheet-library', version: 1 });
    expect(first.stories).toHaveLength(2);
    expect(first.stories[1]).toMatchObject({ title: 'A', read: true, archived: true, tags: ['keep'], progress: 0.4 });
    expect(first.stories[1]?.images.map((i) => i.id)).toEqual(['img1']);

    await fakeBrowser.storage.local.clear();
    const report = await importLibraryFile(JSON.stringify(first), 'library.json');
    expect(report).toMatchObject({ ok: true, added: 2, updated: 0, skipped: [] });

    const second = await exportLibrary(new Date('2026-01-01T00:00:00Z'));
    expect(second).toEqual(first);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).filter((k) => k.startsWith('image:')).sort()).toEqual(['image:img1', 'image:img2']);
  });

  test('importing the same file again skips every story, and older data never overwrites newer', async () => {
    await seedLibrary();
    const file = await exportLibrary();
    if ('ok' in file) throw new Error(file.message);
    const again = await importLibraryFile(JSON.stringify(file), 'library.json');
    expect(again).toMatchObject({ ok: true, added: 0, updated: 0 });
    expect(again.ok && again.skipped.map((s) => s.reason)).toEqual(['the saved copy is the same or newer', 'the saved copy is the same or newer']);

    const older = { ...file, stories: file.stories.map((s) => ({ ...s, title: 'Old title', updatedAt: 0, article: s.article && { ...s.article, title: 'Old title' } })) };
    await importLibraryFile(JSON.stringify(older), 'library.json');
    const list = await listStories();
    expect(list.ok && list.stories.map((s) => s.title).sort()).toEqual(['A', 'B']);

    const newer = { ...file, stories: [{ ...file.stories[0]!, updatedAt: Date.now() + 1000, article: { ...file.stories[0]!.article!, title: 'B, corrected' }, title: 'B, corrected' }] };
    const result = await importLibraryFile(JSON.stringify(newer), 'library.json');
    expect(result).toMatchObject({ ok: true, added: 0, updated: 1 });
  });

  test('a malformed file changes nothing', async () => {
    await seedLibrary();
    const before = await fakeBrowser.storage.local.get(null);
    expect(await importLibraryFile('{"format":"broadsheet-library","version":1,"stories":', 'library.json')).toMatchObject({ ok: false });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  test('a write failure during import leaves the library as it was', async () => {
    await seedLibrary();
    const file = await exportLibrary();
    if ('ok' in file) throw new Error(file.message);
    await fakeBrowser.storage.local.clear();
    await saveArticle(makeArticle({ url: 'https://news.example/kept', title: 'Kept' }), { now: 5 });
    const before = await fakeBrowser.storage.local.get(null);
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (INDEX_KEY in items) throw new Error('QUOTA_BYTES quota exceeded');
      return realSet(items);
    });
    const result = await importLibraryFile(JSON.stringify(file), 'library.json');
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Storage is full/) });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  test('a Pocket CSV becomes link-only stories; a saved story is never replaced by a link', async () => {
    await saveArticle(makeArticle({ url: 'https://a.example/2', title: 'Full text' }), { now: 1 });
    const csv = 'title,url,time_added,cursor,tags,status\nOne,https://a.example/1,1700000000,,x|y,unread\nTwo,https://a.example/2,1600000000,,,archive\n';
    const result = await importLibraryFile(csv, 'pocket.csv');
    expect(result).toMatchObject({ ok: true, source: 'pocket-csv', added: 1, updated: 0, skipped: [{ item: 'Two', reason: 'already saved' }] });
    const list = await listStories();
    expect(list.ok && list.stories.find((s) => s.title === 'One')).toMatchObject({ linkOnly: true, tags: ['x', 'y'], read: false, savedAt: 1700000000000 });
    expect(list.ok && list.stories.find((s) => s.url === 'https://a.example/2')).toMatchObject({ title: 'Full text', linkOnly: false });
  });
});

test('a large file mixing good and bad entries: the good import, each bad one is listed, nothing else changes', async () => {
  await saveArticle(makeArticle({ url: 'https://news.example/existing', title: 'Already here' }), { now: 1 });
  const stories = Array.from({ length: 3000 }, (_, i) =>
    i % 3 === 2
      ? { title: `Broken ${i}`, url: 42 }
      : { id: `s${i}`, url: `https://bulk.example/${i}`, canonicalUrl: `https://bulk.example/${i}`, title: `Bulk ${i}`, savedAt: 10 + i, updatedAt: 10 + i, read: false, archived: false, tags: [], progress: 0, linkOnly: true, article: null, images: [] },
  );
  const result = await importLibraryFile(JSON.stringify({ format: 'broadsheet-library', version: 1, exportedAt: '2026-01-01T00:00:00Z', stories }), 'big.json');
  expect(result).toMatchObject({ ok: true, added: 2000, updated: 0 });
  expect(result.ok && result.skipped).toHaveLength(1000);
  expect(result.ok && result.skipped[0]).toEqual({ item: '#3 “Broken 2”', reason: 'no valid web address' });
  const list = await listStories();
  expect(list.ok && list.stories).toHaveLength(2001);
  expect(list.ok && list.stories.find((s) => s.title === 'Already here')).toBeTruthy();
});
