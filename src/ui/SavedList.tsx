import { formatPublished } from '../core/format-date';
import type { StorySummary } from '../core/story';
import { useT } from './i18n';

type SavedListProps = {
  stories: StorySummary[];
  locale?: string;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
};

/** Saved stories, as given (newest first): headline, site and date; each opens or deletes. */
export function SavedList({ stories, locale, onOpen, onDelete }: SavedListProps) {
  const t = useT();
  if (stories.length === 0) return <p class="empty">{t('savedEmpty')}</p>;
  return (
    <ul class="saved-list" aria-label={t('savedListLabel')}>
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
            <button type="button" class="saved-delete" aria-label={t('deleteStoryLabel', story.title)} onClick={() => onDelete(story.id)}>
              {t('deleteStory')}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
