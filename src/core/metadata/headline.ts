/** Picks the story's headline from the places pages put it, by agreement between them. */
import { classAndId, Furniture, pageTitle, type PageScan, visibleText } from './dom';
import { AFFIX_SEPARATOR, cleanText, isSiteName, SEGMENT_SEPARATOR, SEPARATOR, splitAffixes, squash, textKey } from './text';
import { lettersKey } from '../text';

export interface HeadlineSource {
  text: string | null | undefined;
  /** Evidence weight; the order of sources breaks ties. */
  weight: number;
  /** The text is the visible headline, so its exact wording is preferred. */
  visible?: boolean;
  /**
   * A lesser heading (h2): it only confirms what the page's metadata says, and wins only with that
   * support. Pages that set the site name in their h1 often set the headline in an h2.
   */
  confirmOnly?: boolean;
  /** A heading that names the site (its logo, a "site-title"): no candidate, but stripped from the others' ends. */
  namesSite?: boolean;
  /** The lines of a heading set on several (kicker <br> headline), when it is. */
  lines?: string[];
  /** The heading's whole text, when a kicker set in its own element was left out of `text`. */
  withKicker?: string;
  /** The page's first h2 is a link: a teaser for another page, or the post's permalink. */
  linked?: boolean;
}

interface Candidate { text: string; key: string; segments: string[]; weight: number; visible: boolean; confirmOnly: boolean; order: number; lines?: string[]; withKicker?: string }

/** A segment that is only a date in figures with a full year: "23.01.2022", "2024-06-19", "19/06/2024" (not "3.12.1"). */
const NUMERIC_DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{4}|\d{4}[./-]\d{1,2}[./-]\d{1,2})$/;

/**
 * How many segments at one end of `segments` are no part of the headline, or 0: the site's name, which
 * may span several ("Headline - Section - Site Name"), or a date in figures ("23.01.2022 - Headline").
 */
function affixRun(segments: readonly string[], fromEnd: boolean, siteNames: readonly string[], host: string | null): number {
  // Longest first: "Tanzschritte - Gruppe Mühlbach" is one name, though "Gruppe Mühlbach" alone names the site too.
  for (let k = segments.length - 1; k > 0; k--) {
    const run = fromEnd ? segments.slice(segments.length - k) : segments.slice(0, k);
    if (isSiteName(run.join(' '), siteNames, host)) return k;
  }
  return segments.length > 1 && NUMERIC_DATE.test(segments[fromEnd ? segments.length - 1 : 0]!) ? 1 : 0;
}

/** A separator left at the end of a title whose other side is empty ("Site name -"). */
const DANGLING_SEPARATOR = new RegExp(String.raw`(?:^${SEPARATOR}\s+|\s+${SEPARATOR}$)`, 'g');

/**
 * Drops leading/trailing segments that name the site or date the page: "Headline | Site", "Site - Headline",
 * "Headline - Site - Town", "23.01.2022 - Headline".
 */
export function stripSiteAffixes(title: string, siteNames: readonly string[], host: string | null): string {
  const text = squash(title.replace(DANGLING_SEPARATOR, ''));
  const segments = splitAffixes(text);
  const total = segments.length;
  for (let k = affixRun(segments, true, siteNames, host); k > 0; k = affixRun(segments, true, siteNames, host)) segments.splice(segments.length - k);
  const keptEnd = segments.length;
  for (let k = affixRun(segments, false, siteNames, host); k > 0; k = affixRun(segments, false, siteNames, host)) segments.splice(0, k);
  if (segments.length === total) return withoutGluedSiteName(text, siteNames);
  // Rebuild from the original between the separators that bound the kept segments, so inner separators
  // keep their own spelling (and a kept "Site" is not found again in a stripped "Site Magazine").
  const separators = Array.from(text.matchAll(new RegExp(AFFIX_SEPARATOR.source, 'g')));
  const dropped = keptEnd - segments.length;
  if (separators.length !== total - 1) return withoutGluedSiteName(segments.join(' - '), siteNames);
  const before = separators[dropped - 1];
  const after = separators[keptEnd - 1];
  const start = before ? before.index + before[0].length : 0;
  const end = after ? after.index : text.length;
  return withoutGluedSiteName(squash(text.slice(start, end)), siteNames);
}

/**
 * Drops a site name of several words glued to the headline's last letter, as themes that forget the
 * separator print it ("Truck wash opensDaily Meridian News").
 */
