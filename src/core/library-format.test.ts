import { describe, expect, test } from 'vitest';
import { makeArticle } from '../../tests/support/article';
import { parseCsv } from './csv';
import { parseImportFile } from './library-format';

const html = (text: string) => new DOMParser().parseFromString(text, 'text/html');
const parse = (text: string, name = 'file') => parseImportFile(text, name, html);

describe('Broadsheet JSON', () => {
  const story = {
    id: 'x', url: 'https://news.example/a', canonicalUrl: 'https://news.example/a', title: 'A', savedAt: 10, updatedAt: 20,
    read: true, archived: false, tags: ['t'], progress: 0.5, linkOnly: false, article: makeArticle({ url: 'https://news.example/a' }),
    images: [{ source: 'https://img.example/1.png', id: 'img1', dataUrl: 'data:image/png;base64,AAAA', width: 1, height: 1 }],
  };
  const file = (stories: unknown[], extra = {}) => JSON.stringify({ format: 'broadsheet-library', version: 1, exportedAt: '2026-01-01T00:00:00Z', stories, ...extra });

  test('reads stories with state, tags and images', () => {
    const result = parse(file([story]), 'library.json');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entries).toHaveLength(1);
    const [entry] = result.entries;
    expect(entry).toMatchObject({ kind: 'full', progress: 0.5, summary: { read: true, tags: ['t'], updatedAt: 20, imageIds: ['img1'] } });
    expect(entry?.kind === 'full' && entry.record.images).toEqual({ 'https://img.example/1.png': 'img1' });
  });

  test('good entries import and bad ones are listed with a reason', () => {
    const result = parse(file([story, { title: 'no url' }, 42, { ...story, url: 'javascript:alert(1)' }, { ...story, article: { title: 1 } }]));
    expect(result.ok && result.entries).toHaveLength(1);
    expect(result.ok && result.skipped.map((s) => s.reason)).toEqual([
      'no valid web address', 'not a story object', 'no valid web address', 'story text is incomplete',
    ]);
  });

  test('imported HTML is sanitized and bad image data dropped', () => {
    const hostile = { ...story, article: { ...story.article, contentHtml: '<p>ok</p><img src=x onerror=alert(1)><script>x()</script>' }, images: [{ source: 's', id: 'i', dataUrl: 'data:text/html,<script>' }] };
    const result = parse(file([hostile]));
    const entry = result.ok ? result.entries[0] : null;
    expect(entry?.kind === 'full' && entry.record.article?.contentHtml).toBe('<p>ok</p><img loading="lazy" referrerpolicy="no-referrer">');
    expect(entry?.kind === 'full' && entry.images).toEqual([]);
  });

  test.each([
    ['{ not json', /not valid JSON/],
    ['{"format":"other"}', /not a Broadsheet library/],
    ['{"format":"broadsheet-library","version":9,"stories":[]}', /newer Broadsheet/],
    ['{"format":"broadsheet-library","version":1,"stories":{}}', /no list of stories/],
    ['just some text', /not a Broadsheet library file or a Pocket export/],
  ])('a broken file is refused with a clear message: %s', (text, message) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });
});

describe('Pocket', () => {
  test('CSV export becomes link-only stories with tags and read state', () => {
    const csv = 'title,url,time_added,cursor,tags,status\n"Tram, approved",https://a.example/1,1700000000,,transport|local,unread\nOld one,https://a.example/2,1600000000,,,archive\nBroken,notaurl,1,,,unread\n';
    const result = parse(csv, 'part_000000.csv');
    expect(result.ok && result.source).toBe('pocket-csv');
    expect(result.ok && result.entries).toEqual([
      { kind: 'link', url: 'https://a.example/1', title: 'Tram, approved', tags: ['transport', 'local'], read: false, savedAt: 1700000000000 },
      { kind: 'link', url: 'https://a.example/2', title: 'Old one', tags: [], read: true, savedAt: 1600000000000 },
    ]);
    expect(result.ok && result.skipped).toEqual([{ item: 'line 4: notaurl', reason: 'no valid web address' }]);
  });

  test('older HTML export: unread and read archive lists', () => {
    const page = `<!DOCTYPE html><html><body><h1>Unread</h1><ul><li><a href="https://a.example/1" time_added="1700000000" tags="x,y">One</a></li></ul>
      <h1>Read Archive</h1><ul><li><a href="https://a.example/2" time_added="1600000000" tags="">Two</a></li><li><a href="javascript:void(0)">Bad</a></li></ul></body></html>`;
    const result = parse(page, 'ril_export.html');
    expect(result.ok && result.entries.map((e) => e.kind === 'link' && [e.title, e.read, e.tags])).toEqual([
      ['One', false, ['x', 'y']],
      ['Two', true, []],
    ]);
    expect(result.ok && result.skipped).toHaveLength(1);
  });
});

test('parseCsv handles quotes, doubled quotes, newlines in fields and CRLF', () => {
  expect(parseCsv('a,b\r\n"x, ""y""","line\nbreak"\r\n')).toEqual([['a', 'b'], ['x, "y"', 'line\nbreak']]);
});
