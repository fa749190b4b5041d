type ParserClass = typeof DOMParser;

let fallbackParser: ParserClass | null = null;

/** Node has no global DOMParser: the Node entry lends its DOM library's. */
export function setInertParser(Parser: ParserClass): void {
  fallbackParser = Parser;
}

/**
 * Parses HTML into the body of a new document that has no browsing context: nothing in it runs or
 * loads until its nodes are moved into a live page. Uses the DOMParser of the given document's
 * window (jsdom, a content script), the global one (extension pages), or the one the Node entry lent.
 */
export function parseInert(html: string, near?: Document): HTMLElement {
  // A whole document, because some DOMs (linkedom) only fill <body> from one.
  return parseInertDocument(`<!doctype html><html><head></head><body>${html}</body></html>`, near).body;
}

/** Parses a whole HTML document the same way: inert, with the parser `parseInert` would use. */
export function parseInertDocument(html: string, near?: Document): Document {
  const Parser =
    (near?.defaultView as (Window & typeof globalThis) | null | undefined)?.DOMParser ??
    (globalThis as { DOMParser?: ParserClass }).DOMParser ??
    fallbackParser;
  if (!Parser) throw new Error('No DOMParser available');
  return new Parser().parseFromString(html, 'text/html');
}