function withoutGluedSiteName(text: string, siteNames: readonly string[]): string {
  for (const name of siteNames) {
    if (!name.includes(' ') || text.length <= name.length || !text.endsWith(name)) continue;
    if (/[\p{L}\p{N}]/u.test(text[text.length - name.length - 1]!)) return text.slice(0, text.length - name.length);
  }
  return text;
}

/** More than one word: several words, or a run of CJK script, which has no spaces. */
function isPhrase(key: string): boolean {
  return key.includes(' ') || /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]{6}/u.test(key);
}

/**
 * True when `inner` is `outer`, an edge run of its segments ("A | B | C" supports "A", "A | B", "C"),
 * or a visible heading found whole inside it ("Kicker: Headline – teaser | Site" supports "Headline").
 */
function supports(outer: Candidate, inner: Candidate): boolean {
  if (outer.key === inner.key) return true;
  // A kicker before a colon ("Chronik: Headline") counts as a segment for an h1, but is never stripped.
  // An h2 is no h1 shorn of its kicker: "Place: Headline" does not confirm an h2 "Place".
  const kickerOnly = inner.confirmOnly && textKey(outer.text.split(/(?<!\s):\s+/)[0] ?? '') === inner.key;
  if (inner.visible && !outer.visible && !kickerOnly && isPhrase(inner.key) && ` ${outer.key} `.includes(` ${inner.key} `)) return true;
  const segs = outer.text.split(inner.confirmOnly ? AFFIX_SEPARATOR : SEGMENT_SEPARATOR).map(textKey);
  for (let i = 1; i < segs.length; i++) {
    if (segs.slice(0, i).join(' ') === inner.key || segs.slice(i).join(' ') === inner.key) return true;
  }
  return false;
}

const KICKER = /kicker|dachzeile|spitzmarke|overline|topline|roofline|eyebrow|supertitle|surtitre|occhiello|antetitulo|pre-?title|top-?title|subtitle|subline|rubric|category|label|visually-hidden|sr-only|screen-reader/;

/** Class or id of an h1 that carries the site's name, not the story's headline. */
const SITE_HEADING = /site-?(?:title|name|branding)|\bbranding|\blogo/;
/** Class or id of an h1 that holds a skip link or names the navigation. */
const SKIP_HEADING = /navskip|skip-?link|\bnavigation/;
/** Class of an h1 that calls itself the line above the headline ("strapline", "kicker"). */
const KICKER_HEADING = /kicker|strapline|overline|eyebrow|dachzeile|topline|roofline/;

/** An h1 that is a skip link or a kicker: never the headline. */
function isNotHeadline(h: Element): boolean {
  const names = classAndId(h);
  return SKIP_HEADING.test(names) || KICKER_HEADING.test(names);
}

/** A heading that only holds a link to the home page is the site's logo. */
function isLogo(h: Element): boolean {
  if (SITE_HEADING.test(classAndId(h))) return true;
  const links = Array.from(h.querySelectorAll('a[href]'));
  if (links.length !== 1) return false;
  // An archive's copy of the page wraps the link: "https://archive.example/web/2014/http://site.example/".
  const href = (links[0]!.getAttribute('href') ?? '').trim().replace(/^.+\/(?=https?:\/\/)/i, '');
  return HOME_PAGE.test(href) && squash(links[0]!.textContent) === squash(h.textContent);
}

/** A link to a site's home page: "/", "https://site.example/", "/index.html". */
const HOME_PAGE = /^(?:(?:https?:)?\/\/[^/]+)?\/?(?:index\.\w+)?$/i;

/**
 * A kicker ("Dachzeile", overline), a secondary line (`<h1>Headline <small>date · section</small></h1>`)
 * or a date (`<h2><time>Jun 17</time> Headline</h2>`).
 */
function isAside(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return tag === 'SMALL' || tag === 'TIME' || KICKER.test(classAndId(el));
}

/**
 * Heading text without the kickers, dates and secondary lines set in their own elements at its start or
 * end. One between two parts of the headline ("Title: <i>subtitle</i> (1/2)") belongs to the headline.
 */
