import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { translate } from './i18n';

export const MENU_SAVE_PAGE = 'broadsheet-save-page';
export const MENU_SAVE_LINK = 'broadsheet-save-link';
/** The manifest command that saves the page without opening anything. */
export const COMMAND_SAVE_PAGE = 'save-page';

/** (Re)creates our two context-menu items. Safe to call on every install and browser start. */
export async function registerMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SAVE_PAGE, title: translate('menuSavePage'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_SAVE_LINK, title: translate('menuSaveLink'), contexts: ['link'] });
}

export type MenuAction =
  | { kind: 'save-page'; tabId: number | null }
  | { kind: 'save-link'; url: string; title: string | undefined; tabId: number | null };

/** What a context-menu click asks for, or null for anything that is not ours or not a web link. */
export function menuAction(info: Menus.OnClickData, tab: Tabs.Tab | undefined): MenuAction | null {
  const tabId = tab?.id ?? null;
  if (info.menuItemId === MENU_SAVE_PAGE) return { kind: 'save-page', tabId };
  if (info.menuItemId === MENU_SAVE_LINK && info.linkUrl && /^https?:\/\//i.test(info.linkUrl)) {
    const title = info.linkText?.trim() || undefined;
    return { kind: 'save-link', url: info.linkUrl, title, tabId };
  }
  return null;
}

export function onMenuAction(handler: (action: MenuAction) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const action = menuAction(info, tab);
    if (action) handler(action);
  });
}

/** The save-page keyboard command; the command's activeTab grant covers the tab it names. */
export function onSavePageCommand(handler: (tabId: number | null) => void): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === COMMAND_SAVE_PAGE) handler(tab?.id ?? null);
  });
}

export function onInstalledOrStarted(handler: (reason: 'install' | 'update' | 'startup' | 'other') => void): void {
  browser.runtime.onInstalled.addListener((details) => {
    handler(details.reason === 'install' || details.reason === 'update' ? details.reason : 'other');
  });
  browser.runtime.onStartup.addListener(() => handler('startup'));
}
