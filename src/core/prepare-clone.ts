import { listOf } from './dom-list';
import { parseInert } from './inert-html';
import { textHeldBy } from './text-held';
const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER_SRC = /^(?:data:image\/(?:gif|png|svg)|about:blank|$)|(?:blank|spacer|placeholder|pixel|transparent|grey|gray|loading|preloader\w*|lazy\w*)\.(?:gif|png|svg|jpe?g)/i;

// Page furniture that sits inside article containers often enough to fool Readability.
// Matched on class and id words, never on site names. Measured on the dev corpus: the
// elements these words remove hold next to none of the annotated story text.
const BOILERPLATE = /(?:^|[\s_-])(?:share|sharing|social|newsletter|subscribe|signup|related|recommended|latest|most-?read|popular|trending|promo|advert|ad-slot|ads|sponsor|outbrain|taboola|cookie|consent|comments?|disqus|paywall|breadcrumbs?|tags|topics|more-stories|read-more|author-bio|print)(?:$|[\s_-])/i;
// Pop-ups that are hidden by a style sheet until hovered or clicked (person cards inside links,
// author menus, "enlarge" dialogs). They never hold the story; kept when they carry a picture.
const WIDGET = /(?:^|[\s_-])(?:tooltip|popover|popup|hovercard|rollover|flyout|modal)(?:$|[\s_-])/i;
// Photo captions and credits outside <figcaption>: they become <figcaption>, so they stay beside
// the picture in the saved HTML and out of the story text, like real figure captions.
const CAPTION_WORD = /caption|(?:^|[\s_-]|[a-z])(?:credit|credits|attribution)(?:$|[\s_A-Z-])/i;
const KEEP_TAGS = new Set(['BODY', 'MAIN', 'ARTICLE', 'HTML']);

/** Readies a clone of the page for Readability: real image URLs, no page furniture. */
export function prepareClone(doc: Document, pageUrl: string): void {
  readyPictures(doc, pageUrl);
  const body = doc.body;
  if (!body) return;
  // Counted once, on the page as it was (every removal asks first): removing never adds text, so
  // removed parts still report their share.
  const holdsStory = storyHolder(body);
  removeLandmarks(body, holdsStory);
  // Both steps judge elements by their class and id words: the elements are collected and their
  // words read once. An element removed meanwhile is skipped by the `contains` checks.
  const named = listOf(body.querySelectorAll('[class], [id]')).map((el) => ({ el, words: `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}` }));
  removeBoilerplate(body, named, holdsStory);
  markCaptions(doc, body, named);
}

interface Named { el: Element; words: string }

/** Real, absolute image addresses in a copied part of a page: lazy and <noscript> pictures resolved. */
export function readyPictures(root: Document | Element, pageUrl: string): void {
  unwrapNoscriptImages(root);
  resolveLazyImages(root, pageUrl);
}

/**
 * Lazy-loading pages often put the real picture in <noscript>. When it follows a placeholder
 * image, the placeholder takes its address; when it stands alone, the picture replaces it.
 * (Readability drops every <noscript>, so a picture left inside one is lost.)
 */
function unwrapNoscriptImages(root: Document | Element): void {
  const doc = 'documentElement' in root ? root : root.ownerDocument;
  for (const noscript of Array.from(root.getElementsByTagName('noscript'))) {
    const markup = noscript.children.length ? noscript.innerHTML : (noscript.textContent ?? '');
    if (!/<img\b/i.test(markup)) continue;
    const holder = parseInert(markup, doc);
    const imgs = holder.getElementsByTagName('img');
    if (imgs.length !== 1 || (holder.textContent ?? '').trim().length > 0) continue;
    const img = imgs[0]!;
    const partner = partnerImage(noscript);
    if (partner) {
      if (PLACEHOLDER_SRC.test(partner.getAttribute('src') ?? '') && !lazySource(partner)) {
        for (const name of ['src', 'srcset', 'sizes', 'alt', 'width', 'height']) {
          const value = img.getAttribute(name);
          if (value && !(name === 'alt' && partner.getAttribute('alt'))) partner.setAttribute(name, value);
        }
      }
      noscript.remove();
    } else {
      noscript.replaceWith(img);
    }
  }
}