function headingWithoutKicker(h: Element): string | null {
  const nodes = Array.from(h.childNodes).filter((n) => n.nodeType === 1 || n.nodeType === 3 && n.nodeValue?.trim());
  const asideAt = (i: number): boolean => nodes[i]?.nodeType === 1 && isAside(nodes[i] as Element);
  let start = 0;
  let end = nodes.length;
  while (start < end && asideAt(start)) start++;
  while (end > start && asideAt(end - 1)) end--;
  if (start === 0 && end === nodes.length) return null;
  let text = '';
  for (const node of nodes.slice(start, end)) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else text += ' ' + visibleText(node as Element) + ' ';
  }
  // The punctuation that joined kicker and headline ("Kicker: Headline") goes with the kicker.
  return cleanText(text).replace(/^[\s:|·•–—-]+/, '') || null;
}

/** How many h1s and h2s to weigh: enough for pages with skip-link and section h1s before the story's. */
const MAX_H1 = 6;
const MAX_H2 = 8;
/** This many `[itemprop=headline]` elements that are no h1 make a list of teasers. */
const MIN_TEASERS = 3;

interface HeadingText { text: string; lines?: string[]; withKicker?: string }

/** A heading's headline text (and its lines), or null for a skip link or kicker, or an implausible length. */
function headingText(h: Element): HeadingText | null {
  if (isNotHeadline(h)) return null;
  const bare = headingWithoutKicker(h);
  const shown = bare === null ? visibleText(h) : '';
  const text = bare ?? cleanText(shown.replace(/\n/g, ' '));
  if (text.length < 3 || text.length > 300) return null;
  if (bare !== null) return { text, withKicker: cleanText(visibleText(h).replace(/\n/g, ' ')) };
  return shown.includes('\n') ? { text, lines: shown.split('\n').map(cleanText).filter(Boolean) } : { text };
}

/** How many of the page's first h1–h3s to read for a banner and the story heading the <title> pairs it with. */
const MAX_BANNER_HEADINGS = 16;

/**
 * The `lettersKey` of a heading that sets the site's or blog's name above the story: the <title> joins
 * both ("Blog name - Post title", or the other way round) and a later heading on the page, outside its
 * furniture, is the other part, which does not name the site. Null when the page shows no such pair.
 */
function bannerKey(scan: PageScan, title: string, furniture: Furniture, siteNames: readonly string[], host: string | null): string | null {
  const segments = splitAffixes(title);
  if (segments.length < 2) return null;
  // Each way of cutting the title in two, keyed by one part, with the other part.
  const other = new Map<string, string>();
  for (let i = 1; i < segments.length; i++) {
    const head = lettersKey(segments.slice(0, i).join(' '));
    const tail = lettersKey(segments.slice(i).join(' '));
    other.set(head, tail);
    other.set(tail, head);
  }
  const lengths = Array.from(other.keys(), (k) => k.length);
  const shortest = Math.min(...lengths);
  const longest = Math.max(...lengths);
  let banner: string | null = null;
  let story: string | undefined;
  // The banner and the story's heading open the page: later headings are teasers and sections.
  for (const { el } of scan.titles.slice(0, MAX_BANNER_HEADINGS)) {
    const raw = el.textContent ?? '';
    // Too short to hold a part, or far too long (long teasers cost the most to key).
    if (raw.length < shortest || raw.length > 3 * longest + 40) continue;
    const key = lettersKey(raw);
    if (!key) continue;
    if (banner === null) {
      story = other.get(key);
      if (story !== undefined && !namedByMetadata(scan, key, siteNames, host)) banner = key;
    } else if (key === story && !furniture.has(el) && !isSiteName(raw, siteNames, host)) {
      return banner;
    }
  }
  return null;
}

/** True when og:title or twitter:title (bar the site's name) is the heading keyed `key`: the story's, whatever follows it. */
function namedByMetadata(scan: PageScan, key: string, siteNames: readonly string[], host: string | null): boolean {
  return [scan.meta.get('og:title'), scan.meta.get('twitter:title')].some((t) => !!t && lettersKey(stripSiteAffixes(cleanText(t), siteNames, host)) === key);
}

/**
 * Likely story <h1>s, best first (ones inside the article come before page furniture), then the
 * first h2s outside page furniture, which only confirm what the metadata says.
 */
