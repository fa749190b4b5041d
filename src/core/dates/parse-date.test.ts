import { describe, expect, it } from 'vitest';
import { normalizeMachineDate } from './machine-date';
import { findDatesInText, mayHoldDate, parseDateText } from './parse-date';

const NOW = new Date('2025-06-01T12:00:00Z');
const parse = (text: string, lang?: string | null): string | null => parseDateText(text, lang, NOW);

describe('parseDateText: month names', () => {
  it.each([
    ['Wednesday, June 19, 2024', 'en'],
    ['June 19th, 2024', 'en'],
    ['Jun. 19, 2024', 'en'],
    ['19 June 2024', 'en-GB'],
    ['19th of June 2024', 'en-GB'],
    ['Mittwoch, 19. Juni 2024', 'de'],
    ['mercredi 19 juin 2024', 'fr'],
    ['19 de junio de 2024', 'es'],
    ['mercoledì 19 giugno 2024', 'it'],
    ['woensdag 19 juni 2024', 'nl'],
    ['quarta-feira, 19 de junho de 2024', 'pt'],
  ])('%s (%s)', (text, lang) => {
    expect(parse(text, lang)).toBe('2024-06-19');
  });

  it('reads accented and abbreviated months', () => {
    expect(parse('3. März 2024', 'de')).toBe('2024-03-03');
    expect(parse('1er août 2023', 'fr')).toBe('2023-08-01');
    expect(parse('12 févr. 2024', 'fr')).toBe('2024-02-12');
    expect(parse('3 de março de 2024', 'pt')).toBe('2024-03-03');
    expect(parse('13 maart 2024', 'nl')).toBe('2024-03-13');
    expect(parse('5 dic 2022', 'es')).toBe('2022-12-05');
    expect(parse('7 ottobre 2021', 'it')).toBe('2021-10-07');
  });

  it('does not match month words inside other words', () => {
    expect(parse('Summary 2024', 'en')).toBeNull();
    expect(parse('12 marathon 2024', 'en')).toBeNull();
  });
});

describe('parseDateText: numeric dates', () => {
  it('reads dotted dates typeset with spaces, day first, only with a full year', () => {
    expect(parse('Von Deutscher Tennis Bund 4. 2. 2022.', 'de')).toBe('2022-02-04');
    expect(parse('am 14. 11.2023', null)).toBe('2023-11-14');
    expect(parse('Abschnitt 4. 2. 22', 'de')).toBeNull();
  });

  it('reads day-first on British, German and French pages', () => {
    expect(parse('05/06/2024', 'en-GB')).toBe('2024-06-05');
    expect(parse('05/06/2024', 'de')).toBe('2024-06-05');
    expect(parse('05/06/2024', 'fr-FR')).toBe('2024-06-05');
  });

  it('reads month-first only on US pages, or when unambiguous', () => {
    expect(parse('05/06/2024', 'en-US')).toBe('2024-05-06');
    expect(parse('06/19/2024', 'en')).toBe('2024-06-19');
    expect(parse('19/06/2024', 'en-US')).toBe('2024-06-19');
  });

  it('refuses to guess an ambiguous date without a known convention', () => {
    expect(parse('05/06/2024', 'en')).toBeNull();
    expect(parse('05/06/2024', null)).toBeNull();
  });

  it('reads dotted dates as day-first whatever the language', () => {
    expect(parse('19.06.2024', null)).toBe('2024-06-19');
    expect(parse('5.6.2024', 'en')).toBe('2024-06-05');
    expect(parse('19.06.24', 'de')).toBe('2024-06-19');
  });

  it('reads ISO dates and keeps a stated offset', () => {
    expect(parse('2024-06-19', null)).toBe('2024-06-19');
    expect(parse('2024/06/19', null)).toBe('2024-06-19');
    expect(parse('Posted 2024-06-19 22:45 -04:00', 'en')).toBe('2024-06-19T22:45:00-04:00');
    expect(parse('2024-06-19T22:45:00Z', 'en')).toBe('2024-06-19T22:45:00Z');
    expect(parse('2024-06-19 22:45', 'en')).toBe('2024-06-19');
  });
});

