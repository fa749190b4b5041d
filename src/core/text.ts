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

const LETTER_OR_FIGURE = /[\p{L}\p{N}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const enum Kind { Other, Word, Joiner, Cjk }

/** `code`: a whole code point. Only characters past ASCII are made into a string, for the Unicode tests. */
function kindOf(code: number): Kind {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return Kind.Word;
    return code === 39 || code === 45 || code === 46 ? Kind.Joiner : Kind.Other; // ' - .
  }
  if (code === 0x2019) return Kind.Joiner; // ’
  const char = String.fromCodePoint(code);
  if (CJK.test(char)) return Kind.Cjk;
  return LETTER_OR_FIGURE.test(char) ? Kind.Word : Kind.Other;
}

/**
 * Words in a text: runs of letters and figures, where one apostrophe, hyphen or full stop between two
 * such runs joins them ("it's", "U.S.", "3.14"). CJK characters count as roughly half a word each, as
 * they carry no spaces. One pass over the characters, with no list of words: a story's text is long.
 */
export function countWords(text: string): number {
  let words = 0;
  let cjk = 0;
  let previous = Kind.Other;
  let beforePrevious = Kind.Other;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    const next = code >= 0xd800 && code <= 0xdbff ? text.charCodeAt(i + 1) : 0;
    if (next >= 0xdc00 && next <= 0xdfff) {
      code = text.codePointAt(i)!;
      i++;
    }
    const kind = kindOf(code);
    if (kind === Kind.Cjk) cjk++;
    else if (kind === Kind.Word && previous !== Kind.Word && !(previous === Kind.Joiner && beforePrevious === Kind.Word)) words++;
    beforePrevious = previous;
    previous = kind;
  }
  return words + Math.round(cjk / 2);
}

/** Reading time at 230 words a minute, at least one minute for any text. */
export function readingMinutes(wordCount: number): number {
  return wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / 230));
}
