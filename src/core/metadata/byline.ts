/** Finds who wrote the story, from structured data first and visible bylines after. */
import { cleanByline, looksLikeNames, nameBesideDate } from './clean-byline';
import { classAndId, Furniture, type PageScan, visibleText } from './dom';
import { textKey } from './text';

export interface BylineInputs {
  scan: PageScan;
  jsonLdAuthors: readonly string[];
  hinted: string | null | undefined;
  headline: string;
  siteName: string | null;
}

const MAX_ELEMENT_TEXT = 300;
/** A credit line found by its wording is short; longer text is a sentence that happens to start with "By". */
const MAX_CREDIT_TEXT = 120;
const NOT_BYLINE_BOX = /bio|about|avatar|description|social|follow|comment|image|photo|thumb|share|author[-_]?box/;

function isUrl(s: string): boolean {
  return /^(?:https?:)?\/\/|^www\./i.test(s.trim());
}

/** Distinct texts of elements outside the furniture, joined for cleanByline; null when there are none or too many. */
function joinTexts(elements: readonly Element[], furniture: Furniture, textOf: (el: Element) => string, max = Infinity): string | null {
  const texts = new Set<string>();
  for (const el of elements) {
    if (furniture.has(el)) continue;
    const text = textOf(el);
    if (text && text.length <= MAX_ELEMENT_TEXT) texts.add(text);
  }
  return texts.size && texts.size <= max ? [...texts].join('; ') : null;
}

/** Text of itemprop=author elements, using the nested itemprop=name when there is one. */
function microdataText(el: Element): string {
  const nameEl = el.matches('[itemprop~="name"]') ? el : el.querySelector('[itemprop~="name"]');
  const target = nameEl ?? el;
  return target.getAttribute('content') ?? (target.tagName.toUpperCase() === 'META' ? '' : visibleText(target));
}

const linkText = (el: Element): string => (el.tagName.toUpperCase() === 'LINK' ? el.getAttribute('title') ?? '' : visibleText(el));

/** The element showing the headline: the h1/h2 with its text, else the article's h1. */
function headlineElement(scan: PageScan, headline: string): { el: Element; index: number } | null {
  const key = textKey(headline);
  const exact = scan.titles.find((t) => textKey(visibleText(t.el)) === key);
  if (exact) return exact;
  const h1s = scan.titles.filter((t) => t.el.tagName.toUpperCase() === 'H1');
  return h1s.find((t) => t.el.closest('article, main')) ?? h1s[0] ?? null;
}

/** Byline elements nearest to the headline first, with their text. */
function bylineBoxes(scan: PageScan, anchor: number, furniture: Furniture): string[] {
  const found: { text: string; distance: number }[] = [];
  for (const { el, index } of scan.bylineBoxes) {
    if (NOT_BYLINE_BOX.test(classAndId(el)) || /^(?:SCRIPT|STYLE|META|LINK|IMG|SVG)$/i.test(el.tagName) || furniture.has(el)) continue;
    const text = visibleText(el);
    if (!text || text.length > MAX_ELEMENT_TEXT) continue;
    // Bylines usually follow the headline; ones far above it are mostly page chrome.
    found.push({ text, distance: index >= anchor ? index - anchor : (anchor - index) * 3 });
  }
  // Nested boxes (a byline and the author span inside it) often read the same: count the text once.
  return [...new Set(found.sort((a, b) => a.distance - b.distance).map((f) => f.text))];
}

/** A label that also heads stories as a kicker ("Interview"): a credit only beside a name of its own. */
const KICKER_LABEL = /^interview\b/i;

/** "<dt>Interview</dt><dd>Jane Doe</dd>": a label and one value, set side by side in a parent of their own. */
function isLabelValuePair(label: Element): boolean {
  const value = label.nextElementSibling;
  return label.parentElement?.childElementCount === 2 && !!value && !/^H[1-6]$/i.test(value.tagName);
}

