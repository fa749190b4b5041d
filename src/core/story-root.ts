import { listOf } from './dom-list';
import { textHeldBy } from './text-held';

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
  /** The smallest element holding the text, inside `element`. */
  text: Element;
  /** The story's h1, when `element` holds one. */
  headline: Element | null;
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
  const sums = textHeldBy(body, listOf(body.getElementsByTagName('p')), (p) => {
    const length = (p.textContent ?? '').length;
    // Browsers never list a template's content here; linkedom keeps it as the template's children.
    return length < MIN_PARAGRAPH || p.closest('template') ? 0 : length;
  });
  const total = sums.get(body) ?? 0;
  if (total < MIN_STORY_TEXT) return null;
  const needed = total * STORY_SHARE;
  // Down from the body, into the child that still holds enough.
  let holder: Element = body;
  for (;;) {
    let next: Element | null = null;
    for (let child = holder.firstElementChild; child; child = child.nextElementSibling) {
      // A paragraph is the text itself, not a part of the page that holds it.
      if ((sums.get(child) ?? 0) >= needed && child.tagName.toUpperCase() !== 'P') {
        next = child;
        break;
      }
    }
    if (!next) break;
    holder = next;
  }
  if (holder === body) return null;
  const headline = headlineNear(holder, body);
  const root = headline && !holder.contains(headline) ? commonAncestor(holder, headline) : holder;
  return { element: root, text: holder, headline, paragraphChars: sums.get(holder) ?? 0 };
}

/**
 * The story's h1: in the holder, or else the one whose nearest common ancestor with the holder is
 * deepest, unless that ancestor is the whole page (a logo h1 in the site header is no headline).
 * Only the first few h1s are looked at.
 */
function headlineNear(holder: Element, body: Element): Element | null {
  const own = holder.getElementsByTagName('h1')[0];
  if (own) return own;
  const h1s = Array.from(body.getElementsByTagName('h1'))
    .slice(0, MAX_HEADLINES)
    .filter((h1) => (h1.textContent ?? '').trim());
  for (let node = holder.parentElement; node && node !== body; node = node.parentElement) {
    const h1 = h1s.find((candidate) => node.contains(candidate));
    if (h1) return h1;
  }
  return null;
}

function commonAncestor(a: Element, b: Element): Element {
  let node: Element = a;
  while (!node.contains(b) && node.parentElement) node = node.parentElement;
  return node;
}

/**
 * The story's lead picture: the first sizeable picture after the headline and before the text,
 * with its figure when it has one. Readability, given the story part alone, sometimes leaves it
 * out, since it holds no text.
 */
export function leadPicture(part: StoryPart): Element | null {
  const { element, text, headline } = part;
  if (!headline || text === element) return null;
  for (const img of Array.from(element.getElementsByTagName('img'))) {
    if (text.contains(img)) return null;
    if (!(headline.compareDocumentPosition(img) & FOLLOWING)) continue;
    if (!(text.compareDocumentPosition(img) & PRECEDING)) return null;
    if (isSmallOrPersonal(img, element)) continue;
    const frame = img.closest('figure') ?? img.closest('picture');
    return frame && element.contains(frame) ? frame : img;
  }
  return null;
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING, spelled out for DOMs without a global Node
const PRECEDING = 2;
/** Pictures of people and brands that sit near headlines but are not the story's picture. */
const NOT_A_LEAD = /avatar|author|byline|logo|icon|profile|headshot|sprite|social|share|badge/i;
const MIN_LEAD_SIZE = 200;

function isSmallOrPersonal(img: Element, root: Element): boolean {
  const width = Number.parseInt(img.getAttribute('width') ?? '', 10);
  const height = Number.parseInt(img.getAttribute('height') ?? '', 10);
  if (width < MIN_LEAD_SIZE || height < MIN_LEAD_SIZE / 2) return true;
  if (NOT_A_LEAD.test(`${img.getAttribute('src') ?? ''} ${img.getAttribute('alt') ?? ''}`)) return true;
  for (let node: Element | null = img; node && node !== root; node = node.parentElement) {
    if (NOT_A_LEAD.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''} ${node.getAttribute('rel') ?? ''}`)) return true;
  }
  return false;
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
    if (READ_IN_HEAD.has(el.tagName.toUpperCase()) || el.matches(JSON_LD)) head.appendChild(clone.importNode(el, true));
  }
  for (const script of Array.from(doc.body.querySelectorAll(JSON_LD))) {
    if (!root.contains(script)) head.appendChild(clone.importNode(script, true));
  }
  // The part keeps its place: its ancestors come along, without their other children, so that
  // Readability weighs the part as it would in the whole page.
  let parent: Node = html;
  for (const ancestor of ancestorsOf(root, doc.body)) parent = parent.appendChild(clone.importNode(ancestor, false));
  const part = parent.appendChild(clone.importNode(root, true)) as Element;
  for (const el of listOf(part.querySelectorAll(NEVER_READ))) el.remove();
  return clone;
}

/**
 * Markup no reader reads as text, which Readability or the sanitizer would drop anyway: scripts and
 * styles, inline icons, form controls, templates and embedded frames. Left out of the copy so that
 * Readability does not walk them (on a live page, scripts alone can be much of the part).
 */
const NEVER_READ = 'script:not([type="application/ld+json" i]), style, svg, template, button, input, select, textarea, iframe, canvas, object, embed';

/** From the body down to the element's parent. */
function ancestorsOf(element: Element, body: Element): Element[] {
  const chain: Element[] = [];
  for (let node = element.parentElement; node; node = node === body ? null : node.parentElement) chain.unshift(node);
  return chain;
}

const READ_IN_HEAD = new Set(['TITLE', 'META', 'BASE']);
const JSON_LD = 'script[type="application/ld+json" i]';
