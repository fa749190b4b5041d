import type { Candidate, Kind } from './candidate';
import { normalizeMachineDate } from './machine-date';

/** Meta names/properties (lower-case) that carry a date, with trust rank (lower is better). */
const META_DATES: ReadonlyMap<string, [Kind, number]> = new Map<string, [Kind, number]>([
  ...['article:published_time', 'article:published', 'article.published', 'og:published_time', 'og:article:published_time',
    'datepublished', 'rnews:datepublished'].map((n) => [n, ['published', 0]] as [string, [Kind, number]]),
  ...['parsely-pub-date', 'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'published_time',
    'published-date', 'published_date', 'publication_date', 'publication-date', 'date_published', 'pub_date',
    'og:pubdate', 'article.created', 'original-publish-date', 'datecreated', 'release_date', 'cxenseparse:recs:publishtime',
    'bt:pubdate', 'displaydate', 'dc.date.published'].map((n) => [n, ['published', 1]] as [string, [Kind, number]]),
  ...['dcterms.issued', 'dcterms.created', 'dc.date.issued', 'dc.date.created', 'dc.issued', 'dc.created',
    'prism.publicationdate', 'eprints.date'].map((n) => [n, ['published', 2]] as [string, [Kind, number]]),
  ...['citation_publication_date', 'citation_date', 'citation_online_date'].map((n) => [n, ['published', 3]] as [string, [Kind, number]]),
  // Dublin Core's bare "date" is any date in the page's life (often its last edit), unlike dc.date.issued.
  ...['dcterms.date', 'dc.date', 'date', 'created', 'timestamp'].map((n) => [n, ['published', 4]] as [string, [Kind, number]]),
  ...['article:modified_time', 'article:modified', 'og:updated_time', 'og:modified_time', 'datemodified', 'article.updated',
    'dcterms.modified', 'dc.date.modified', 'dc.modified', 'modified', 'last-modified', 'lastmod', 'revised',
    'updated_time', 'sailthru.lastmodified', 'parsely-updated-date'].map((n) => [n, ['modified', 1]] as [string, [Kind, number]]),
]);

/** Dates from <meta name|property|itemprop=… content=…>. */
export function metaDates(doc: Document, now: Date, lang: string | null): Candidate[] {
  const out: Candidate[] = [];
  for (const meta of doc.querySelectorAll('meta[content]')) {
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr)?.trim().toLowerCase();
      const entry = key ? META_DATES.get(key) : undefined;
      if (!entry) continue;
      // A page's http-equiv date is when the server sent it, not when the story ran.
      if (attr === 'http-equiv' && entry[0] === 'published') continue;
      const value = normalizeMachineDate(meta.getAttribute('content'), now, lang);
      if (value) out.push({ value, kind: entry[0], source: 'meta', rank: entry[1] });
      break;
    }
  }
  return out;
}
