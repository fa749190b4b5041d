import { fold } from '../core/library-query';
import { forEachStoryRecord } from './store';

/** Full-text search over story bodies, read in batches so the library never holds every body at once. */
export async function searchStoryText(ids: string[], terms: string[], signal: AbortSignal): Promise<Set<string>> {
  const found = new Set<string>();
  await forEachStoryRecord(
    ids,
    (story) => {
      const text = story.article ? fold(story.article.textContent) : '';
      if (terms.every((term) => text.includes(term))) found.add(story.id);
    },
    { signal },
  );
  return found;
}
