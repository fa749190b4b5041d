import browser from 'webextension-polyfill';
import { sanitizeHtml } from '../core/sanitize';
import { storyIdFor } from '../core/story-id';
import {
  DEFAULT_STATE,
  storedBytes,
  summarize,
  type StoredImage,
  type StoredStory,
  type StoryState,
  type StorySummary,
} from '../core/story';
import type { Article } from '../core/types';
import { translate } from './i18n';
import { normalizeSummary, parseIndex, parseStoredImage, parseStoredStory, SCHEMA_VERSION, type StoryIndex } from './store-schema';
import { withWriteLock } from './write-lock';

/**
 * The one writer of saved stories. Keys: `index` (the list: one small summary per story),
 * `story:<id>` (each story's record) and `image:<id>` (images, shared between stories).
 * Every write holds the write lock, re-reads what it changes, writes images and bodies before
 * the index, and puts things back if a later write fails.
 */
export const INDEX_KEY = 'index';
/** The newest stories and the counts, kept beside the index so lists open at once however large the library. */
export const HEAD_KEY = 'index-head';
export const HEAD_SIZE = 60;
export const storyKey = (id: string) => `story:${id}`;
export const imageKey = (id: string) => `image:${id}`;
/** Reading position, kept apart from the index so scrolling never rewrites the list. */
export const progressKey = (id: string) => `progress:${id}`;

export type StoreFailureReason = 'quota' | 'write-failed' | 'read-failed' | 'newer-version' | 'not-found' | 'corrupt';
export interface StoreFailure {
  ok: false;
  reason: StoreFailureReason;
  message: string;
}
export type ListResult = { ok: true; stories: StorySummary[]; notice: string | null } | StoreFailure;
export type SaveResult = { ok: true; summary: StorySummary; updated: boolean } | StoreFailure;
export type StoryResult = { ok: true; story: StoredStory; summary: StorySummary | null; progress: number } | StoreFailure;
export type Done = { ok: true } | StoreFailure;

/** What a delete removed, so Undo can put it back exactly. */
export interface RemovedStories {
  summaries: StorySummary[];
  records: Record<string, unknown>;
}

export interface RecentStories {
  /** The newest stories that are not archived, newest first. */
  stories: StorySummary[];
  total: number;
  unread: number;
}

/**
 * The first screen of the saved list: a small record, whatever the library's size. Falls back to
 * the full index when it is missing or damaged.
 */
export async function listRecent(): Promise<({ ok: true } & RecentStories) | StoreFailure> {
  try {
    const head = parseHead((await browser.storage.local.get(HEAD_KEY))[HEAD_KEY]);
    if (head) return { ok: true, ...head };
  } catch {
    // read the full index below
  }
  const full = await listStories();
  return full.ok ? { ok: true, ...headOf(full.stories) } : full;
}

/** The saved list, newest first. Reads only the index, never a story body. */
export async function listStories(): Promise<ListResult> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(INDEX_KEY))[INDEX_KEY];
  } catch (error) {
    return failure('read-failed', translate('storeReadFailed', errorText(error)));
  }
  const parsed = parseIndex(raw);
  if (parsed.kind === 'ok') {
    const notice = parsed.dropped > 0 ? translate('storeDroppedEntries', parsed.dropped) : null;
    return { ok: true, stories: newestFirst(parsed.index.stories), notice };
  }
  if (parsed.kind === 'newer') {
    return { ok: true, stories: newestFirst(parsed.index.stories), notice: translate('storeNewerVersion') };
  }
  // The index is damaged: rebuild it from the story records, which are the source of truth.
  return withWriteLock(async () => {
    const rebuilt = await rebuildIndex();
    if (!rebuilt.ok) return rebuilt;
    return { ok: true, stories: newestFirst(rebuilt.index.stories), notice: translate('storeRebuilt') };
  });
}

export interface SaveOptions {
  now?: number;
  /** Images fetched for offline reading, keyed by their URL in the story body. */
  images?: StoredImage[];
}

