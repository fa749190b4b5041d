import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { findStoryMetadata } from './index';
import { page } from './test-helpers';

const URL = 'https://www.news.example/2024/06/19/story';

describe('findStoryMetadata', () => {
  it('reads the seed page: headline, no byline (the dateline is not one), site from the title suffix', () => {
    const html = readFileSync(resolve(process.cwd(), '../shared/seed/seed-news-page.html'), 'utf8');
    const doc = page(html);
    const hints = new Readability(doc.cloneNode(true) as Document).parse();
    expect(hints?.byline).toMatch(/2024/); // the trap this module exists for
    expect(findStoryMetadata(doc, URL, hints ?? {})).toEqual({
      title: 'Putin arrives in Pyongyang for meeting with Kim and red carpet welcome',
      byline: null,
      siteName: 'The Daily Meridian',
    });
  });

  it('never mutates the document', () => {
    const doc = page(
      '<title>Rain due | Gazette</title><script type="application/ld+json">{"@type":"NewsArticle","author":"Jane Doe"}</script>' +
        '<article><h1><span class="kicker">Weather</span>Rain due</h1><p class="byline">By Jane Doe, June 19, 2024</p></article>',
    );
    const before = doc.documentElement.outerHTML;
    findStoryMetadata(doc, URL, { title: 'Rain due', byline: 'June 19, 2024' });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('reads the <title> element when the DOM finds no title in the first <head>', () => {
    const doc = page('<title>Rain due all week | Gazette</title><p>Text</p>');
    // What a DOM that looks for the title only in the first <head> reports when stray output preceded it.
    Object.defineProperty(doc, 'title', { value: '' });
    expect(findStoryMetadata(doc, URL, {}).title).toBe('Rain due all week | Gazette');
  });

  it('weighs a Readability title cut from the <title> as no more than the <title>', () => {
    const doc = page(
      '<title>Gazette » Blog archive » Rain due all week</title>' +
        '<div id="head"><h1><a href="https://archive.example/web/2014/http://gazette.example/">Gazette</a></h1></div>' +
        '<div id="content"><h2>Rain due all week</h2><p>Text</p></div>',
    );
    expect(findStoryMetadata(doc, URL, { title: 'Gazette » Blog archive' }).title).toBe('Rain due all week');
  });

  it('returns the headline in composed form (NFC)', () => {
    const decomposed = 'Cafe\u0301 am Hafen o\u0308ffnet wieder';
    const doc = page(`<title>${decomposed}</title><h1>${decomposed}</h1>`);
    expect(findStoryMetadata(doc, URL, {}).title).toBe('Café am Hafen öffnet wieder');
  });

  it('counts a Readability title that copies og:title once, not twice', () => {
    const doc = page(
      '<meta property="og:title" content="Tram line to be extended"><meta name="twitter:title" content="Tram line to be extended">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council votes for the harbour tram"}</script>' +
        '<article><h1>Council votes for the harbour tram</h1></article>',
    );
    expect(findStoryMetadata(doc, URL, { title: 'Tram line to be extended' }).title).toBe('Council votes for the harbour tram');
  });

  it('replaces a date byline from Readability with a real author', () => {
    const doc = page('<meta name="author" content="Jane Doe"><h1>Rain due</h1>');
    expect(findStoryMetadata(doc, URL, { byline: 'Wednesday, June 19, 2024' }).byline).toBe('Jane Doe');
  });

  it('drops a byline that is the site name', () => {
    const doc = page('<meta property="og:site_name" content="The Gazette"><h1>Rain due</h1>');
    expect(findStoryMetadata(doc, URL, { byline: 'The Gazette' }).byline).toBeNull();
  });

  it('takes the headline from og:title when that is all there is', () => {
    const doc = page('<meta property="og:title" content="Only in og:title">');
    expect(findStoryMetadata(doc, URL, {}).title).toBe('Only in og:title');
  });

  it('falls back to document.title, then to the host', () => {
    expect(findStoryMetadata(page('<title>Just a title</title>'), URL, {}).title).toBe('Just a title');
    const bare = findStoryMetadata(page('<p>nothing</p>'), URL, {});
    expect(bare.title).toBe('news.example');
    expect(bare.siteName).toBe('news.example');
  });

  it('prefers og:site_name over JSON-LD publisher and the title', () => {
    const doc = page(
      '<title>Rain due | Title Site</title><meta property="og:site_name" content="OG Site">' +
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rain due","publisher":{"name":"LD Site"}}</script>',
    );
    expect(findStoryMetadata(doc, URL, {}).siteName).toBe('OG Site');
  });

  it('strips a known site name from og:title', () => {
    const doc = page('<meta property="og:site_name" content="The Gazette"><meta property="og:title" content="The Gazette - Rain due">');
    expect(findStoryMetadata(doc, URL, {}).title).toBe('Rain due');
  });
});
