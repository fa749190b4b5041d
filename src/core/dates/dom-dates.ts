import { allElements, listOf } from '../dom-list';
import { boundedText } from './bounded-text';
import type { Candidate, Kind } from './candidate';
import { normalizeMachineDate } from './machine-date';
import { findDatesInText, mayHoldDate, pickTextDate, trailingLabel } from './parse-date';
import type { Zones } from './zones';

/** Elements this close (in document order) to the headline count as the story's header. */
export const NEAR = 60;
/** Rank offset for dates found away from the headline. */
export const FAR = 1_000_000;

// Class/id fragments of containers that hold a story's date or byline.
const DATEISH = /date|datum|fecha|time|stamp|meta|posted|publish|byline|dateline|zeit|info/;
// Whole-page containers mix the dateline with banners and rails; their parts are read on their own.
const SKIP_TEXT_TAGS = new Set(['SCRIPT', 'STYLE', 'TITLE', 'HTML', 'HEAD', 'BODY', 'MAIN', 'NOSCRIPT', 'TEMPLATE', 'OPTION', 'SELECT']);
const MODIFIED_WORDS = /\b(updated?|modified|lastmod|revised)\b/;
const PUBLISHED_WORDS = /\b(published|publish|pubdate|posted|created|dateline)\b/;

/** Cheap first test on raw class/id: splitting words can only remove matches, never add them. */
function maybeDateish(el: Element): boolean {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return raw.length > 1 && DATEISH.test(raw.toLowerCase()) && DATEISH.test(classWords(el));
}

function classWords(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[_-]+/g, ' ');
}

/** Every element in document order, to measure distance from the headline by position. */
class Positions {
  readonly all: readonly Element[];
  readonly anchor: number;

  /** `all`: every element of `doc` in document order, when the caller already has them. */
  constructor(doc: Document, zones: Zones, all?: readonly Element[]) {
    // The whole document, not just body or documentElement: some parsers misplace markup into
    // <head>, and junk before <html> (PHP warnings) can make a stray <br> linkedom's root.
    this.all = all ?? allElements(doc);
    const start = zones.headline ?? doc.querySelector('article, main, [role="main"]');
    this.anchor = start ? Math.max(0, this.all.indexOf(start)) : 0;
  }

  /** Distance of `all[i]` from the headline; dates just above it (kicker, dateline) count as close. */
  distanceAt(i: number): number {
    const d = i - this.anchor;
    return d < 0 ? Math.ceil(-d * 1.5) : d;
  }
}

/** "Updated" / "Published" from the element's classes or the words just before it. */
function kindOf(el: Element, fallback: Kind | null): Kind | null {
  const cls = `${classWords(el)} ${el.parentElement ? classWords(el.parentElement) : ''}`;
  if (MODIFIED_WORDS.test(cls)) return 'modified';
  if (PUBLISHED_WORDS.test(cls)) return 'published';
  const parent = el.parentElement ? boundedText(el.parentElement, 200) : null;
  const own = parent && !parent.cut ? boundedText(el, 200).text : '';
  const parentText = parent?.text ?? '';
  if (own) {
    const at = parentText.indexOf(own);
    const label = at > 0 ? trailingLabel(parentText.slice(Math.max(0, at - 40), at)) : null;
    if (label) return label;
  }
  return fallback;
}

function machineValue(el: Element, now: Date, lang: string | null): string | null {
  for (const attr of ['datetime', 'content', 'title', 'data-datetime', 'data-timestamp']) {
    const v = el.getAttribute(attr);
    if (v) {
      const parsed = normalizeMachineDate(v, now, lang);
      if (parsed) return parsed;
    }
  }
  return pickTextDate(findDatesInText(boundedText(el, 250).text, lang, now))?.value ?? null;
}

const MICRO_PROP = /(?:^|\s)date(?:published|created|modified)(?:\s|$)/i;
const HATOM_TITLED = /(?:^|\s)(?:published|updated)(?:\s|$)/;
const MF2_DATE = /(?:^|\s)dt-(?:published|updated)(?:\s|$)/;

/** Microdata date (itemprop datePublished…), hAtom .published[title] or microformats2 .dt-published. */
function isMicroDate(el: Element): boolean {
  const prop = el.getAttribute('itemprop');
  if (prop && MICRO_PROP.test(prop)) return true;
  const cls = el.getAttribute('class');
  return !!cls && (MF2_DATE.test(cls) || (HATOM_TITLED.test(cls) && el.hasAttribute('title')));
}

