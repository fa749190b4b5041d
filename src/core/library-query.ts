import type { StorySummary } from './story';

export type LibraryFilter = 'unread' | 'all' | 'archived';
export type LibrarySort = 'saved' | 'published';

export interface LibraryQuery {
  text: string;
  filter: LibraryFilter;
  sort: LibrarySort;
}

export const DEFAULT_QUERY: LibraryQuery = { text: '', filter: 'all', sort: 'saved' };

// Lower-cased search text per summary, built once per object: keystrokes then cost one pass of `includes`.
const haystacks = new WeakMap<StorySummary, string>();

function haystackOf(story: StorySummary): string {
  let text = haystacks.get(story);
  if (text === undefined) {
    text = fold([story.title, story.siteName, story.byline, story.excerpt, story.tags.join(' '), story.url].join('\n'));
    haystacks.set(story, text);
  }
  return text;
}

/** Case- and accent-insensitive form used on both sides of a search. */
export function fold(text: string | null | undefined): string {
  return (text ?? '').normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Every word of the query must appear (in any order). */
export function queryTerms(text: string): string[] {
  return fold(text).split(/\s+/).filter(Boolean);
}

function matchesFilter(story: StorySummary, filter: LibraryFilter): boolean {
  if (filter === 'archived') return story.archived;
  if (filter === 'unread') return !story.archived && !story.read;
  return !story.archived;
}

/** Builds the search text of every story ahead of the first keystroke (call when the browser is idle). */
export function prepareSearch(stories: StorySummary[]): void {
  for (const story of stories) haystackOf(story);
}

const sortedCache = new WeakMap<StorySummary[], Partial<Record<LibrarySort, StorySummary[]>>>();

/** The list in the query's order, sorted once per list and order rather than on every keystroke. */
function sortedBy(stories: StorySummary[], sort: LibrarySort): StorySummary[] {
  const cached = sortedCache.get(stories) ?? {};
  let sorted = cached[sort];
  if (!sorted) {
    const key = sort === 'published' ? publishedTime : (s: StorySummary) => s.savedAt;
    const keys = new Map(stories.map((s) => [s, key(s)]));
    sorted = [...stories].sort((a, b) => keys.get(b)! - keys.get(a)!);
    sortedCache.set(stories, { ...cached, [sort]: sorted });
  }
  return sorted;
}

/**
 * The stories to show for a query, in its order. `fullTextIds` adds stories whose body matched a
 * full-text search that ran separately (bodies are never held in memory). `within`, the result of a
 * query this one narrows (more typed, same filter and order), is filtered instead of the whole list.
 */
export function queryStories(
  stories: StorySummary[],
  query: LibraryQuery,
  fullTextIds: ReadonlySet<string> = new Set(),
  within?: StorySummary[],
): StorySummary[] {
  const terms = queryTerms(query.text);
  const source = within ?? sortedBy(stories, query.sort);
  return source.filter(
    (story) =>
      matchesFilter(story, query.filter) &&
      (terms.length === 0 || fullTextIds.has(story.id) || terms.every((term) => haystackOf(story).includes(term))),
  );
}

/** Whether `next` only narrows `previous`: its results are a subset, so they can be filtered from the old ones. */
export function narrows(previous: LibraryQuery, next: LibraryQuery): boolean {
  return previous.filter === next.filter && previous.sort === next.sort && fold(next.text).startsWith(fold(previous.text)) && previous.text.trim() !== '';
}

/** Undated stories sort last. */
function publishedTime(story: StorySummary): number {
  const time = story.published ? Date.parse(story.published.length === 10 ? `${story.published}T00:00:00Z` : story.published) : NaN;
  return Number.isNaN(time) ? -Infinity : time;
}
