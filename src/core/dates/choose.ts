import type { Candidate } from './candidate';
import { FAR, NEAR } from './dom-dates';
import type { UrlDate } from './url-date';

type Rule = (c: Candidate) => boolean;

const pub = (c: Candidate): boolean => c.kind === 'published';
const near = (c: Candidate): boolean => c.rank <= NEAR;

/**
 * Publication date rules, strongest first. Structured data written for machines
 * beats what we read off the page; the page header beats the rest of the page.
 */
const PUBLISHED_RULES: Rule[] = [
  (c) => pub(c) && c.source === 'json-ld' && c.rank < 20,
  (c) => pub(c) && c.source === 'meta' && c.rank <= 3,
  (c) => pub(c) && c.source === 'microdata' && near(c),
  (c) => pub(c) && c.source === 'time' && near(c),
  (c) => pub(c) && c.source === 'text' && near(c),
];
/** Used only when nothing above and no URL day: weaker, page-wide evidence. */
const FALLBACK_RULES: Rule[] = [
  (c) => pub(c) && c.source === 'json-ld',
  (c) => pub(c) && c.source === 'meta',
  (c) => pub(c) && (c.source === 'microdata' || c.source === 'time') && c.rank < FAR,
];
const MODIFIED_RULES: Rule[] = [
  (c) => c.kind === 'modified' && c.source === 'json-ld',
  (c) => c.kind === 'modified' && c.source === 'meta',
  (c) => c.kind === 'modified' && (c.source === 'microdata' || c.source === 'time' || c.source === 'text') && c.rank < FAR,
];

function firstByRules(cands: Candidate[], rules: Rule[]): Candidate | null {
  for (const rule of rules) {
    let best: Candidate | null = null;
    for (const c of cands) if (rule(c) && (!best || c.rank < best.rank)) best = c;
    if (best) return best;
  }
  return null;
}

export interface Choice {
  published: Candidate | null;
  modified: Candidate | null;
}

const DAY_MS = 86_400_000;
const dayOf = (c: Candidate): number => Date.parse(c.value.slice(0, 10));
const isUtc = (v: string): boolean => /T.*(Z|\+00:00)$/.test(v);

const QUARTER_HOUR_MS = 900_000;
/** Rank (elements from the headline) of a dateline that sits right by it. */
const BESIDE_HEADLINE = 10;
const MAX_OFFSET_MS = 14 * 3_600_000;

/**
 * True when `value` names `instant` in some zone: with an offset, the same moment; without one
 * ("2023-11-08T18:09:55", a wall clock), the same clock reading shifted by a whole zone offset.
 */
function sameInstant(value: string, instant: number): boolean {
  if (/[+-]\d\d:\d\d$/.test(value)) return Math.abs(Date.parse(value) - instant) < 60_000;
  if (!/T\d\d:\d\d:\d\d$/.test(value)) return false;
  const shift = Date.parse(`${value}Z`) - instant;
  return Math.abs(shift) <= MAX_OFFSET_MS && shift % QUARTER_HOUR_MS === 0;
}

const structured = (c: Candidate): boolean => c.source === 'json-ld' || c.source === 'meta';
const shown = (c: Candidate): boolean => near(c) && (c.source === 'text' || c.source === 'time' || c.source === 'microdata');

/**
 * Structured data often states the time in UTC while readers see the local day
 * ("2023-11-09T03:28Z" for an evening story in New York). Prefer a local form
 * of the same moment, or a visible/URL day one off from the UTC day; with any
 * other offset, only a dateline right beside the headline one day off.
 */
function localize(chosen: Candidate, cands: Candidate[], url: Candidate | null): Candidate {
  const day = dayOf(chosen);
  const visible = firstByRules(cands, [(c) => pub(c) && shown(c)]);
  if (!isUtc(chosen.value)) {
    // Even with a local offset, structured data is sometimes stamped by a server in another
    // zone or on the next day's batch: a dateline printed right by the headline one day away
    // is the day readers were shown.
    const beside = visible && visible.rank <= BESIDE_HEADLINE ? visible : null;
    return beside && Math.abs(dayOf(beside) - day) === DAY_MS ? beside : chosen;
  }
  const instant = Date.parse(chosen.value);
  const sameMoment = cands.find((c) => pub(c) && !isUtc(c.value) && sameInstant(c.value, instant));
  if (sameMoment) return sameMoment;
  // Otherwise trust the day shown nearest the headline, else the URL's day.
  const local = visible && !isUtc(visible.value) ? visible : url;
  return local && Math.abs(dayOf(local) - day) === DAY_MS ? local : chosen;
}

/**
 * A story re-dated on the page: the dateline beside the headline is the day structured data
 * calls "modified", and no structured publication day is shown near the headline at all.
 * Readers see the story under that day, so it is the page's own.
 */
function redated(chosen: Candidate, cands: Candidate[]): Candidate | null {
  if (!structured(chosen)) return null;
  const publishedDays = new Set(cands.filter((c) => pub(c) && structured(c)).map(dayOf));
  if (cands.some((c) => shown(c) && publishedDays.has(dayOf(c)))) return null;
  const dateline = firstByRules(cands, [(c) => pub(c) && shown(c)]);
  if (!dateline) return null;
  const modifiedDay = (c: Candidate): boolean => c.kind === 'modified' && structured(c) && dayOf(c) === dayOf(dateline);
  return cands.some(modifiedDay) ? dateline : null;
}

/**
 * `cands` holds every structured date and the visible ones near the headline; `farText` reads
 * datelines elsewhere on the page, the last resort, and is called only when it is needed.
 */
export function choose(cands: Candidate[], url: UrlDate, farText: () => Candidate[] = () => []): Choice {
  const fromUrl: Candidate | null = url.day ? { value: url.day, kind: 'published', source: 'url', rank: 0 } : null;
  let published = firstByRules(cands, PUBLISHED_RULES);
  if (published) published = redated(published, cands) ?? localize(published, cands, fromUrl);
  // A URL naming a day is rarely wrong; a structured date days away from it usually is.
  if (published && fromUrl && Math.abs(dayOf(published) - dayOf(fromUrl)) > DAY_MS) published = fromUrl;
  if (!published) published = fromUrl;
  if (!published) published = firstByRules(cands, FALLBACK_RULES) ?? firstByRules(farText(), [pub]);
  let modified = firstByRules(cands, MODIFIED_RULES);
  // A page that states only when it was last updated: that is the best date it gives.
  if (!published) published = modified;
  // A "modified" date before the publication date is noise.
  if (published && modified && modified.value.slice(0, 10) < published.value.slice(0, 10)) modified = null;
  return { published, modified };
}
