import { prepareClone } from './prepare-clone';
import { escapeHtml } from './escape-html';

const TEXT_CHILD = /^(?:P|PRE|BLOCKQUOTE|LI|TD|DD|H[2-6])$/i;

/**
 * Fallback when Readability finds nothing and the person asked to see the page anyway:
 * the element whose own paragraphs (list items, cells, quotes) hold the most text.
 * `doc` must be a copy: page furniture is removed from it first. One pass over the elements.
 */
export function densestBlock(doc: Document, pageUrl: string | null = null): string | null {
  const base = pageUrl ?? doc.URL ?? '';
  // With a web address images are resolved too; without one only furniture is removed.
  if (/^https?:/i.test(base)) prepareClone(doc, base);
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template, nav, header, footer, aside, form, [aria-hidden="true"]'))) {
    if (el !== doc.body && el !== doc.documentElement) el.remove();
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
    let score = 0;
    for (const child of Array.from(el.children)) {
      if (TEXT_CHILD.test(child.tagName)) score += (child.textContent ?? '').trim().length;
    }
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  if (best) return best.innerHTML;
  const text = doc.body?.textContent?.trim();
  return text ? `<p>${escapeHtml(text)}</p>` : null;
}