export function headingSources(scan: PageScan, knownSiteNames: readonly string[] = [], host: string | null = null): HeadlineSource[] {
  const furniture = new Furniture();
  const found: (HeadingText & { rank: number })[] = [];
  const siteNames: HeadlineSource[] = [];
  const isH1 = (h: Element): boolean => h.tagName.toUpperCase() === 'H1';
  // Many non-h1 headline elements beside an h1 are a list of teasers, each its own item: the h1 is the story's.
  const teasers = scan.headings.some(isH1) && scan.headings.filter((h) => !isH1(h)).length >= MIN_TEASERS;
  const title = pageTitle(scan.doc);
  const titleKey = ` ${textKey(title)} `;
  const banner = bannerKey(scan, title, furniture, knownSiteNames, host);
  const isBanner = (text: string): boolean => banner !== null && lettersKey(text) === banner;
  for (const h of scan.headings) {
    if (teasers && !isH1(h)) continue;
    const heading = headingText(h);
    if (!heading) continue;
    const { text, lines, withKicker } = heading;
    if (isLogo(h) || isBanner(text)) {
      siteNames.push({ text, weight: 0, namesSite: true });
      continue;
    }
    let rank = 0;
    // The h1 the page's <title> names is the story's, whatever the other headings' classes say.
    const key = textKey(text);
    if (key && titleKey.includes(` ${key} `)) rank -= 2;
    if (h.closest('article, main, [role="main"]')) rank -= 2;
    if (/title|headline|heading/.test(classAndId(h)) || h.hasAttribute('itemprop')) rank -= 1;
    if (furniture.has(h) || h.querySelector('img') && text.split(' ').length <= 3) rank += 3;
    found.push({ text, rank, ...(lines && { lines }), ...(withKicker && { withKicker }) });
  }
  found.sort((a, b) => a.rank - b.rank);
  const sources: HeadlineSource[] = found
    .slice(0, MAX_H1)
    .map((f, i) => ({ text: f.text, weight: i === 0 ? 3 : 1, visible: true, ...(f.lines && { lines: f.lines }), ...(f.withKicker && { withKicker: f.withKicker }) }));
  let h2s = 0;
  for (const { el } of scan.titles) {
    if (h2s >= MAX_H2) break;
    if (el.tagName.toUpperCase() !== 'H2' || furniture.has(el) || isLogo(el)) continue;
    const text = headingText(el)?.text;
    if (!text) continue;
    if (isBanner(text)) {
      siteNames.push({ text, weight: 0, namesSite: true });
      continue;
    }
    // Only the first h2 can stand in for a missing h1 (see chooseHeadline), so only it is asked for a link.
    const linked = h2s === 0 && !!el.querySelector('a[href]');
    h2s++;
    sources.push({ text, weight: 1, visible: true, confirmOnly: true, ...(linked && { linked }) });
  }
  return [...sources, ...siteNames];
}

/** Distinct words of a comparison key. */
function words(key: string): Set<string> {
  return new Set(key.split(' ').filter(Boolean));
}

/** True when two wordings have a word in common, other than the site's name, which all its pages share. */
function shareWords(a: Candidate, b: Candidate, siteNames: readonly string[]): boolean {
  const wa = words(a.key);
  const site = new Set(siteNames.flatMap((n) => textKey(n).split(' ')));
  for (const w of words(b.key)) if (wa.has(w) && !site.has(w)) return true;
  return false;
}

/** Share of the shorter wording's words two wordings of one story have in common, at least. */
const RESEMBLANCE = 0.5;

/**
 * True when the heading `h1` shares half the words of the metadata's `winner` or more ("Firmenwagen: Leasing oder
 * Finanzierung?" and "Firmenwagen: Leasen oder Finanzieren? Was lohnt sich?"): the same story, worded for a
 * different place. A one-word winner is a topic's name ("Arbeit"), and an h1 that uses it names the story.
 */
function resembles(h1: Candidate, winner: Candidate): boolean {
  const wh = words(h1.key);
  const ww = words(winner.key);
  let common = 0;
  for (const w of wh) if (ww.has(w)) common++;
  if (ww.size === 1) return common === 1;
  return common >= 2 && common >= RESEMBLANCE * Math.min(wh.size, ww.size);
}

/** Fewest words for a lone h1 to stand against metadata it shares no word with. */
const MIN_LONE_H1_WORDS = 3;