/** Saves (or updates) a story with its images. Images and content are written before the index; a failed write changes nothing. */
export function saveArticle(given: Article, options: SaveOptions = {}): Promise<SaveResult> {
  const now = options.now ?? Date.now();
  // The content script sanitized it already; where this runs with a DOM (every extension page) it is
  // sanitized once more, so nothing unsanitized is ever stored by a page's hand. The service worker has
  // no DOM and stores the content script's sanitized HTML as it is.
  const article = typeof document === 'undefined' ? given : { ...given, contentHtml: sanitizeHtml(given.contentHtml) };
  const id = storyIdFor(article.canonicalUrl);
  const images = options.images ?? [];
  const record: StoredStory & { version: number } = {
    version: SCHEMA_VERSION,
    id,
    savedAt: now,
    article,
    images: Object.fromEntries(images.map((image) => [image.source, image.id])),
  };
  return mutate(async (index, write) => {
    const previous = index.stories.find((s) => s.id === id);
    const state: StoryState = previous ? pickState(previous) : DEFAULT_STATE;
    record.savedAt = previous?.savedAt ?? now;
    const summary = summarize(id, article, { savedAt: record.savedAt, updatedAt: now }, state, {
      imageIds: images.map((image) => image.id),
      // Its own record plus its images (an image shared by several stories counts for each).
      bytes: storedBytes(record) + images.reduce((sum, image) => sum + image.bytes, 0),
    });
    const nextStories = [summary, ...index.stories.filter((s) => s.id !== id)];
    await write(Object.fromEntries(images.map((image) => [imageKey(image.id), image])));
    await write({ [storyKey(id)]: record });
    await write(indexItems(nextStories));
    await removeOrphanImages(previous?.imageIds ?? [], nextStories);
    return { ok: true, summary, updated: Boolean(previous) };
  });
}

/** Saves a link without its text (context menu, Pocket import). Opening it later fetches the story. */
export function saveLink(input: { url: string; title?: string; tags?: string[]; read?: boolean; savedAt?: number }): Promise<SaveResult> {
  const now = Date.now();
  const id = storyIdFor(input.url);
  return mutate(async (index, write) => {
    const previous = index.stories.find((s) => s.id === id);
    if (previous) return { ok: true, summary: previous, updated: false };
    const summary = linkSummary(id, input, now);
    await write({ [storyKey(id)]: { version: SCHEMA_VERSION, id, savedAt: summary.savedAt, article: null, images: {} } });
    await write(indexItems([summary, ...index.stories]));
    return { ok: true, summary, updated: false };
  });
}

/** A saved story's full record, from storage alone. */
export async function getStory(id: string): Promise<StoryResult> {
  let stored: Record<string, unknown>;
  try {
    stored = await browser.storage.local.get([storyKey(id), HEAD_KEY, progressKey(id)]);
  } catch (error) {
    return failure('read-failed', translate('storeReadFailed', errorText(error)));
  }
  const raw = stored[storyKey(id)];
  if (raw === undefined) return failure('not-found', translate('storeNotFound'));
  const story = parseStoredStory(raw);
  if (!story) return failure('corrupt', translate('storeCorrupt'));
  // Recent stories are in the small head; only an older one needs the whole index.
  let summary = parseHead(stored[HEAD_KEY])?.stories.find((s) => s.id === id) ?? null;
  if (!summary) {
    const list = await listStories();
    summary = list.ok ? (list.stories.find((s) => s.id === id) ?? null) : null;
  }
  return { ok: true, story, summary, progress: asProgress(stored[progressKey(id)]) };
}

/** The stored images a story needs, as data URLs keyed by their original address. */
export async function getStoryImages(story: StoredStory): Promise<Record<string, string>> {
  const entries = Object.entries(story.images);
  if (entries.length === 0) return {};
  try {
    const stored = await browser.storage.local.get(entries.map(([, id]) => imageKey(id)));
    const result: Record<string, string> = {};
    for (const [src, id] of entries) {
      const image = parseStoredImage(stored[imageKey(id)]);
      if (image) result[src] = image.dataUrl;
    }
    return result;
  } catch {
    return {};
  }
}

/** Marks stories read or unread, archived, tagged, or records the reading position. */
export function updateState(ids: string[], patch: Partial<StoryState>): Promise<Done> {
  const wanted = new Set(ids);
  const now = Date.now();
  return mutate(async (index, write) => {
    const stories = index.stories.map((s) => (wanted.has(s.id) ? { ...s, ...patch, updatedAt: now } : s));
    await write(indexItems(stories));
    return { ok: true };
  });
}

/** Stories saved before the image permission was granted: their images are fetched once it is. */
export const PENDING_IMAGES_KEY = 'images-pending';

