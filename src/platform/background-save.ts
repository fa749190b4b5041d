import browser, { type Runtime } from 'webextension-polyfill';
import type { Article } from '../core/types';
import { translate } from './i18n';
import { isSaveStoryRequest, type SaveStoryRequest, type SaveStoryResponse } from './messages';

/** Asks the background to save a story; the request is on its way before this returns. */
export async function saveInBackground(article: Article): Promise<SaveStoryResponse> {
  const request: SaveStoryRequest = { type: 'broadsheet/save-story', article };
  try {
    const response = (await browser.runtime.sendMessage(request)) as SaveStoryResponse | undefined;
    return response ?? { ok: false, message: translate('failUnreachable') };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Background side: answers save requests from our own pages only; anything else is ignored. */
export function onSaveStoryRequest(save: (article: Article) => Promise<SaveStoryResponse>): void {
  const ownPages = browser.runtime.getURL('');
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    const fromOwnPage = sender.id === browser.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(ownPages);
    if (!fromOwnPage || !isSaveStoryRequest(message)) return undefined;
    return save(message.article);
  });
}

/** Calls back when the person grants host access (the image permission), from any page. */
export function onPermissionAdded(callback: () => void): void {
  browser.permissions.onAdded.addListener(() => callback());
}