/** Text that opens with a quote mark. */
const QUOTE_START = /^\s*["“„«「『]/;
/** Fewest words a heading adds after the winning words to be the headline they were cut from. */
const MIN_RUN_ON_WORDS = 2;

/** Fewest words for the part two metadata titles share to stand as a headline of its own. */
const MIN_SHARED_WORDS = 2;

/**
 * The end two metadata titles share when they open differently ("Previews: Harbour Lights" and
 * "Worth the wait?: Harbour Lights"): each sets its own kicker or section before the same headline.
 * Added without weight of its own, it wins only by the support of both. (A shared start is the
 * story's subject, "Harbour Lights: the review" and "Harbour Lights: a first look", not its headline.)
 */
function sharedEnds(cands: readonly Candidate[]): Candidate[] {
  const meta = cands.filter((c) => !c.visible);
  if (meta.every((c) => c.key === meta[0]!.key)) return [];
  const parts = meta.map((c) => c.text.split(SEGMENT_SEPARATOR));
  const keys = parts.map((p) => p.map(textKey));
  const shared: Candidate[] = [];
  for (let i = 0; i < meta.length; i++) {
    for (let j = i + 1; j < meta.length; j++) {
      if (meta[i]!.key === meta[j]!.key) continue;
      const keysA = keys[i]!;
      const keysB = keys[j]!;
      let n = 0;
      while (n < keysA.length && n < keysB.length && keysA[keysA.length - 1 - n] === keysB[keysB.length - 1 - n]) n++;
      // Nothing shared, or one title is the shared end itself (and a candidate already).
      if (n === 0 || n === keysA.length || n === keysB.length) continue;
      const part = squash(parts[i]!.slice(keysA.length - n).join(' - '));
      const key = textKey(part);
      if (key.split(' ').length < MIN_SHARED_WORDS || cands.some((c) => c.key === key) || shared.some((c) => c.key === key)) continue;
      shared.push({ text: part, key, segments: splitAffixes(part), weight: 0, visible: false, confirmOnly: false, order: cands.length + shared.length });
    }
  }
  return shared;
}

/** The best-supported headline, or null when no source has one. */
export function chooseHeadline(sources: HeadlineSource[], declaredSiteNames: readonly string[], host: string | null): string | null {
  const siteNames = [...declaredSiteNames];
  for (const s of sources) if (s.namesSite && s.text) siteNames.push(cleanText(s.text));
  const cands: Candidate[] = [];
  sources.forEach((s, order) => {
    const raw = cleanText(s.text);
    if (!raw || s.namesSite) return;
    const text = stripSiteAffixes(raw, siteNames, host);
    const key = textKey(text);
    if (!key || isSiteName(text, siteNames, host)) return;
    cands.push({ text, key, segments: splitAffixes(text), weight: s.weight, visible: !!s.visible, confirmOnly: !!s.confirmOnly, order, lines: s.lines, withKicker: s.withKicker });
  });
  if (!cands.length) return null;
  cands.push(...sharedEnds(cands));
  let best: Candidate | null = null;
  let bestScore = -1;
  for (const c of cands) {
    let score = 0;
    let confirmed = false;
    for (const o of cands) {
      // A lesser heading is no independent evidence for another heading.
      if (o.confirmOnly && c.visible && o !== c) continue;
      if (!supports(o, c)) continue;
      score += o.weight;
      if (!o.visible) confirmed = true;
    }
    if (c.confirmOnly && !confirmed) continue;
    if (score > bestScore) { best = c; bestScore = score; }
  }
  // Only h2s, none confirmed, on a page without an h1: its title and metadata name no more than the
  // site (which is no headline), so its first h2 names the story, unless it links elsewhere (a list of teasers).
  if (!best) {
    const onlyH2s = cands.every((c) => c.confirmOnly) && !sources.some((s) => s.visible && !s.confirmOnly);
    const firstH2 = sources.findIndex((s) => s.confirmOnly);
    return onlyH2s && cands[0]!.order === firstH2 && !sources[firstH2]!.linked ? cands[0]!.text : null;
  }
  const winner = best;
  // A kicker set in its own element is no part of the headline, unless the page's own metadata
  // (og:title, JSON-LD) runs the kicker and the headline into one line ("Kicker: Headline"); one that
  // sets the kicker apart as a title part ("Kicker - Headline") treats it as a section's name.
  const kept = cands.find((c) => c.withKicker && c.key === winner.key && !c.confirmOnly && cands.some((o) => !o.visible && o.weight >= 2 && o.segments.length === 1 && o.key === textKey(c.withKicker!)));
  if (kept) return kept.withKicker!;
  // A heading that runs on past the winning words by a phrase is the headline uncut: breadcrumbs and
  // titles shorten it. Not one word more (a section on the topic: "Harbour Lights Multiplayer"), a quote
  // after it ("Headline „Quote“", a teaser) or a heading that quotes it ("„Headline“ series list").
  const runsOn = cands.find((c) => c.visible && c.key.startsWith(`${winner.key} `) && c.key.split(' ').length - winner.key.split(' ').length >= MIN_RUN_ON_WORDS && !supports(c, winner) && !QUOTE_START.test(c.text) && !QUOTE_START.test(c.text.slice(winner.text.length)));
  if (runsOn) return runsOn.text;
  // Same headline from several sources: prefer the visible wording, the h1's before an h2's.
  const visible = cands.find((c) => c.visible && c.key === winner.key);
  if (visible) return visible.text;
  // A heading set on several lines ("Kicker <br> Headline") shows the winning words on one of them.
  for (const c of cands) {
    const line = c.visible && !c.confirmOnly ? c.lines?.find((l) => textKey(l) === winner.key) : undefined;
    if (line) return line;
  }
  // The h1 sets a kicker before the winning words ("Kicker: Headline"), and the page's own metadata
  // (og:title, JSON-LD) says the headline is that whole line: the kicker is part of the headline.
  const whole = cands.find((c) => c.visible && !c.confirmOnly && supports(c, winner) && cands.some((o) => !o.visible && o.weight >= 2 && o.key === c.key));
  if (whole) return whole.text;
  // The story's h1 worded a little differently from the metadata is still the headline the reader sees,
  // unless it only adds to it (a date or section after a separator). A page without an h1 shows it in
  // its first h2.
  const hasH1 = cands.some((c) => c.visible && !c.confirmOnly);
  // (Not an h2 that names the kicker the metadata sets before the headline: "Kicker: Headline".)
  const first = hasH1 ? undefined : cands.find((c) => c.visible);
  const firstH2 = first && !winner.key.startsWith(`${first.key} `) ? first : undefined;
  const reworded = cands.find((c) => c.visible && (!c.confirmOnly || c === firstH2) && resembles(c, winner) && !supports(c, winner));
  // A meta tag whose value holds an unescaped quote mark ends at it (content="Mayor calls it "a disaster""):
  // the <title>, which is element text, goes on from there with the quote.
  const uncut = cands.find((c) => !c.visible && c.text.startsWith(winner.text) && QUOTE_START.test(c.text.slice(winner.text.length)));
  // Metadata that no heading shows and that shares not one word (bar the site's name) with the page's
  // one h1 names something else (a menu label, a product, a teaser for sharing): the reader sees the h1,
  // when it reads as a headline (some words, no "Section | Site" title). Several h1s are sections.
  const h1s = cands.filter((c) => c.visible && !c.confirmOnly);
  const lone = h1s.length === 1 ? h1s[0]! : undefined;
  const unrelated = lone && !winner.visible && lone.key.split(' ').length >= MIN_LONE_H1_WORDS && lone.segments.length === 1 && !shareWords(lone, winner, siteNames) ? lone : undefined;
  return (reworded ?? uncut ?? unrelated ?? winner).text;
}

/** Fewest words for a heading to read as a story's headline rather than a section's name ("Sections", "Local news"). */
const MIN_HEADLINE_WORDS = 4;

/**
 * True when the page's only h1 with text is also what its title (or og:title) calls it: a story page is named
 * after its headline, while a section front's h1 is a short section name. A cheap article signal for
 * pages that declare no type.
 */
export function namedAfterItsHeadline(doc: Document): boolean {
  // An h1 without text (a logo image's wrapper) names nothing: it neither counts nor competes.
  const h1s = Array.from(doc.querySelectorAll('h1')).filter((h1) => h1.textContent?.trim());
  if (h1s.length !== 1) return false;
  const heading = textKey(h1s[0]!.textContent ?? '');
  if (heading.split(' ').length < MIN_HEADLINE_WORDS) return false;
  const og = doc.querySelector('meta[property="og:title" i]')?.getAttribute('content');
  return [pageTitle(doc), og].some((t) => {
    const title = textKey(t ?? '');
    return title.split(' ').length >= MIN_HEADLINE_WORDS && (` ${title} `.includes(` ${heading} `) || ` ${heading} `.includes(` ${title} `));
  });
}
