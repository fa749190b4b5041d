import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { densestBlock } from './densest-block';

const PAGE = `<!DOCTYPE html><html><body>
  <nav><p>Home News Sport Weather and a lot of other menu words to make it long</p></nav>
  <div id="teaser"><p>Short teaser.</p></div>
  <div id="story">
    <p>The first paragraph of the story is long enough to matter for the count.</p>
    <p>The second paragraph of the story adds more words to the densest block.</p>
    <img class="lazy" src="/blank.gif" data-src="/img/story.jpg">
  </div>
  <footer><p>Copyright notice with many words that should never be chosen as the story.</p></footer>
</body></html>`;

describe('densestBlock', () => {
  test('picks the element whose own paragraphs hold the most text, and resolves its images', () => {
    const { document } = new JSDOM(PAGE, { url: 'https://news.example/a/b' }).window;
    const html = densestBlock(document, 'https://news.example/a/b')!;
    expect(html).toContain('The first paragraph');
    expect(html).toContain('The second paragraph');
    expect(html).not.toContain('Short teaser');
    expect(html).not.toContain('Copyright notice');
    expect(html).toContain('src="https://news.example/img/story.jpg"');
  });

  test('without a web address it still finds the block; a page of bare text becomes one paragraph', () => {
    const { document } = new JSDOM(PAGE).window;
    expect(densestBlock(document)).toContain('The first paragraph');
    const bare = new JSDOM('<body>Just a line &amp; more</body>').window.document;
    expect(densestBlock(bare)).toBe('<p>Just a line &amp; more</p>');
    expect(densestBlock(new JSDOM('<body> </body>').window.document)).toBeNull();
  });
});

describe('extraction falls back to the densest block', () => {
  afterEach(() => {
    vi.doUnmock('@mozilla/readability');
    vi.resetModules();
  });

  test('when Readability finds nothing: with force the densest block, without it no content', async () => {
    vi.resetModules();
    vi.doMock('@mozilla/readability', async (importOriginal) => {
      const real = await importOriginal<typeof import('@mozilla/readability')>();
      return { ...real, Readability: class { parse() { return null; } } };
    });
    const { extractFromDocument } = await import('./extract');
    const { document } = new JSDOM(PAGE, { url: 'https://news.example/a/b' }).window;
    const forced = extractFromDocument(document, 'https://news.example/a/b', { force: true });
    if (!forced.ok) throw new Error(forced.message);
    expect(forced.article.textContent).toBe(
      'The first paragraph of the story is long enough to matter for the count.\n\nThe second paragraph of the story adds more words to the densest block.',
    );
    expect(forced.article.contentHtml).toContain('https://news.example/img/story.jpg');
    const unforced = extractFromDocument(document, 'https://news.example/a/b');
    expect(unforced.ok).toBe(false);
  });
});
