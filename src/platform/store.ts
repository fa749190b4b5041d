import browser from 'webextension-polyfill';
import { storyIdFor } from '../core/story-id';
import { summarize, type StoredStory, type StorySummary } from '../core/story';
import type { Article } from '../core/types';
import { translate } from './i18n';
import { parseIndex, parseStoredStory, SCHEMA_VERSION, type StoryIndex } from './store-schema';
import { withWriteLock } from './write-lock';

/** Storage keys. The index is small; each story body lives under its own key. */
export const INDEX_KEY = 'index';
export const storyKey = (id: string) => `story:${id}`;

export type StoreFailureReason = 'quota' | 'write-failed' | 'read-failed' | 'newer-version' | 'not-found' | 'corrupt';
export interface StoreFailure {
  ok: false;
  reason: StoreFailureReason;
  message: string;
}
export type ListResult = { ok: true; stories: StorySummary[]; notice: string | null } | StoreFailure;
export type SaveResult = { ok: true; summary: StorySummary; updated: boolean } | StoreFailure;
export type StoryResult = { ok: true; story: StoredStory } | StoreFailure;
export type DeleteResult = { ok: true } | StoreFailure;

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

/** Saves (or updates) a story. Content is written before the index; a failed write changes nothing. */
export function saveArticle(article: Article, now = Date.now()): Promise<SaveResult> {
  const id = storyIdFor(article.canonicalUrl);
  const key = storyKey(id);
  return withWriteLock(async () => {
    let before: Record<string, unknown>;
    try {
      before = await browser.storage.local.get([INDEX_KEY, key]);
    } catch (error) {
      return failure('read-failed', translate('storeReadFailed', errorText(error)));
    }
    const parsed = parseIndex(before[INDEX_KEY]);
    if (parsed.kind === 'newer') return failure('newer-version', translate('storeNewerVersion'));
    let index: StoryIndex;
    if (parsed.kind === 'ok') index = parsed.index;
    else {
      const rebuilt = await rebuildIndex();
      if (!rebuilt.ok) return rebuilt;
      index = rebuilt.index;
    }

    const record: StoredStory & { version: number } = { version: SCHEMA_VERSION, id, savedAt: now, article };
    const summary = summarize(id, article, now);
    const updated = index.stories.some((s) => s.id === id);
    const nextIndex: StoryIndex = { version: SCHEMA_VERSION, stories: [summary, ...index.stories.filter((s) => s.id !== id)] };

    try {
      await browser.storage.local.set({ [key]: record });
    } catch (error) {
      return writeFailure(error);
    }
    try {
      await browser.storage.local.set({ [INDEX_KEY]: nextIndex });
    } catch (error) {
      await restoreKey(key, before[key]);
      return writeFailure(error);
    }
    return { ok: true, summary, updated };
  });
}

/** A saved story's full record, from storage alone. */
export async function getStory(id: string): Promise<StoryResult> {
  const key = storyKey(id);
  let raw: unknown;
  try {
    raw = (await browser.storage.local.get(key))[key];
  } catch (error) {
    return failure('read-failed', translate('storeReadFailed', errorText(error)));
  }
  if (raw === undefined) return failure('not-found', translate('storeNotFound'));
  const story = parseStoredStory(raw);
  return story ? { ok: true, story } : failure('corrupt', translate('storeCorrupt'));
}

/** Removes a story: the index first, so the list never points at a missing body. */
export function deleteStory(id: string): Promise<DeleteResult> {
  return withWriteLock(async () => {
    try {
      const parsed = parseIndex((await browser.storage.local.get(INDEX_KEY))[INDEX_KEY]);
      if (parsed.kind === 'newer') return failure('newer-version', translate('storeNewerVersion'));
      if (parsed.kind === 'ok') {
        const stories = parsed.index.stories.filter((s) => s.id !== id);
        await browser.storage.local.set({ [INDEX_KEY]: { version: SCHEMA_VERSION, stories } satisfies StoryIndex });
      }
      await browser.storage.local.remove(storyKey(id));
      return { ok: true };
    } catch (error) {
      return writeFailure(error);
    }
  });
}

/** The saved summary for a page, if it is saved. */
export async function findSaved(canonicalUrl: string): Promise<StorySummary | null> {
  const list = await listStories();
  if (!list.ok) return null;
  const id = storyIdFor(canonicalUrl);
  return list.stories.find((s) => s.id === id) ?? null;
}

/** Calls back whenever the saved list changes, from any popup, tab or the background. */
export function watchStories(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && INDEX_KEY in changes) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
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
    if (story) stories.push(summarize(story.id, story.article, story.savedAt));
  }
  const index: StoryIndex = { version: SCHEMA_VERSION, stories: newestFirst(stories) };
  try {
    await browser.storage.local.set({ [INDEX_KEY]: index });
  } catch (error) {
    return writeFailure(error);
  }
  return { ok: true, index };
}

async function restoreKey(key: string, previous: unknown): Promise<void> {
  try {
    if (previous === undefined) await browser.storage.local.remove(key);
    else await browser.storage.local.set({ [key]: previous });
  } catch {
    // The index still describes the old state, so a leftover body is found and tidied by the next rebuild.
  }
}

function newestFirst(stories: StorySummary[]): StorySummary[] {
  return [...stories].sort((a, b) => b.savedAt - a.savedAt);
}

function writeFailure(error: unknown): StoreFailure {
  const detail = errorText(error);
  if (/quota|QUOTA_BYTES|storage.*full|NS_ERROR_DOM_QUOTA/i.test(detail)) {
    return failure('quota', translate('storeQuota'));
  }
  return failure('write-failed', translate('storeWriteFailed', detail));
}

function failure(reason: StoreFailureReason, message: string): StoreFailure {
  return { ok: false, reason, message };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
