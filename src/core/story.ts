import type { Article, DateSource } from './types';

/** One line of the saved list: small, so the list opens without reading any story body. */
export interface StorySummary {
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  siteName: string | null;
  byline: string | null;
  published: string | null;
  publishedSource: DateSource | null;
  excerpt: string | null;
  lang: string | null;
  wordCount: number;
  readingMinutes: number;
  /** Epoch milliseconds. */
  savedAt: number;
  /** Last change to content or state; an import never replaces a story with older data. */
  updatedAt: number;
  read: boolean;
  archived: boolean;
  tags: string[];
  /** Saved as a link only (a Pocket import, "Save link"): the text is fetched when it is opened. */
  linkOnly: boolean;
  /** Keys of the stored images this story uses (shared between stories). */
  imageIds: string[];
  /** Stored size of the story's own record, in bytes. */
  bytes: number;
}

/** A saved story's full record, stored under its own key. `article` is null for a link-only story. */
export interface StoredStory {
  id: string;
  savedAt: number;
  article: Article | null;
  /** Original image URL → stored image id, so the body shows its images offline. */
  images: Record<string, string>;
}

/** An image kept for offline reading, shared by every story that shows it. */
export interface StoredImage {
  id: string;
  source: string;
  dataUrl: string;
  width: number;
  height: number;
  bytes: number;
}

export type StoryState = Pick<StorySummary, 'read' | 'archived' | 'tags'>;

export const DEFAULT_STATE: StoryState = { read: false, archived: false, tags: [] };

export function summarize(
  id: string,
  article: Article,
  times: { savedAt: number; updatedAt: number },
  state: StoryState = DEFAULT_STATE,
  extra: { imageIds?: string[]; bytes?: number } = {},
): StorySummary {
  return {
    id,
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    siteName: article.siteName,
    byline: article.byline,
    published: article.published,
    publishedSource: article.publishedSource,
    excerpt: article.excerpt,
    lang: article.lang,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    savedAt: times.savedAt,
    updatedAt: times.updatedAt,
    ...state,
    linkOnly: false,
    imageIds: extra.imageIds ?? [],
    bytes: extra.bytes ?? 0,
  };
}

/** Size of a value as stored (JSON, UTF-8), for the storage report. */
export function storedBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
