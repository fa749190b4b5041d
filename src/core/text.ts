/**
 * Text reduced to its letters and figures, lower-cased: a cheap key under which headings and titles that
 * differ only in separators (" - ", a kicker in its own span), spacing and case compare equal.
 */
export function lettersKey(text: string | null | undefined): string {
  return (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'PRE', 'TR', 'FIGCAPTION', 'SECTION',
  'ARTICLE', 'UL', 'OL', 'TABLE', 'FIGURE', 'DT', 'DD', 'HR', 'BR',
]);

/**
 * Plain text of an article body with paragraph boundaries kept: one blank line between blocks,
 * inline white space collapsed. Figure captions stay in the HTML but are left out of the text:
 * they describe a picture rather than tell the story, so they would skew word counts, reading
 * time and search, and news benchmarks annotate story text without them.
 */
export function textWithParagraphs(root: Element): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const line = current.replace(/\s+/g, ' ').trim();
    if (line) blocks.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'FIGCAPTION') return;
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;

/** Words in a text; CJK characters count as roughly half a word each, as they carry no spaces. */
export function countWords(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  // Most stories have no CJK at all: their text is counted as it is, without a copy.
  const rest = (cjk ? text.replace(CJK, ' ') : text).match(WORD)?.length ?? 0;
  return rest + Math.round(cjk / 2);
}

/** Reading time at 230 words a minute, at least one minute for any text. */
export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / 230));
}
