import { formatPublished } from '../core/format-date';
import type { StorySummary } from '../core/story';

type SavedListProps = {
  stories: StorySummary[];
  locale?: string;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
};

/** Saved stories, as given (newest first): headline, site and date; each opens or deletes. */
export function SavedList({ stories, locale, onOpen, onDelete }: SavedListProps) {
  if (stories.length === 0) {
    return <p class="empty">No saved stories yet. Open a story and press Save to keep it for offline reading.</p>;
  }
  return (
    <ul class="saved-list" aria-label="Saved stories">
      {stories.map((story) => {
        const date = formatPublished(story.published, locale);
        return (
          <li key={story.id} class="saved-item" data-story-id={story.id}>
            <button type="button" class="saved-open" onClick={() => onOpen(story.id)}>
              <span class="saved-title" lang={story.lang ?? undefined}>{story.title}</span>
              <span class="saved-meta">
                {story.siteName && <span class="saved-site">{story.siteName}</span>}
                {date && <time dateTime={date.datetime}>{date.label}</time>}
              </span>
            </button>
            <button type="button" class="saved-delete" aria-label={`Delete “${story.title}”`} onClick={() => onDelete(story.id)}>
              Delete
            </button>
          </li>
        );
      })}
    </ul>
  );
}
