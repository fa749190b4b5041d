import { useLayoutEffect, useRef } from 'preact/hooks';
import { parseInert } from '../core/inert-html';
import { sanitizeHtml } from '../core/sanitize';

type SafeHtmlProps = {
  html: string;
  class?: string;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | null;
  /** Original image URL → stored data URL: saved stories show their own copies, with no network. */
  images?: Record<string, string>;
};

/** The only place story HTML enters our pages: sanitized again here, parsed in an inert document, then moved in. */
export function SafeHtml({ html, class: className, lang, dir, images }: SafeHtmlProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const body = parseInert(sanitizeHtml(html, el.ownerDocument.defaultView), el.ownerDocument);
    if (images) swapInStoredImages(body, images);
    el.replaceChildren(...Array.from(body.childNodes));
  }, [html, images]);
  return <div ref={ref} class={className} lang={lang ?? undefined} dir={dir ?? undefined} />;
}

function swapInStoredImages(root: ParentNode, images: Record<string, string>): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const stored = images[img.getAttribute('src') ?? ''];
    if (!stored) continue;
    img.setAttribute('src', stored);
    img.removeAttribute('srcset');
    // A <picture> would pick a remote <source> first.
    if (img.parentElement?.tagName === 'PICTURE') for (const source of Array.from(img.parentElement.querySelectorAll('source'))) source.remove();
  }
}
