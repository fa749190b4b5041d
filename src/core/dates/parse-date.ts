import { MONTH_BY_NAME, MONTH_PATTERN, foldText } from './month-names';
import { formatDay, formatOffset, formatTime, isPlausibleDay } from './plausible';

export type DateKind = 'published' | 'modified' | null;

export interface TextDate {
  /** 'YYYY-MM-DD', or a full ISO date-time when the text gives an offset. */
  value: string;
  /** Whether a label such as "Published" or "Updated" precedes it. */
  kind: DateKind;
  index: number;
}

const ISO_RE =
  /(?<![\d.])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:(?:t|\s+|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])/g;
const DAY_MONTH_RE = new RegExp(
  `(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|er|o|º|°)?\\.?\\s*(?:de\\s+|of\\s+)?(${MONTH_PATTERN})\\b\\.?,?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)`,
  'g',
);
// The clock may sit between day and year, as in Java's and Unix's "Tue Jul 30 09:35:14 CEST 2019".
const MONTH_DAY_RE = new RegExp(
  `\\b(${MONTH_PATTERN})\\b\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?\\s*,?\\s*(?:\\d{1,2}:\\d{2}(?::\\d{2})?\\s+(?:[a-z]{2,5}\\s+)?)?(\\d{4})(?!\\d)`,
  'g',
);
// Chinese and Japanese: "2020年07月03日".
const CJK_RE = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const NUMERIC_RE = /(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d]|[./-]\d)/g;
// German typesetting puts a space after each dot: "4. 2. 2022" (always day first; full years only).
const SPACED_DOTS_RE = /(?<![\d.])(\d{1,2})\.\s(\d{1,2})\.\s?(\d{4})(?!\d)/g;

// Every date we read has a four-digit year, or is all numbers ("05.06.24"): a cheap test that
// spares most text the month-name patterns.
const MAY_HOLD_DATE = /\d{4}|\d[./-]\d{1,2}[./-]\d\d/;

/** False when `text` cannot hold a date we read. */
export const mayHoldDate = (text: string): boolean => MAY_HOLD_DATE.test(text);

// A label, then at most two short connector words ("am", "le", "on the") before the date.
const PUBLISHED_LABEL =
  /(published|posted|first published|released|publication|veroffentlicht|erschienen|publie|publicado|publicada|pubblicato|gepubliceerd|geplaatst)(?:[^a-z]+[a-z]{1,3}){0,2}[^a-z]*$/;
const MODIFIED_LABEL =
  /(updated|modified|revised|aktualisiert|geandert|mis a jour|modifie|actualise|actualizado|actualizada|modificado|aggiornato|modificato|bijgewerkt|gewijzigd|atualizado|atualizada)(?:[^a-z]+[a-z]{1,3}){0,2}[^a-z]*$/;

/**
 * Which numeric order a page writes: true = day first (19/06), false = month
 * first (06/19), null = unknown (then only unambiguous numbers are read).
 */
export function dayFirstFor(lang: string | null | undefined): boolean | null {
  if (!lang) return null;
  const l = lang.trim().toLowerCase().replace('_', '-');
  if (l === 'en-us' || l === 'en-ph' || l === 'en-ca') return false;
  if (l === 'en' || l === '') return null;
  return true;
}

function twoDigitYear(yy: number, now: Date): number {
  const cur = now.getUTCFullYear() % 100;
  return yy <= cur + 1 ? 2000 + yy : 1900 + yy;
}

function labelBefore(folded: string, index: number, prevEnd: number): DateKind {
  return labelAtEnd(folded.slice(Math.max(prevEnd, index - 40), index));
}

/** "published" / "modified" when `before` (folded text) ends in such a label. */
function labelAtEnd(before: string): DateKind {
  const pub = PUBLISHED_LABEL.exec(before);
  const mod = MODIFIED_LABEL.exec(before);
  if (pub && mod) return pub.index > mod.index ? 'published' : 'modified';
  return pub ? 'published' : mod ? 'modified' : null;
}

