import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { cloneStoryPart, findStoryRoot, leadPicture } from './story-root';

const PAGE = 'https://news.example/section/story';

const paragraphs = (n: number, topic = 'the council meeting') =>
  Array.from({ length: n }, (_, i) => `<p>Paragraph ${i + 1} tells the reader what happened at ${topic} on Monday evening and why it matters.</p>`).join('');

const NEWS_PAGE = `<!DOCTYPE html><html lang="en-GB"><head><title>Council votes | Daily Example</title>
<meta property="og:title" content="Council votes"><base href="https://news.example/">
<link rel="stylesheet" href="/site.css"><style>body { color: red }</style><script src="/app.js"></script></head><body>
<header class="site"><nav><a href="/">Home</a><a href="/news">News</a></nav></header>
<main><article id="story">
  <h1>Council votes to reopen the river bridge</h1>
  <figure><img src="/lead.jpg" alt=""><figcaption>The bridge at dusk.</figcaption></figure>
  <div class="story-text">${paragraphs(8)}</div>
</article>
<aside class="rail"><p>Another story teaser that is long enough to look like a paragraph of text.</p></aside></main>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Council votes"}</script>
<footer><p>Daily Example is published by Example Media Group, all rights reserved worldwide.</p></footer>
</body></html>`;

function jsdomPage(html: string): Document {
  return new JSDOM(html, { url: PAGE }).window.document;
}

describe('findStoryRoot', () => {
  test('is the part holding the story text and its headline, without menus, rails and footer', () => {
    const doc = jsdomPage(NEWS_PAGE);
    const part = findStoryRoot(doc);
    expect(part?.element.id).toBe('story');
    expect(part?.paragraphChars).toBe((doc.querySelector('.story-text')!.textContent ?? '').length);
  });

  test('is the text block itself when the page has no headline', () => {
    const doc = jsdomPage(NEWS_PAGE.replace(/<h1>.*?<\/h1>/, ''));
    expect(findStoryRoot(doc)?.element.className).toBe('story-text');
  });

  test('does not widen to the whole page for a logo h1 in the site header', () => {
    const doc = jsdomPage(NEWS_PAGE.replace('<header class="site">', '<header class="site"><h1>Daily Example</h1>').replace(/<h1>Council.*?<\/h1>/, '<h2>Council votes</h2>'));
    expect(findStoryRoot(doc)?.element.className).toBe('story-text');
  });

  test("skips a logo h1 in the site header for the story's own h1", () => {
    const doc = jsdomPage(NEWS_PAGE.replace('<header class="site">', '<header class="site"><h1>Daily Example</h1>'));
    expect(findStoryRoot(doc)?.element.id).toBe('story');
  });

  test('is null when no part holds most of the text (a section front of teasers)', () => {
    const teasers = Array.from({ length: 6 }, (_, i) => `<div class="teaser">${paragraphs(1, `story ${i}`)}</div>`).join('');
    expect(findStoryRoot(jsdomPage(`<html><body><h1>News</h1>${teasers}</body></html>`))).toBeNull();
  });

  test('is null for a page with little paragraph text', () => {
    expect(findStoryRoot(jsdomPage(`<html><body><main><div>${paragraphs(2)}</div></main></body></html>`))).toBeNull();
  });

  test('is null when the text sits directly in the body', () => {
    expect(findStoryRoot(jsdomPage(`<html><body><h1>Title</h1>${paragraphs(8)}</body></html>`))).toBeNull();
  });
});

