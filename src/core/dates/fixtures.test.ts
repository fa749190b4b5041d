import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findPublicationDate } from './index';

// Fixed "now" so the fixtures' dates (2023–2024) never become stale or future.
const NOW = new Date('2025-06-01T12:00:00Z');
const root = join(process.cwd(), 'tests/fixtures/pages');
const dirs = existsSync(root) ? readdirSync(root).filter((d) => d.startsWith('date-')) : [];

interface Expected {
  url: string;
  published: string | null;
  publishedSource: string | null;
  modified?: string | null;
}

describe('publication date fixtures', () => {
  it('has fixture pages', () => {
    expect(dirs.length).toBeGreaterThan(10);
  });

  for (const dir of dirs) {
    it(dir, () => {
      const html = readFileSync(join(root, dir, 'source.html'), 'utf8');
      const expected = JSON.parse(readFileSync(join(root, dir, 'expected-metadata.json'), 'utf8')) as Expected;
      const { document } = new JSDOM(html, { url: expected.url }).window;
      const before = document.documentElement.outerHTML;
      const result = findPublicationDate(document, expected.url, NOW);
      expect(result.published).toBe(expected.published);
      expect(result.source).toBe(expected.publishedSource);
      if (expected.modified !== undefined) expect(result.modified).toBe(expected.modified);
      expect(document.documentElement.outerHTML).toBe(before);
    });
  }
});
