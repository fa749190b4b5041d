import {
  buildLibraryFile,
  exportStory,
  linkBundle,
  parseImportFile,
  type ExportedStory,
  type LibraryFile,
  type Skipped,
} from '../core/library-format';
import type { StoredImage } from '../core/story';
import browser from 'webextension-polyfill';
import { parseStoredImage } from './store-schema';
import { currentIndex, forEachStoryRecord, imageKey, progressKey, writeStories, type StoreFailure } from './store';

/** Every story with its content, images, state and tags, as one versioned file. */
export async function exportLibrary(now = new Date()): Promise<LibraryFile | StoreFailure> {
  const index = await currentIndex();
  if ('ok' in index) return index;
  const byId = new Map(index.stories.map((s) => [s.id, s]));
  const positions = await browser.storage.local.get(index.stories.map((s) => progressKey(s.id)));
  const progressOf = (id: string) => {
    const value = positions[progressKey(id)];
    return typeof value === 'number' ? value : 0;
  };
  const stories: ExportedStory[] = [];
  await forEachStoryRecord(
    index.stories.map((s) => s.id),
    (record) => {
      const summary = byId.get(record.id);
      if (summary) stories.push(exportStory({ summary, record, images: [], progress: progressOf(record.id) }));
    },
  );
  // Images are read per batch of stories and attached, so the whole library is never held twice.
  for (const story of stories) story.images = (await readImages(byId.get(story.id)?.imageIds ?? [])).map(({ source, id, dataUrl, width, height }) => ({ source, id, dataUrl, width, height }));
  const order = new Map(index.stories.map((s, i) => [s.id, i]));
  stories.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0));
  return buildLibraryFile(stories, now);
}

export interface ImportReport {
  source: string;
  added: number;
  updated: number;
  skipped: Skipped[];
}

/**
 * Imports a file. Stories already saved are only replaced by strictly newer data; link-only
 * entries never replace a saved story. A malformed file changes nothing.
 */
export async function importLibraryFile(text: string, fileName: string): Promise<({ ok: true } & ImportReport) | { ok: false; message: string }> {
  const parsed = parseImportFile(text, fileName, (html) => new DOMParser().parseFromString(html, 'text/html'));
  if (!parsed.ok) return parsed;
  const bundles = parsed.entries.map((entry) => (entry.kind === 'link' ? linkBundle(entry) : entry));
  const written = await writeStories(bundles);
  if (!written.ok) return { ok: false, message: written.message };
  const kept = new Set(written.kept);
  const skipped = [
    ...parsed.skipped,
    ...bundles
      .filter((b) => kept.has(b.summary.id))
      .map((b) => ({ item: b.summary.title, reason: b.summary.linkOnly ? 'already saved' : 'the saved copy is the same or newer' })),
  ];
  const added = written.added.length;
  const updated = written.updated.length;
  return { ok: true, source: parsed.source, added, updated, skipped };
}

async function readImages(ids: string[]): Promise<StoredImage[]> {
  if (ids.length === 0) return [];
  const stored = await browser.storage.local.get(ids.map(imageKey));
  return ids.map((id) => parseStoredImage(stored[imageKey(id)])).filter((i): i is StoredImage => i !== null);
}
