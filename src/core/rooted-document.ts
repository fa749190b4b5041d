import { listOf } from './dom-list';
import { escapeHtml } from './escape-html';
import { parseInertDocument } from './inert-html';

/** Elements that describe the page rather than show it: they go to <head> when the tree is rebuilt. */
const HEAD_ONLY = new Set(['title', 'meta', 'link', 'base', 'style', 'script']);
/** What a parser leaves in <head>: those, and the <noscript> and <template> written there. */
const IN_HEAD = new Set([...HEAD_ONLY, 'noscript', 'template']);
/** Wrappers a browser merges into the one <html>, <head> and <body> it keeps. */
const WRAPPER = new Set(['html', 'head', 'body']);

/**
 * The document with one <html> at its root and nothing but page-describing elements in <head>. Browsers
 * (and jsdom) always parse a page into that shape; some DOMs (linkedom) do not when markup comes before
 * <html> (a PHP warning, a stray <style>) or the page starts at <head>: the first stray element becomes the
 * root, `body` is empty and the page hangs beside it. linkedom also leaves text elements written inside
 * <head> there, and markup written after a stray <body> beside it (as can a page's script, at any depth),
 * where Readability, which expects every paragraph under <body>, fails. Such a document is rebuilt as a
 * browser would have built it: page-describing elements in <head>, everything else in <body>, the extra
 * wrappers dropped. A well-formed document is returned as it is.
 */
export function wellRootedDocument(doc: Document): Document {
  if (doc.documentElement?.localName === 'html' && !headHoldsContent(doc.head) && !contentBesideBody(doc.documentElement)) return doc;
  const head: string[] = [];
  const body: string[] = [];
  let rootAttributes = '';
  const place = (node: Node): void => {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (text.trim()) body.push(escapeHtml(text));
      return;
    }
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const name = element.localName;
    if (WRAPPER.has(name)) {
      if (name === 'html' && !rootAttributes) rootAttributes = attributesOf(element);
      for (const child of Array.from(element.childNodes)) place(child);
    } else {
      (HEAD_ONLY.has(name) ? head : body).push(element.outerHTML);
    }
  };
  for (const node of Array.from(doc.childNodes)) place(node);
  // Nothing to place (an empty document) leaves it as it is; a page with nothing for <body> is rebuilt all the
  // same, so no element is left where Readability cannot read it.
  if (!body.length && !head.length) return doc;
  return parseInertDocument(`<!doctype html><html${rootAttributes}><head>${head.join('')}</head><body>${body.join('')}</body></html>`, doc);
}

function attributesOf(element: Element): string {
  return Array.from(element.attributes)
    .map((a) => ` ${a.name}="${escapeHtml(a.value)}"`)
    .join('');
}

function headHoldsContent(head: HTMLHeadElement | null): boolean {
  if (!head) return false;
  // At any depth: a page's script can put a paragraph inside <title>, where Readability would find it too.
  // Inside <noscript> and <template> nothing is read (Readability drops the one, browsers never show the other).
  for (const el of listOf(head.querySelectorAll('*'))) {
    if (!IN_HEAD.has(el.localName) && !el.parentElement?.closest('noscript, template')) return true;
  }
  return false;
}

/** Elements under <html> beside its <head> and <body> (linkedom leaves markup written after a stray `</body>` there). */
function contentBesideBody(root: Element): boolean {
  let heads = 0;
  let bodies = 0;
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    const name = child.localName;
    if (name === 'head' ? ++heads > 1 : name === 'body' ? ++bodies > 1 : true) return true;
  }
  return false;
}
