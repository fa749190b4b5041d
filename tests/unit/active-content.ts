// What sanitized story HTML must never hold, shared by the hostile-page tests and the extraction fuzz.
import { JSDOM } from 'jsdom';
import { ALLOWED_ATTR, ALLOWED_TAGS } from '../../src/core/sanitize';
import type { Article } from '../../src/core/types';

/** The origin hostile pages are served from; relative addresses resolve against it. */
export const PAGE_ORIGIN = 'http://127.0.0.1:8123';
const OUR_ATTRS = new Set([...ALLOWED_ATTR, 'target', 'rel', 'loading', 'referrerpolicy']);
const TAGS = new Set(ALLOWED_TAGS.map((t) => t.toUpperCase()));

/** Everything in sanitized story HTML that could run, load from elsewhere, style or pose as our UI. */
export function activeContentIn(article: Pick<Article, 'contentHtml'>): string[] {
  const problems: string[] = [];
  const doc = new JSDOM('<!DOCTYPE html><body></body>').window.document;
  const template = doc.createElement('template');
  template.innerHTML = article.contentHtml;
  for (const el of Array.from(template.content.querySelectorAll('*'))) {
    if (!TAGS.has(el.tagName)) problems.push(`tag <${el.tagName.toLowerCase()}>`);
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`foreign element ${el.tagName}`);
    for (const { name, value } of Array.from(el.attributes)) {
      if (!OUR_ATTRS.has(name)) problems.push(`attribute ${name} on <${el.tagName.toLowerCase()}>`);
      if (/^on/i.test(name)) problems.push(`handler ${name}`);
      const urls = name === 'srcset' ? value.split(/,\s+/).map((c) => c.trim().split(/\s+/)[0] ?? '') : ['href', 'src', 'cite'].includes(name) ? [value] : [];
      for (const raw of urls) {
        const url = new URL(raw, PAGE_ORIGIN);
        const isStoredImage = name === 'src' && /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,/.test(raw);
        if (url.protocol !== 'http:' && url.protocol !== 'https:' && !isStoredImage) problems.push(`${url.protocol} URL in ${name}`);
        if (name !== 'href' && name !== 'cite' && url.hostname === 'evil.test') problems.push(`remote load from evil.test in ${name}`);
      }
    }
    if (el.tagName === 'A' && el.hasAttribute('href')) {
      const protocol = new URL(el.getAttribute('href')!, PAGE_ORIGIN).protocol;
      if (protocol !== 'http:' && protocol !== 'https:') problems.push(`link protocol ${protocol}`);
      if (el.getAttribute('target') !== '_blank' || el.getAttribute('rel') !== 'noopener noreferrer') problems.push('link without target=_blank rel=noopener noreferrer');
    }
  }
  return problems;
}