export async function addPendingImages(id: string): Promise<void> {
  await withWriteLock(async () => {
    const pending = await pendingImageIds();
    if (!pending.includes(id)) await browser.storage.local.set({ [PENDING_IMAGES_KEY]: [...pending, id] });
  });
}

/** Takes the list of stories waiting for their images, leaving it empty. */
export function takePendingImages(): Promise<string[]> {
  return withWriteLock(async () => {
    const pending = await pendingImageIds();
    if (pending.length) await browser.storage.local.remove(PENDING_IMAGES_KEY);
    return pending;
  });
}

async function pendingImageIds(): Promise<string[]> {
  const raw = (await browser.storage.local.get(PENDING_IMAGES_KEY))[PENDING_IMAGES_KEY];
  return Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : [];
}

/** Records how far into a story the person has read (0 to 1): one small key, written often. */
export async function saveProgress(id: string, progress: number): Promise<void> {
  try {
    await browser.storage.local.set({ [progressKey(id)]: asProgress(progress) });
  } catch {
    // Losing a reading position is not worth an error message.
  }
}

function asProgress(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/** Removes stories: the index first, then their bodies and any image no other story uses. */
export function deleteStories(ids: string[]): Promise<({ ok: true } & RemovedStories) | StoreFailure> {
  const doomed = new Set(ids);
  return mutate(async (index, write) => {
    const summaries = index.stories.filter((s) => doomed.has(s.id));
    const remaining = index.stories.filter((s) => !doomed.has(s.id));
    const bodyKeys = summaries.flatMap((s) => [storyKey(s.id), progressKey(s.id)]);
    const records = await browser.storage.local.get(bodyKeys);
    const imageIds = summaries.flatMap((s) => s.imageIds);
    const images = await browser.storage.local.get(imageIds.map(imageKey));
    await write(indexItems(remaining));
    await browser.storage.local.remove(bodyKeys);
    await removeOrphanImages(imageIds, remaining);
    return { ok: true, summaries, records: { ...records, ...images } };
  });
}

export const deleteStory = (id: string) => deleteStories([id]);

/** Undo for a delete: puts the removed records back, unless the story was saved again meanwhile. */
export function restoreStories(removed: RemovedStories): Promise<Done> {
  return mutate(async (index, write) => {
    const present = new Set(index.stories.map((s) => s.id));
    const back = removed.summaries.filter((s) => !present.has(s.id));
    await write(removed.records);
    await write(indexItems([...back, ...index.stories]));
    return { ok: true };
  });
}

/** Whether a page's story is saved: one key lookup, without reading the list. */
export async function isSaved(canonicalUrl: string): Promise<boolean> {
  const key = storyKey(storyIdFor(canonicalUrl));
  try {
    return (await browser.storage.local.get(key))[key] !== undefined;
  } catch {
    return false;
  }
}

/** How many saved stories are unread and not archived (the toolbar badge). */
export async function unreadCount(): Promise<number> {
  const recent = await listRecent();
  return recent.ok ? recent.unread : 0;
}

export interface StorageReport {
  stories: number;
  images: number;
  storyBytes: number;
  imageBytes: number;
  totalBytes: number;
}

/** What the library takes on disk: per story (`bytes` in each summary) and in all. */
export async function storageReport(): Promise<StorageReport> {
  const list = await listStories();
  const stories = list.ok ? list.stories : [];
  const imageIds = [...new Set(stories.flatMap((s) => s.imageIds))];
  let imageBytes = 0;
  if (imageIds.length > 0) {
    const stored = await browser.storage.local.get(imageIds.map(imageKey));
    for (const value of Object.values(stored)) imageBytes += parseStoredImage(value)?.bytes ?? 0;
  }
  const storyBytes = stories.reduce((sum, s) => sum + s.bytes, 0);
  let totalBytes = storyBytes + imageBytes;
  const local = browser.storage.local as typeof browser.storage.local & { getBytesInUse?: (keys: null) => Promise<number> };
  try {
    if (typeof local.getBytesInUse === 'function') totalBytes = await local.getBytesInUse(null);
  } catch {
    // Firefox has no getBytesInUse for local storage: the sum of our own sizes stands.
  }
  return { stories: stories.length, images: imageIds.length, storyBytes, imageBytes, totalBytes };
}

/** Calls back whenever the saved list changes, from any popup, tab or the background. */
export function watchStories(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && INDEX_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Reads story records in batches, for full-text search and export, without holding them all. */
export async function forEachStoryRecord(
  ids: string[],
  visit: (story: StoredStory) => void,
  options: { batchSize?: number; signal?: AbortSignal } = {},
): Promise<void> {
  const size = options.batchSize ?? 200;
  for (let start = 0; start < ids.length; start += size) {
    if (options.signal?.aborted) return;
    const keys = ids.slice(start, start + size).map(storyKey);
    const batch = await browser.storage.local.get(keys);
    for (const key of keys) {
      const story = parseStoredStory(batch[key]);
      if (story) visit(story);
    }
  }
}

/**
 * Writes a batch of stories (import): images and bodies first, then the index. Decided inside the
 * lock: a saved story is only replaced by strictly newer data, and never by a link-only entry.
 */
export function writeStories(
  entries: Array<{ summary: StorySummary; record: StoredStory; images: StoredImage[]; progress?: number }>,
): Promise<{ ok: true; added: string[]; updated: string[]; kept: string[] } | StoreFailure> {
  return mutate(async (index, write) => {
    const current = new Map(index.stories.map((s) => [s.id, s]));
    const incoming = new Map<string, StorySummary>();
    const added: string[] = [];
    const updated: string[] = [];
    const kept: string[] = [];
    for (const entry of entries) {
      const id = entry.summary.id;
      const existing = incoming.get(id) ?? current.get(id);
      if (existing && (entry.summary.linkOnly || existing.updatedAt >= entry.summary.updatedAt)) {
        kept.push(id);
        continue;
      }
      (current.has(id) ? updated : added).push(id);
      await write(Object.fromEntries(entry.images.map((image) => [imageKey(image.id), image])));
      await write({ [storyKey(id)]: { version: SCHEMA_VERSION, ...entry.record } });
      if (entry.progress) await write({ [progressKey(id)]: entry.progress });
      incoming.set(id, entry.summary);
    }
    if (incoming.size > 0) {
      const stayed = index.stories.filter((s) => !incoming.has(s.id));
      await write(indexItems([...incoming.values(), ...stayed]));
      const replaced = index.stories.filter((s) => incoming.has(s.id)).flatMap((s) => s.imageIds);
      await removeOrphanImages(replaced, [...incoming.values(), ...stayed]);
    }
    return { ok: true, added, updated, kept };
  });
}

/** Reads the current summaries inside the write lock (import decides against them). */
export function currentIndex(): Promise<StoryIndex | StoreFailure> {
  return withWriteLock(() => loadIndex());
}

// ——— internals ———

type Write = (items: Record<string, unknown>) => Promise<void>;

/**
 * Runs a change under the write lock against a fresh index. Every key it writes is remembered
 * with its old value; if any write fails, those keys are put back and the failure is reported.
 */
function mutate<T extends { ok: true }>(change: (index: StoryIndex, write: Write) => Promise<T>): Promise<T | StoreFailure> {
  return withWriteLock(async () => {
    const loaded = await loadIndex();
    if ('ok' in loaded) return loaded;
    const undo: Record<string, unknown> = {};
    const write: Write = async (items) => {
      const keys = Object.keys(items);
      if (keys.length === 0) return;
      const before = await browser.storage.local.get(keys);
      await browser.storage.local.set(items);
      // Remembered only once written: a refused set() changed nothing.
      for (const key of keys) if (!(key in undo)) undo[key] = before[key];
    };
    try {
      return await change(loaded, write);
    } catch (error) {
      await rollBack(undo);
      return writeFailure(error);
    }
  });
}

async function loadIndex(): Promise<StoryIndex | StoreFailure> {
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(INDEX_KEY))[INDEX_KEY];
  } catch (error) {
    return failure('read-failed', translate('storeReadFailed', errorText(error)));
  }
  const parsed = parseIndex(raw);
  if (parsed.kind === 'newer') return failure('newer-version', translate('storeNewerVersion'));
  if (parsed.kind === 'ok') return parsed.index;
  const rebuilt = await rebuildIndex();
  return rebuilt.ok ? rebuilt.index : rebuilt;
}

