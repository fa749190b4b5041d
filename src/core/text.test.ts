import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { countWords } from './text';

describe('countWords', () => {
  test.each([
    ['', 0],
    ['One two  three', 3],
    ["It's the U.S. economy, up 3.14% — said well-known analysts", 9],
    ['a--b a-\'b -lead trail- .', 6],
    ['Größe Ärger Œuvre наука', 4],
    ['𝐀𝐁 word 😀 x', 3],
    ['日本語のテキストです', 5],
    ['東京 Tokyo 2024', 3],
    ['lone \ud800 surrogate \udc00 here', 3],
  ])('%j has %i words', (text, words) => {
    expect(countWords(text)).toBe(words);
  });

  // The counting rule, written as one regular expression: the pass over characters must agree with it.
  const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
  const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
  const byPattern = (text: string) => {
    const cjk = text.match(CJK)?.length ?? 0;
    return (text.replace(CJK, ' ').match(WORD)?.length ?? 0) + Math.round(cjk / 2);
  };
  test('agrees with the pattern on any text', () => {
    const piece = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 8 }), fc.constantFrom('a', 'Z', '9', "'", '’', '.', '-', ' ', 'é', '語', 'カ', '한', '😀', '𝐀', '\ud800', '\udc00', '\n'));
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((parts) => parts.join('')), (text) => {
      expect(countWords(text)).toBe(byPattern(text));
    }), { numRuns: 2000 });
  });
});
