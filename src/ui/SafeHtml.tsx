import { useLayoutEffect, useRef } from 'preact/hooks';
import { sanitizeHtml } from '../core/sanitize';

type SafeHtmlProps = { html: string; class?: string; lang?: string | null; dir?: 'ltr' | 'rtl' | null };

/** The only place story HTML enters our pages: sanitized again here, then parsed in an inert template. */
export function SafeHtml({ html, class: className, lang, dir }: SafeHtmlProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const template = el.ownerDocument.createElement('template');
    template.innerHTML = sanitizeHtml(html, el.ownerDocument.defaultView);
    el.replaceChildren(template.content);
  }, [html]);
  return <div ref={ref} class={className} lang={lang ?? undefined} dir={dir ?? undefined} />;
}