/** Puts back every key a failed change wrote, the index first, one key at a time so one refusal cannot block the rest. */
async function rollBack(undo: Record<string, unknown>): Promise<void> {
  const keys = Object.keys(undo).sort((a, b) => Number(b === INDEX_KEY) - Number(a === INDEX_KEY));
  for (const key of keys) {
    try {
      if (undo[key] === undefined) await browser.storage.local.remove(key);
      else await browser.storage.local.set({ [key]: undo[key] });
    } catch {
      // A leftover body or image is harmless: the index decides what exists, and a rebuild tidies it.
    }
  }
}

async function removeOrphanImages(candidates: string[], stories: StorySummary[]): Promise<void> {
  if (candidates.length === 0) return;
  const used = new Set(stories.flatMap((s) => s.imageIds));
  const orphans = [...new Set(candidates)].filter((id) => !used.has(id));
  if (orphans.length) await browser.storage.local.remove(orphans.map(imageKey));
}

async function rebuildIndex(): Promise<{ ok: true; index: StoryIndex } | StoreFailure> {
  let all: Record<string, unknown>;
  try {
    all = await browser.storage.local.get(null);
  } catch (error) {
    return failure('read-failed', translate('storeReadFailed', errorText(error)));
  }
  const stories: StorySummary[] = [];
  for (const [key, value] of Object.entries(all)) {
    if (!key.startsWith('story:')) continue;
    const story = parseStoredStory(value);
    if (!story) continue;
    if (story.article) {
      const imageIds = Object.values(story.images);
      stories.push(summarize(story.id, story.article, { savedAt: story.savedAt, updatedAt: story.savedAt }, DEFAULT_STATE, { imageIds, bytes: storedBytes(value) }));
    } else {
      stories.push(linkSummary(story.id, { url: story.id, title: story.id }, story.savedAt));
    }
  }
  const index: StoryIndex = { version: SCHEMA_VERSION, stories: newestFirst(stories) };
  try {
    await browser.storage.local.set(indexItems(index.stories));
  } catch (error) {
    return writeFailure(error);
  }
  return { ok: true, index };
}

