// Every hostile fixture page through the full extraction pipeline (jsdom, no scripts run):
// the story survives, and nothing active, styled or remote-loading survives with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractFromDocument } from '../../src/core/extract';
import { activeContentIn, PAGE_ORIGIN } from './active-content';

const dir = join(process.cwd(), 'tests/fixtures/hostile');
const slugs = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));
// Opening words of the six paragraphs every fixture shares.
const PARAGRAPH_STARTS = ['The county library on Ferris Street', 'Council officers said', 'Readers who had borrowed', 'The head librarian', 'A second phase', 'Opening hours are unchanged'];

function extractFixture(slug: string) {
  const html = readFileSync(join(dir, `${slug}.html`), 'utf8');
  const url = `${PAGE_ORIGIN}/hostile/${slug}`;
  const { window } = new JSDOM(html, { url });
  return { result: extractFromDocument(window.document, url), window };
}

describe.each(slugs)('hostile page %s', (slug) => {
  test('is read in full, with nothing active left in the story', () => {
    const { result } = extractFixture(slug);
    if (!result.ok) throw new Error(`${slug}: ${result.reason}: ${result.message}`);
    const { article } = result;
    for (const start of PARAGRAPH_STARTS) expect(article.textContent, start).toContain(start);
    expect(article.textContent).toContain(`Reference note ${slug}`);
    expect(activeContentIn(article)).toEqual([]);
    expect(article.contentHtml).not.toMatch(/<script|<iframe|<object|<embed|<svg|<math|<style|<form|<input|<button|<base|<meta|<link|\sstyle=/i);
  });

  test('metadata is plain, validated text', () => {
    const { result } = extractFixture(slug);
    if (!result.ok) return; // reported by the test above
    const { article } = result;
    expect(article.lang === null || /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(article.lang)).toBe(true);
    expect([null, 'ltr', 'rtl']).toContain(article.dir);
    expect(new URL(article.canonicalUrl).protocol).toMatch(/^https?:$/);
    expect(new URL(article.url).protocol).toMatch(/^https?:$/);
    expect(article.published === null || /^\d{4}-\d{2}-\d{2}/.test(article.published)).toBe(true);
  });

  test('leaves the page document exactly as it was', () => {
    const html = readFileSync(join(dir, `${slug}.html`), 'utf8');
    const url = `${PAGE_ORIGIN}/hostile/${slug}`;
    const { window } = new JSDOM(html, { url });
    const before = window.document.documentElement.outerHTML;
    extractFromDocument(window.document, url);
    expect(window.document.documentElement.outerHTML).toBe(before);
  });
});

test('the corpus covers every attack family', () => {
  expect(slugs.length).toBeGreaterThanOrEqual(18);
});
