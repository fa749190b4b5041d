// Adversarial input for the date parser: hostile pages choose every string it sees.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseDateText } from './parse-date';

const NOW = new Date('2025-06-01T12:00:00Z');
const VALID = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?$/;
const LANGS = ['en', 'en-US', 'de', 'fr', 'es', 'it', 'nl', 'pt', 'ar', 'ja', 'xx', '', '__proto__', 'constructor', null] as const;

function check(text: string, lang: string | null): void {
  const out = parseDateText(text, lang, NOW);
  if (out === null) return;
  expect(out).toMatch(VALID);
  const day = Date.parse(out.slice(0, 10));
  expect(day).toBeGreaterThanOrEqual(Date.UTC(1995, 0, 1));
  expect(day).toBeLessThanOrEqual(NOW.getTime() + 2 * 86_400_000);
}

const pieces = fc.constantFrom(
  '2024', '06', '19', '-', '/', '.', ' ', 'T', ':', '+', 'Z', '00', '99', '31', '02', '29', '1995', '1994', '9999', '0000',
  'June', 'juin', 'Juni', 'février', 'März', 'mayo', 'Published', 'Updated', 'veröffentlicht', 'am', 'le', 'de', 'of', 'the',
  '١٩', '٢٠٢٤', '２０２４', '０６', '\u200f', '\u200e', '\u202e', '\u00a0', '\u2009', '\u200b', '\ufeff', '\u0000', '\ud800', '\udfff',
  'ﬁ', 'İ', 'ß', 'ǅ', '𝟚𝟘𝟚𝟜', '⁰', '½', 'e5', '1e3', '-0', 'NaN', 'Infinity', '__proto__', 'constructor', 'toString', '{}', '[]',
);

describe('parseDateText under attack', () => {
  test('adversarial building blocks never throw and never give an invalid or implausible date', () => {
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }), fc.constantFrom(...LANGS), (parts, lang) => check(parts.join(''), lang)), { numRuns: 3000 });
  });

  test('any unicode text (full code points, lone surrogates) never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 20 })), fc.constantFrom(...LANGS), check),
      { numRuns: 2000 },
    );
  });

  test('impossible calendar dates are refused', () => {
    for (const text of ['2023-02-29', '2024-02-30', '2024-13-01', '2024-00-10', '2024-06-31', '31/02/2024', '30. Februar 2024', 'February 30, 2024', '2024-06-19T25:00:00Z', '2024-06-19T10:61:00Z']) {
      const out = parseDateText(text, 'de', NOW);
      expect(out === null || !out.startsWith('2024-02-3'), text).toBe(true);
      if (out) check(text, 'de');
    }
    expect(parseDateText('2023-02-29', null, NOW)).toBeNull();
    expect(parseDateText('2024-13-01', null, NOW)).toBeNull();
  });

  test.each([
    ['1 MB of digits', '1'.repeat(1_000_000)],
    ['1 MB of date separators', '2024-'.repeat(200_000)],
    ['a month name repeated', 'June '.repeat(200_000)],
    ['labels with no date', 'Published on the '.repeat(60_000)],
    ['near-miss ISO dates', '2024-06-1'.repeat(100_000)],
    ['numbers and dots', '1.2.'.repeat(250_000)],
    ['whitespace', ' \t\n\u00a0'.repeat(250_000)],
  ])('huge input (%s) is answered, not choked on', (_name, text) => {
    // No timing here (speed belongs in benchmarks): a pattern that backtracked would hang the test until
    // its timeout instead of answering.
    expect(parseDateText(text, 'en', NOW)).toBeNull();
    expect(parseDateText(text, 'de', NOW)).toBeNull();
  });

  test('reads a bounded prefix: a date in the first lines is found behind a megabyte tail, one far behind noise is not', () => {
    expect(parseDateText(`Published June 19, 2024 ${'x '.repeat(500_000)}`, 'en', NOW)).toBe('2024-06-19');
    expect(parseDateText(`${'x '.repeat(500_000)} Published June 19, 2024`, 'en', NOW)).toBeNull();
  });
});
