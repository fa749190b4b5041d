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
  (c) => pub(c) && c.source === 'text',
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

export function choose(cands: Candidate[], url: UrlDate): Choice {
  let published = firstByRules(cands, PUBLISHED_RULES);
  if (!published && url.day) published = { value: url.day, kind: 'published', source: 'url', rank: 0 };
  if (!published) published = firstByRules(cands, FALLBACK_RULES);
  let modified = firstByRules(cands, MODIFIED_RULES);
  // A "modified" date before the publication date is noise.
  if (published && modified && modified.value.slice(0, 10) < published.value.slice(0, 10)) modified = null;
  return { published, modified };
}
