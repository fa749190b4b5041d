import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  DEFAULT_QUERY,
  narrows,
  prepareSearch,
  queryStories,
  queryTerms,
  type LibraryFilter,
  type LibraryQuery,
  type LibrarySort,
} from '../core/library-query';
import type { StorySummary } from '../core/story';
import { useT } from './i18n';
import { StoryList } from './StoryList';

type SavedStoriesProps = {
  stories: StorySummary[];
  height: number;
  locale?: string;
  /** Finds stories whose text contains every term; runs after the instant search on summaries. */
  searchFullText: (terms: string[], signal: AbortSignal) => Promise<Set<string>>;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onToggleRead?: (id: string, read: boolean) => void;
  onToggleArchive?: (id: string, archived: boolean) => void;
  showSize?: boolean;
  selected?: ReadonlySet<string>;
  onToggleSelect?: (id: string) => void;
  /** Tells the parent which stories are shown (for "select all shown"). */
  onShownChange?: (shown: StorySummary[]) => void;
  /** When only the newest stories are loaded: asks for the rest once they are needed (a search, a filter, the end of the list). */
  onNeedAll?: () => void;
};

/** Search, filter and sort over the saved list, shared by the popup and the library page. */
export function SavedStories(props: SavedStoriesProps) {
  const { stories, searchFullText, onShownChange, onNeedAll } = props;
  const t = useT();
  const [query, setQuery] = useState<LibraryQuery>(DEFAULT_QUERY);
  const [fullText, setFullText] = useState<{ text: string; ids: Set<string>; done: boolean }>({ text: '', ids: new Set(), done: true });

  // Instant: summaries only. Then, after a pause in typing, the story bodies.
  useEffect(() => {
    const terms = queryTerms(query.text);
    if (terms.length === 0) {
      setFullText({ text: '', ids: new Set(), done: true });
      return;
    }
    const controller = new AbortController();
    setFullText((f) => (f.done ? { ...f, done: false } : f));
    const timer = setTimeout(() => {
      searchFullText(terms, controller.signal)
        .then((ids) => {
          if (!controller.signal.aborted) setFullText({ text: query.text, ids, done: true });
        })
        .catch(() => setFullText({ text: query.text, ids: new Set(), done: true }));
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query.text, searchFullText]);

  // Search text is built while the browser is idle, so the first keystroke does not pay for it.
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 50));
    idle(() => prepareSearch(stories));
  }, [stories]);

  // Typing more narrows the last result: only those stories are searched again.
  const last = useRef<{ stories: StorySummary[]; query: LibraryQuery; shown: StorySummary[]; fullText: unknown } | null>(null);
  const shown = useMemo(() => {
    const ids = fullText.text === query.text ? fullText.ids : undefined;
    const previous = last.current;
    const within =
      previous && previous.stories === stories && previous.fullText === fullText && !ids?.size && narrows(previous.query, query) ? previous.shown : undefined;
    const result = queryStories(stories, query, ids, within);
    last.current = { stories, query, shown: result, fullText };
    return result;
  }, [stories, query, fullText]);
  useEffect(() => onShownChange?.(shown), [shown, onShownChange]);
  useEffect(() => {
    if (query.text || query.filter !== DEFAULT_QUERY.filter || query.sort !== DEFAULT_QUERY.sort) onNeedAll?.();
  }, [query, onNeedAll]);

  return (
    <div class="saved-stories">
      <div class="library-controls" role="search">
        <input
          type="search"
          class="library-search"
          aria-label={t('searchLabel')}
          placeholder={t('searchPlaceholder')}
          value={query.text}
          onInput={(e) => setQuery({ ...query, text: (e.currentTarget as HTMLInputElement).value })}
        />
        <label>
          <span class="visually-hidden">{t('filterLabel')}</span>
          <select
            class="library-filter"
            value={query.filter}
            onChange={(e) => setQuery({ ...query, filter: (e.currentTarget as HTMLSelectElement).value as LibraryFilter })}
          >
            <option value="all">{t('filterAll')}</option>
            <option value="unread">{t('filterUnread')}</option>
            <option value="archived">{t('filterArchived')}</option>
          </select>
        </label>
        <label>
          <span class="visually-hidden">{t('sortLabel')}</span>
          <select
            class="library-sort"
            value={query.sort}
            onChange={(e) => setQuery({ ...query, sort: (e.currentTarget as HTMLSelectElement).value as LibrarySort })}
          >
            <option value="saved">{t('sortSaved')}</option>
            <option value="published">{t('sortPublished')}</option>
          </select>
        </label>
      </div>
      <p class="library-status" role="status">
        {!fullText.done ? t('searchingFullText') : shown.length === 0 && stories.length > 0 ? t('noMatches') : ''}
      </p>
      {stories.length === 0 ? (
        <p class="empty">{t('savedEmpty')}</p>
      ) : (
        <StoryList {...props} stories={shown} onReachEnd={onNeedAll} />
      )}
    </div>
  );
}
