/**
 * The part of the page that holds the story, so Readability can be given that part alone instead
 * of the whole page (menus, footers, rails and comments make up most of a news page's elements, and
 * Readability's time grows with them).
 */

/** Paragraph text a page needs before we trust where it sits. */
const MIN_STORY_TEXT = 500;
/** Share of the page's paragraph text the story part must hold. */
const STORY_SHARE = 0.8;
/** A paragraph shorter than this is a caption, a teaser or a menu entry, not story text. */
const MIN_PARAGRAPH = 40;
/** Pages with more h1s than this use them for teasers; the story's own comes early. */
const MAX_HEADLINES = 6;

export interface StoryPart {
  element: Element;
  /** Paragraph text inside it, to tell whether Readability kept the story. */
  paragraphChars: number;
}

/**
 * The smallest element holding most of the page's paragraph text, widened to the element that
 * also holds the headline (so a lead picture between headline and text comes along), or null
 * when no part of the page is clearly the story.
 */
export function findStoryRoot(doc: Document): StoryPart | null {
  const body = doc.body;
  if (!body) return null;
  const sums = new Map<Element, number>();
  let total = 0;
  for (const p of Array.from(body.getElementsByTagName('p'))) {
    const length = (p.textContent ?? '').length;
    if (length < MIN_PARAGRAPH) continue;
    total += length;
    for (let node = p.parentElement; node && node !== body; node = node.parentElement) {
      sums.set(node, (sums.get(node) ?? 0) + length);
    }
  }
  if (total < MIN_STORY_TEXT) return null;
  const needed = total * STORY_SHARE;
  // Down from the body, into the child that still holds enough.
  let holder: Element = body;
  for (;;) {
    let next: Element | null = null;
    for (let child = holder.firstElementChild; child; child = child.nextElementSibling) {
      if ((sums.get(child) ?? 0) >= needed) {
        next = child;
        break;
      }
    }
    if (!next) break;
    holder = next;
  }
  if (holder === body) return null;
  const root = withItsHeadline(holder, body);
  return { element: root, paragraphChars: sums.get(holder) ?? 0 };
}

/**
 * The holder widened to the nearest ancestor that also holds an h1, when that is not the whole
 * page (a logo h1 in the site header is no headline). Checked for the first few h1s only.
 */
function withItsHeadline(holder: Element, body: Element): Element {
  if (holder.getElementsByTagName('h1').length) return holder;
  const h1s = Array.from(body.getElementsByTagName('h1'))
    .slice(0, MAX_HEADLINES)
    .filter((h1) => (h1.textContent ?? '').trim());
  for (let node = holder.parentElement; node && node !== body; node = node.parentElement) {
    if (h1s.some((h1) => node.contains(h1))) return node;
  }
  return holder;
}

/**
 * A copy of the page holding its <head>, its JSON-LD (Readability reads it for the title and
 * author) and the story part alone.
 */
export function cloneStoryPart(doc: Document, root: Element): Document {
  // Imported rather than cloned and appended: a node cloned in the page belongs to the page, and
  // appending it to another document would walk it all again to move it there.
  const clone = doc.cloneNode(false) as Document;
  const html = clone.appendChild(clone.importNode(doc.documentElement, false));
  const head = html.appendChild(clone.createElement('head'));
  // Only what Readability reads in the head: the title, the metas, the base address and the JSON-LD.
  for (const el of Array.from(doc.head?.children ?? [])) {
    if (READ_IN_HEAD.has(el.tagName.toUpperCase()) || isJsonLd(el)) head.appendChild(clone.importNode(el, true));
  }
  for (const script of Array.from(doc.body.getElementsByTagName('script'))) {
    if (isJsonLd(script) && !root.contains(script)) head.appendChild(clone.importNode(script, true));
  }
  const body = html.appendChild(clone.importNode(doc.body, false));
  body.appendChild(clone.importNode(root, true));
  return clone;
}

const READ_IN_HEAD = new Set(['TITLE', 'META', 'BASE']);

function isJsonLd(el: Element): boolean {
  return el.tagName.toUpperCase() === 'SCRIPT' && /^\s*application\/ld\+json\s*$/i.test(el.getAttribute('type') ?? '');
}
