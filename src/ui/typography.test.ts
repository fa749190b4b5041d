import { expect, test } from 'vitest';
import { applySettings, DEFAULT_SETTINGS, normalizeSettings, resolveTheme, settingsToCssVariables } from './typography';

test('defaults give a 60–75 character measure and generous leading', () => {
  expect(DEFAULT_SETTINGS.width).toBeGreaterThanOrEqual(60);
  expect(DEFAULT_SETTINGS.width).toBeLessThanOrEqual(75);
  expect(DEFAULT_SETTINGS.lineHeight).toBeGreaterThanOrEqual(1.5);
});

test('values snap to the sliders’ steps and stay in range', () => {
  expect(normalizeSettings({ fontSize: 19.4, lineHeight: 1.66, width: 81 })).toMatchObject({ fontSize: 19, lineHeight: 1.7, width: 80 });
  expect(normalizeSettings({ fontSize: Number.NaN, lineHeight: Infinity })).toMatchObject({ fontSize: 19, lineHeight: 1.6 });
});

test('auto follows the system; the others are fixed', () => {
  expect(resolveTheme('auto', true)).toBe('dark');
  expect(resolveTheme('auto', false)).toBe('light');
  expect(resolveTheme('sepia', true)).toBe('sepia');
});

test('settings become CSS custom properties', () => {
  const vars = settingsToCssVariables({ ...DEFAULT_SETTINGS, font: 'sans', fontSize: 21, lineHeight: 1.8, width: 60, theme: 'dark' }, false);
  expect(vars).toMatchObject({ '--reader-size': '21px', '--reader-line-height': '1.8', '--reader-measure': '60ch', '--bg': '#1c1b19' });
  expect(vars['--reader-font']).toMatch(/sans-serif$/);
});

test('applySettings paints the root element and follows the system theme for auto', () => {
  let listener: (() => void) | null = null;
  let dark = false;
  const root = document.documentElement;
  const original = window.matchMedia;
  window.matchMedia = ((query: string) => ({
    media: query,
    get matches() {
      return dark;
    },
    addEventListener: (_: string, fn: () => void) => (listener = fn),
    removeEventListener: () => (listener = null),
  })) as unknown as typeof window.matchMedia;
  try {
    const stop = applySettings(root, { ...DEFAULT_SETTINGS, theme: 'auto', font: 'system' });
    expect(root.dataset.theme).toBe('light');
    expect(root.dataset.font).toBe('system');
    expect(root.style.getPropertyValue('--reader-size')).toBe('19px');
    dark = true;
    listener!();
    expect(root.dataset.theme).toBe('dark');
    expect(root.style.getPropertyValue('--bg')).toBe('#1c1b19');
    stop();
    expect(listener).toBeNull();
    applySettings(root, { ...DEFAULT_SETTINGS, theme: 'sepia' });
    expect(root.dataset.theme).toBe('sepia');
    expect(root.style.getPropertyValue('color-scheme')).toBe('light');
  } finally {
    window.matchMedia = original;
  }
});
