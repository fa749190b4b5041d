/** Elements that separate the text around them, as a line break or a new block does. */
const BREAKS = new Set(['BR', 'P', 'DIV', 'LI', 'TD', 'TH', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/**
 * An element's text with runs of whitespace collapsed, read only as far as `max` characters:
 * containers near the headline can hold the whole story, and their full text is never needed.
 * `cut` says the text goes on past `max` (then `text` is its start, at least `max` long).
 * `breakAtBlocks: false` reads the text as `textContent` does, with no space where a block or <br> stands.
 */
export function boundedText(el: Node, max: number, { breakAtBlocks = true } = {}): { text: string; cut: boolean } {
  // Collapsed as it is read (each piece once), not re-collapsed from the start at every check:
  // `text` always equals collapse(everything read so far) once its trailing space is dropped.
  let text = '';
  let rawLength = 0;
  let checkAt = max;
  // Depth-first through descendants, in document order, without building child arrays.
  let node: Node | null = el.firstChild;
  while (node) {
    const type = node.nodeType;
    if (type === 1) {
      // "News24<br>13 Jan 2020" must not read as "News2413 Jan 2020".
      if (breakAtBlocks && BREAKS.has(upperTag(node as Element))) {
        rawLength++;
        if (text !== '' && text.charCodeAt(text.length - 1) !== 32) text += ' ';
      }
    } else if (type === 3 || type === 4) {
      const piece = (node as CharacterData).data;
      rawLength += piece.length;
      let squeezed = piece.replace(WHITE_RUN, ' ');
      if (squeezed.charCodeAt(0) === 32 && (text === '' || text.charCodeAt(text.length - 1) === 32)) squeezed = squeezed.slice(1);
      text += squeezed;
      if (rawLength > checkAt) {
        const sofar = withoutTrailingSpace(text);
        if (sofar.length > max) return { text: sofar, cut: true };
        checkAt = rawLength + (max - sofar.length);
      }
    }
    if (node.firstChild) {
      node = node.firstChild;
      continue;
    }
    while (node && node !== el && !node.nextSibling) node = node.parentNode;
    node = node && node !== el ? node.nextSibling : null;
  }
  return { text: withoutTrailingSpace(text), cut: false };
}

const WHITE_RUN = /\s+/g;

function withoutTrailingSpace(text: string): string {
  return text.charCodeAt(text.length - 1) === 32 ? text.slice(0, -1) : text;
}

/** The tag name upper-cased (XHTML pages give it in lower case), without the cost where it already is. */
function upperTag(el: Element): string {
  const tag = el.tagName;
  return tag.charCodeAt(0) < 91 ? tag : tag.toUpperCase();
}

export const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
