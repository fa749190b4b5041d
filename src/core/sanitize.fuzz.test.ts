// Random HTML built from dangerous building blocks: the sanitizer's output never carries anything that
// runs, loads styles or frames, or changes when it is parsed and sanitized again (no mutation XSS).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ALLOWED_ATTR, ALLOWED_TAGS, sanitizeDetached, sanitizeHtml, sanitizeToFragment } from './sanitize';

const TAGS = new Set(ALLOWED_TAGS.map((t) => t.toUpperCase()));
const ATTRS = new Set([...ALLOWED_ATTR, 'target', 'rel', 'loading', 'referrerpolicy']);
const HTML_NS = 'http://www.w3.org/1999/xhtml';

const tag = fc.constantFrom(
  'p', 'a', 'img', 'div', 'span', 'table', 'td', 'tr', 'svg', 'math', 'mtext', 'mglyph', 'malignmark', 'style', 'script', 'noscript',
  'template', 'iframe', 'object', 'embed', 'form', 'input', 'textarea', 'title', 'xmp', 'noembed', 'noframes', 'plaintext', 'select',
  'option', 'foreignObject', 'desc', 'annotation-xml', 'path', 'use', 'image', 'base', 'meta', 'link', 'picture', 'source', 'video',
  'details', 'h1', 'li', 'ul', 'blockquote', 'a', 'button', 'frameset', 'isindex', 'SCRIPT', 'sCrIpT', 'body', 'html', 'head',
);
const url = fc.constantFrom(
  'javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '&#106;avascript:x',
  'javascript&colon;x', '&#x6A;avascript:x', '\u0001javascript:x', 'vbscript:x', 'data:text/html,<script>x</script>',
  'data:image/svg+xml,<svg onload=x>', 'data:image/png;base64,AAAA', 'https://ok.example/a.png', 'http://evil.test/b', '//evil.test/b',
  '/relative.png', '#frag', 'x', 'livescript:x', 'blob:https://x/y', 'filesystem:x', 'mhtml:x', 'jar:x',
);
const attrName = fc.constantFrom(
  'href', 'src', 'srcset', 'style', 'onerror', 'onload', 'ONCLICK', 'onfocus', 'autofocus', 'onanimationstart', 'xlink:href', 'formaction',
  'action', 'data', 'id', 'name', 'class', 'title', 'alt', 'is', 'background', 'poster', 'ping', 'target', 'rel', 'srcdoc', 'xmlns',
  'xmlns:xlink', 'attributename', 'to', 'values', 'dir', 'lang', 'cite', 'width', 'tabindex', 'contenteditable', 'slot', 'part', 'shadowrootmode',
);
const attrValue = fc.oneof(url, fc.constantFrom('alert(1)', 'x', '</style><img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', 'background:url(http://evil.test/x)', 'expression(alert(1))', '</textarea><img onerror=alert(1)>', '--><img src=x onerror=x>'), fc.string({ maxLength: 12 }));
const attr = fc.tuple(attrName, attrValue, fc.constantFrom('"', "'", '')).map(([n, v, q]) => (q ? ` ${n}=${q}${v.replaceAll(q, '')}${q}` : ` ${n}=${v.replace(/[\s>]/g, '')}`));
const text = fc.constantFrom('text', '&lt;script&gt;', '<!--', '-->', '<![CDATA[', ']]>', '</p>', '</style>', '</textarea>', '</noscript>', '</title>', '<', '>', '&', '"', "'", 'a b', '\u0000', '\u2028');

// A fragment: nested elements with random attributes, sometimes left unclosed, interleaved with raw text.
const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    fc.tuple(tag, fc.array(attr, { maxLength: 3 }), fc.array(tie('node'), { maxLength: 4 }), fc.boolean()).map(
      ([t, attrs, kids, close]) => `<${t}${attrs.join('')}>${kids.join('')}${close ? `</${t}>` : ''}`,
    ),
  ),
})).node;
const html = fc.array(fragment, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(''));

function problemsIn(output: string): string[] {
  const template = document.createElement('template');
  template.innerHTML = output;
  const problems: string[] = [];
  for (const el of Array.from(template.content.querySelectorAll('*'))) {
    if (!TAGS.has(el.tagName) || el.namespaceURI !== HTML_NS) problems.push(`element ${el.namespaceURI} ${el.tagName}`);
    for (const { name, value } of Array.from(el.attributes)) {
      // DOMPurify empties a disallowed `is` rather than removing it: the serializer would otherwise write the
      // element's original is-value back out. Empty, it names no custom element and does nothing.
      if (name === 'is' && value === '') continue;
      if (!ATTRS.has(name)) problems.push(`attribute ${name}`);
      if (/^on/i.test(name) || name === 'style') problems.push(`attribute ${name}`);
      const squeezed = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (['href', 'src', 'cite'].includes(name) && /^(?:javascript|vbscript|livescript|data:(?!image\/(?:png|jpe?g|gif|webp|avif);base64,))/.test(squeezed)) {
        problems.push(`${name}=${value}`);
      }
      if (name === 'srcset' && /(?:javascript|vbscript|data):/.test(squeezed)) problems.push(`srcset=${value}`);
    }
  }
  if (/<(?:script|iframe|style|object|embed|form|svg|math|template|noscript|base|meta|link)\b/i.test(output)) problems.push('dangerous tag in the markup');
  return problems;
}

