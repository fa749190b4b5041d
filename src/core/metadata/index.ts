/**
 * Headline, byline and site name of a news story, weighing Readability's answers against the
 * page's own metadata (meta tags, JSON-LD, microdata) and its visible headline and byline.
 * Pure DOM code: works on any standards DOM and never mutates the document.
 */
import { findByline } from './byline';
import { scanPage } from './dom';
import { chooseHeadline, headingSources } from './headline';
import { readJsonLd } from './json-ld';
import { declaredSiteNames, findSiteName } from './site-name';
import { cleanText, hostOf } from './text';

export { cleanByline } from './clean-byline';

export interface ReadabilityHints { title?: string | null; byline?: string | null; siteName?: string | null }
export interface StoryMetadata { title: string; byline: string | null; siteName: string | null }

export function findStoryMetadata(doc: Document, url: string, hints: ReadabilityHints): StoryMetadata {
  const scan = scanPage(doc);
  const meta = scan.meta;
  const jsonLd = readJsonLd(scan.jsonLd);
  const host = hostOf(url);
  const declared = declaredSiteNames(meta, jsonLd?.publisher ?? null, jsonLd?.website ?? null, hints.siteName);
  const docTitle = cleanText(doc.title);

  const headline =
    chooseHeadline(
      [
        ...headingSources(scan),
        { text: jsonLd?.headline, weight: 3 },
        { text: meta.get('og:title'), weight: 3 },
        { text: hints.title, weight: 2 },
        { text: meta.get('twitter:title'), weight: 2 },
        { text: jsonLd?.name, weight: 1 },
        { text: docTitle, weight: 1 },
      ],
      declared,
      host,
    ) ||
    docTitle ||
    host ||
    url;

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
