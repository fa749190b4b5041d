import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { extractFromDocument } from './extract';
import { prepareClone } from './prepare-clone';

const PAGE = 'https://news.example/section/story';

function prepared(body: string): Document {
  const { document } = new JSDOM(`<!DOCTYPE html><html><body>${body}</body></html>`, { url: PAGE }).window;
  prepareClone(document, PAGE);
  return document;
}

const STORY = Array.from({ length: 6 }, (_, i) => `<p>Story paragraph ${i + 1} tells the reader what happened at the council meeting on Monday evening and why it matters.</p>`).join('');

describe('lazy images', () => {
  test('data-src replaces a placeholder and is made absolute', () => {
    const doc = prepared('<img src="data:image/gif;base64,R0lGOD" data-src="/img/a.jpg">');
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('https://news.example/img/a.jpg');
  });

  test('a real src is kept even when data-src is present', () => {
    const doc = prepared('<img src="/img/real.jpg" data-src="/img/other.jpg">');
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('https://news.example/img/real.jpg');
  });

  test('data-srcset becomes srcset, absolute, and its widest candidate replaces a placeholder src', () => {
    const doc = prepared('<img src="/static/placeholder.png" data-srcset="/img/b-400.jpg 400w, /img/b-1200.jpg 1200w">');
    const img = doc.querySelector('img')!;
    expect(img.getAttribute('srcset')).toBe('https://news.example/img/b-400.jpg 400w, https://news.example/img/b-1200.jpg 1200w');
    expect(img.getAttribute('src')).toBe('https://news.example/img/b-1200.jpg');
  });

  test('srcset URLs containing commas are not split', () => {
    const doc = prepared('<img src="/a.jpg" srcset="https://cdn.example/c_fill,w_400/a.jpg 400w, https://cdn.example/c_fill,w_800/a.jpg 800w">');
    expect(doc.querySelector('img')!.getAttribute('srcset')).toBe('https://cdn.example/c_fill,w_400/a.jpg 400w, https://cdn.example/c_fill,w_800/a.jpg 800w');
  });

  test('a placeholder inside <picture> takes the first source set', () => {
    const doc = prepared('<picture><source data-srcset="/img/p-1x.webp 1x, /img/p-2x.webp 2x"><img src="/static/blank.gif"></picture>');
    expect(doc.querySelector('source')!.getAttribute('srcset')).toBe('https://news.example/img/p-1x.webp 1x, https://news.example/img/p-2x.webp 2x');
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('https://news.example/img/p-2x.webp');
  });

  test('<noscript> after a placeholder gives the placeholder its picture', () => {
    const doc = prepared('<p>x</p><img class="lazy" src="/static/blank.gif" alt=""><noscript><img src="/img/n.jpg" alt="Nest box"></noscript>');
    const imgs = doc.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    expect(imgs[0]!.getAttribute('src')).toBe('https://news.example/img/n.jpg');
    expect(imgs[0]!.getAttribute('alt')).toBe('Nest box');
    expect(doc.querySelector('noscript')).toBeNull();
  });

  test('<noscript> after an image that already loads is dropped, not doubled', () => {
    const doc = prepared('<img src="/img/real.jpg"><noscript><img src="/img/real.jpg"></noscript>');
    expect(doc.querySelectorAll('img')).toHaveLength(1);
    expect(doc.querySelector('noscript')).toBeNull();
  });

  test('a lone <noscript> picture replaces it, also when its content is raw text (scripting on)', () => {
    const doc = prepared('<p>Before</p><noscript><img src="/img/alone.jpg"></noscript>');
    expect(doc.querySelector('noscript')).toBeNull();
    expect(doc.querySelector('img')!.getAttribute('src')).toBe('https://news.example/img/alone.jpg');

    const { document } = new JSDOM(`<!DOCTYPE html><html><body><p>Before</p><noscript></noscript></body></html>`).window;
    document.querySelector('noscript')!.textContent = '<img src="/img/raw.jpg" alt="">';
    prepareClone(document, PAGE);
    expect(document.querySelector('noscript')).toBeNull();
    expect(document.querySelector('img')!.getAttribute('src')).toBe('https://news.example/img/raw.jpg');
  });

  test('<noscript> holding more than a picture is left alone', () => {
    const doc = prepared('<noscript><p>Please enable JavaScript</p><img src="/pixel.png"></noscript>');
    expect(doc.querySelector('noscript')).not.toBeNull();
  });
});

