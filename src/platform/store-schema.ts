import { DEFAULT_STATE, type StoredImage, type StoredStory, type StorySummary } from '../core/story';

/** Bump when the stored shape changes, and add a numbered step to MIGRATIONS with a test that seeds the old shape. */
export const SCHEMA_VERSION = 2;

export interface StoryIndex {
  version: number;
  stories: StorySummary[];
}

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Steps that turn the index of version N-1 into version N, keyed by N. Each is pure and safe to
 * run twice. Story records are upgraded on read by `parseStoredStory`, so a step never has to
 * read every body.
 */
export const MIGRATIONS: Record<number, Migration> = {
  // 2: reading state, tags, link-only stories, offline images and sizes arrive.
  2: (old) => ({
    ...old,
    version: 2,
    stories: (Array.isArray(old.stories) ? old.stories : []).map((entry: unknown) =>
      isRecord(entry)
        ? {
            ...DEFAULT_STATE,
            linkOnly: false,
            imageIds: [],
            bytes: 0,
            ...entry,
            updatedAt: typeof entry.updatedAt === 'number' ? entry.updatedAt : entry.savedAt,
          }
        : entry,
    ),
  }),
};

export type ParsedIndex =
  | { kind: 'ok'; index: StoryIndex; dropped: number; migratedFrom: number | null }
  | { kind: 'newer'; index: StoryIndex }
  | { kind: 'corrupt' };

/** Reads the stored index, upgrading old versions and rejecting damaged ones. A missing index is an empty list. */
export function parseIndex(raw: unknown): ParsedIndex {
  if (raw === undefined) return { kind: 'ok', index: { version: SCHEMA_VERSION, stories: [] }, dropped: 0, migratedFrom: null };
  if (!isRecord(raw) || typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1 || !Array.isArray(raw.stories)) {
    return { kind: 'corrupt' };
  }
  if (raw.version > SCHEMA_VERSION) {
    return { kind: 'newer', index: { version: raw.version, stories: raw.stories.map(normalizeSummary).filter(isPresent) } };
  }
  let data: Record<string, unknown> = raw;
  for (let v = raw.version + 1; v <= SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) data = step(data);
  }
  const entries = Array.isArray(data.stories) ? data.stories : [];
  const stories = entries.map(normalizeSummary).filter(isPresent);
  return {
    kind: 'ok',
    index: { version: SCHEMA_VERSION, stories },
    dropped: entries.length - stories.length,
    migratedFrom: raw.version < SCHEMA_VERSION ? raw.version : null,
  };
}

/** A summary with every field of the current version, or null when it is too damaged to show. */
export function normalizeSummary(value: unknown): StorySummary | null {
  if (!isRecord(value)) return null;
  const { id, title, url, savedAt } = value;
  if (typeof id !== 'string' || !id || typeof title !== 'string' || typeof url !== 'string' || !isTime(savedAt)) return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : 0);
  return {
    id,
    url,
    canonicalUrl: text(value.canonicalUrl) ?? url,
    title,
    siteName: text(value.siteName),
    byline: text(value.byline),
    published: text(value.published),
    publishedSource: text(value.publishedSource) as StorySummary['publishedSource'],
    excerpt: text(value.excerpt),
    lang: text(value.lang),
    wordCount: count(value.wordCount),
    readingMinutes: count(value.readingMinutes),
    savedAt,
    updatedAt: isTime(value.updatedAt) ? value.updatedAt : savedAt,
    read: value.read === true,
    archived: value.archived === true,
    tags: Array.isArray(value.tags) ? value.tags.filter((t): t is string => typeof t === 'string') : [],
    linkOnly: value.linkOnly === true,
    imageIds: Array.isArray(value.imageIds) ? value.imageIds.filter((t): t is string => typeof t === 'string') : [],
    bytes: count(value.bytes),
  };
}

/** Reads a story record of any known version; null when it is damaged. */
export function parseStoredStory(raw: unknown): StoredStory | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || !isTime(raw.savedAt)) return null;
  const images: Record<string, string> = {};
  if (isRecord(raw.images)) {
    for (const [src, id] of Object.entries(raw.images)) if (typeof id === 'string') images[src] = id;
  }
  if (raw.article === null) return { id: raw.id, savedAt: raw.savedAt, article: null, images };
  if (!isRecord(raw.article)) return null;
  const a = raw.article;
  if (typeof a.title !== 'string' || typeof a.contentHtml !== 'string' || typeof a.url !== 'string') return null;
  return { id: raw.id, savedAt: raw.savedAt, article: a as unknown as NonNullable<StoredStory['article']>, images };
}

export function parseStoredImage(raw: unknown): StoredImage | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || typeof raw.dataUrl !== 'string' || !raw.dataUrl.startsWith('data:image/')) return null;
  return {
    id: raw.id,
    source: typeof raw.source === 'string' ? raw.source : '',
    dataUrl: raw.dataUrl,
    width: typeof raw.width === 'number' ? raw.width : 0,
    height: typeof raw.height === 'number' ? raw.height : 0,
    bytes: typeof raw.bytes === 'number' ? raw.bytes : raw.dataUrl.length,
  };
}

function isTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}

function isPresent<T>(value: T | null): value is T {
  return value !== null;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
