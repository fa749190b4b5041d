import { describe, expect, it } from 'vitest';
import { readJsonLd } from './json-ld';
import { scanPage } from './dom';
import { page } from './test-helpers';

const ld = (...blocks: string[]) =>
  scanPage(page(`<html><head>${blocks.map((b) => `<script type="application/ld+json">${b}</script>`).join('')}</head><body></body></html>`)).jsonLd;

describe('readJsonLd', () => {
  it('returns null without JSON-LD', () => {
    expect(readJsonLd(scanPage(page('<p>hi</p>')).jsonLd)).toBeNull();
  });

  it('reads a NewsArticle with a string author', () => {
    const story = readJsonLd(ld('{"@type":"NewsArticle","headline":"Rain due","author":"Jane Doe","publisher":{"@type":"Organization","name":"The Gazette"}}'));
    expect(story).toMatchObject({ headline: 'Rain due', authors: ['Jane Doe'], publisher: 'The Gazette' });
  });

  it('finds the article inside @graph and resolves author references by @id', () => {
    const story = readJsonLd(
      ld(`{"@context":"https://schema.org","@graph":[
        {"@type":"WebSite","@id":"#site","name":"Gazette Online"},
        {"@type":["Article","NewsArticle"],"headline":"Bridge opens","author":[{"@id":"#p1"},{"@type":"Person","name":"John Roe"}]},
        {"@type":"Person","@id":"#p1","name":"Jane Doe"}]}`),
    );
    expect(story).toMatchObject({ headline: 'Bridge opens', authors: ['Jane Doe', 'John Roe'], website: 'Gazette Online' });
  });

  it('reads top-level arrays and nested mainEntity objects', () => {
    const story = readJsonLd(ld('[{"@type":"WebPage","mainEntity":{"@type":"BlogPosting","headline":"Nested","author":{"name":"A. Writer"}}}]'));
    expect(story).toMatchObject({ headline: 'Nested', authors: ['A. Writer'] });
  });

  it('survives malformed blocks and still reads the good one', () => {
    const story = readJsonLd(ld('{"@type":"NewsArticle", "headline": "Broken', '{"@type":"NewsArticle","headline":"Fine","author":{"givenName":"Jane","familyName":"Doe"},}'));
    expect(story).toMatchObject({ headline: 'Fine', authors: ['Jane Doe'] });
  });

  it('tolerates raw line breaks inside strings and decodes entities', () => {
    const story = readJsonLd(ld('{"@type":"NewsArticle","headline":"It&#8217;s\n here"}'));
    expect(story?.headline).toBe('It’s here');
  });

  it('reads the author of a WebPage node when there is no article node', () => {
    const story = readJsonLd(
      ld(`{"@graph":[{"@type":"WebPage","@id":"#page","author":{"@id":"#p1"}},{"@type":["Person"],"@id":"#p1","name":"Jane Doe"}]}`),
    );
    expect(story?.authors).toEqual(['Jane Doe']);
  });

  it('drops organisations credited as authors, also through @id references', () => {
    const story = readJsonLd(
      ld(`{"@graph":[{"@type":"NewsArticle","headline":"Rain due","author":[{"@id":"#org"},{"@type":"Organization","name":"Gazette Ltd"},{"@type":"Person","name":"Jane Doe"}]},
        {"@type":"NewsMediaOrganization","@id":"#org","name":"The Gazette"}]}`),
    );
    expect(story?.authors).toEqual(['Jane Doe']);
  });

  it('completes a first-name author from the bio that opens with the full name', () => {
    const person = (name: string, description: string) =>
      readJsonLd(ld(`{"@type":"BlogPosting","headline":"H","author":{"@type":"Person","name":"${name}","description":"${description}"}}`))?.authors;
    expect(person('Nils', 'Nils Doe ist freier Autor und Journalist.')).toEqual(['Nils Doe']);
    expect(person('Nils', 'Nils Doe - engineer and cyclist')).toEqual(['Nils Doe']);
    expect(person('Bebs', 'Bebs here! I love to cook.')).toEqual(['Bebs']);
    expect(person('Robert', 'Wizard of Goth, gentle and kind')).toEqual(['Robert']);
    expect(person('Jane Doe', 'Jane Doe Smith writes')).toEqual(['Jane Doe']);
  });
});