describe('parseDateText: labels', () => {
  it('prefers the published date over the updated one', () => {
    expect(parse('Updated June 20, 2024; Published June 19, 2024', 'en')).toBe('2024-06-19');
    expect(parse('Aktualisiert am 20.06.2024, veröffentlicht am 19.06.2024', 'de')).toBe('2024-06-19');
    expect(parse('Publié le 19 juin 2024, mis à jour le 20 juin 2024', 'fr')).toBe('2024-06-19');
    expect(parse('Actualizado 20/06/2024 · Publicado 19/06/2024', 'es')).toBe('2024-06-19');
  });

  it('labels each date it finds', () => {
    const dates = findDatesInText('Published June 19, 2024 · Updated June 20, 2024', 'en', NOW);
    expect(dates.map((d) => [d.value, d.kind])).toEqual([
      ['2024-06-19', 'published'],
      ['2024-06-20', 'modified'],
    ]);
  });

  it('still returns an updated-only date', () => {
    expect(parse('Last updated: 20 June 2024', 'en')).toBe('2024-06-20');
  });
});

describe('mayHoldDate', () => {
  it('passes every form we read and turns away text without a year', () => {
    for (const text of ['19 June 2024', '05.06.24', '2020年7月3日', 'Tue Jul 30 09:35:14 CEST 2019', '4. 2. 2022']) {
      expect(mayHoldDate(text), text).toBe(true);
      expect(findDatesInText(text, 'de', NOW).length, text).toBeGreaterThan(0);
    }
    expect(mayHoldDate('Home · News · 19 June')).toBe(false);
    expect(mayHoldDate('Page 12 of 345')).toBe(false);
  });
});

describe('parseDateText: invalid input', () => {
  it.each([
    [''],
    ['© 2025 The Daily Example'],
    ['June 2024'],
    ['June 19'],
    ['31/02/2024'],
    ['2024-13-01'],
    ['30 February 2024'],
    ['1 January 1994'],
    ['19 June 2099'],
    ['version 1.2.3'],
    ['call 555-12-2024'],
  ])('%s -> null', (text) => {
    expect(parse(text, 'en-GB')).toBeNull();
  });

  it('accepts today and tomorrow (time-zone slack) but not next week', () => {
    expect(parse('June 1, 2025', 'en')).toBe('2025-06-01');
    expect(parse('June 2, 2025', 'en')).toBe('2025-06-02');
    expect(parse('June 8, 2025', 'en')).toBeNull();
  });

  it('never throws on non-strings', () => {
    expect(parseDateText(undefined as unknown as string)).toBeNull();
    expect(parseDateText(42 as unknown as string)).toBeNull();
  });
});

describe('normalizeMachineDate', () => {
  it.each([
    ['2024-06-19T22:45:00-0400', '2024-06-19T22:45:00-04:00'],
    ['2024-06-19 22:45:00-04:00', '2024-06-19T22:45:00-04:00'],
    ['2024-06-19T22:45:00.123+02', '2024-06-19T22:45:00+02:00'],
    ['2024-06-19T22:45:00Z', '2024-06-19T22:45:00Z'],
    ['2024-06-19T22:45', '2024-06-19T22:45:00'],
    ['2024-06-19T00:00:00', '2024-06-19'],
    ['2024-06-19', '2024-06-19'],
    ['20240619', '2024-06-19'],
    ['Wed, 19 Jun 2024 22:45:00 GMT', '2024-06-19'],
    ['1718837100', '2024-06-19T22:45:00Z'],
  ])('%s -> %s', (raw, expected) => {
    expect(normalizeMachineDate(raw, NOW)).toBe(expected);
  });

  it('rejects junk, future and pre-1995 values', () => {
    expect(normalizeMachineDate('yesterday', NOW)).toBeNull();
    expect(normalizeMachineDate('2099-01-01', NOW)).toBeNull();
    expect(normalizeMachineDate('1970-01-01T00:00:00Z', NOW)).toBeNull();
    expect(normalizeMachineDate({}, NOW)).toBeNull();
  });
});
