import { parseHTML } from 'linkedom';
import { DOMParser } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { setInertParser } from './inert-html';
import { wellRootedDocument } from './rooted-document';

setInertParser(DOMParser as unknown as typeof globalThis.DOMParser);

const linkedom = (html: string) => parseHTML(html).document as unknown as Document;
const STORY = '<article><h1>Ferry timetable changes</h1><p>The first ferry now leaves at six.</p></article>';

describe('wellRootedDocument', () => {
  test('returns a document rooted at <html> as it is', () => {
    const doc = linkedom(`<!doctype html><html><head><title>T</title></head><body>${STORY}</body></html>`);
    expect(wellRootedDocument(doc)).toBe(doc);
    const browserDoc = new window.DOMParser().parseFromString(`<b>warning</b><html><body>${STORY}</body></html>`, 'text/html');
    expect(wellRootedDocument(browserDoc)).toBe(browserDoc);
  });

  test('rebuilds a page whose stray markup before <html> became the root', () => {
    const doc = linkedom(`<br>\n<b>Warning</b>: cache miss<br>\n<!doctype html><html lang="nb"><head><title>Ferry</title><meta name="author" content="Ola Nordmann"></head><body>${STORY}</body></html>`);
    expect(doc.documentElement.localName).toBe('br');
    const rooted = wellRootedDocument(doc);
    expect(rooted.documentElement.localName).toBe('html');
    expect(rooted.documentElement.getAttribute('lang')).toBe('nb');
    expect(rooted.title).toBe('Ferry');
    expect(rooted.head.querySelector('meta[name="author"]')?.getAttribute('content')).toBe('Ola Nordmann');
    expect(rooted.body.querySelector('article h1')?.textContent).toBe('Ferry timetable changes');
    expect(rooted.querySelectorAll('html, body')).toHaveLength(2);
    // The page given is not changed.
    expect(doc.documentElement.localName).toBe('br');
  });

  test('rebuilds a page that starts at <head> and puts a <style> before it', () => {
    const doc = linkedom(`<style>p{color:red}</style><head><title>Ferry</title></head><body>${STORY}</body>`);
    const rooted = wellRootedDocument(doc);
    expect(rooted.head.querySelector('style')).not.toBeNull();
    expect(rooted.body.querySelector('article p')?.textContent).toBe('The first ferry now leaves at six.');
  });

  test('moves text elements linkedom left inside <head> into <body>, ahead of the body\'s own', () => {
    const doc = linkedom(`<!doctype html><html><head><title>Ferry</title><noscript><link rel="stylesheet" href="/n.css"></noscript><p>Stray lead paragraph.</p><meta name="author" content="Ola Nordmann"></head><body>${STORY}</body></html>`);
    expect(doc.head.querySelector('p')).not.toBeNull();
    const rooted = wellRootedDocument(doc);
    expect(rooted.head.querySelector('p')).toBeNull();
    expect(rooted.head.querySelector('meta[name="author"]')).not.toBeNull();
    expect(rooted.body.querySelector('p')?.textContent).toBe('Stray lead paragraph.');
    expect(rooted.body.querySelector('article h1')?.textContent).toBe('Ferry timetable changes');
  });

  test('moves markup linkedom left beside <body>, after a stray <body> in <head>, into the body', () => {
    const doc = linkedom(`<!doctype html><html><head><title>Ferry</title><body></body><section>${STORY}</section></head><body></body></html>`);
    expect(doc.body.childElementCount).toBe(0);
    const rooted = wellRootedDocument(doc);
    expect(rooted.querySelectorAll('html > *')).toHaveLength(2);
    expect(rooted.body.querySelector('section article h1')?.textContent).toBe('Ferry timetable changes');
    expect(rooted.title).toBe('Ferry');
  });

  test('rebuilds a page whose <head> holds content deeper down, but not for what a <noscript> holds', () => {
    const doc = new window.DOMParser().parseFromString('<!doctype html><html><head><title>Ferry</title><noscript><link rel="stylesheet" href="/n.css"></noscript></head><body></body></html>', 'text/html');
    // A paragraph inside <noscript> is never read (Readability drops every <noscript>): no rebuild for it.
    doc.querySelector('noscript')!.append(Object.assign(doc.createElement('p'), { textContent: 'Turn on scripts.' }));
    expect(wellRootedDocument(doc)).toBe(doc);
    doc.querySelector('title')!.append(Object.assign(doc.createElement('p'), { textContent: 'Stray paragraph.' }));
    const rooted = wellRootedDocument(doc);
    expect(rooted).not.toBe(doc);
    // No element is left in <head> where Readability would find it; what the title held is its text now.
    expect(rooted.head.querySelector('p')).toBeNull();
    expect(rooted.title).toContain('Ferry');
  });
});
