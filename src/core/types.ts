/** Where a publication date was read from, so the UI can say so. */
export type DateSource = 'json-ld' | 'meta' | 'time' | 'microdata' | 'text' | 'url';

/** Sanitized HTML: only `core/sanitize` produces it. */
export type SafeHtml = string & { readonly __brand: 'SafeHtml' };

export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 date or date-time as the page states it (offset kept), or null. */
  published: string | null;
  modified: string | null;
  publishedSource: DateSource | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  contentHtml: SafeHtml;
  /** Story text; paragraphs are separated by a blank line. */
  textContent: string;
  wordCount: number;
  readingMinutes: number;
  url: string;
  canonicalUrl: string;
}

export type ExtractFailureReason = 'not-article' | 'no-content' | 'too-large' | 'parse-failed';

export type ExtractResult =
  | { ok: true; article: Article }
  | { ok: false; reason: ExtractFailureReason; message: string };

/** The steps of a read, in order (see `ExtractOptions.onStage`). */
export type ExtractStage = 'checks' | 'readability' | 'metadata' | 'dates' | 'tidy' | 'sanitize' | 'finish';

export interface ExtractOptions {
  /** Skip the "is this an article?" check. */
  force?: boolean;
  /**
   * Told as each step of a read ends, so a benchmark can see where the time goes. A read that stops
   * early (too large, not an article) tells only the steps it finished.
   */
  onStage?: (stage: ExtractStage) => void;
}
