import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { sanitizeDetached, sanitizeHtml, sanitizeInPlace, sanitizeToFragment } from './sanitize';

const clean = (html: string) => sanitizeHtml(html);
/** The HTML of the nodes sanitizeToFragment gives for showing. */
const shownHtml = (html: string) => {
  const shown = document.createElement('div');
  shown.appendChild(sanitizeToFragment(html, document));
  return shown.innerHTML;
};

describe('sanitizeHtml', () => {
  test.each([
    ['<p>a<script>alert(1)</script></p>', '<p>a</p>'],
    ['<img src="https://x.example/a.png" onerror="alert(1)">', '<img src="https://x.example/a.png" loading="lazy" referrerpolicy="no-referrer">'],
    ['<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a>x</a>'],
    ['<iframe src="https://evil.example"></iframe><p>ok</p>', '<p>ok</p>'],
    ['<p style="background:url(https://t.example/px)">s</p>', '<p>s</p>'],
    ['<form action="https://evil.example"><input name=q></form>', ''],
    ['<svg><script>alert(1)</script></svg>', ''],
  ])('%s', (input, output) => {
    expect(clean(input)).toBe(output);
  });

  test('links open in a new tab without opener or referrer', () => {
    expect(clean('<a href="https://news.example/more">more</a>')).toBe(
      '<a href="https://news.example/more" target="_blank" rel="noopener noreferrer">more</a>',
    );
  });

  test('keeps article structure, figures and captions', () => {
    const html = '<figure><img src="https://i.example/a.jpg" alt="A"><figcaption>Caption</figcaption></figure><h2>Sub</h2><blockquote><p>q</p></blockquote>';
    expect(clean(html)).toContain('<figcaption>Caption</figcaption>');
    expect(clean(html)).toContain('<h2>Sub</h2>');
  });

  test('images may be stored data images, never other data URLs', () => {
    expect(clean('<img src="data:image/png;base64,AAAA">')).toContain('src="data:image/png;base64,AAAA"');
    expect(clean('<img src="data:image/svg+xml;base64,AAAA">')).not.toContain('src=');
    expect(clean('<img srcset="javascript:alert(1) 1x">')).not.toContain('srcset');
  });

  test('is idempotent, so sanitizing again at render changes nothing', () => {
    const once = clean('<p>a <a href="https://x.example">b</a> <img src="https://x.example/i.png"></p>');
    expect(clean(once)).toBe(once);
  });
});

test('a story wrapped in a customized built-in element (is="…") keeps its text when stored and when shown', () => {
  const dirty = '<div is="theme-block"><p>Story text inside a theme block.</p><p is="x-para">More.</p></div><p>After.</p>';
  const stored = sanitizeHtml(dirty);
  expect(stored).toBe('<div><p>Story text inside a theme block.</p><p>More.</p></div><p>After.</p>');
  // Showing returns nodes, where DOMPurify would drop such an element with all its text.
  expect(shownHtml(stored)).toBe(stored);
  const doc = document.implementation.createHTMLDocument('');
  const body = doc.createElement('div');
  body.innerHTML = dirty;
  expect(sanitizeInPlace(body, window)).toBe(true);
  expect(body.innerHTML).toBe(stored);
  expect(sanitizeDetached(dirty, window).innerHTML).toBe(stored);
});

test('a customized built-in whose name the DOM cannot make gives way to its children, in every mode', () => {
  // The parser names this element "text<p"; createElement refuses that name.
  const dirty = '<text<p is="">Kept text.</text<p><p>After.</p>';
  const stored = sanitizeHtml(dirty);
  expect(stored).toBe('Kept text.<p>After.</p>');
  expect(shownHtml(dirty)).toBe(stored);
  expect(sanitizeDetached(dirty, window).innerHTML).toBe(stored);
});

test('markup DOMPurify has no body or no root for still gives a result, never an exception', () => {
  // <frameset> leaves no body to return nodes from: an empty story, as the stored string is.
  expect(sanitizeHtml('<frameset>text')).toBe('');
  expect(sanitizeToFragment('<frameset>text', document).childNodes.length).toBe(0);
  // Text that reads like markup, beside a comment and with no element, is a root DOMPurify will not clean
  // where it stands; the text is kept as text.
  expect(sanitizeDetached('&lt;script&gt;<!--', window).innerHTML).toBe('&lt;script&gt;');
});

test('a script address in srcset is refused even when split by a tab or a newline', () => {
  expect(sanitizeHtml('<img src="https://i.example/a.png" srcset="java\tscript:alert(1) 2x">')).not.toContain('srcset');
  expect(sanitizeHtml('<img src="https://i.example/a.png" srcset="https://i.example/b.png 2x, java\nscript:x 3x">')).not.toContain('srcset');
  expect(sanitizeHtml('<img src="https://i.example/a.png" srcset="https://i.example/b.png 2x">')).toContain('srcset="https://i.example/b.png 2x"');
});

describe('sanitizeInPlace', () => {
  test('cleans an element where it stands, as sanitizeHtml would', () => {
    const doc = document.implementation.createHTMLDocument('');
    const div = doc.createElement('div');
    div.innerHTML = '<p onclick="x()">a<script>x()</script><a href="javascript:x()">l</a><img src="https://i.example/a.png" onerror="x()"></p>';
    expect(sanitizeInPlace(div, window)).toBe(true);
    expect(div.innerHTML).toBe(sanitizeHtml('<p onclick="x()">a<script>x()</script><a href="javascript:x()">l</a><img src="https://i.example/a.png" onerror="x()"></p>'));
  });

  test('declines, untouched, a root it may not keep or an element of another DOM', () => {
    const doc = document.implementation.createHTMLDocument('');
    doc.body.innerHTML = '<p>kept</p>';
    expect(sanitizeInPlace(doc.body, window)).toBe(false);
    expect(doc.body.innerHTML).toBe('<p>kept</p>');
    expect(sanitizeInPlace(doc.createElement('div'), null)).toBe(false);
  });
});

describe('sanitizeDetached', () => {
  const dirty = '<p onclick="x()">a<script>x()</script><a href="javascript:x()">l</a><img src="https://i.example/a.png" onerror="x()"><svg><text>t</text></svg></p><form><input name=q></form>';

  test('parses into an inert element and cleans it exactly as sanitizeHtml does', () => {
    const safe = sanitizeDetached(dirty, window);
    expect(safe.innerHTML).toBe(sanitizeHtml(dirty, window, { settle: false }));
    expect(safe.ownerDocument).not.toBe(document);
    expect(safe.isConnected).toBe(false);
  });

  test('passes over a window DOMPurify cannot use (linkedom) for one that works', () => {
    const { window: linkedomWindow } = parseHTML('<!doctype html><html><body></body></html>');
    expect(sanitizeDetached(dirty, linkedomWindow as unknown as Window).innerHTML).toBe(sanitizeHtml(dirty, window, { settle: false }));
  });
});