/**
 * Credit lines found by their wording ("By Jane Doe", "Autorin: Jane Doe"), nearest the headline
 * first: many pages set the byline in an element with no telling class. A bare label ("Autor")
 * stands in its own element, so its parent holds the name.
 */
function creditLines(scan: PageScan, anchor: number, furniture: Furniture, siteName: string | null): string[] {
  const found: { text: string; distance: number; look: string }[] = [];
  const namesByLook = new Map<string, Set<string>>();
  for (const { el, index } of scan.bylineLeads) {
    if (furniture.has(el)) continue;
    let text = visibleText(el);
    if (/^(?:[|·•\-–—]\s*)?\S+\s*:?$/.test(text) && el.parentElement) {
      if (KICKER_LABEL.test(text) && !isLabelValuePair(el)) continue;
      text = visibleText(el.parentElement);
    }
    if (!text || text.length > MAX_CREDIT_TEXT) continue;
    const cleaned = cleanByline(text, siteName);
    if (!cleaned || !looksLikeNames(cleaned)) continue;
    // A lower-case handle ("by jdoe") is a credit only when set apart in its own element; in the same
    // text as "By" it is a phrase ("By design").
    if (!/[\p{Lu}\d]/u.test(cleaned) && (el.firstChild?.nodeValue ?? '').includes(cleaned)) continue;
    const look = `${el.tagName} ${el.getAttribute('class') ?? ''}`;
    found.push({ text: cleaned, distance: index >= anchor ? index - anchor : (anchor - index) * 3, look });
    namesByLook.set(look, (namesByLook.get(look) ?? new Set()).add(cleaned));
  }
  // Lines that look alike but credit different people are a list of other stories ("By A", "By B").
  const listed = found.filter((f) => namesByLook.get(f.look)!.size < 2);
  return [...new Set(listed.sort((a, b) => a.distance - b.distance).map((f) => f.text))];
}

/** A "date – name" line just above or below the headline, as small sites print their credit. */
function datelineName(headline: Element | null, siteName: string | null): string | null {
  // Page builders wrap the headline in boxes of its own: the row beside it is beside the outermost.
  let box = headline;
  while (box?.parentElement?.childElementCount === 1 && !/^(?:BODY|HTML|ARTICLE|HEADER|MAIN)$/i.test(box.parentElement.tagName)) box = box.parentElement;
  const next = box?.nextElementSibling;
  for (const el of [next, next?.nextElementSibling, box?.previousElementSibling]) {
    const name = el ? nameBesideDate(visibleText(el), siteName) : null;
    if (name) return name;
  }
  return null;
}

interface Candidate {
  text: string;
  weight: number;
  /** From structured data (JSON-LD, meta tags), which lists a story's authors and nothing else. */
  structured?: boolean;
}

