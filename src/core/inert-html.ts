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
  const Parser =
    (near?.defaultView as (Window & typeof globalThis) | null | undefined)?.DOMParser ??
    (globalThis as { DOMParser?: ParserClass }).DOMParser ??
    fallbackParser;
  if (!Parser) throw new Error('No DOMParser available');
  // A whole document, because some DOMs (linkedom) only fill <body> from one.
  const parsed = new Parser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html');
  return parsed.body;
}
