import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDateText } from './parse-date';

const NOW = new Date('2025-06-01T12:00:00Z');
const MIN = Date.UTC(1995, 0, 1);
const MAX = NOW.getTime() + 2 * 86_400_000;

// Written forms per language: month names as a reader would see them.
const MONTHS: Record<string, string[]> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  it: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  pt: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
};
const FORMATS: Record<string, (d: number, m: string, y: number) => string> = {
  en: (d, m, y) => `${m} ${d}, ${y}`,
  de: (d, m, y) => `${d}. ${m} ${y}`,
  fr: (d, m, y) => `${d} ${m} ${y}`,
  es: (d, m, y) => `${d} de ${m} de ${y}`,
  it: (d, m, y) => `${d} ${m} ${y}`,
  nl: (d, m, y) => `${d} ${m} ${y}`,
  pt: (d, m, y) => `${d} de ${m} de ${y}`,
};

const validDay = fc.date({ min: new Date(MIN), max: NOW, noInvalidDate: true });
const iso = (d: Date): string => d.toISOString().slice(0, 10);
const pad = (n: number): string => String(n).padStart(2, '0');

describe('parseDateText properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), fc.option(fc.constantFrom('en', 'en-US', 'de', 'fr', 'xx')), (s, lang) => {
        parseDateText(s, lang, NOW);
      }),
      { numRuns: 2000 },
    );
  });

  it('any output is a valid ISO date between 1995 and now', () => {
    const noisy = fc.array(fc.oneof(fc.string({ maxLength: 6 }), fc.integer({ min: 0, max: 3000 }).map(String), fc.constantFrom('/', '.', '-', ' ', 'June', 'mai', 'de', ',', 'T', ':', '+')), { maxLength: 12 });
    fc.assert(
      fc.property(noisy, fc.constantFrom('en', 'en-US', 'de', null), (parts, lang) => {
        const out = parseDateText(parts.join(''), lang, NOW);
        if (out === null) return;
        expect(out).toMatch(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2}))?$/);
        const t = Date.parse(out.slice(0, 10));
        expect(t).toBeGreaterThanOrEqual(MIN);
        expect(t).toBeLessThanOrEqual(MAX);
        expect(iso(new Date(t))).toBe(out.slice(0, 10));
      }),
      { numRuns: 2000 },
    );
  });

  for (const lang of Object.keys(MONTHS)) {
    it(`round-trips written dates in ${lang}`, () => {
      fc.assert(
        fc.property(validDay, (d) => {
          const text = FORMATS[lang]!(d.getUTCDate(), MONTHS[lang]![d.getUTCMonth()]!, d.getUTCFullYear());
          expect(parseDateText(text, lang, NOW)).toBe(iso(d));
        }),
      );
    });
  }

  it('round-trips numeric dates in the page convention', () => {
    fc.assert(
      fc.property(validDay, fc.constantFrom('en-GB', 'de', 'en-US'), (d, lang) => {
        const [dd, mm, y] = [pad(d.getUTCDate()), pad(d.getUTCMonth() + 1), d.getUTCFullYear()];
        const text = lang === 'en-US' ? `${mm}/${dd}/${y}` : lang === 'de' ? `${dd}.${mm}.${y}` : `${dd}/${mm}/${y}`;
        expect(parseDateText(text, lang, NOW)).toBe(iso(d));
      }),
    );
  });

  it('round-trips ISO date-times with their offset', () => {
    fc.assert(
      fc.property(validDay, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: -12, max: 14 }), (d, h, m, off) => {
        const offset = `${off < 0 ? '-' : '+'}${pad(Math.abs(off))}:00`;
        const text = `${iso(d)}T${pad(h)}:${pad(m)}:00${offset}`;
        expect(parseDateText(text, null, NOW)).toBe(text);
      }),
    );
  });
});
