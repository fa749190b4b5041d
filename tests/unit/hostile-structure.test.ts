// Strange page structures: quirks mode, <template>, shadow roots, frames. Each is read or reported clearly.
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractFromDocument, MAX_DEPTH, MAX_ELEMENTS, MAX_TEXT_CHARS } from '../../src/core/extract';
import { extract } from '../../src/node/extract';

const URL_ = 'https://news.example/2025/03/04/library';
const PARAS = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1} of the library story tells readers what the council decided about the reading room, the roof and the opening hours, in enough words to count as prose.</p>`).join('\n');
const article = (extra = '') => `<article><h1>Library reopens</h1>${PARAS}${extra}</article>`;
const doc = (html: string) => new JSDOM(html, { url: URL_ }).window.document;

describe('page structures', () => {
  test('a quirks-mode page (no doctype) is read', () => {
    const d = doc(`<html><head><title>Library reopens</title></head><body><table><tr><td>${article()}</td></tr></table></body></html>`);
    expect(d.compatMode).toBe('BackCompat');
    const result = extractFromDocument(d, URL_);
    expect(result.ok && result.article.textContent).toContain('Paragraph 6 of the library story');
  });

  test('<template> content is inert and never read into the story', () => {
    const d = doc(`<!DOCTYPE html><body>${article('<template><p>Template decoy paragraph that must never appear in the story, however long and article-like it looks to a reader.</p><img src=x onerror=alert(1)></template>')}</body>`);
    const result = extractFromDocument(d, URL_);
    if (!result.ok) throw new Error(result.message);
    expect(result.article.textContent).not.toContain('Template decoy');
    expect(result.article.contentHtml).not.toMatch(/template|onerror/i);
  });

  test('paragraphs in <head> (put there by a script, or left there by linkedom) are read as the top of the body', () => {
    const d = doc('<!DOCTYPE html><head><title>Library reopens</title></head><body><h1>Library reopens</h1></body>');
    d.head.insertAdjacentHTML('beforeend', PARAS);
    const inBrowserDom = extractFromDocument(d, URL_);
    expect(inBrowserDom.ok && inBrowserDom.article.textContent).toContain('Paragraph 6 of the library story');
    const inLinkedom = extract(`<!DOCTYPE html><html><head><title>Library reopens</title>${PARAS}</head><body><h1>Library reopens</h1></body></html>`, URL_);
    expect(inLinkedom.ok && inLinkedom.article.textContent).toContain('Paragraph 6 of the library story');
    expect(d.head.querySelectorAll('p')).toHaveLength(6); // the page itself is left as it was
  });

  test('a story beside <body> (added there by a script, or left there by linkedom after a stray <body>) is read', () => {
    const d = doc('<!DOCTYPE html><head><title>Library reopens</title></head><body></body>');
    const section = d.createElement('section');
    section.innerHTML = article();
    d.documentElement.appendChild(section);
    const inBrowserDom = extractFromDocument(d, URL_);
    expect(inBrowserDom.ok && inBrowserDom.article.textContent).toContain('Paragraph 6 of the library story');
    expect(d.documentElement.lastElementChild).toBe(section); // the page itself is left as it was
    const inLinkedom = extract(`<!DOCTYPE html><html><head><title>Library reopens</title><body></body><section>${article()}</section></head><body></body></html>`, URL_);
    expect(inLinkedom.ok && inLinkedom.article.textContent).toContain('Paragraph 6 of the library story');
  });

  test('paragraphs a script put inside <title> (never shown) are no crash: the page is judged by what it shows', () => {
    const d = doc('<!DOCTYPE html><head><title>Library reopens</title></head><body><h1>Library reopens</h1></body>');
    const title = d.querySelector('title')!;
    for (let i = 1; i <= 6; i++) title.append(Object.assign(d.createElement('p'), { textContent: `Paragraph ${i} of the library story, hidden inside the title where no reader sees it, in enough words to count as prose.` }));
    expect(extractFromDocument(d, URL_)).toMatchObject({ ok: false, reason: 'not-article' });
    expect(title.children).toHaveLength(6); // the page itself is left as it was
  });

  test('linkedom, which keeps <template> content as children, neither reads it nor fails on it', () => {
    const page = `<!DOCTYPE html><html><head><title>Library reopens</title></head><body><h1>Library reopens</h1><template>${PARAS}</template></body></html>`;
    for (const force of [false, true]) {
      const result = extract(page, URL_, { force });
      expect(result.ok ? result.article.textContent : result.reason).not.toMatch(/Paragraph|parse-failed/);
    }
  });

  test('a page whose story is only inside a <template> is reported, not invented', () => {
    const d = doc(`<!DOCTYPE html><body><template>${article()}</template></body>`);
    const result = extractFromDocument(d, URL_, { force: true });
    expect(result).toMatchObject({ ok: false, reason: 'no-content', message: expect.stringMatching(/No story text/) });
  });

  test('text inside a shadow root is not reachable from the document: reported clearly', () => {
    const d = doc('<!DOCTYPE html><body><div id="host"></div></body>');
    const shadow = d.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = article();
    expect(extractFromDocument(d, URL_)).toMatchObject({ ok: false, reason: 'not-article', message: expect.any(String) });
    expect(extractFromDocument(d, URL_, { force: true })).toMatchObject({ ok: false, reason: 'no-content' });
  });

  test('light-DOM story with a shadow-root sidebar is read from the light DOM only', () => {
    const d = doc(`<!DOCTYPE html><body>${article()}<div id="host"></div></body>`);
    d.getElementById('host')!.attachShadow({ mode: 'closed' }).innerHTML = '<p>Shadow advert text</p><img src=x onerror=alert(1)>';
    const result = extractFromDocument(d, URL_);
    expect(result.ok && result.article.textContent).not.toContain('Shadow advert');
    expect(result.ok && result.article.textContent).toContain('Paragraph 1 of the library story');
  });

  test('a frameset page says it does not look like an article, and forcing it finds no text', () => {
    const d = doc(`<!DOCTYPE html><html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="/a"><frame src="/b"></frameset></html>`);
    expect(extractFromDocument(d, URL_)).toMatchObject({ ok: false, reason: 'not-article' });
    expect(extractFromDocument(d, URL_, { force: true })).toMatchObject({ ok: false, reason: 'no-content', message: expect.stringMatching(/No story text/) });
  });

  test('a story inside an iframe (srcdoc) is not read through the frame; the outer page is reported', () => {
    const d = doc(`<!DOCTYPE html><body><iframe srcdoc="${article().replaceAll('"', '&quot;')}"></iframe></body>`);
    const result = extractFromDocument(d, URL_, { force: true });
    expect(result.ok).toBe(false);
  });

  test('a page without a body or document element is reported', () => {
    const d = doc('<!DOCTYPE html><body></body>');
    d.documentElement.remove();
    expect(extractFromDocument(d, URL_)).toMatchObject({ ok: false, reason: 'no-content' });
  });

  test('limits: one element or one character over stops at once with a message', () => {
    const many = doc(`<!DOCTYPE html><body>${article()}${'<i></i>'.repeat(MAX_ELEMENTS)}</body>`);
    expect(extractFromDocument(many, URL_)).toMatchObject({ ok: false, reason: 'too-large', message: expect.stringMatching(/too large.*elements/) });
    const long = doc(`<!DOCTYPE html><body>${article(`<p>${'x'.repeat(MAX_TEXT_CHARS)}</p>`)}</body>`);
    expect(extractFromDocument(long, URL_)).toMatchObject({ ok: false, reason: 'too-large', message: expect.stringMatching(/too large.*characters/) });
  });

  test('limits: a story a script nested past MAX_DEPTH levels stops at once with a message; one nested 100 deep is read', () => {
    // html, body and the article with its paragraphs take 4 levels of their own.
    const nestedIn = (wrappers: number) => {
      const d = doc('<!DOCTYPE html><head><title>Library reopens</title></head><body></body>');
      let holder: Element = d.body;
      for (let level = 0; level < wrappers; level++) holder = holder.appendChild(d.createElement('div'));
      holder.innerHTML = article();
      return d;
    };
    expect(extractFromDocument(nestedIn(MAX_DEPTH - 3), URL_)).toMatchObject({ ok: false, reason: 'too-large', message: expect.stringMatching(/too deeply.*600 levels/) });
    const read = extractFromDocument(nestedIn(100), URL_);
    expect(read.ok && read.article.textContent).toContain('Paragraph 6 of the library story');
  });
});
