/** Read-only DOM helpers: nothing here mutates the document. */

/** All <meta> values keyed by lower-cased name / property / itemprop (first value wins). */
export function readMetaTags(doc: Document): Map<string, string> {
  const map = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const content = meta.getAttribute('content');
    if (content == null || !content.trim()) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      for (const key of (meta.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !map.has(key)) map.set(key, content);
      }
    }
  }
  return map;
}

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT']);

/** Text a reader would see, without script/style contents; blocks and <br> become spaces. */
export function visibleText(el: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        if (tag === 'BR') { out += '\n'; continue; }
        const block = /^(?:P|DIV|LI|UL|OL|H[1-6]|SECTION|HEADER|FOOTER|TIME|DD|DT|TR|TD|FIGCAPTION)$/.test(tag);
        if (block) out += '\n';
        walk(child);
        if (block) out += '\n';
      }
    }
  };
  walk(el);
  return out.replace(/[ \t\u00a0\u200b]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** Class and id of an element, lower-cased, for substring tests. */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase();
}

/**
 * True when the element sits in page furniture rather than the story. <body> and <html> are not
 * looked at: their classes describe the layout ("has-sidebar", "footer-widgets"), not the element.
 */
export function inFurniture(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') return false;
    if (tag === 'FOOTER' || tag === 'NAV' || tag === 'ASIDE') return true;
    if (/\b(?:comment|related|sidebar|widget|footer|recommend|teaser|promo)/.test(classAndId(node))) return true;
  }
  return false;
}
