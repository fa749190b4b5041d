import createDOMPurify, { type DOMPurify } from 'dompurify';
import type { SafeHtml } from './types';

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
const purifiers = new WeakMap<object, DOMPurify>();

/** Node has no global window: the Node entry lends one (jsdom) for sanitizing. */
export function setSanitizerWindow(win: Window): void {
  fallbackWindow = win;
}

function purifierFor(win: Window | null): DOMPurify {
  const candidates = [win, typeof window === 'undefined' ? null : window, fallbackWindow];
  for (const w of candidates) {
    if (!w) continue;
    const cached = purifiers.get(w);
    if (cached) return cached;
    const purifier = createDOMPurify(w as unknown as Parameters<typeof createDOMPurify>[0]);
    if (!purifier.isSupported) continue;
    configure(purifier);
    purifiers.set(w, purifier);
    return purifier;
  }
  throw new Error('No DOM available to sanitize HTML');
}

function configure(purifier: DOMPurify): void {
  purifier.addHook('uponSanitizeAttribute', (_node, data) => {
    if (data.attrName === 'href' && !SAFE_URL.test(data.attrValue.trim())) data.keepAttr = false;
    if (data.attrName === 'src' && !SAFE_IMAGE_URL.test(data.attrValue.trim())) data.keepAttr = false;
    if (data.attrName === 'srcset' && /(?:javascript|data|vbscript):/i.test(data.attrValue)) data.keepAttr = false;
    // `cite` is never loaded, but it is a URL: only web addresses, like links.
    if (data.attrName === 'cite' && !/^https?:/i.test(data.attrValue.trim())) data.keepAttr = false;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A' && node.hasAttribute('href')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.nodeName === 'IMG') {
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
}

/**
 * The one producer of SafeHtml. Used before storing and again before showing.
 * Removing an element keeps its children, which can leave a tree the HTML parser would never build
 * (`<p><button></p>` becomes <p> inside <p>) and so serializes to markup that parses differently. Another
 * pass over that markup settles it, so the output parses back to exactly the tree that was checked. Clean
 * input (as when showing a stored story) takes one pass.
 */
export function sanitizeHtml(html: string, win: Window | null = null): SafeHtml {
  const purifier = purifierFor(win);
  let out = purifyOnce(purifier, html);
  for (let pass = 0; pass < 3 && removedAnElement(purifier); pass++) {
    const next = purifyOnce(purifier, out);
    if (next === out) break;
    out = next;
  }
  return out as SafeHtml;
}

/** Only a removed element (its children kept in its place) can leave a tree the parser would not build. */
function removedAnElement(purifier: DOMPurify): boolean {
  return purifier.removed.some((entry) => 'element' in entry);
}

function purifyOnce(purifier: DOMPurify, html: string): string {
  // The doctype makes DOMPurify parse in no-quirks mode, as our pages do (in quirks mode `<p><table>` nests,
  // in no-quirks it does not), so the tree it checks is the tree we show. It also means text without any
  // markup is parsed and re-serialized like the rest instead of being returned as given.
  return purifier.sanitize(`<!DOCTYPE html>${html}`, {
    ALLOWED_TAGS: [...ALLOWED_TAGS],
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'target', 'rel', 'loading', 'referrerpolicy'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOWED_URI_REGEXP: /^(?:https?:|data:image\/|#|\/|\.|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  });
}
