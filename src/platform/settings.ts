import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, normalizeSettings, type ReaderSettings } from '../ui/typography';
import { withWriteLock } from './write-lock';

/** Storage key of the reading settings, in storage.local. */
export const SETTINGS_KEY = 'settings';
/** Bump when the stored shape changes, and add a numbered step to SETTINGS_MIGRATIONS with a test. */
export const SETTINGS_VERSION = 1;

/** What storage holds under SETTINGS_KEY. */
export type StoredSettings = ReaderSettings & { version: number };

/**
 * Steps that turn stored settings of version N-1 into version N. Pure and safe to run twice.
 * Version 1 is the first stored shape, so there are none yet.
 */
export const SETTINGS_MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {};

/**
 * Reads whatever is stored into complete settings. A missing or damaged value gives the defaults,
 * field by field; a newer version's fields are read as far as this version understands them.
 */
export function parseSettings(raw: unknown): ReaderSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ...DEFAULT_SETTINGS };
  let data = raw as Record<string, unknown>;
  const from = typeof data.version === 'number' ? data.version : 0;
  for (let v = from + 1; v <= SETTINGS_VERSION; v++) {
    const step = SETTINGS_MIGRATIONS[v];
    if (step) data = step(data);
  }
  return normalizeSettings(data);
}

export async function loadSettings(): Promise<ReaderSettings> {
  try {
    return parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  } catch {
    // Storage unreadable: reading still works, with the defaults.
    return { ...DEFAULT_SETTINGS };
  }
}

export type SaveSettingsResult = { ok: true; settings: ReaderSettings } | { ok: false; message: string };

/**
 * Changes some settings and stores the whole, validated, versioned record. Writes are serialized
 * (a slider sends many changes at once; two pages may write together), so none is lost.
 */
export function saveSettings(patch: Partial<ReaderSettings>): Promise<SaveSettingsResult> {
  return withWriteLock(() => writeSettings(patch));
}

async function writeSettings(patch: Partial<ReaderSettings>): Promise<SaveSettingsResult> {
  try {
    const current = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
    const settings = normalizeSettings({ ...current, ...patch });
    const stored: StoredSettings = { version: SETTINGS_VERSION, ...settings };
    await browser.storage.local.set({ [SETTINGS_KEY]: stored });
    return { ok: true, settings };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** Calls back with the new settings whenever they change, from any page. Returns an unsubscribe. */
export function watchSettings(onChange: (settings: ReaderSettings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) onChange(parseSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** Calls back when any of these storage.local keys changes (the background's badge follows the index and settings). */
export function watchKeys(keys: readonly string[], onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && keys.some((key) => key in changes)) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
