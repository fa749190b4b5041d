import type { MessageKey } from '../core/messages';

/** Pages no extension may read. Checked before injecting so the person gets a clear message. */
const RESTRICTED_SCHEMES = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|blob|javascript):/i;
const STORE_HOSTS = new Set(['chrome.google.com', 'chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

export type RestrictedKind = 'browser-page' | 'store' | 'pdf' | 'local-file';

export function restrictionOf(url: string | undefined): RestrictedKind | null {
  if (!url) return null;
  if (RESTRICTED_SCHEMES.test(url)) return 'browser-page';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'browser-page';
  }
  if (STORE_HOSTS.has(parsed.hostname) && (parsed.hostname !== 'chrome.google.com' || parsed.pathname.startsWith('/webstore'))) {
    return 'store';
  }
  if (/\.pdf$/i.test(parsed.pathname)) return 'pdf';
  return null;
}

export const RESTRICTED_MESSAGES: Record<RestrictedKind, MessageKey> = {
  'browser-page': 'failBrowserPage',
  store: 'failStore',
  pdf: 'failPdf',
  'local-file': 'failLocalFile',
};