describe('cloneStoryPart', () => {
  for (const [name, parse] of [
    ['jsdom', jsdomPage],
    ['linkedom', (html: string) => parseHTML(html).document as unknown as Document],
  ] as const) {
    test(`keeps the head, the page language, the JSON-LD and the story part alone (${name})`, () => {
      const doc = parse(NEWS_PAGE);
      const before = doc.documentElement.outerHTML;
      const copy = cloneStoryPart(doc, findStoryRoot(doc)!.element);
      expect(copy).not.toBe(doc);
      expect(copy.documentElement.getAttribute('lang')).toBe('en-GB');
      expect(copy.querySelector('head title')?.textContent).toBe('Council votes | Daily Example');
      expect(copy.querySelector('head script[type="application/ld+json"]')?.textContent).toContain('NewsArticle');
      expect(copy.querySelector('head base')?.getAttribute('href')).toBe('https://news.example/');
      expect(copy.querySelector('head meta[property="og:title"]')).not.toBeNull();
      // Nothing Readability does not read: no style sheets, no scripts.
      expect(copy.querySelectorAll('link, style, script:not([type="application/ld+json"])')).toHaveLength(0);
      // The part keeps its place under its ancestors, which keep nothing else.
      expect(copy.body.children).toHaveLength(1);
      expect(copy.body.firstElementChild?.tagName).toBe('MAIN');
      expect(copy.body.firstElementChild?.children).toHaveLength(1);
      expect(copy.querySelector('body > main > article#story')).not.toBeNull();
      expect(copy.querySelector('nav, aside, footer, header')).toBeNull();
      expect(copy.body.querySelectorAll('p')).toHaveLength(8);
      expect(copy.getElementById('story')?.ownerDocument).toBe(copy);
      expect(doc.documentElement.outerHTML).toBe(before);
    });

    test(`leaves out of the part what no reader reads as text, but not its JSON-LD (${name})`, () => {
      const doc = parse(NEWS_PAGE.replace(
        '<div class="story-text">',
        `<div class="story-text"><button>Share</button><svg><title>Share icon</title><path d="M0 0"/></svg>
        <script>track('story')</script><script type="application/ld+json">{"@type":"ImageObject"}</script>
        <form><input name="q"><select><option>Sort</option></select><textarea>Reply</textarea></form>
        <template><p>A comment template that is never shown to a reader on the page at all.</p></template>
        <iframe src="https://ads.example/"></iframe><style>p { margin: 0 }</style>`,
      ));
      const before = doc.documentElement.outerHTML;
      const copy = cloneStoryPart(doc, findStoryRoot(doc)!.element);
      const story = copy.querySelector('.story-text')!;
      expect(story.querySelectorAll('button, svg, input, select, textarea, template, iframe, style, script:not([type="application/ld+json"])')).toHaveLength(0);
      expect(story.querySelector('script[type="application/ld+json"]')?.textContent).toContain('ImageObject');
      expect(story.querySelector('form')).not.toBeNull(); // some sites wrap the whole page in a form
      expect(story.querySelectorAll('p')).toHaveLength(8);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }
});

describe('leadPicture', () => {
  test('is the figure between the headline and the text', () => {
    const doc = jsdomPage(NEWS_PAGE);
    expect(leadPicture(findStoryRoot(doc)!)?.tagName).toBe('FIGURE');
  });

  test('passes over an author photo and a small icon for the story picture after them', () => {
    const doc = jsdomPage(
      NEWS_PAGE.replace(
        '<figure>',
        '<div class="author-card"><img src="/people/jo.jpg" alt="Jo"></div><img src="/icons/clock.png" width="24" height="24"><figure>',
      ),
    );
    const lead = leadPicture(findStoryRoot(doc)!);
    expect(lead?.tagName).toBe('FIGURE');
    expect(lead?.querySelector('img')?.getAttribute('src')).toBe('/lead.jpg');
  });

  test('is null when the only picture comes after the text, or the part has no headline', () => {
    const after = jsdomPage(NEWS_PAGE.replace(/<figure>.*?<\/figure>/s, '').replace('</article>', '<figure><img src="/end.jpg"></figure></article>'));
    expect(leadPicture(findStoryRoot(after)!)).toBeNull();
    const noHeadline = jsdomPage(NEWS_PAGE.replace(/<h1>.*?<\/h1>/, ''));
    expect(leadPicture(findStoryRoot(noHeadline)!)).toBeNull();
  });
});
