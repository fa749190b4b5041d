// Import files are untrusted: whatever they hold, parsing never throws, and what it accepts is safe to store.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { LIBRARY_FORMAT, parseImportFile } from './library-format';

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    'javascript:alert(1)', ' JAVASCRIPT:x', 'data:text/html,<script>x</script>', 'https://news.example/a', 'http://x', '//evil.test', 'file:///etc/passwd',
    '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '__proto__', 'constructor', '\u0000', '\ud800', '../../', 'chrome-extension://id/popup.html',
    'data:image/png;base64,AAAA', 'data:image/svg+xml;base64,PHN2Zy8+', 'data:image/png;base64,AAAA"><script>', '1e309', '-1', 'NaN',
  ),
);
const nastyValue = fc.oneof(nastyString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(nastyString, { maxLength: 3 }), fc.dictionary(nastyString, nastyString, { maxKeys: 3 }));
const article = fc.record(
  {
    title: nastyValue, byline: nastyValue, siteName: nastyValue, published: nastyValue, publishedSource: nastyValue, lang: nastyValue, dir: nastyValue,
    excerpt: nastyValue, contentHtml: fc.oneof(nastyString, fc.constantFrom('<p>ok</p><img src=x onerror=alert(1)><iframe src=//evil.test></iframe><a href="javascript:x">l</a><p style="background:url(//evil.test)">s</p>', '<svg><script>alert(1)</script></svg>', '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;/mglyph&gt;&lt;img&Tab;src=1&Tab;onerror=alert(1)&gt;">')),
    textContent: nastyValue, wordCount: nastyValue, readingMinutes: nastyValue, url: nastyValue, canonicalUrl: nastyValue,
  },
  { requiredKeys: [] },
);
const story = fc.record(
  {
    id: nastyValue, url: fc.oneof(nastyString, fc.constant('https://news.example/story')), canonicalUrl: nastyValue, title: nastyValue,
    savedAt: fc.oneof(fc.integer(), fc.double(), nastyString, fc.constant(1_700_000_000_000)), updatedAt: nastyValue, read: nastyValue, archived: nastyValue,
    tags: fc.oneof(nastyValue, fc.array(nastyValue, { maxLength: 4 })), progress: nastyValue, linkOnly: nastyValue, article: fc.oneof(article, nastyValue),
    images: fc.oneof(nastyValue, fc.array(fc.record({ source: nastyValue, id: nastyValue, dataUrl: nastyValue, width: nastyValue, height: nastyValue }, { requiredKeys: [] }), { maxLength: 3 })),
  },
  { requiredKeys: [] },
);
// Mostly well-formed stories whose every optional field is hostile, so parsing gets past the first checks.
const likelyArticle = fc.tuple(article, fc.string({ maxLength: 20 }), fc.constantFrom('<p>ok</p><img src=x onerror=alert(1)><a href="javascript:x">l</a><iframe src=//evil.test></iframe>', '<svg onload=alert(1)><p>t</p>', '<p style="x:url(//evil.test)" onclick=x>p</p>')).map(([a, title, html]) => ({ ...a, title, contentHtml: html, textContent: 'text' }));
const likelyStory = fc.tuple(story, fc.integer({ min: 0, max: 99 }), likelyArticle, fc.boolean()).map(([s, n, a, keepArticle]) => ({
  ...s, url: `https://news.example/story-${n}`, title: 'A headline', savedAt: 1_700_000_000_000 + n, linkOnly: false, ...(keepArticle ? { article: a } : {}),
}));
const libraryJson = fc
  .record({ format: fc.oneof(fc.constant(LIBRARY_FORMAT), fc.constant(LIBRARY_FORMAT), nastyString), version: fc.oneof(fc.constant(1), fc.constant(1), nastyValue), exportedAt: nastyValue, stories: fc.oneof(fc.array(fc.oneof(likelyStory, story, nastyValue), { maxLength: 5 }), nastyValue) }, { requiredKeys: [] })
  .map((o) => JSON.stringify(o));

