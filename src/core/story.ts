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
}

/** A saved story's full record, stored under its own key. */
export interface StoredStory {
  id: string;
  savedAt: number;
  article: Article;
}

export function summarize(id: string, article: Article, savedAt: number): StorySummary {
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
    savedAt,
  };
}