/** The scripted image a <noscript> stands in for: the element just before it (or its only image). */
function partnerImage(noscript: Element): Element | null {
  const prev = noscript.previousElementSibling;
  if (!prev) return null;
  if (prev.tagName.toUpperCase() === 'IMG') return prev;
  const inside = prev.getElementsByTagName('img');
  return inside.length === 1 && !(prev.textContent ?? '').trim() ? inside[0]! : null;
}

function lazySource(img: Element): string | null {
  return LAZY_SRC_ATTRS.map((name) => img.getAttribute(name)).find((v) => v && !PLACEHOLDER_SRC.test(v)) ?? null;
}

function resolveLazyImages(root: Document | Element, pageUrl: string): void {
  for (const img of Array.from(root.getElementsByTagName('img'))) {
    const src = img.getAttribute('src') ?? '';
    if (PLACEHOLDER_SRC.test(src)) {
      const lazy = lazySource(img);
      if (lazy) img.setAttribute('src', lazy);
    }
    if (!img.getAttribute('srcset')) {
      const lazySet = LAZY_SRCSET_ATTRS.map((name) => img.getAttribute(name)).find(Boolean);
      if (lazySet) img.setAttribute('srcset', lazySet);
    }
    if (PLACEHOLDER_SRC.test(img.getAttribute('src') ?? '')) {
      const best = largestFromSrcset(img.getAttribute('srcset')) ?? largestFromSrcset(pictureSrcset(img));
      if (best) img.setAttribute('src', best);
    }
    const finalSrc = img.getAttribute('src');
    if (finalSrc) {
      const absolute = absoluteUrl(finalSrc, pageUrl);
      if (absolute) img.setAttribute('src', absolute);
      else img.removeAttribute('src');
    }
    absolutizeSrcset(img, pageUrl);
  }
  // <picture> sources that only carry lazy attributes
  for (const source of Array.from(root.querySelectorAll('picture source'))) {
    if (!source.getAttribute('srcset')) {
      const lazySet = LAZY_SRCSET_ATTRS.map((name) => source.getAttribute(name)).find(Boolean);
      if (lazySet) source.setAttribute('srcset', lazySet);
    }
    absolutizeSrcset(source, pageUrl);
  }
}

/** The first srcset of the <picture> an image sits in, for images whose own src is a placeholder. */
function pictureSrcset(img: Element): string | null {
  const picture = img.parentElement;
  if (!picture || picture.tagName.toUpperCase() !== 'PICTURE') return null;
  for (const source of Array.from(picture.getElementsByTagName('source'))) {
    const set = source.getAttribute('srcset') ?? LAZY_SRCSET_ATTRS.map((name) => source.getAttribute(name)).find(Boolean);
    if (set) return set;
  }
  return null;
}

function absoluteUrl(url: string, base: string): string | null {
  try {
    return new URL(url, base).href;
  } catch {
    return null;
  }
}

/** srcset candidates made absolute, so a saved copy can fetch them; unreadable candidates dropped. */
function absolutizeSrcset(el: Element, pageUrl: string): void {
  const srcset = el.getAttribute('srcset');
  if (!srcset) return;
  const parts = splitSrcset(srcset)
    .map(({ url, descriptor }) => {
      const absolute = absoluteUrl(url, pageUrl);
      return absolute ? `${absolute}${descriptor ? ` ${descriptor}` : ''}` : null;
    })
    .filter(Boolean);
  if (parts.length) el.setAttribute('srcset', parts.join(', '));
  else el.removeAttribute('srcset');
}

/** srcset candidates; commas inside a URL (image CDNs use them) do not split it. */
function splitSrcset(srcset: string): { url: string; descriptor: string }[] {
  const out: { url: string; descriptor: string }[] = [];
  // A candidate is a URL (no spaces), then an optional descriptor, then a comma.
  for (const match of srcset.matchAll(/\s*(\S+)(?:\s+([^,\s]*))?\s*(?:,|$)/g)) {
    const raw = match[1] ?? '';
    const url = raw.endsWith(',') ? raw.slice(0, -1) : raw;
    const descriptor = raw.endsWith(',') ? '' : (match[2] ?? '');
    if (url) out.push({ url, descriptor });
  }
  return out;
}

