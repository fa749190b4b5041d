import { listStories } from '../platform/store';
import { onInstalledOrStarted, onMenuAction, onSavePageCommand, registerMenus } from '../platform/menus';
import { watchKeys } from '../platform/settings';
import { onPermissionAdded, onSaveStoryRequest } from '../platform/background-save';
import { BADGE_KEYS, fetchPendingImages, refreshBadge, saveFromPage, saveLinkFrom, savePage } from './save';

// Listeners are registered at the top level, so a stopped service worker (or event page) is woken for them.

onInstalledOrStarted((reason) => {
  // Read the saved list once: a damaged index is rebuilt from the stories before anyone opens the popup.
  if (reason === 'install' || reason === 'update') void listStories();
  void registerMenus().catch((error: unknown) => console.warn('Broadsheet: menus not created', error));
  void refreshBadge();
  void fetchPendingImages();
});

onSavePageCommand((tabId) => void savePage(tabId));

onMenuAction((action) => {
  if (action.kind === 'save-page') void savePage(action.tabId);
  else void saveLinkFrom(action.url, action.title, action.tabId);
});

onSaveStoryRequest(saveFromPage);
onPermissionAdded(() => void fetchPendingImages());

// The unread count follows the saved list and the badge setting, whichever page changed them.
watchKeys(BADGE_KEYS, () => void refreshBadge());
void refreshBadge();

// Exported for the browser tests, which call them from the background context (`broadsheet.savePage`).
export { refreshBadge, saveLinkFrom, savePage };
