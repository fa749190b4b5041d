import browser, { type Runtime } from 'webextension-polyfill';
import type { ExtractResult } from '../core/types';
import { isExtractRequest } from './messages';

const LOADED_FLAG = '__broadsheetContentLoaded';

/**
 * Called by the injected content script. The script may be injected again on a later click,
 * so it registers its listener once per page.
 */
export function answerExtractRequests(extract: (force: boolean) => ExtractResult): void {
  const scope = globalThis as Record<string, unknown>;
  // Strictly `true`: the page can make any name truthy here with <div id="__broadsheetContentLoaded">
  // (named elements show up as globals in the content script too), which would stop us from listening.
  if (scope[LOADED_FLAG] === true) return;
  scope[LOADED_FLAG] = true;
  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== browser.runtime.id || !isExtractRequest(message)) return undefined;
    return Promise.resolve(extract(message.force));
  });
}
