import createDOMPurify, { type DOMPurify } from 'dompurify';
import type { SafeHtml } from './types';
import { parseInert } from './inert-html';

// Article markup only: no forms, frames, media players, styles or scripts.
export const ALLOWED_TAGS: readonly string[] = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'dfn', 'div', 'dl', 'dt',
  'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img', 'ins', 'kbd', 'li',
  'mark', 'ol', 'p', 'picture', 'pre', 'q', 's', 'samp', 'section', 'small', 'source', 'span', 'strong',
  'sub', 'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'article',
];
export const ALLOWED_ATTR: readonly string[] = [
  'href', 'src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height', 'datetime', 'cite', 'colspan',
  'rowspan', 'scope', 'lang', 'dir', 'start', 'reversed', 'type', 'media',
];
// Links and images may only point at the web or at our own stored image data.
const SAFE_URL = /^(?:https?:|#|\/|\.|[^:]*$)/i;
const SAFE_IMAGE_URL = /^(?:https?:|data:image\/(?:png|jpe?g|gif|webp|avif);base64,)/i;

let fallbackWindow: Window | null = null;
type Output = 'string' | 'fragment' | 'inPlace';
const purifiers = new WeakMap<object, Partial<Record<Output, DOMPurify>>>();

/** Node has no global window: the Node entry lends one (jsdom) for sanitizing. */
export function setSanitizerWindow(win: Window): void {
  fallbackWindow = win;
}

// The doctype makes DOMPurify parse in no-quirks mode, as our pages do (in quirks mode `<p><table>` nests,
// in no-quirks it does not), so the tree it checks is the tree we show. It also means text without any
// markup is parsed and re-serialized like the rest instead of being returned as given.
const DOCTYPE = '<!DOCTYPE html>';

/**
 * One purifier per window and output, made when first needed and configured once: a per-call config
 * would be parsed every time, and a content script, new for every read, needs only the in-place one.
 */
function purifierFor(win: Window | null, output: Output): { purifier: DOMPurify; window: Window } {
  const candidates = [win, typeof window === 'undefined' ? null : window, fallbackWindow];
  for (const w of candidates) {
    // DOMPurify builds its documents with document.implementation: a DOM without it (linkedom, a new
    // window per page) is passed over at once instead of making a purifier that cannot work.
    if (!w?.document?.implementation) continue;
    let made = purifiers.get(w);
    if (!made) purifiers.set(w, (made = {}));
    const purifier = made[output] ?? makePurifier(w, output);
    if (!purifier) continue;
    made[output] = purifier;
    return { purifier, window: w };
  }
  throw new Error('No DOM available to sanitize HTML');
}

const MODES: Record<Output, { RETURN_DOM_FRAGMENT?: true; IN_PLACE?: true }> = {
  string: {},
  fragment: { RETURN_DOM_FRAGMENT: true },
  inPlace: { IN_PLACE: true },
};

function makePurifier(w: Window, output: Output): DOMPurify | null {
  const purifier = createDOMPurify(w as unknown as Parameters<typeof createDOMPurify>[0]);
  if (!purifier.isSupported) return null;
  purifier.setConfig({
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'target', 'rel', 'loading', 'referrerpolicy'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|data:image\/|#|\/|\.|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
    ...MODES[output],
  });
  configure(purifier);
  return purifier;
}

/** While a story is being shown: its stored images, used in place of the remote ones. */
let storedImages: Record<string, string> | null = null;

function configure(purifier: DOMPurify): void {
  // A customized built-in (`<div is="theme-block">`) keeps its name even without the attribute, and
  // DOMPurify, unable to unset it, drops the element with all its text whenever it returns nodes (as
  // showing a story does), while returning a string keeps it: the same story lost its body when shown.
  // A plain element of the same kind takes its place, with the children and the attributes that copy.
  purifier.addHook('uponSanitizeElement', (node) => {
    if (node.nodeType !== 1 || !(node as Element).hasAttribute('is')) return;
    const custom = node as Element;
    if (custom.parentElement && custom.localName !== 'body' && custom.localName !== 'html') replaceWithPlain(custom);
  });
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'href' && !SAFE_URL.test(data.attrValue.trim())) data.keepAttr = false;
    if (data.attrName === 'src' && !SAFE_IMAGE_URL.test(data.attrValue.trim())) data.keepAttr = false;
    // URL parsing drops tabs and newlines ("java\tscript:"), so the test reads the value without them.
    if (data.attrName === 'srcset' && /(?:javascript|data|vbscript):/i.test(data.attrValue.replace(/[\u0000-\u0020]/g, ''))) data.keepAttr = false;
    // `cite` is never loaded, but it is a URL: only web addresses, like links.
    if (data.attrName === 'cite' && !/^https?:/i.test(data.attrValue.trim())) data.keepAttr = false;
  });
  purifier.addHook('uponSanitizeElement', (node, data) => {
    // A <picture> would pick a remote <source> before the stored copy in its <img>.
    if (storedImages && data.tagName === 'source' && node.parentNode?.nodeName === 'PICTURE') node.parentNode.removeChild(node);
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.nodeName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
      const stored = storedImages?.[node.getAttribute('src') ?? ''];
      if (stored && SAFE_IMAGE_URL.test(stored)) {
        node.setAttribute('src', stored);
        node.removeAttribute('srcset');
      }
    }
  });
}

