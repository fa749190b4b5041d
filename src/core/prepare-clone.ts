const LAZY_SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src', 'data-full-src'];
const LAZY_SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
const PLACEHOLDER_SRC = /^(?:data:image\/(?:gif|png|svg)|about:blank|$)|(?:blank|spacer|placeholder|pixel|transparent|grey|gray|loading)\.(?:gif|png|svg|jpe?g)/i;

// Page furniture that sits inside article containers often enough to fool Readability.
// Matched on class and id words, never on site names.
const BOILERPLATE = /(?:^|[\s_-])(?:share|sharing|social|newsletter|subscribe|signup|related|recommended|latest|most-?read|popular|trending|promo|advert|ad-slot|ads|sponsor|outbrain|taboola|cookie|consent|comments?|disqus|paywall|breadcrumbs?|tags|topics|more-stories|read-more|author-bio|print)(?:$|[\s_-])/i;
const KEEP_TAGS = new Set(['BODY', 'MAIN', 'ARTICLE', 'HTML']);

/** Readies a clone of the page for Readability: real image URLs, no page furniture. */
export function prepareClone(doc: Document, pageUrl: string): void {
  resolveLazyImages(doc, pageUrl);
  removeBoilerplate(doc);
}

function resolveLazyImages(doc: Document, pageUrl: string): void {
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const src = img.getAttribute('src') ?? '';
    if (PLACEHOLDER_SRC.test(src)) {
      const lazy = LAZY_SRC_ATTRS.map((name) => img.getAttribute(name)).find((v) => v && !PLACEHOLDER_SRC.test(v));
      if (lazy) img.setAttribute('src', lazy);
    }
    if (!img.getAttribute('srcset')) {
      const lazySet = LAZY_SRCSET_ATTRS.map((name) => img.getAttribute(name)).find(Boolean);
      if (lazySet) img.setAttribute('srcset', lazySet);
    }
    if (PLACEHOLDER_SRC.test(img.getAttribute('src') ?? '')) {
      const best = largestFromSrcset(img.getAttribute('srcset'));
      if (best) img.setAttribute('src', best);
    }
    const finalSrc = img.getAttribute('src');
    if (finalSrc) {
      try {
        img.setAttribute('src', new URL(finalSrc, pageUrl).href);
      } catch {
        img.removeAttribute('src');
      }
    }
  }
  // <picture> sources that only carry lazy attributes
  for (const source of Array.from(doc.querySelectorAll('picture source'))) {
    if (!source.getAttribute('srcset')) {
      const lazySet = LAZY_SRCSET_ATTRS.map((name) => source.getAttribute(name)).find(Boolean);
      if (lazySet) source.setAttribute('srcset', lazySet);
    }
  }
}

function largestFromSrcset(srcset: string | null): string | null {
  if (!srcset) return null;
  let best: { url: string; size: number } | null = null;
  for (const part of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = part.trim().split(/\s+/);
    if (!url) continue;
    const size = parseFloat(descriptor) || 1;
    if (!best || size > best.size) best = { url, size };
  }
  return best?.url ?? null;
}

function removeBoilerplate(doc: Document): void {
  const total = paragraphText(doc.body);
  // A wrapper holding most of the page's paragraph text is the story, whatever its class says.
  const holdsStory = (el: Element) => total > 0 && paragraphText(el) > total * 0.5;
  for (const el of Array.from(doc.querySelectorAll('aside, nav, footer, form, [role="complementary"], [role="navigation"], [aria-hidden="true"]'))) {
    if (!KEEP_TAGS.has(el.tagName.toUpperCase()) && !holdsStory(el)) el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected || KEEP_TAGS.has(el.tagName.toUpperCase())) continue;
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (BOILERPLATE.test(words) && !holdsStory(el)) el.remove();
  }
}

function paragraphText(root: Element | null): number {
  if (!root) return 0;
  let length = 0;
  for (const p of Array.from(root.getElementsByTagName('p'))) length += (p.textContent ?? '').length;
  return length;
}
