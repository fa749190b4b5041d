/** Picks the story's headline from the places pages put it, by agreement between them. */
import { classAndId, Furniture, type PageScan, visibleText } from './dom';
import { cleanText, isSiteName, SEGMENT_SEPARATOR, splitAffixes, squash, textKey } from './text';

export interface HeadlineSource {
  text: string | null | undefined;
  /** Evidence weight; the order of sources breaks ties. */
  weight: number;
  /** The text is the visible headline, so its exact wording is preferred. */
  visible?: boolean;
}

interface Candidate { text: string; key: string; segments: string[]; weight: number; visible: boolean; order: number }

/** Drops leading/trailing segments that name the site: "Headline | Site", "Site - Headline". */
export function stripSiteAffixes(text: string, siteNames: readonly string[], host: string | null): string {
  const segments = splitAffixes(text);
  while (segments.length > 1 && isSiteName(segments[segments.length - 1]!, siteNames, host)) segments.pop();
  while (segments.length > 1 && isSiteName(segments[0]!, siteNames, host)) segments.shift();
  if (segments.length === splitAffixes(text).length) return text;
  // Rebuild from the original so inner separators keep their own spelling.
  const first = segments[0]!;
  const last = segments[segments.length - 1]!;
  const start = text.indexOf(first);
  const end = text.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? squash(text.slice(start, end)) : segments.join(' - ');
}

/**
 * True when `inner` is `outer`, an edge run of its segments ("A | B | C" supports "A", "A | B", "C"),
 * or a visible heading found whole inside it ("Kicker: Headline – teaser | Site" supports "Headline").
 */
function supports(outer: Candidate, inner: Candidate): boolean {
  if (outer.key === inner.key) return true;
  if (inner.visible && !outer.visible && inner.key.includes(' ') && ` ${outer.key} `.includes(` ${inner.key} `)) return true;
  // A kicker before a colon ("Chronik: Headline") counts as a segment here, but is never stripped.
  const segs = outer.text.split(SEGMENT_SEPARATOR).map(textKey);
  for (let i = 1; i < segs.length; i++) {
    if (segs.slice(0, i).join(' ') === inner.key || segs.slice(i).join(' ') === inner.key) return true;
  }
  return false;
}

const KICKER = /kicker|dachzeile|overline|topline|roofline|eyebrow|supertitle|subtitle|rubric|category|label|visually-hidden|sr-only|screen-reader/;

/** A heading that only holds a link to the home page is the site's logo. */
function isLogo(h: Element): boolean {
  const links = Array.from(h.querySelectorAll('a[href]'));
  if (links.length !== 1) return false;
  const href = links[0]!.getAttribute('href') ?? '';
  return /^(?:(?:https?:)?\/\/[^/]+)?\/?(?:index\.\w+)?$/i.test(href.trim()) && squash(links[0]!.textContent) === squash(h.textContent);
}

/** Heading text without a kicker ("Dachzeile", overline) set in its own element. */
function headingWithoutKicker(h: Element): string | null {
  const parts = Array.from(h.children).filter((c) => !KICKER.test(classAndId(c)));
  if (parts.length === h.children.length) return null;
  let text = '';
  for (const node of Array.from(h.childNodes)) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && !KICKER.test(classAndId(node as Element))) text += ' ' + visibleText(node as Element) + ' ';
  }
  // The punctuation that joined kicker and headline ("Kicker: Headline") goes with the kicker.
  return cleanText(text).replace(/^[\s:|·•–—-]+/, '') || null;
}

/** Likely story <h1>s, best first: ones inside the article come before logos and page furniture. */
export function headingSources(scan: PageScan): HeadlineSource[] {
  const furniture = new Furniture();
  const found: { text: string; rank: number }[] = [];
  for (const h of scan.headings) {
    if (isLogo(h)) continue;
    const text = headingWithoutKicker(h) ?? cleanText(visibleText(h).replace(/\n/g, ' '));
    if (text.length < 3 || text.length > 300) continue;
    let rank = 0;
    if (h.closest('article, main, [role="main"]')) rank -= 2;
    if (/title|headline|heading/.test(classAndId(h)) || h.hasAttribute('itemprop')) rank -= 1;
    if (furniture.has(h) || h.querySelector('img') && text.split(' ').length <= 3) rank += 3;
    found.push({ text, rank });
  }
  found.sort((a, b) => a.rank - b.rank);
  return found.slice(0, 3).map((f, i) => ({ text: f.text, weight: i === 0 ? 3 : 1, visible: true }));
}

/** The best-supported headline, or null when no source has one. */
export function chooseHeadline(sources: HeadlineSource[], siteNames: readonly string[], host: string | null): string | null {
  const cands: Candidate[] = [];
  sources.forEach((s, order) => {
    const raw = cleanText(s.text);
    if (!raw) return;
    const text = stripSiteAffixes(raw, siteNames, host);
    const key = textKey(text);
    if (!key || isSiteName(text, siteNames, host)) return;
    cands.push({ text, key, segments: splitAffixes(text), weight: s.weight, visible: !!s.visible, order });
  });
  if (!cands.length) return null;
  let best: Candidate | null = null;
  let bestScore = -1;
  for (const c of cands) {
    let score = 0;
    for (const o of cands) if (supports(o, c)) score += o.weight;
    if (score > bestScore) { best = c; bestScore = score; }
  }
  const winner = best!;
  // Same headline from several sources: prefer the visible wording.
  const visible = cands.find((c) => c.visible && c.key === winner.key);
  return (visible ?? winner).text;
}
