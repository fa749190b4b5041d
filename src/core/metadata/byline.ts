/** Finds who wrote the story, from structured data first and visible bylines after. */
import { cleanByline } from './clean-byline';
import { classAndId, inFurniture, visibleText } from './dom';
import { textKey } from './text';

export interface BylineInputs {
  doc: Document;
  meta: Map<string, string>;
  jsonLdAuthors: readonly string[];
  hinted: string | null | undefined;
  headline: string;
  siteName: string | null;
}

const MAX_ELEMENT_TEXT = 300;
const NOT_BYLINE_BOX = /bio|about|avatar|description|social|follow|comment|image|photo|thumb|share/;

function isUrl(s: string): boolean {
  return /^(?:https?:)?\/\/|^www\./i.test(s.trim());
}

/** Text of itemprop=author elements, using the nested itemprop=name when there is one. */
function microdataAuthors(doc: Document): string | null {
  const names: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('[itemprop~="author"], [itemprop~="creator"]'))) {
    if (inFurniture(el)) continue;
    const nameEl = el.matches('[itemprop~="name"]') ? el : el.querySelector('[itemprop~="name"]');
    const target = nameEl ?? el;
    const value = target.getAttribute('content') ?? (target.tagName.toUpperCase() === 'META' ? '' : visibleText(target));
    if (value && value.length <= MAX_ELEMENT_TEXT) names.push(value);
  }
  return names.length ? names.join('; ') : null;
}

function relAuthors(doc: Document): string | null {
  const names = Array.from(doc.querySelectorAll('a[rel~="author"], link[rel~="author"][title]'))
    .filter((el) => !inFurniture(el))
    .map((el) => (el.tagName.toUpperCase() === 'LINK' ? el.getAttribute('title') ?? '' : visibleText(el)))
    .filter((t) => t && t.length <= 100);
  return names.length ? [...new Set(names)].join('; ') : null;
}

/** Elements whose class/id says byline/author, nearest to the headline first. */
function bylineElements(doc: Document, headline: string): Element[] {
  const all = Array.from(doc.querySelectorAll('*'));
  const key = textKey(headline);
  const h1 = all.find((el) => /^H[12]$/i.test(el.tagName) && textKey(visibleText(el)) === key)
    ?? doc.querySelector('article h1, main h1, h1');
  const anchor = h1 ? all.indexOf(h1) : 0;
  const found: { el: Element; distance: number }[] = [];
  all.forEach((el, index) => {
    const names = classAndId(el);
    if (!/byline|author|autor|contributor|writer|verfasser/.test(names) || NOT_BYLINE_BOX.test(names)) return;
    if (/^(?:SCRIPT|STYLE|META|LINK|IMG|SVG)$/i.test(el.tagName) || inFurniture(el)) return;
    const text = visibleText(el);
    if (!text || text.length > MAX_ELEMENT_TEXT) return;
    // Bylines usually follow the headline; ones far above it are mostly page chrome.
    const distance = index >= anchor ? index - anchor : (anchor - index) * 3;
    found.push({ el, distance });
  });
  return found.sort((a, b) => a.distance - b.distance).map((f) => f.el);
}

interface Candidate { text: string; weight: number }

/** Candidate bylines in priority order, each cleaned, with how much its source is trusted. */
export function bylineCandidates(input: BylineInputs): Candidate[] {
  const { doc, meta, siteName } = input;
  const metaAuthor = [meta.get('author'), meta.get('article:author'), meta.get('dc.creator'), meta.get('dcterms.creator')]
    .find((v) => v && !isUrl(v));
  const raw: [string | null | undefined, number][] = [
    [input.jsonLdAuthors.filter((a) => !isUrl(a)).join('; '), 3],
    [microdataAuthors(doc), 2],
    ...bylineElements(doc, input.headline).slice(0, 5).map((el, i): [string, number] => [visibleText(el), i === 0 ? 2 : 1]),
    [metaAuthor, 2],
    [relAuthors(doc), 1],
    [input.hinted, 2],
  ];
  const out: Candidate[] = [];
  for (const [text, weight] of raw) {
    const cleaned = text ? cleanByline(text, siteName) : null;
    if (cleaned) out.push({ text: cleaned, weight });
  }
  return out;
}

const authorKeys = (byline: string): string[] => byline.split(', ').map(textKey);

/** The candidate that most other sources agree with (sharing an author); earlier sources win ties. */
export function findByline(input: BylineInputs): string | null {
  const cands = bylineCandidates(input);
  let best: string | null = null;
  let bestScore = 0;
  for (const c of cands) {
    // Jaccard overlap of author sets, so a box listing "Tine, Hi, ich bin Tine, …" loses to "Tine".
    const mine = new Set(authorKeys(c.text));
    let score = 0;
    for (const o of cands) {
      const theirs = new Set(authorKeys(o.text));
      const shared = [...mine].filter((k) => theirs.has(k)).length;
      score += (o.weight * shared) / (mine.size + theirs.size - shared);
    }
    if (score > bestScore) { best = c.text; bestScore = score; }
  }
  return best;
}
