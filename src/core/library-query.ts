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

export function matchesFilter(story: StorySummary, filter: LibraryFilter): boolean {
  if (filter === 'archived') return story.archived;
  if (filter === 'unread') return !story.archived && !story.read;
  return !story.archived;
}

/**
 * The stories to show for a query. `fullTextIds` adds stories whose body matched a full-text
 * search that ran separately (bodies are never held in memory).
 */
export function queryStories(stories: StorySummary[], query: LibraryQuery, fullTextIds: ReadonlySet<string> = new Set()): StorySummary[] {
  const terms = queryTerms(query.text);
  const shown = stories.filter(
    (story) =>
      matchesFilter(story, query.filter) &&
      (terms.length === 0 || fullTextIds.has(story.id) || terms.every((term) => haystackOf(story).includes(term))),
  );
  const key = query.sort === 'published' ? publishedTime : (s: StorySummary) => s.savedAt;
  return shown.sort((a, b) => key(b) - key(a));
}

/** Undated stories sort last. */
function publishedTime(story: StorySummary): number {
  const time = story.published ? Date.parse(story.published.length === 10 ? `${story.published}T00:00:00Z` : story.published) : NaN;
  return Number.isNaN(time) ? -Infinity : time;
}
