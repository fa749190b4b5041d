// Plain @mozilla/readability with default options, the baseline `npm run bench` compares against.
// Usable by ../shared/bench/score.mjs too: it exports extract(html, url).
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Runs Readability on a copy of an already parsed document (Readability changes what it reads). */
export function extractFromDocument(doc) {
  const parsed = new Readability(doc.cloneNode(true)).parse();
  return toArticle(parsed);
}

/** Parses the HTML with linkedom, as the Node build of Broadsheet does, and runs Readability on it. */
export function extract(html, _url) {
  const { document } = parseHTML(html);
  return toArticle(new Readability(document).parse());
}

/** Readability's result in the field names the scorer reads, or null when it found nothing. */
export function toArticle(parsed) {
  if (!parsed) return null;
  return {
    title: parsed.title ?? null,
    byline: parsed.byline ?? null,
    published: parsed.publishedTime ?? null,
    siteName: parsed.siteName ?? null,
    excerpt: parsed.excerpt ?? null,
    lang: parsed.lang ?? null,
    contentHtml: parsed.content ?? '',
    textContent: parsed.textContent ?? '',
  };
}
