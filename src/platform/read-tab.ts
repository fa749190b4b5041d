import browser from 'webextension-polyfill';
import type { MessageKey } from '../core/messages';
import type { ExtractFailureReason, ExtractResult } from '../core/types';
import { translate } from './i18n';
import { isExtractResponse, type ExtractRequest } from './messages';
import { RESTRICTED_MESSAGES, restrictionOf } from './restricted';

export type ReadFailureReason = ExtractFailureReason | 'restricted' | 'unreachable' | 'no-tab';
export type ReadResult =
  | Extract<ExtractResult, { ok: true }>
  | { ok: false; reason: ReadFailureReason; message: string };

const EXTRACT_FAILURES: Record<ExtractFailureReason, MessageKey> = {
  'not-article': 'failNotArticle',
  'no-content': 'failNoContent',
  'too-large': 'failTooLarge',
  'parse-failed': 'failParse',
};

/** The built content script. Absolute, because Firefox resolves it against the calling page. */
export const CONTENT_SCRIPT = '/content.js';

/** Finds the tab the popup was opened for. `?tabId=` exists only for the test build's tab-hosted popup. */
export async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Injects the content script into the tab (activeTab grant from the click) and asks it for the story. */
export async function readTab(tabId: number | null, force = false): Promise<ReadResult> {
  if (tabId === null) return { ok: false, reason: 'no-tab', message: translate('failNoTab') };
  let url: string | undefined;
  try {
    url = (await browser.tabs.get(tabId)).url;
  } catch {
    return { ok: false, reason: 'no-tab', message: translate('failNoTab') };
  }
  const restricted = restrictionOf(url);
  if (restricted) return { ok: false, reason: 'restricted', message: translate(RESTRICTED_MESSAGES[restricted]) };

  try {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  } catch (error) {
    return injectionFailure(url, error);
  }
  try {
    const request: ExtractRequest = { type: 'broadsheet/extract', force };
    const response: unknown = await browser.tabs.sendMessage(tabId, request);
    if (!isExtractResponse(response)) {
      return { ok: false, reason: 'parse-failed', message: translate('failBadAnswer') };
    }
    // The page has no i18n API, so its failures are worded here, in the interface language.
    return response.ok ? response : { ok: false, reason: response.reason, message: translate(EXTRACT_FAILURES[response.reason] ?? 'failParse') };
  } catch (error) {
    console.warn('Broadsheet: no answer from the page', error);
    return { ok: false, reason: 'unreachable', message: translate('failUnreachable') };
  }
}

function injectionFailure(url: string | undefined, error: unknown): ReadResult {
  const detail = errorText(error);
  if (url?.startsWith('file:')) return { ok: false, reason: 'restricted', message: translate('failLocalFile') };
  if (/error page|showing error/i.test(detail)) {
    return { ok: false, reason: 'unreachable', message: translate('failErrorPage') };
  }
  if (/cannot access|permission|cannot be scripted|extensions gallery/i.test(detail)) {
    return { ok: false, reason: 'restricted', message: translate('failNotScriptable') };
  }
  console.warn('Broadsheet: injection failed', error);
  return { ok: false, reason: 'unreachable', message: translate('failUnreachable') };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