function linkSummary(id: string, input: { url: string; title?: string; tags?: string[]; read?: boolean; savedAt?: number }, now: number): StorySummary {
  const summary = normalizeSummary({
    id,
    url: input.url,
    title: input.title?.trim() || input.url,
    savedAt: input.savedAt ?? now,
    updatedAt: now,
    read: input.read ?? false,
    tags: input.tags ?? [],
    linkOnly: true,
  });
  if (!summary) throw new Error('invalid link');
  return summary;
}

/** The index and its head, written together in one call so they never disagree. */
function indexItems(stories: StorySummary[]): Record<string, unknown> {
  const sorted = newestFirst(stories);
  return { [INDEX_KEY]: { version: SCHEMA_VERSION, stories: sorted }, [HEAD_KEY]: { version: SCHEMA_VERSION, ...headOf(sorted) } };
}

function headOf(stories: StorySummary[]): RecentStories {
  const sorted = newestFirst(stories);
  const shown = sorted.filter((s) => !s.archived);
  return { stories: shown.slice(0, HEAD_SIZE), total: sorted.length, unread: shown.filter((s) => !s.read).length };
}

function parseHead(raw: unknown): RecentStories | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const head = raw as Record<string, unknown>;
  if (head.version !== SCHEMA_VERSION || !Array.isArray(head.stories) || typeof head.total !== 'number' || typeof head.unread !== 'number') return null;
  const stories = head.stories.map(normalizeSummary).filter((s): s is StorySummary => s !== null);
  return stories.length === head.stories.length ? { stories, total: head.total, unread: head.unread } : null;
}

function pickState(summary: StorySummary): StoryState {
  return { read: summary.read, archived: summary.archived, tags: summary.tags };
}

function newestFirst(stories: StorySummary[]): StorySummary[] {
  return [...stories].sort((a, b) => b.savedAt - a.savedAt);
}

function writeFailure(error: unknown): StoreFailure {
  const detail = errorText(error);
  if (/quota|QUOTA_BYTES|storage.*full|NS_ERROR_DOM_QUOTA/i.test(detail)) return failure('quota', translate('storeQuota'));
  return failure('write-failed', translate('storeWriteFailed', detail));
}

function failure(reason: StoreFailureReason, message: string): StoreFailure {
  return { ok: false, reason, message };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