const DATE_ELEMENT_SUPERSET = 'time, [itemprop], [class*="published"], [class*="updated"]';

/** <time>, microdata itemprop and hAtom dates outside boilerplate, ranked by distance from the headline. */
export function elementDates(doc: Document, zones: Zones, now: Date, lang: string | null, pos = new Positions(doc, zones)): Candidate[] {
  const micro: Candidate[] = [];
  const times: Candidate[] = [];
  // The selector finds a superset natively (every candidate has an itemprop, a <time> tag or one of
  // these class words); the tests below decide. Both lists are in document order, so each match's
  // place in `pos.all` is found by walking forward from the previous one.
  let i = -1;
  for (const el of listOf(doc.querySelectorAll(DATE_ELEMENT_SUPERSET))) {
    while (++i < pos.all.length && pos.all[i] !== el);
    if (i >= pos.all.length) i = pos.all.indexOf(el);
    if (i < 0) continue;
    const tag = el.tagName.toUpperCase();
    const isMicro = tag !== 'META' && isMicroDate(el);
    if ((!isMicro && tag !== 'TIME') || zones.isBoilerplate(el)) continue;
    const value = machineValue(el, now, lang);
    if (!value) continue;
    if (isMicro) {
      const prop = `${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('class') ?? ''}`.toLowerCase();
      const kind: Kind = /datemodified|updated/.test(prop) ? 'modified' : 'published';
      micro.push({ value, kind, source: 'microdata', rank: pos.distanceAt(i) });
    } else {
      const kind = el.hasAttribute('pubdate') ? 'published' : (kindOf(el, null) ?? 'published');
      times.push({ value, kind, source: 'time', rank: pos.distanceAt(i) });
    }
  }
  return [...micro, ...times];
}

/** Elements this far before the headline still count as its header (kicker, dateline above it). */
const BEFORE = 40;

/**
 * Visible datelines. 'near': short text around the headline. 'far': elements elsewhere whose
 * class says "date" — a page-wide walk, so callers ask for it only when nothing nearer answers.
 */
export function textDates(doc: Document, zones: Zones, now: Date, lang: string | null, pos: Positions, scope: 'near' | 'far'): Candidate[] {
  const out: Candidate[] = [];
  const { all, anchor } = pos;
  const first = Math.max(0, anchor - BEFORE);
  const last = Math.min(all.length - 1, anchor + NEAR);
  const headlineText = scope === 'near' && zones.headline ? boundedText(zones.headline, 250).text : '';
  const read = (el: Element, near: boolean, rank: number): void => {
    const tag = el.tagName.toUpperCase();
    if (SKIP_TEXT_TAGS.has(tag)) return;
    const bounded = boundedText(el, 250);
    if (bounded.cut && !(near && tag === 'P')) return;
    // A dateline may open the first paragraph: "29.11.2022 – The government…".
    let text = bounded.cut ? bounded.text.slice(0, 60) : bounded.text;
    // A date in the title ("Results, 19.5.2007") names the event, not the day it was reported.
    if (headlineText && zones.holdsHeadline(el)) text = text.replace(headlineText, ' ').trim();
    // Where the element sits is asked only of text that can hold a date: most text cannot.
    if (!mayHoldDate(text) || zones.isBoilerplate(el)) return;
    const dates = findDatesInText(text, lang, now);
    if (!dates.length) return;
    const pick = pickTextDate(dates)!;
    out.push({ value: pick.value, kind: pick.kind === 'modified' ? 'modified' : 'published', source: 'text', rank });
    const updated = dates.find((d) => d.kind === 'modified');
    if (updated && updated !== pick) out.push({ value: updated.value, kind: 'modified', source: 'text', rank });
  };
  if (scope === 'near') {
    for (let i = first; i <= last; i++) read(all[i]!, true, pos.distanceAt(i));
  } else {
    for (let i = 0; i < all.length; i++) {
      if (i >= first && i <= last) continue;
      const el = all[i]!;
      if (maybeDateish(el)) read(el, false, FAR + i);
    }
  }
  return out;
}

export { Positions };
