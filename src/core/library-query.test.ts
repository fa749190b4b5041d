import { describe, expect, test } from 'vitest';
import { makeSummary } from '../../tests/support/article';
import { fold, queryStories } from './library-query';

const stories = [
  makeSummary({ id: 'a', title: 'Tram line approved', siteName: 'Coastal Ledger', savedAt: 3, published: '2024-01-05' }),
  makeSummary({ id: 'b', title: 'Café culture returns', byline: 'Zoë Martín', savedAt: 2, published: '2024-03-01', read: true }),
  makeSummary({ id: 'c', title: 'Harbour storm', excerpt: 'Ferries cancelled', savedAt: 1, published: null, archived: true }),
];
const ids = (list: { id: string }[]) => list.map((s) => s.id);

describe('queryStories', () => {
  test('filters: all hides archived; unread hides read; archived shows only archived', () => {
    expect(ids(queryStories(stories, { text: '', filter: 'all', sort: 'saved' }))).toEqual(['a', 'b']);
    expect(ids(queryStories(stories, { text: '', filter: 'unread', sort: 'saved' }))).toEqual(['a']);
    expect(ids(queryStories(stories, { text: '', filter: 'archived', sort: 'saved' }))).toEqual(['c']);
  });

  test('search covers headline, site, byline and excerpt, ignoring case and accents', () => {
    expect(ids(queryStories(stories, { text: 'LEDGER', filter: 'all', sort: 'saved' }))).toEqual(['a']);
    expect(ids(queryStories(stories, { text: 'zoe martin', filter: 'all', sort: 'saved' }))).toEqual(['b']);
    expect(ids(queryStories(stories, { text: 'cafe', filter: 'all', sort: 'saved' }))).toEqual(['b']);
    expect(ids(queryStories(stories, { text: 'ferries', filter: 'archived', sort: 'saved' }))).toEqual(['c']);
    expect(ids(queryStories(stories, { text: 'tram nothing', filter: 'all', sort: 'saved' }))).toEqual([]);
  });

  test('full-text matches found elsewhere are included', () => {
    expect(ids(queryStories(stories, { text: 'overhead wires', filter: 'all', sort: 'saved' }, new Set(['b'])))).toEqual(['b']);
  });

  test('sorts by saved or published date, undated last', () => {
    const all = stories.map((s) => ({ ...s, archived: false }));
    expect(ids(queryStories(all, { text: '', filter: 'all', sort: 'published' }))).toEqual(['b', 'a', 'c']);
    expect(ids(queryStories(all, { text: '', filter: 'all', sort: 'saved' }))).toEqual(['a', 'b', 'c']);
  });
});

test('fold', () => {
  expect(fold('Ÿes Ça Ñ')).toBe('yes ca n');
});
