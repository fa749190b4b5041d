/**
 * Parses HTML into the body of a new document that has no browsing context: nothing in it runs or
 * loads until its nodes are moved into a live page. Uses the DOMParser of the given document's
 * window (jsdom, linkedom, a content script) or the global one (extension pages).
 */
export function parseInert(html: string, near?: Document): HTMLElement {
  const Parser = (near?.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  // A whole document, because some DOMs (linkedom) only fill <body> from one.
  const parsed = new Parser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
  return parsed.body;
}
