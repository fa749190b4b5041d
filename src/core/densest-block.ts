/**
 * Fallback when Readability finds nothing and the person asked to see the page anyway:
 * the element whose own paragraphs hold the most text.
 */
export function densestBlock(doc: Document): string | null {
  for (const el of Array.from(doc.querySelectorAll('script, style, noscript, template, nav, header, footer'))) el.remove();
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of Array.from(doc.body?.querySelectorAll('*') ?? [])) {
    let score = 0;
    for (const child of Array.from(el.children)) {
      if (/^(?:P|PRE|BLOCKQUOTE|LI|TD)$/i.test(child.tagName)) score += (child.textContent ?? '').trim().length;
    }
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  if (best) return best.innerHTML;
  const text = doc.body?.textContent?.trim();
  return text ? `<p>${escapeText(text)}</p>` : null;
}

function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