function checkAccepted(result: ReturnType<typeof parseImportFile>): void {
  if (!result.ok) {
    expect(typeof result.message).toBe('string');
    return;
  }
  for (const entry of result.entries) {
    if (entry.kind === 'link') {
      expect(new URL(entry.url).protocol).toMatch(/^https?:$/);
      expect(Number.isFinite(entry.savedAt)).toBe(true);
      expect(entry.tags.every((t) => typeof t === 'string')).toBe(true);
      continue;
    }
    const { summary, record, images } = entry;
    expect(new URL(summary.url).protocol).toMatch(/^https?:$/);
    expect(new URL(summary.canonicalUrl).protocol).toMatch(/^https?:$/);
    expect(summary.id).toMatch(/^[\w-]{1,128}$/);
    expect(record.id).toBe(summary.id);
    expect(typeof summary.title).toBe('string');
    expect(Number.isFinite(summary.savedAt)).toBe(true);
    expect(entry.progress >= 0 && entry.progress <= 1).toBe(true);
    if (record.article) {
      const html = record.article.contentHtml;
      expect(html).not.toMatch(/<(?:script|iframe|svg|math|style|object|embed|form)\b|\son\w+\s*=|javascript:|style=/i);
      expect(['ltr', 'rtl', null]).toContain(record.article.dir);
    }
    for (const image of images) {
      expect(image.dataUrl).toMatch(/^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[A-Za-z0-9+/=]+$/);
      expect(image.id).toMatch(/^[\w-]{1,128}$/);
    }
  }
}

describe('parseImportFile on hostile files', () => {
  test('Broadsheet JSON with any content never throws; accepted stories are sanitized web stories', () => {
    let withArticle = 0;
    fc.assert(
      fc.property(libraryJson, (text) => {
        const result = parseImportFile(text, 'library.json', parseHtml);
        checkAccepted(result);
        if (result.ok) withArticle += result.entries.filter((e) => e.kind === 'full' && e.record.article).length;
      }),
      { numRuns: 800 },
    );
    expect(withArticle, 'the generator reaches accepted stories with text').toBeGreaterThan(0);
  });

  test('Pocket CSV with any cells never throws; accepted links are web links', () => {
    const cell = nastyString.map((s) => (/[",\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s));
    const csv = fc.array(fc.array(cell, { minLength: 1, maxLength: 7 }), { maxLength: 8 }).map((rows) => ['title,url,time_added,cursor,tags,status', ...rows.map((r) => r.join(','))].join('\n'));
    fc.assert(fc.property(fc.oneof(csv, fc.string({ maxLength: 200 })), (text) => checkAccepted(parseImportFile(text, 'pocket.csv', parseHtml))), { numRuns: 800 });
  });

  test('Pocket HTML with any links never throws; accepted links are web links', () => {
    const link = fc.tuple(nastyString, nastyString, nastyString).map(([href, title, tags]) => `<li><a href="${href.replaceAll('"', '&quot;')}" time_added="${tags}" tags="${tags.replaceAll('"', '')}">${title}</a></li>`);
    const html = fc.array(link, { maxLength: 8 }).map((ls) => `<!DOCTYPE html><html><body><h1>Unread</h1><ul>${ls.join('')}</ul><h1>Read Archive</h1></body></html>`);
    fc.assert(fc.property(html, (text) => checkAccepted(parseImportFile(text, 'ril_export.html', parseHtml))), { numRuns: 500 });
  });

  test('arbitrary bytes under any file name never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('a.json', 'a.csv', 'a.html', 'a.txt', ''), (text, name) => checkAccepted(parseImportFile(text, name, parseHtml))),
      { numRuns: 800 },
    );
  });

  test('deeply nested JSON is refused with a message, not a crash', () => {
    const deep = `{"format":"${LIBRARY_FORMAT}","version":1,"stories":[${'['.repeat(100_000)}${']'.repeat(100_000)}]}`;
    expect(() => checkAccepted(parseImportFile(deep, 'deep.json', parseHtml))).not.toThrow();
  });
});
