import { fakeBrowser } from '@webext-core/fake-browser';
import { expect, test, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../ui/typography';
import { loadSettings, parseSettings, saveSettings, SETTINGS_KEY, SETTINGS_VERSION, watchKeys, watchSettings } from './settings';

const local = fakeBrowser.storage.local;

test('nothing stored gives the defaults', async () => {
  expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
});

test('a change is stored whole, validated and versioned, and read back', async () => {
  const result = await saveSettings({ theme: 'sepia', fontSize: 22 });
  expect(result).toEqual({ ok: true, settings: { ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 22 } });
  expect((await local.get(SETTINGS_KEY))[SETTINGS_KEY]).toEqual({ version: SETTINGS_VERSION, ...DEFAULT_SETTINGS, theme: 'sepia', fontSize: 22 });
  await saveSettings({ font: 'sans' });
  expect(await loadSettings()).toMatchObject({ theme: 'sepia', fontSize: 22, font: 'sans' });
});

test('out-of-range and unknown values never reach storage', async () => {
  await saveSettings({ fontSize: 400, lineHeight: 0.2, width: 66.7, theme: 'neon' as never });
  const stored = (await local.get(SETTINGS_KEY))[SETTINGS_KEY] as Record<string, unknown>;
  expect(stored).toMatchObject({ fontSize: 28, lineHeight: 1.3, width: 66, theme: DEFAULT_SETTINGS.theme });
});

test('damaged stored settings fall back field by field', async () => {
  await local.set({ [SETTINGS_KEY]: { version: 1, font: 'comic', fontSize: '20', lineHeight: 1.8, theme: 'dark', showBadge: 'yes' } });
  expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, lineHeight: 1.8, theme: 'dark' });
  for (const junk of [null, 'dark', 42, [1, 2]]) expect(parseSettings(junk)).toEqual(DEFAULT_SETTINGS);
});

test('settings from a newer version are read as far as they are understood', () => {
  expect(parseSettings({ version: SETTINGS_VERSION + 1, theme: 'dark', futureField: true })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
});

test('a storage failure is reported, not thrown, and loading falls back to the defaults', async () => {
  vi.spyOn(local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  expect(await saveSettings({ theme: 'dark' })).toEqual({ ok: false, message: 'QUOTA_BYTES quota exceeded' });
  vi.spyOn(local, 'get').mockRejectedValue(new Error('broken'));
  expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
});

test('other pages hear about a change; unrelated keys are ignored', async () => {
  const heard = vi.fn();
  const anyKey = vi.fn();
  const stop = watchSettings(heard);
  const stopKeys = watchKeys(['index', SETTINGS_KEY], anyKey);
  await local.set({ unrelated: 1 });
  await saveSettings({ theme: 'dark' });
  await vi.waitFor(() => expect(heard).toHaveBeenCalledWith({ ...DEFAULT_SETTINGS, theme: 'dark' }));
  expect(heard).toHaveBeenCalledTimes(1);
  expect(anyKey).toHaveBeenCalledTimes(1);
  stop();
  stopKeys();
  await saveSettings({ theme: 'light' });
  expect(heard).toHaveBeenCalledTimes(1);
});
