/** What the reader page shows, from its address. Pure, so links to the reader can be built anywhere. */
export type ReaderSource =
  | { kind: 'story'; id: string }
  | { kind: 'tab'; tabId: number }
  | { kind: 'settings' };

const STORY_ID = /^[\w-]{1,128}$/;

/**
 * `?id=<storyId>` is a saved story (stable and bookmarkable); `?tab=<tabId>` reads a live tab;
 * anything else is the settings page (also the extension's options page).
 */
export function parseReaderUrl(search: string): ReaderSource {
  const params = new URLSearchParams(search);
  const id = params.get('id');
  if (id !== null && STORY_ID.test(id)) return { kind: 'story', id };
  const tab = params.get('tab');
  if (tab !== null && /^\d{1,10}$/.test(tab)) {
    const tabId = Number(tab);
    if (Number.isSafeInteger(tabId)) return { kind: 'tab', tabId };
  }
  return { kind: 'settings' };
}

/** The reader's address relative to the extension root, e.g. for `runtime.getURL`. */
export function readerPath(source: { id: string } | { tabId: number }): string {
  const query = 'id' in source ? `id=${encodeURIComponent(source.id)}` : `tab=${source.tabId}`;
  return `reader/index.html?${query}`;
}
