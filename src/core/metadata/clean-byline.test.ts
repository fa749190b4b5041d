import { describe, expect, it } from 'vitest';
import { cleanByline, nameBesideDate } from './clean-byline';

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['Von Max Mustermann', 'Max Mustermann'],
    ['Par Jean Dupont', 'Jean Dupont'],
    ['Por María García', 'María García'],
    ['Door Jan de Vries', 'Jan de Vries'],
    ['Di Marco Rossi', 'Marco Rossi'],
    ['Av Ola Nordmann', 'Ola Nordmann'],
    ['Written by Jane Doe', 'Jane Doe'],
    ['Autor: Max Mustermann', 'Max Mustermann'],
    ['Interview: Max Mustermann', 'Max Mustermann'],
    ['Zeige alle Beiträge von Max Mustermann →', 'Max Mustermann'],
  ])('strips the introducer in %j', (raw, name) => {
    expect(cleanByline(raw)).toBe(name);
  });

  it('keeps an Italian surname that starts with "Di"', () => {
    expect(cleanByline('Di Stefano')).toBe('Di Stefano');
  });

  it.each([
    ['Jane Doe, Asia correspondent', 'Jane Doe'],
    ['Jane Doe - Senior Reporter', 'Jane Doe'],
    ['By Jane Doe, Staff Writer', 'Jane Doe'],
    ['Jane Doe for The Daily Meridian', 'Jane Doe'],
    ['Jeanne Dupont, contributrice', 'Jeanne Dupont'],
  ])('drops the role in %j', (raw, name) => {
    expect(cleanByline(raw)).toBe(name);
  });

  it.each([
    ['By Jane Doe | June 19, 2024', 'Jane Doe'],
    ['VON MAX MUSTERMANN am 21. April 2020', 'MAX MUSTERMANN'],
    ['Jane Doe Updated 3:45 PM EDT', 'Jane Doe'],
    ['Jane Doe22. Februar 2020', 'Jane Doe'],
    ['By\nJane Doe\nPublished 19.06.2024', 'Jane Doe'],
    ['By Jane Doe on April 27th', 'Jane Doe'],
    ['Jane Doe, 3rd March', 'Jane Doe'],
  ])('drops the timestamp in %j', (raw, name) => {
    expect(cleanByline(raw)).toBe(name);
  });

  it.each(['Wednesday, June 19, 2024', '19.06.2024, 10:30 Uhr', '2024-06-19', 'Updated 5 min ago'])(
    'returns null for the date %j',
    (raw) => {
      expect(cleanByline(raw)).toBeNull();
    },
  );

  it.each(['Staff', 'By Staff', 'Editorial team', 'Die Redaktion', 'Newsroom', 'Web desk', 'Agencies', 'Posted on'])(
    'returns null for the label %j',
    (raw) => {
      expect(cleanByline(raw)).toBeNull();
    },
  );

  it.each([
    ['AP', 'AP'],
    ['Reuters', 'Reuters'],
    ['Von Jane Doe, dpa', 'Jane Doe, dpa'],
    ['jd/dpa', 'jd, dpa'],
  ])('keeps the news agency credited in %j', (raw, byline) => {
    expect(cleanByline(raw, 'The Daily Meridian')).toBe(byline);
  });

  it.each([
    ['Harald Bauer Autor', 'Harald Bauer'],
    ['Jane Doe Lokalredakteurin', 'Jane Doe'],
    ['Text & Fotos: Ivan Beispiel', 'Ivan Beispiel'],
    ['By\nJane Doe on\nDecember 13, 2016', 'Jane Doe'],
    ['Autorin: Jane Doe, Projektleiterin der Stiftung in Tunis.', 'Jane Doe'],
  ])('trims the role or label around the name in %j', (raw, name) => {
    expect(cleanByline(raw)).toBe(name);
  });

  it('skips bio sentences and bare introducers', () => {
    expect(cleanByline('Jane DoeFollow\nReporterin und Expertin für Neue Arbeit und Neues Lernen. Schwerpunkte: Home-Office & Meetings')).toBe('Jane Doe');
    expect(cleanByline('Artikel von')).toBeNull();
    expect(cleanByline('iStockphoto')).toBeNull();
  });

  it.each([
    ['11.12.2019 - Jane Doe', 'Jane Doe'],
    ['04.02.2022 | 13:10 Uhr | Jane Doe', 'Jane Doe'],
    ['25.10.2022 - Essay', null],
    ['Jane Doe', null],
    ['Kommentar\n19. Oktober 2019\nJane Q. Doe\n1 Kommentar', 'Jane Q. Doe'],
    ['02.02.2022 10:16 Uhr - 1. Bundesliga - PM Vereine', null],
    ['12.03.2020 | Jane Doe | John Roe', null],
  ])('reads the name beside the date in %j', (raw, name) => {
    expect(nameBesideDate(raw)).toBe(name);
  });

  it('reads both sides of an interview credit', () => {
    expect(cleanByline('Jane Doe im Gespräch mit John Roe')).toBe('Jane Doe, John Roe');
  });

  it('drops an organisation with a legal form credited alone, but keeps a person beside one', () => {
    expect(cleanByline('Beispiel - Union der Freunde für Kultur e.V.')).toBeNull();
    expect(cleanByline('Jane Doe, Beispiel GmbH')).toBe('Jane Doe');
  });

  it('keeps a role with its qualifier whole, so no place or desk is left as a name', () => {
    expect(cleanByline('Antrim Court Reporter')).toBeNull();
    expect(cleanByline('Authors\nJane Doe\nPostdoctoral Research Associate, Newcastle University')).toBe('Jane Doe');
  });

  it('drops the site name followed by a generic word', () => {
    expect(cleanByline('Jane Doe · CBC News ·', 'CBC')).toBe('Jane Doe');
    expect(cleanByline('Jane Doe\nBBC News, New York', 'BBC')).toBe('Jane Doe');
  });

  it("drops the agency on the agency's own pages", () => {
    expect(cleanByline('Reuters', 'Reuters')).toBeNull();
  });

  it('returns null for the site name', () => {
    expect(cleanByline('The Daily Meridian', 'The Daily Meridian')).toBeNull();
    expect(cleanByline('By Jane Doe', 'The Daily Meridian')).toBe('Jane Doe');
  });

  it('returns null for URLs and e-mail addresses', () => {
    expect(cleanByline('https://example.com/authors/jane')).toBeNull();
    expect(cleanByline('jane@example.com')).toBeNull();
    expect(cleanByline('Jane Doe (jane@example.com)')).toBe('Jane Doe');
    expect(cleanByline('Frank Miller - http://frank.example')).toBe('Frank Miller');
  });

  it('joins several authors with ", " and removes duplicates', () => {
    expect(cleanByline('By Jane Doe and John Roe')).toBe('Jane Doe, John Roe');
    expect(cleanByline('Max Mustermann und Erika Musterfrau')).toBe('Max Mustermann, Erika Musterfrau');
    expect(cleanByline('Jean Dupont et Marie Curie')).toBe('Jean Dupont, Marie Curie');
    expect(cleanByline('A. Smith; B. Jones; A. Smith')).toBe('A. Smith, B. Jones');
    expect(cleanByline('JANE DOE, JOHN ROE AND MARY MAJOR')).toBe('JANE DOE, JOHN ROE, MARY MAJOR');
  });

  it('keeps middle initials that look like joiners', () => {
    expect(cleanByline('Jane E Smith')).toBe('Jane E Smith');
  });

  it('rejects text that is too long to be a byline', () => {
    expect(cleanByline('This is a long sentence about the weather that somebody put into an author box')).toBeNull();
    expect(cleanByline('x'.repeat(400))).toBeNull();
  });

  it('keeps a lower-case user name', () => {
    expect(cleanByline('von gizmo')).toBe('gizmo');
  });

  it('separates labels and social links glued to the name', () => {
    expect(cleanByline('AuthorJane Doe')).toBe('Jane Doe');
    expect(cleanByline('Jane DoeFollow')).toBe('Jane Doe');
    expect(cleanByline('Jane DoeTwitterNews')).toBe('Jane Doe');
    expect(cleanByline('Eingestellt von Greta Lindqvist')).toBe('Greta Lindqvist');
  });

  it('keeps names with inner capitals', () => {
    expect(cleanByline('Ronan McDonald')).toBe('Ronan McDonald');
  });

  it('drops organisations and "last updated" stamps', () => {
    expect(cleanByline('Hafenverein Nord e.V.')).toBeNull();
    expect(cleanByline('Example Media GmbH')).toBeNull();
    expect(cleanByline('Jane Doe · Posted: Oct 14 | Last Updated: 24 minutes ago')).toBe('Jane Doe');
  });

  it('reads "| By" on a line of its own as the introducer of the next line', () => {
    expect(cleanByline('Hot\n| By\nJane Doe |\nApril 13, 2020')).toBe('Jane Doe');
  });

  it('drops the site when the site name is its host', () => {
    expect(cleanByline('Daily Meridian', 'www.dailymeridian.com')).toBeNull();
    expect(cleanByline('Jane Doe', 'www.dailymeridian.com')).toBe('Jane Doe');
  });

  it('drops the soft hyphens set in a long name', () => {
    expect(cleanByline('Von Mat\u00adthi\u00adas Beispiel')).toBe('Matthias Beispiel');
  });

  it('takes a credit that names only a desk as no byline, not the other lines of its box', () => {
    const box = 'Donnerstag, 4. November 2021\nvon\nBeispiel Redaktion\nin Rubrik:\nAutos\n>\nAuto Tests';
    expect(cleanByline(box)).toBeNull();
    expect(cleanByline('Von Jane Doe\nin Rubrik:\nAutos')).toBe('Jane Doe');
    expect(cleanByline('Kultur\nJane Doe')).toBe('Kultur, Jane Doe');
  });

  it('separates a lower-case introducer run into the name', () => {
    expect(cleanByline('vonJane Doe')).toBe('Jane Doe');
    expect(cleanByline('byJane Doe')).toBe('Jane Doe');
  });
});
