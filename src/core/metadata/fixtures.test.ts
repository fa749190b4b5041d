import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findStoryMetadata } from './index';

interface Expected { url: string; title: string; byline: string | null; siteName: string | null }

const root = join(process.cwd(), 'tests', 'fixtures', 'pages');
const slugs = existsSync(root) ? readdirSync(root).filter((d) => d.startsWith('meta-')).sort() : [];

describe('metadata fixtures', () => {
  it('has fixtures to check', () => {
    expect(slugs.length).toBeGreaterThan(0);
  });

  it.each(slugs)('%s', (slug) => {
    const html = readFileSync(join(root, slug, 'source.html'), 'utf8');
    const expected = JSON.parse(readFileSync(join(root, slug, 'expected-metadata.json'), 'utf8')) as Expected;
    const doc = new JSDOM(html, { url: expected.url }).window.document;
    const before = doc.documentElement.outerHTML;
    const hints = new Readability(doc.cloneNode(true) as Document).parse() ?? {};
    const got = findStoryMetadata(doc, expected.url, hints);
    expect(got).toEqual({ title: expected.title, byline: expected.byline, siteName: expected.siteName });
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