function largestFromSrcset(srcset: string | null): string | null {
  if (!srcset) return null;
  let best: { url: string; size: number } | null = null;
  for (const { url, descriptor } of splitSrcset(srcset)) {
    const size = parseFloat(descriptor) || 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

/** A wrapper holding most of the page's paragraph text is the story, whatever its class says. */
function storyHolder(body: Element): (el: Element) => boolean {
  const storyText = paragraphTextCounter(body);
  return (el) => {
    const total = storyText(body);
    return total > 0 && storyText(el) > total * 0.5;
  };
}

/** Asides, navigation, footers, forms and hidden parts, unless one holds the story. */
function removeLandmarks(body: Element, holdsStory: (el: Element) => boolean): void {
  for (const el of listOf(body.querySelectorAll('aside, nav, footer, form, [role="complementary"], [role="navigation"], [aria-hidden="true"]'))) {
    if (KEEP_TAGS.has(el.tagName.toUpperCase()) || !body.contains(el)) continue;
    if (!holdsStory(el)) el.remove();
  }
}

function removeBoilerplate(body: Element, named: readonly Named[], holdsStory: (el: Element) => boolean): void {
  for (const { el, words } of named) {
    if (KEEP_TAGS.has(el.tagName.toUpperCase()) || !body.contains(el)) continue;
    if (BOILERPLATE.test(words)) {
      if (!holdsStory(el)) el.remove();
    } else if (WIDGET.test(words) && isInnermostWidget(el) && !el.querySelector('img, picture, video') && !holdsStory(el)) {
      el.remove();
    }
  }
}

/**
 * Only the pop-up itself goes, not the wrapper around it and its trigger ("rollover-person" around
 * a linked name and its hidden "rollover-person-block" card): the trigger is part of the sentence.
 */
function isInnermostWidget(el: Element): boolean {
  for (const inner of listOf(el.querySelectorAll('[class], [id]'))) {
    if (WIDGET.test(`${inner.getAttribute('class') ?? ''} ${inner.getAttribute('id') ?? ''}`)) return false;
  }
  return true;
}

/** Paragraph and list-item text (links left out) held by an element, counted for the whole page when first asked. */
function paragraphTextCounter(root: Element): (el: Element) => number {
  let sums: Map<Element, number> | null = null;
  return (el) => {
    sums ??= textHeldBy(root, listOf(root.querySelectorAll('p, li')), ownText);
    // Elements removed since the count was taken still report their share: removing never adds text.
    return sums.get(el) ?? 0;
  };
}

/** Text of a paragraph or list item that is not link text (menus are lists of links); nested items count once. */
function ownText(el: Element): number {
  if (el.tagName.toUpperCase() === 'LI' && el.querySelector('p, li')) return 0;
  let length = (el.textContent ?? '').trim().length;
  for (const a of Array.from(el.getElementsByTagName('a'))) length -= (a.textContent ?? '').trim().length;
  return Math.max(0, length);
}

/**
 * Caption and credit elements that are not <figcaption> become one (see CAPTION_WORD).
 * Short ones only: a wrapper with paragraphs or pictures is left as it is.
 */
function markCaptions(doc: Document, body: Element, named: readonly Named[]): void {
  for (const { el, words } of named) {
    const tag = el.tagName.toUpperCase();
    if (tag === 'FIGCAPTION' || tag === 'FIGURE' || tag === 'IMG' || KEEP_TAGS.has(tag) || !body.contains(el)) continue;
    if (!CAPTION_WORD.test(words)) continue;
    const text = (el.textContent ?? '').trim();
    if (!text || text.length > 400) continue;
    if (el.querySelector('img, picture, video, iframe, figure, figcaption, h1, h2, h3, h4, p + p') || el.parentElement?.closest('figcaption')) continue;
    const caption = doc.createElement('figcaption');
    while (el.firstChild) caption.appendChild(el.firstChild);
    el.replaceWith(caption);
    // A picture and its caption in a plain wrapper make a figure, which Readability keeps whole.
    const wrapper = caption.parentElement;
    if (wrapper && wrapper !== body && !KEEP_TAGS.has(wrapper.tagName.toUpperCase()) && wrapper.tagName.toUpperCase() === 'DIV' && wrapper.getElementsByTagName('img').length === 1 && !wrapper.querySelector('p, figure')) {
      const figure = doc.createElement('figure');
      while (wrapper.firstChild) figure.appendChild(wrapper.firstChild);
      wrapper.replaceWith(figure);
    }
  }
}