/** The label ("Updated:", "Publié le") that ends `text`, if any. */
export function trailingLabel(text: string): DateKind {
  return labelAtEnd(foldText(text.slice(-60)));
}

/** Every date written in `text`, in reading order, labelled when a label precedes it. */
export function findDatesInText(text: string, lang?: string | null, now: Date = new Date()): TextDate[] {
  if (typeof text !== 'string' || !mayHoldDate(text)) return [];
  const folded = foldText(text.length > 5000 ? text.slice(0, 5000) : text);
  const found: { value: string; index: number; end: number }[] = [];
  const add = (index: number, end: number, y: number, m: number, d: number, time?: string | null): void => {
    if (!isPlausibleDay(y, m, d, now)) return;
    found.push({ value: formatDay(y, m, d) + (time ?? ''), index, end });
  };

  for (const m of folded.matchAll(ISO_RE)) {
    let time: string | null = null;
    const offset = formatOffset(m[8]);
    if (m[5] && offset) {
      const t = formatTime(Number(m[5]), Number(m[6]), Number(m[7] ?? '0'));
      if (t) time = `T${t}${offset}`;
    }
    add(m.index, m.index + m[0].length, Number(m[1]), Number(m[3]), Number(m[4]), time);
  }
  for (const m of folded.matchAll(DAY_MONTH_RE)) {
    add(m.index, m.index + m[0].length, Number(m[3]), MONTH_BY_NAME.get(m[2]!) ?? 0, Number(m[1]));
  }
  for (const m of folded.matchAll(MONTH_DAY_RE)) {
    add(m.index, m.index + m[0].length, Number(m[3]), MONTH_BY_NAME.get(m[1]!) ?? 0, Number(m[2]));
  }
  for (const m of folded.matchAll(CJK_RE)) {
    add(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), Number(m[3]));
  }
  for (const m of folded.matchAll(SPACED_DOTS_RE)) {
    add(m.index, m.index + m[0].length, Number(m[3]), Number(m[2]), Number(m[1]));
  }
  const dayFirst = dayFirstFor(lang);
  for (const m of folded.matchAll(NUMERIC_RE)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    const sep = m[2];
    if (m[4]!.length === 2 && sep === '-') continue; // "12-05-24" is too often a code
    const y = m[4]!.length === 2 ? twoDigitYear(Number(m[4]), now) : Number(m[4]);
    let df: boolean | null;
    if (a > 12 && b <= 12) df = true;
    else if (b > 12 && a <= 12) df = false;
    else if (a === b) df = true;
    else df = sep === '.' ? true : dayFirst;
    if (df === null) continue; // ambiguous and we do not know the page's convention
    add(m.index, m.index + m[0].length, y, df ? b : a, df ? a : b);
  }

  found.sort((x, y) => x.index - y.index || y.end - x.end);
  const out: TextDate[] = [];
  let lastEnd = 0;
  for (const f of found) {
    if (f.index < lastEnd) continue; // overlaps a longer match already taken
    out.push({ value: f.value, index: f.index, kind: labelBefore(folded, f.index, lastEnd) });
    lastEnd = f.end;
  }
  return out;
}

/** Pick the publication date from a list: labelled published, then unlabelled, then updated. */
export function pickTextDate(dates: TextDate[]): TextDate | null {
  return dates.find((d) => d.kind === 'published') ?? dates.find((d) => d.kind === null) ?? dates[0] ?? null;
}

/**
 * Read a date written for people ("Wednesday, June 19, 2024", "19. Juni 2024",
 * "19/06/2024") into 'YYYY-MM-DD', or a full ISO date-time when an offset is given.
 * Numeric dates are read in the order `lang` uses; ambiguous ones without a known
 * order give null rather than a guess.
 */
export function parseDateText(text: string, lang?: string | null, now: Date = new Date()): string | null {
  try {
    return pickTextDate(findDatesInText(text, lang, now))?.value ?? null;
  } catch {
    return null;
  }
}
