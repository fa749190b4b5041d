/**
 * Headline, byline and site name of a news story, weighing Readability's answers against the
 * page's own metadata (meta tags, JSON-LD, microdata) and its visible headline and byline.
 * Pure DOM code: works on any standards DOM and never mutates the document.
 */
import { findByline } from './byline';
import { pageTitle, scanPage } from './dom';
import { chooseHeadline, headingSources } from './headline';
import { readJsonLd } from './json-ld';
import { declaredSiteNames, findSiteName } from './site-name';
import { cleanText, hostOf } from './text';

export { cleanByline } from './clean-byline';

export interface ReadabilityHints { title?: string | null; byline?: string | null; siteName?: string | null }
export interface StoryMetadata { title: string; byline: string | null; siteName: string | null }

/** True when `text` is word for word one of `others`. */
function echoes(text: string | null | undefined, others: readonly (string | null | undefined)[]): boolean {
  const key = cleanText(text);
  return !!key && others.some((o) => cleanText(o) === key);
}

/** True when `text` is a shorter piece of `title`. */
function cutFrom(text: string | null | undefined, title: string): boolean {
  const piece = cleanText(text);
  return !!piece && piece.length < title.length && title.includes(piece);
}

/** `elements`: every element of `doc` in document order, when the caller has already listed them. */
export function findStoryMetadata(doc: Document, url: string, hints: ReadabilityHints, elements?: readonly Element[]): StoryMetadata {
  const scan = scanPage(doc, elements);
  const meta = scan.meta;
  const jsonLd = readJsonLd(scan.jsonLd);
  const host = hostOf(url);
  const declared = declaredSiteNames(meta, jsonLd?.publisher ?? null, jsonLd?.website ?? null, hints.siteName);
  const docTitle = cleanText(pageTitle(doc));
  const ogTitle = meta.get('og:title');
  const twitterTitle = meta.get('twitter:title');

  // In Unicode's composed form (NFC), as text is compared and stored: some scripts' pages mix both forms.
  const headline = (
    chooseHeadline(
      [
        ...headingSources(scan, declared, host),
        { text: jsonLd?.headline, weight: 3 },
        { text: ogTitle, weight: 3 },
        // Readability reads these same tags, or cuts the <title>: a copy or a cut of one adds little evidence.
        { text: hints.title, weight: echoes(hints.title, [jsonLd?.headline, ogTitle, twitterTitle]) || cutFrom(hints.title, docTitle) ? 1 : 2 },
        { text: twitterTitle, weight: 2 },
        { text: jsonLd?.name, weight: 1 },
        { text: docTitle, weight: 1 },
      ],
      declared,
      host,
    ) ||
    docTitle ||
    host ||
    url
  ).normalize('NFC');

  const siteName = findSiteName(declared, [docTitle, meta.get('og:title'), hints.title], headline, url);
  const byline = findByline({
    scan,
    jsonLdAuthors: jsonLd?.authors ?? [],
    hinted: hints.byline,
    headline,
    siteName,
  });
  return { title: headline, byline, siteName };
}