describe('page furniture', () => {
  test('share bars, newsletter boxes and related rails inside the article go; the story stays', () => {
    const doc = prepared(`<article><div class="share-tools"><a href="#">Share</a></div>${STORY}<div class="newsletter-box"><p>Get the news in your inbox every morning.</p></div><div class="related-stories"><ul><li><a href="/x">Another story</a></li></ul></div></article>`);
    expect(doc.body.textContent).not.toContain('Share');
    expect(doc.body.textContent).not.toContain('inbox');
    expect(doc.body.textContent).not.toContain('Another story');
    expect(doc.querySelectorAll('p')).toHaveLength(6);
  });

  test('a wrapper whose class says "tags", "print" or "comments" is kept when it holds the story', () => {
    for (const cls of ['post tags-enabled', 'print-friendly', 'has-comments']) {
      const doc = prepared(`<div class="${cls}">${STORY}</div><div class="comments"><p>First!</p></div>`);
      expect(doc.querySelectorAll('p'), cls).toHaveLength(6);
      expect(doc.body.textContent).not.toContain('First!');
    }
  });

  test('nav, aside and footer go unless they hold the story; links in menus do not count as story text', () => {
    const doc = prepared(`<nav><ul><li><a href="/a">Home</a></li><li><a href="/b">World news and more</a></li></ul></nav><div><ul><li>The reading room closes at noon on the twenty-fourth.</li><li>Book returns can be left by the side door.</li></ul></div><footer><p>Town Library.</p></footer>`);
    expect(doc.body.textContent).not.toContain('Home');
    expect(doc.body.textContent).not.toContain('Town Library');
    expect(doc.body.textContent).toContain('reading room');
  });

  test('hover cards and pop-ups hidden by style sheets go; a pop-up holding a picture stays', () => {
    const doc = prepared(`${STORY}<p>Rep. <span class="rollover-people"><a href="/p">Jane Doe</a><span class="rollover-people-block">Jane Doe latest: Other headline</span></span> spoke.</p><div class="modal-gallery"><img src="/img/g.jpg"></div>`);
    expect(doc.body.textContent).not.toContain('Other headline');
    expect(doc.body.textContent).toContain('Rep. Jane Doe spoke.');
    expect(doc.querySelector('img')).not.toBeNull();
  });

  test('works in linkedom clones, whose elements do not report isConnected', () => {
    const { document } = parseHTML(`<html><body><article>${STORY}<div class="share-bar"><a>Share</a></div><aside><p>Promo</p></aside></article></body></html>`);
    const clone = document.cloneNode(true) as unknown as Document;
    prepareClone(clone, PAGE);
    expect(clone.body.textContent).not.toContain('Share');
    expect(clone.body.textContent).not.toContain('Promo');
  });
});

describe('captions', () => {
  test('caption and credit elements become <figcaption>', () => {
    const doc = prepared(`${STORY}<div><img src="/a.jpg"><span class="newsCaption">A row of cars <span class="caption">(Image: Agency)</span></span></div><p class="photo-credit">Photo: Jane Doe</p>`);
    const captions = Array.from(doc.querySelectorAll('figcaption')).map((c) => c.textContent);
    expect(captions).toEqual(['A row of cars (Image: Agency)', 'Photo: Jane Doe']);
  });

  test('long blocks or wrappers with pictures are not turned into captions', () => {
    const doc = prepared(`<div class="wp-caption"><img src="/a.jpg"><p class="wp-caption-text">Short caption</p></div><div class="caption-story">${STORY}</div>`);
    expect(doc.querySelectorAll('figcaption')).toHaveLength(1);
    expect(doc.querySelector('figcaption')!.textContent).toBe('Short caption');
    expect(doc.querySelectorAll('p')).toHaveLength(6);
  });
});

describe('on fixture pages', () => {
  const fixture = (slug: string) => {
    const dir = join(process.cwd(), 'tests/fixtures/pages', slug);
    const expected = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as { url: string };
    const { document } = new JSDOM(readFileSync(join(dir, 'source.html'), 'utf8'), { url: expected.url }).window;
    const result = extractFromDocument(document, expected.url);
    if (!result.ok) throw new Error(result.message);
    return result.article;
  };

  test('lazy images end up with real, absolute addresses in the saved HTML', () => {
    const article = fixture('body-lazy-images');
    const { document } = new JSDOM(`<body>${article.contentHtml}</body>`).window;
    const srcs = Array.from(document.querySelectorAll('img')).map((img) => img.getAttribute('src'));
    expect(srcs).toEqual([
      'https://riverside.example/media/swifts/arch-wide.jpg',
      'https://riverside.example/media/swifts/towpath-1600.jpg',
      'https://riverside.example/media/swifts/nest-box.jpg',
      'https://cdn.riverside.example/media/swifts/volunteers.jpg',
    ]);
    expect(article.contentHtml).toContain('https://riverside.example/media/swifts/towpath-800.webp 800w');
  });

  test('figure captions stay in the HTML and out of the text', () => {
    const article = fixture('body-figure-captions');
    for (const caption of ['hangs from eight steel cables', 'Photo: Hanna Berg', 'cleans one of the vertebrae', 'checks the jaw']) {
      expect(article.contentHtml).toContain(caption);
      expect(article.textContent).not.toContain(caption);
    }
  });
});
