import './story-list.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatPublished } from '../core/format-date';
import { formatBytes } from '../core/format-size';
import type { StorySummary } from '../core/story';
import { useT } from './i18n';

/** Each row has the same height, so only the rows in view are rendered, however long the list. */
export const ROW_HEIGHT = 68;
const OVERSCAN = 6;

type StoryListProps = {
  stories: StorySummary[];
  /** Height of the scrolling area in pixels. */
  height: number;
  locale?: string;
  selected?: ReadonlySet<string>;
  onToggleSelect?: (id: string) => void;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onToggleRead?: (id: string, read: boolean) => void;
  onToggleArchive?: (id: string, archived: boolean) => void;
  /** Show what each story takes on disk (the library page). */
  showSize?: boolean;
  /** Called when the last rows come into view. */
  onReachEnd?: () => void;
};

/** The saved list shared by the popup and the library page: headline, site and date per row. */
export function StoryList(props: StoryListProps) {
  const { stories, height, locale, selected, onToggleSelect, onOpen, onDelete, onToggleRead, onToggleArchive, showSize, onReachEnd } = props;
  const t = useT();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(0);

  useEffect(() => {
    // A new result list starts at the top.
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
    setActive(0);
  }, [stories]);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(stories.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const atEnd = stories.length > 0 && last === stories.length && stories.length * ROW_HEIGHT > height;
  useEffect(() => {
    if (atEnd) onReachEnd?.();
  }, [atEnd, onReachEnd]);

  if (stories.length === 0) return null;

  // Arrow keys move between rows, scrolling rows into existence before focusing them.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Home' && event.key !== 'End') return;
    event.preventDefault();
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? stories.length - 1 : Math.min(stories.length - 1, Math.max(0, active + (event.key === 'ArrowDown' ? 1 : -1)));
    setActive(next);
    const el = scroller.current;
    if (!el) return;
    const top = next * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + height) el.scrollTop = top + ROW_HEIGHT - height;
    setScrollTop(el.scrollTop);
    requestAnimationFrame(() => el.querySelector<HTMLElement>(`[data-index="${next}"] .saved-open`)?.focus());
  };

  return (
    <div
      ref={scroller}
      class="story-scroller"
      style={{ height: `${Math.min(height, stories.length * ROW_HEIGHT)}px` }}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLElement).scrollTop)}
      onKeyDown={onKeyDown}
    >
      <ul class="saved-list" aria-label={t('savedListLabel')} style={{ height: `${stories.length * ROW_HEIGHT}px` }}>
        {stories.slice(first, last).map((story, offset) => {
          const index = first + offset;
          const date = formatPublished(story.published, locale);
          return (
            <li
              key={story.id}
              class={`saved-item${story.read ? ' is-read' : ''}`}
              data-story-id={story.id}
              data-index={index}
              aria-setsize={stories.length}
              aria-posinset={index + 1}
              style={{ transform: `translateY(${index * ROW_HEIGHT}px)`, height: `${ROW_HEIGHT}px` }}
            >
              {onToggleSelect && (
                <input
                  type="checkbox"
                  class="saved-select"
                  checked={selected?.has(story.id) ?? false}
                  aria-label={t('selectStory', story.title)}
                  onChange={() => onToggleSelect(story.id)}
                />
              )}
              <button type="button" class="saved-open" tabIndex={index === active ? 0 : -1} onFocus={() => setActive(index)} onClick={() => onOpen(story.id)}>
                <span class="saved-title" lang={story.lang ?? undefined}>
                  {!story.read && <span class="unread-dot"><span class="visually-hidden">{t('unread')}: </span></span>}
                  {story.title}
                </span>
                <span class="saved-meta">
                  {story.siteName && <span class="saved-site">{story.siteName}</span>}
                  {date && <time dateTime={date.datetime}>{date.label}</time>}
                  {story.linkOnly && <span class="saved-link-only">{t('linkOnly')}</span>}
                  {showSize && story.bytes > 0 && <span class="saved-size">{t('storySize', formatBytes(story.bytes, locale))}</span>}
                </span>
              </button>
              <span class="saved-actions">
                {onToggleRead && (
                  <button type="button" class="saved-read" onClick={() => onToggleRead(story.id, !story.read)}>
                    {story.read ? t('markUnread') : t('markRead')}
                  </button>
                )}
                {onToggleArchive && (
                  <button type="button" class="saved-archive" onClick={() => onToggleArchive(story.id, !story.archived)}>
                    {story.archived ? t('unarchive') : t('archive')}
                  </button>
                )}
                <button type="button" class="saved-delete" aria-label={t('deleteStoryLabel', story.title)} onClick={() => onDelete(story.id)}>
                  {t('deleteStory')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
