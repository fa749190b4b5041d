import browser from 'webextension-polyfill';
import type { ExtractFailureReason, ExtractResult } from '../core/types';
import { isExtractResponse, type ExtractRequest } from './messages';
import { RESTRICTED_MESSAGES, restrictionOf } from './restricted';

export type ReadFailureReason = ExtractFailureReason | 'restricted' | 'unreachable' | 'no-tab';
export type ReadResult =
  | Extract<ExtractResult, { ok: true }>
  | { ok: false; reason: ReadFailureReason; message: string };

/** The built content script. Absolute, because Firefox resolves it against the calling page. */
export const CONTENT_SCRIPT = '/content.js';

/** Finds the tab the popup was opened for. `?tabId=` exists only for the test build's tab-hosted popup. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Injects the content script into the tab (activeTab grant from the click) and asks it for the story. */
export async function readTab(tabId: number | null, force = false): Promise<ReadResult> {
  if (tabId === null) return { ok: false, reason: 'no-tab', message: 'There is no open page to read.' };
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { ok: false, reason: 'no-tab', message: 'The page was closed.' };
  }
  const restricted = restrictionOf(url);
  if (restricted) return { ok: false, reason: 'restricted', message: RESTRICTED_MESSAGES[restricted] };

  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  } catch (error) {
    return injectionFailure(url, error);
  }
  try {
    const request: ExtractRequest = { type: 'broadsheet/extract', force };
    const response: unknown = await browser.tabs.sendMessage(tabId, request);
    if (!isExtractResponse(response)) {
      return { ok: false, reason: 'parse-failed', message: 'The page gave an answer Broadsheet could not understand.' };
    }
    return response;
  } catch (error) {
    return { ok: false, reason: 'unreachable', message: `Broadsheet could not talk to the page (${errorText(error)}).` };
  }
}

function injectionFailure(url: string | undefined, error: unknown): ReadResult {
  const detail = errorText(error);
  if (url?.startsWith('file:')) return { ok: false, reason: 'restricted', message: RESTRICTED_MESSAGES['local-file'] };
  if (/error page|showing error/i.test(detail)) {
    return { ok: false, reason: 'unreachable', message: 'The page did not load, so there is nothing to read. Your saved stories are still here.' };
  }
  if (/cannot access|permission|cannot be scripted|extensions gallery/i.test(detail)) {
    return { ok: false, reason: 'restricted', message: 'The browser does not let extensions read this page.' };
  }
  return { ok: false, reason: 'unreachable', message: `Broadsheet could not read this page (${detail}).` };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
