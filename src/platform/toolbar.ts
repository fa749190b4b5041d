import browser from 'webextension-polyfill';
import { translate } from './i18n';

/** The accent colour of our pages, so the badge looks like part of Broadsheet. */
const BADGE_COLOUR = '#8a2b1b';
/** How long a save confirmation stays on the toolbar button. */
export const FLASH_MS = 4000;

/** The count on the toolbar button, for every tab; null or 0 clears it. */
export async function showUnreadBadge(count: number | null): Promise<void> {
  const text = count && count > 0 ? (count > 99 ? '99+' : String(count)) : '';
  await browser.action.setBadgeBackgroundColor({ color: BADGE_COLOUR });
  await browser.action.setBadgeTextColor?.({ color: '#ffffff' }).catch(() => {});
  await browser.action.setBadgeText({ text });
  await browser.action.setTitle({ title: text ? translate('badgeUnreadTitle', count ?? 0) : translate('actionTitle') });
}

const pending = new Map<number, ReturnType<typeof setTimeout>>();

/**
 * A short confirmation on the toolbar button of one tab ("✓" saved, "!" failed) with the reason in its
 * tooltip; the tab then shows the shared badge again.
 */
export async function flashBadge(tabId: number, outcome: 'saved' | 'failed', title: string, ms = FLASH_MS): Promise<void> {
  clearTimeout(pending.get(tabId));
  await browser.action.setBadgeText({ tabId, text: outcome === 'saved' ? '✓' : '!' });
  await browser.action.setTitle({ tabId, title });
  pending.set(
    tabId,
    setTimeout(() => {
      pending.delete(tabId);
      void clearTabBadge(tabId);
    }, ms),
  );
}

async function clearTabBadge(tabId: number): Promise<void> {
  try {
    // null removes the tab's own text and title, so the shared ones show again.
    await browser.action.setBadgeText({ tabId, text: null });
    await browser.action.setTitle({ tabId, title: null });
  } catch {
    // The tab was closed meanwhile.
  }
}
