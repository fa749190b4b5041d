import type { StoredStory, StorySummary } from '../core/story';

/** Bump when the stored shape changes, and add a numbered step to MIGRATIONS with a test. */
export const SCHEMA_VERSION = 1;

export interface StoryIndex {
  version: number;
  stories: StorySummary[];
}

/**
 * Steps that turn data of version N-1 into version N. Each must be pure and safe to run twice.
 * Version 1 is the first stored shape, so there are none yet.
 */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {};

export type ParsedIndex =
  | { kind: 'ok'; index: StoryIndex; dropped: number }
  | { kind: 'newer'; index: StoryIndex }
  | { kind: 'corrupt' };

/** Reads the stored index, upgrading old versions and rejecting damaged ones. A missing index is an empty list. */
export function parseIndex(raw: unknown): ParsedIndex {
  if (raw === undefined) return { kind: 'ok', index: { version: SCHEMA_VERSION, stories: [] }, dropped: 0 };
  if (!isRecord(raw) || typeof raw.version !== 'number' || !Array.isArray(raw.stories)) return { kind: 'corrupt' };
  if (raw.version > SCHEMA_VERSION) {
    return { kind: 'newer', index: { version: raw.version, stories: raw.stories.filter(isSummary) } };
  }
  let data: unknown = raw;
  for (let v = raw.version + 1; v <= SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) data = step(data);
  }
  if (!isRecord(data) || !Array.isArray(data.stories)) return { kind: 'corrupt' };
  const stories = data.stories.filter(isSummary);
  const dropped = data.stories.length - stories.length;
  return {
    kind: 'ok',
    index: { version: SCHEMA_VERSION, stories },
    dropped,
  };
}

export function parseStoredStory(raw: unknown): StoredStory | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.savedAt !== 'number' || !isRecord(raw.article)) return null;
  const a = raw.article;
  if (typeof a.title !== 'string' || typeof a.contentHtml !== 'string' || typeof a.url !== 'string') return null;
  return { id: raw.id, savedAt: raw.savedAt, article: a as unknown as StoredStory['article'] };
}

function isSummary(value: unknown): value is StorySummary {
  return (
    isRecord(value) && typeof value.id === 'string' && typeof value.title === 'string' &&
    typeof value.url === 'string' && typeof value.savedAt === 'number'
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