// Thousands of cases can outlast the default timeout on a busy machine; the limit only guards against a hang.
describe('sanitizeHtml on random dangerous fragments', { timeout: 120_000 }, () => {
  test('output never carries handlers, script URLs, scripts, frames, styles or foreign content', () => {
    fc.assert(
      fc.property(html, (input) => {
        expect(problemsIn(sanitizeHtml(input)), input).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  test('is idempotent and stable under reparsing (what is stored is what is shown)', () => {
    fc.assert(
      fc.property(html, (input) => {
        // Modulo DOMPurify's emptied `is=""` (see problemsIn), which a second pass may drop.
        const canonical = (h: string) => h.replaceAll(' is=""', '');
        const once = sanitizeHtml(input);
        expect(canonical(sanitizeHtml(once))).toBe(canonical(once));
        const template = document.createElement('template');
        template.innerHTML = once;
        const shown = template.innerHTML;
        expect(canonical(sanitizeHtml(shown))).toBe(canonical(shown));
        expect(canonical(shown)).toBe(canonical(once)); // the tree we checked is the tree we show
      }),
      { numRuns: 1500 },
    );
  });

  test('the nodes it gives for showing, and a copy cleaned where it stands, are as clean as the stored string', () => {
    fc.assert(
      fc.property(html, (input) => {
        const shown = document.createElement('div');
        shown.appendChild(sanitizeToFragment(input, document));
        expect(problemsIn(shown.innerHTML), input).toEqual([]);
        expect(problemsIn(sanitizeDetached(input, window).innerHTML), input).toEqual([]);
      }),
      { numRuns: 800 },
    );
  });

  test('every link it keeps opens in a new tab without opener or referrer, and goes to the web', () => {
    fc.assert(
      fc.property(html, (input) => {
        const template = document.createElement('template');
        template.innerHTML = sanitizeHtml(input);
        for (const a of Array.from(template.content.querySelectorAll('a[href]'))) {
          expect(a.getAttribute('target')).toBe('_blank');
          expect(a.getAttribute('rel')).toBe('noopener noreferrer');
          expect(new URL(a.getAttribute('href')!, 'https://page.example/').protocol).toMatch(/^https?:$/);
        }
      }),
      { numRuns: 800 },
    );
  });

  test.each([
    ['math/mglyph/style comment', '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">'],
    ['svg </p> style', '<svg></p><style><a id="</style><img src=1 onerror=alert(1)>">'],
    ['form/math/textarea', '<form><math><mtext></form><form><mglyph><svg><mtext><textarea><path id="</textarea><img onerror=alert(1) src=1>">'],
    ['h1/h6/mglyph', '<math><mtext><h1><a><h6></a></h6><mglyph><svg><mtext><style><a title="</style><img src onerror=alert(1)>"></style></h1>'],
    ['noscript title', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
    ['style in style', '<style><style/><img src=x onerror=alert(1)></style>'],
    ['xmp', '<xmp><p title="</xmp><img src=x onerror=alert(1)>"></xmp>'],
    ['annotation-xml', '<math><annotation-xml encoding="text/html"><style><img src=x onerror=alert(1)></style></annotation-xml></math>'],
    ['template', '<template><img src=x onerror=alert(1)></template><p>ok</p>'],
    ['entity javascript', '<a href="&#106;avascript:alert(1)">x</a><a href="java&#x09;script:alert(1)">y</a><a href="javascript&colon;alert(1)">z</a>'],
  ])('known mutation-XSS shape: %s', (_name, input) => {
    const out = sanitizeHtml(input);
    expect(problemsIn(out)).toEqual([]);
    expect(out).not.toMatch(/onerror|javascript:/i);
    expect(sanitizeHtml(out)).toBe(out);
  });

  test('parses like our pages do (no-quirks), so the checked tree is the shown tree', () => {
    // In quirks mode <table> nests inside <p>; a no-quirks page would move it out on display.
    expect(sanitizeHtml('<p><table>text')).toBe('<p></p><table></table>text');
    expect(sanitizeHtml('a & b')).toBe('a &amp; b');
  });

  test('a tree the parser could never build is settled, so what is shown is what was checked', () => {
    // The removed <button> leaves <p> inside <p>, which would reparse as three paragraphs.
    const out = sanitizeHtml('<p><button></p>text');
    const template = document.createElement('template');
    template.innerHTML = out;
    expect(template.innerHTML).toBe(out);
  });

  // Speed belongs in the benchmarks; this checks that a large input is cleaned completely.
  test('a huge input is sanitized completely', () => {
    const big = '<p onclick="x">para <a href="javascript:x">l</a><img src="https://ok.example/i.png" onerror="x"></p>'.repeat(5_000);
    const out = sanitizeHtml(big);
    expect(out.match(/<p>/g)).toHaveLength(5_000);
    expect(problemsIn(out.slice(0, 10_000).replace(/<[^>]*$/, ''))).toEqual([]);
    expect(out).not.toMatch(/onclick|onerror|javascript:/);
  });
});
