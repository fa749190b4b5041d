// Every hostile fixture page through the full extraction pipeline (jsdom, no scripts run):
// the story survives, and nothing active, styled or remote-loading survives with it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractFromDocument } from '../../src/core/extract';
import { ALLOWED_ATTR, ALLOWED_TAGS } from '../../src/core/sanitize';
import type { Article } from '../../src/core/types';

const dir = join(process.cwd(), 'tests/fixtures/hostile');
const slugs = readdirSync(dir).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, ''));
const PAGE_ORIGIN = 'http://127.0.0.1:8123';
const OUR_ATTRS = new Set([...ALLOWED_ATTR, 'target', 'rel', 'loading', 'referrerpolicy']);
const TAGS = new Set(ALLOWED_TAGS.map((t) => t.toUpperCase()));
// Opening words of the six paragraphs every fixture shares.
const PARAGRAPH_STARTS = ['The county library on Ferris Street', 'Council officers said', 'Readers who had borrowed', 'The head librarian', 'A second phase', 'Opening hours are unchanged'];

function extractFixture(slug: string) {
  const html = readFileSync(join(dir, `${slug}.html`), 'utf8');
  const url = `${PAGE_ORIGIN}/hostile/${slug}`;
  const { window } = new JSDOM(html, { url });
  return { result: extractFromDocument(window.document, url), window };
}

/** Everything in sanitized story HTML that could run, load from elsewhere, style or pose as our UI. */
export function activeContentIn(article: Pick<Article, 'contentHtml'>): string[] {
  const problems: string[] = [];
  const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;
  const template = doc.createElement('template');
  template.innerHTML = article.contentHtml;
  for (const el of Array.from(template.content.querySelectorAll('*'))) {
    if (!TAGS.has(el.tagName)) problems.push(`tag <${el.tagName.toLowerCase()}>`);
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`foreign element ${el.tagName}`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (!OUR_ATTRS.has(name)) problems.push(`attribute ${name} on <${el.tagName.toLowerCase()}>`);
      if (/^on/i.test(name)) problems.push(`handler ${name}`);
      const urls = name === 'srcset' ? value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0] ?? '') : ['href', 'src', 'cite'].includes(name) ? [value] : [];
      for (const raw of urls) {
        const url = new URL(raw, PAGE_ORIGIN);
        const isStoredImage = name === 'src' && /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,/.test(raw);
        if (url.protocol !== 'http:' && url.protocol !== 'https:' && !isStoredImage) problems.push(`${url.protocol} URL in ${name}`);
        if (name !== 'href' && name !== 'cite' && url.hostname === 'evil.test') problems.push(`remote load from evil.test in ${name}`);
      }
    }
    if (el.tagName === 'A' && el.hasAttribute('href')) {
      const protocol = new URL(el.getAttribute('href')!, PAGE_ORIGIN).protocol;
      if (protocol !== 'http:' && protocol !== 'https:') problems.push(`link protocol ${protocol}`);
      if (el.getAttribute('target') !== '_blank' || el.getAttribute('rel') !== 'noopener noreferrer') problems.push('link without target=_blank rel=noopener noreferrer');
    }
  }
  return problems;
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
