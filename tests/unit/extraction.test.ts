import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractFromDocument } from '../../src/core/extract';
import { extract as extractWithLinkedom } from '../../src/node/extract';
import type { Article } from '../../src/core/types';

const pagesDir = join(process.cwd(), 'tests/fixtures/pages');
const ARTICLE_FIELDS = ['title', 'byline', 'siteName', 'published', 'publishedSource', 'lang', 'dir'] as const;

interface Expected extends Partial<Pick<Article, (typeof ARTICLE_FIELDS)[number]>> {
  url: string;
  paragraphs?: number;
  firstParagraphStartsWith?: string;
  lastParagraphStartsWith?: string;
  mustNotContain?: string[];
  /** Image addresses the saved HTML must keep. */
  pictures?: string[];
}

const fixtures = readdirSync(pagesDir).filter((slug) => existsSync(join(pagesDir, slug, 'expected-metadata.json')));

describe('full extraction on every fixture page', () => {
  test.each(fixtures)('%s', (slug) => {
    const html = readFileSync(join(pagesDir, slug, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(pagesDir, slug, 'expected-metadata.json'), 'utf8')) as Expected;
    const { document } = new JSDOM(html, { url: expected.url }).window;
    const result = extractFromDocument(document, expected.url, { force: true });
    if (!result.ok) throw new Error(`${slug}: ${result.message}`);
    const { article } = result;
    for (const field of ARTICLE_FIELDS) {
      if (field in expected) expect(article[field], field).toEqual(expected[field]);
    }
    const paragraphs = article.textContent.split('\n\n');
    if (expected.paragraphs !== undefined) expect(paragraphs).toHaveLength(expected.paragraphs);
    if (expected.firstParagraphStartsWith) expect(paragraphs[0]).toMatch(new RegExp(`^${escape(expected.firstParagraphStartsWith)}`));
    if (expected.lastParagraphStartsWith) expect(paragraphs.at(-1)).toMatch(new RegExp(`^${escape(expected.lastParagraphStartsWith)}`));
    for (const text of expected.mustNotContain ?? []) {
      expect(article.textContent).not.toContain(text);
      expect(article.contentHtml).not.toContain(text);
    }
    for (const src of expected.pictures ?? []) expect(article.contentHtml).toContain(`src="${src}"`);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the article check', () => {
  const read = (slug: string) => {
    const html = readFileSync(join(pagesDir, slug, 'source.html'), 'utf8');
    const { url } = JSON.parse(readFileSync(join(pagesDir, slug, 'expected-metadata.json'), 'utf8')) as Expected;
    return extractFromDocument(new JSDOM(html, { url }).window.document, url);
  };

  test('a short news item that declares itself an article is read without force', () => {
    expect(read('short-news-item')).toMatchObject({ ok: true, article: { title: 'Ferry service resumes after storm' } });
  });

  test('a short story that declares nothing but is named after its one h1 is read without force', () => {
    expect(read('short-undeclared-story')).toMatchObject({ ok: true, article: { title: 'Harbour tram to run late on festival nights' } });
  });

  test('stray markup before <html> does not hide the page from the Node entry (linkedom)', () => {
    const html = readFileSync(join(pagesDir, 'stray-markup-before-html', 'source.html'), 'utf8');
    const { url } = JSON.parse(readFileSync(join(pagesDir, 'stray-markup-before-html', 'expected-metadata.json'), 'utf8')) as Expected;
    const result = extractWithLinkedom(html, url);
    expect(result).toMatchObject({ ok: true, article: { title: 'Library reading room reopens with longer hours', byline: 'Mara Lindqvist' } });
    // The same story a browser-grade parser (jsdom) gives.
    const parsedLikeABrowser = extractFromDocument(new JSDOM(html, { url }).window.document, url);
    expect(result.ok && parsedLikeABrowser.ok && result.article.textContent).toBe(parsedLikeABrowser.ok && parsedLikeABrowser.article.textContent);
  });

  test('a short undeclared story is read when a logo h1 without text stands beside its headline h1', () => {
    expect(read('short-story-logo-h1')).toMatchObject({ ok: true, article: { title: 'Rowing club paints its boathouse before the regatta' } });
  });

  test('a section front is not an article', () => {
    expect(read('not-an-article')).toMatchObject({ ok: false, reason: 'not-article' });
  });

  test('a listing page with a JSON-LD WebPage and a logo h1 is not an article', () => {
    expect(read('listing-with-webpage-jsonld')).toMatchObject({ ok: false, reason: 'not-article' });
  });
});

describe('the steps of a read, told to a benchmark', () => {
  const readTelling = (slug: string) => {
    const html = readFileSync(join(pagesDir, slug, 'source.html'), 'utf8');
    const { url } = JSON.parse(readFileSync(join(pagesDir, slug, 'expected-metadata.json'), 'utf8')) as Expected;
    const stages: string[] = [];
    const result = extractFromDocument(new JSDOM(html, { url }).window.document, url, { onStage: (stage) => stages.push(stage) });
    const unheard = extractFromDocument(new JSDOM(html, { url }).window.document, url);
    return { result, stages, unheard };
  };

  test('a story tells every step once, in order, and reads the same as without listening', () => {
    const { result, stages, unheard } = readTelling('short-news-item');
    expect(stages).toEqual(['checks', 'readability', 'metadata', 'dates', 'tidy', 'sanitize', 'finish']);
    expect(result).toEqual(unheard);
    expect(result).toMatchObject({ ok: true, article: { title: 'Ferry service resumes after storm' } });
  });

  test('a read that stops early tells only the steps it finished', () => {
    const { result, stages } = readTelling('not-an-article');
    expect(result).toMatchObject({ ok: false, reason: 'not-article' });
    expect(stages).toEqual(['checks']);
  });
});
