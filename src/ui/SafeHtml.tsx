import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeToFragment } from '../core/sanitize';

type SafeHtmlProps = {
  html: string;
  class?: string;
  lang?: string | null;
  dir?: 'ltr' | 'rtl' | null;
  /** Original image URL → stored data URL: saved stories show their own copies, with no network. */
  images?: Record<string, string>;
};

/** The only place story HTML enters our pages: sanitized again here, straight into DOM nodes (never re-parsed). */
export function SafeHtml({ html, class: className, lang, dir, images }: SafeHtmlProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el) el.replaceChildren(sanitizeToFragment(html, el.ownerDocument, images));
  }, [html, images]);
  return <div ref={ref} class={className} lang={lang ?? undefined} dir={dir ?? undefined} />;
}