/** `custom` replaced by an element of the same name made fresh, so with no customized built-in name. */
function replaceWithPlain(custom: Element): void {
  let plain: Element;
  try {
    plain = custom.ownerDocument.createElementNS(custom.namespaceURI, custom.localName);
  } catch {
    // The parser makes names the DOM cannot (`<text<p is>`); no such element is ever kept, so its
    // children take its place, as when the sanitizer drops an unknown element.
    custom.replaceWith(...Array.from(custom.childNodes));
    return;
  }
  for (const attr of Array.from(custom.attributes)) {
    if (attr.name === 'is') continue;
    try {
      plain.setAttributeNS(attr.namespaceURI, attr.name, attr.value);
    } catch {
      // A name the DOM will not set again is no name the sanitizer would keep.
    }
  }
  while (custom.firstChild) plain.appendChild(custom.firstChild);
  custom.replaceWith(plain);
}

/**
 * The one producer of SafeHtml, used before storing. Removing an element keeps its children, which can
 * leave a tree the HTML parser would never build (`<p><button></p>` becomes <p> inside <p>) and so
 * serializes to markup that parses differently. With `settle`, another pass over that markup settles it,
 * so the stored string parses back to exactly the tree that was checked. (Showing never re-parses: see
 * sanitizeToFragment.)
 */
export function sanitizeHtml(html: string, win: Window | null = null, { settle = true }: { settle?: boolean } = {}): SafeHtml {
  const { purifier } = purifierFor(win, 'string');
  let out = purifier.sanitize(DOCTYPE + html) as unknown as string;
  for (let pass = 0; settle && pass < 3 && removedAnElement(purifier); pass++) {
    const next = purifier.sanitize(DOCTYPE + out) as unknown as string;
    if (next === out) break;
    out = next;
  }
  return out as SafeHtml;
}

/**
 * For showing a story: sanitized straight into nodes of `doc`, never serialized and parsed again, so
 * what DOMPurify checked is exactly what is shown. Stored images replace remote ones before any node
 * joins the page, so no request is made for an image that is kept.
 */
export function sanitizeToFragment(html: string, doc: Document, images?: Record<string, string>): DocumentFragment {
  const { purifier } = purifierFor(doc.defaultView, 'fragment');
  storedImages = images && Object.keys(images).length > 0 ? images : null;
  try {
    // Markup with no body (`<frameset>`) gives DOMPurify nothing to return: that is an empty story.
    return (purifier.sanitize(DOCTYPE + html) as unknown as DocumentFragment | null) ?? doc.createDocumentFragment();
  } finally {
    storedImages = null;
  }
}

/**
 * Sanitizes an element where it stands (in an inert document such as Readability's clone), with no
 * serializing and parsing: the extraction's fast path in the browser. Returns false where that is not
 * possible (the element belongs to a DOM DOMPurify cannot walk, as in Node), so the caller sanitizes
 * its HTML instead.
 */
export function sanitizeInPlace(element: Element, win: Window | null): boolean {
  let chosen: { purifier: DOMPurify; window: Window };
  try {
    chosen = purifierFor(win, 'inPlace');
  } catch {
    return false;
  }
  // The element must belong to the given window, and DOMPurify must walk that same DOM (in Node
  // it walks jsdom's, never linkedom's).
  const ElementOfPurifier = (chosen.window as Window & typeof globalThis).Element;
  const ElementOfWindow = (win as (Window & typeof globalThis) | null)?.Element;
  if (!ElementOfWindow || !(element instanceof ElementOfWindow) || !(element instanceof ElementOfPurifier)) return false;
  // DOMPurify empties a root it may not keep before it refuses it, so such a root never gets this far.
  if (!ALLOWED_TAGS.includes(element.localName)) return false;
  try {
    chosen.purifier.sanitize(element);
    return true;
  } catch {
    return false;
  }
}

/**
 * For a body that cannot be sanitized where it stands (in Node it lives in linkedom): its HTML parsed
 * into an element of an inert document of the sanitizer's window (nothing in it runs or loads) and
 * sanitized there, so the caller reads the HTML and the text from the very nodes DOMPurify checked,
 * with one parse. Like `sanitizeHtml` without settling (see there).
 */
export function sanitizeDetached(html: string, win: Window | null): Element {
  const { purifier, window: w } = purifierFor(win, 'inPlace');
  // Parsed where nothing runs or loads, and cleaned before anyone reads it. DOMPurify cleans only an
  // allowed root in place, so the parsed body's top-level nodes move into a <div> first.
  const body = parseInert(html, w.document);
  const holder = body.ownerDocument.createElement('div');
  holder.append(...Array.from(body.childNodes));
  try {
    purifier.sanitize(holder);
  } catch {
    // DOMPurify will not clean in place a root it would remove whole (no element inside, and text that
    // reads like markup, such as "&lt;script&gt;" beside a comment); the string path keeps such text as text.
    holder.replaceChildren(...Array.from(parseInert(sanitizeHtml(html, w), w.document).childNodes));
  }
  return holder;
}

/** Only a removed element (its children kept in its place) can leave a tree the parser would not build. */
function removedAnElement(purifier: DOMPurify): boolean {
  return purifier.removed.some((entry) => 'element' in entry);
}
