/** Elements that separate the text around them, as a line break or a new block does. */
const BREAKS = new Set(['BR', 'P', 'DIV', 'LI', 'TD', 'TH', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * An element's text with runs of whitespace collapsed, read only as far as `max` characters:
 * containers near the headline can hold the whole story, and their full text is never needed.
 * `cut` says the text goes on past `max` (then `text` is its start, at least `max` long).
 */
export function boundedText(el: Node, max: number): { text: string; cut: boolean } {
  let raw = '';
  let checkAt = max;
  // Depth-first through descendants, in document order, without building child arrays.
  let node: Node | null = el.firstChild;
  while (node) {
    if (node.nodeType === 1 && BREAKS.has((node as Element).tagName.toUpperCase())) {
      // "News24<br>13 Jan 2020" must not read as "News2413 Jan 2020".
      raw += ' ';
    } else if (node.nodeType === 3 || node.nodeType === 4) {
      raw += (node as CharacterData).data;
      if (raw.length > checkAt) {
        const text = collapse(raw);
        if (text.length > max) return { text, cut: true };
        checkAt = raw.length + (max - text.length);
      }
    }
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return { text: collapse(raw), cut: false };
}

export const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