/** Candidate bylines in priority order, each cleaned, with how much its source is trusted. */
export function bylineCandidates(input: BylineInputs): Candidate[] {
  const { scan, siteName } = input;
  const story = headlineElement(scan, input.headline);
  const furniture = new Furniture(story?.el ?? null);
  const known = new Map<string, string | null>();
  const cleanText = (text: string): string | null => {
    if (!known.has(text)) known.set(text, cleanByline(text, siteName));
    return known.get(text)!;
  };
  // Structured data gives one author per value: each is cleaned alone, so a paper's long author
  // list is not taken for run-on text.
  const clean = (source: string | readonly string[] | null | undefined): string | null => {
    if (!source) return null;
    if (typeof source === 'string') return cleanText(source);
    const names = new Map<string, string>();
    for (const value of source.filter((v) => !isUrl(v))) {
      for (const name of cleanText(value)?.split(', ') ?? []) if (!names.has(textKey(name))) names.set(textKey(name), name);
    }
    return names.size ? [...names.values()].join(', ') : null;
  };
  const jsonLdAuthors = clean(input.jsonLdAuthors);
  const metaAuthors = clean(scan.metaAuthors);
  const raw: [string | null, number, boolean?][] = [
    [jsonLdAuthors, 3, true],
    [clean(joinTexts(scan.microdataAuthors, furniture, microdataText)), 2],
    ...bylineBoxes(scan, story?.index ?? 0, furniture).slice(0, 5).map((text, i): [string | null, number] => [clean(text), i === 0 ? 2 : 1]),
    ...creditLines(scan, story?.index ?? 0, furniture, siteName).slice(0, 2).map((text, i): [string | null, number] => [clean(text), i === 0 ? 2 : 1]),
    [metaAuthors, 2, true],
    [clean(datelineName(story?.el ?? null, siteName)), 1],
    [clean(joinTexts(scan.relAuthors, furniture, linkText)), 1],
    [clean(joinTexts(scan.authorPageLinks, furniture, linkText, 4)), 1],
  ];
  const out: Candidate[] = [];
  for (const [text, weight, structured] of raw) if (text) out.push({ text, weight, structured });
  // Readability reads the same meta and JSON-LD authors: its byline adds no vote when it repeats them.
  const hinted = input.hinted ? clean(input.hinted) : null;
  if (hinted && hinted !== jsonLdAuthors && hinted !== metaAuthors) out.push({ text: hinted, weight: 2 });
  return out;
}

const authorKeys = (byline: string): string[] => byline.split(', ').map(textKey);

/** The candidate that most other sources agree with (sharing an author); earlier sources win ties. */
export function findByline(input: BylineInputs): string | null {
  const cands = bylineCandidates(input).map((c) => ({ ...c, keys: new Set(authorKeys(c.text)) }));
  let best: (typeof cands)[number] | null = null;
  let bestScore = 0;
  for (const c of cands) {
    // Jaccard overlap of author sets, so a box listing "Tine, Hi, ich bin Tine, …" loses to "Tine".
    let score = 0;
    for (const o of cands) {
      const shared = [...c.keys].filter((k) => o.keys.has(k)).length;
      score += (o.weight * shared) / (c.keys.size + o.keys.size - shared);
    }
    if (score > bestScore) { best = c; bestScore = score; }
  }
  if (!best) return null;
  // Pages often show each author in an element of their own, so single names outvote the full list.
  // A longer list that includes the winner wins when JSON-LD or two sources give exactly that list,
  // or, for structured data, when the page shows other authors of the list apart too (a paper's author row).
  const winner = best;
  let fuller: (typeof cands)[number] | null = null;
  for (const c of cands) {
    if (c.keys.size <= (fuller ?? winner).keys.size || ![...winner.keys].every((k) => c.keys.has(k))) continue;
    const within = cands.filter((o) => [...o.keys].every((k) => c.keys.has(k)));
    const same = within.filter((o) => o.keys.size === c.keys.size);
    const shownApart = new Set(within.filter((o) => o.keys.size < c.keys.size).flatMap((o) => [...o.keys]));
    if (same.reduce((sum, o) => sum + o.weight, 0) >= 3 || (c.structured && shownApart.size >= 3)) fuller = c;
  }
  const chosen = fuller ?? winner;
  return cands.find((c) => c.weight >= 2 && completes(c.text, chosen.text))?.text ?? chosen.text;
}

/**
 * True when `full` names the same people as `short` with a surname: "Nils Doe" for "Nils". Sites
 * often show a profile's first name alone, while their structured data or credit line has the whole
 * name. One added word only, so "Jane Ein Kommentar" (a label run into the name) does not count.
 */
function completes(full: string, short: string): boolean {
  const fulls = full.split(', ');
  const shorts = short.split(', ');
  return (
    fulls.length === shorts.length &&
    shorts.every((s, i) => !s.includes(' ') && fulls[i]!.startsWith(`${s} `) && fulls[i]!.split(' ').length === 2)
  );
}
