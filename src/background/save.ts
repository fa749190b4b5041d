import { imageUrlsIn } from '../core/image-plan';
import type { Article } from '../core/types';
import { fetchImages, hasImagePermission } from '../platform/images';
import { translate } from '../platform/i18n';
import { activeTabId, readTab } from '../platform/read-tab';
import { SETTINGS_KEY, loadSettings } from '../platform/settings';
import type { SaveStoryResponse } from '../platform/messages';
import { addPendingImages, getStory, INDEX_KEY, saveArticle, saveLink, takePendingImages, unreadCount } from '../platform/store';
import { flashBadge, showUnreadBadge } from '../platform/toolbar';

export type SaveOutcome = { ok: true; id: string; title: string } | { ok: false; message: string };

/**
 * Saves the page in a tab without opening anything (keyboard command, context menu): the same
 * injection and message as the popup, then the store. The toolbar button confirms with "✓" or "!".
 */
export async function savePage(tabId: number | null): Promise<SaveOutcome> {
  const target = tabId ?? (await activeTabId());
  const read = await readTab(target);
  let outcome: SaveOutcome;
  if (!read.ok) {
    outcome = { ok: false, message: read.message };
  } else {
    const saved = await saveArticle(read.article);
    outcome = saved.ok ? { ok: true, id: saved.summary.id, title: saved.summary.title } : { ok: false, message: saved.message };
    // Images follow when the person allowed them once (no prompt can be shown from here).
    if (saved.ok) await keepImages(read.article);
  }
  await confirm(target, outcome);
  return outcome;
}

/** A save handed over by the popup (which may close during the permission prompt). */
export async function saveFromPage(article: Article): Promise<SaveStoryResponse> {
  const saved = await saveArticle(article);
  if (!saved.ok) return { ok: false, message: saved.message };
  if ((await loadSettings()).saveImages && imageUrlsIn(article.contentHtml).length > 0) {
    if (await hasImagePermission()) await keepImages(article);
    else await addPendingImages(saved.summary.id);
  }
  return { ok: true, id: saved.summary.id };
}

/** Once the image permission is granted, the stories saved while it was being asked for get their images. */
export async function fetchPendingImages(): Promise<void> {
  if (!(await hasImagePermission())) return;
  for (const id of await takePendingImages()) {
    const story = await getStory(id);
    if (story.ok && story.story.article && Object.keys(story.story.images).length === 0) await keepImages(story.story.article);
  }
}

async function keepImages(article: Article): Promise<void> {
  const urls = imageUrlsIn(article.contentHtml);
  if (urls.length === 0 || !(await loadSettings()).saveImages || !(await hasImagePermission())) return;
  const images = await fetchImages(urls);
  if (images.length > 0) await saveArticle(article, { images });
}

/** Saves a link from the context menu as a link-only story. */
export async function saveLinkFrom(url: string, title: string | undefined, tabId: number | null): Promise<SaveOutcome> {
  const saved = await saveLink(title ? { url, title } : { url });
  const outcome: SaveOutcome = saved.ok ? { ok: true, id: saved.summary.id, title: saved.summary.title } : { ok: false, message: saved.message };
  await confirm(tabId, outcome);
  return outcome;
}

async function confirm(tabId: number | null, outcome: SaveOutcome): Promise<void> {
  if (tabId === null) return;
  const title = outcome.ok ? translate('badgeSavedTitle', outcome.title) : translate('badgeFailedTitle', outcome.message);
  await flashBadge(tabId, outcome.ok ? 'saved' : 'failed', title).catch(() => {});
}

/** The unread count on the toolbar button, or nothing when the person turned it off. */
export async function refreshBadge(): Promise<void> {
  const settings = await loadSettings();
  await showUnreadBadge(settings.showBadge ? await unreadCount() : null);
}

/** Storage keys whose changes can change the badge. */
export const BADGE_KEYS = [INDEX_KEY, SETTINGS_KEY];
