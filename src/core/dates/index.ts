import type { DateSource } from '../types';
import { choose } from './choose';
import { Positions, elementDates, textDates } from './dom-dates';
import { jsonLdDates } from './json-ld';
import { metaDates } from './meta';
import { urlDate } from './url-date';
import { Zones } from './zones';

export { parseDateText } from './parse-date';

export interface PublicationDate {
  published: string | null;
  modified: string | null;
  source: DateSource | null;
}

/** The page's language, which decides how "05/06/2024" is read. */
function pageLang(doc: Document): string | null {
  const lang =
    doc.documentElement?.getAttribute('lang') ||
    // XHTML pages may state it only as xml:lang.
    doc.documentElement?.getAttribute('xml:lang') ||
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content') ||
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content');
  return lang ? lang.trim().replace('_', '-').toLowerCase() : null;
}

/**
 * Find when the story on `doc` was published (and last modified), from JSON-LD,
 * meta tags, <time>/microdata near the headline, visible datelines and the URL.
 * Read-only: never changes `doc`. Returns nulls rather than guessing.
 * `elements`: every element of `doc` in document order, when the caller has already listed them.
 */
export function findPublicationDate(doc: Document, url: string, now: Date = new Date(), elements?: readonly Element[]): PublicationDate {
  try {
    const lang = pageLang(doc);
    const zones = new Zones(doc);
    const pos = new Positions(doc, zones, elements);
    const cands = [
      ...jsonLdDates(doc, url, now, lang),
      ...metaDates(doc, now, lang),
      ...elementDates(doc, zones, now, lang, pos),
      ...textDates(doc, zones, now, lang, pos, 'near'),
    ];
    // Datelines away from the headline are the last resort, so the page-wide walk for them runs only then.
    const { published, modified } = choose(cands, urlDate(url, now), () => textDates(doc, zones, now, lang, pos, 'far'));
    return { published: published?.value ?? null, modified: modified?.value ?? null, source: published?.source ?? null };
  } catch {
    return { published: null, modified: null, source: null };
  }
}
