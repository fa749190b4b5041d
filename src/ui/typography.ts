/**
 * The reading settings model (pure: no extension API) and how it becomes CSS.
 * `platform/settings.ts` stores it; the popup and the reader apply it with `applySettings`.
 */

export const FONTS = ['serif', 'sans', 'system'] as const;
export const THEMES = ['light', 'dark', 'sepia', 'auto'] as const;
export type FontChoice = (typeof FONTS)[number];
export type ThemeChoice = (typeof THEMES)[number];
export type ResolvedTheme = Exclude<ThemeChoice, 'auto'>;

export interface ReaderSettings {
  font: FontChoice;
  /** Body text size in CSS pixels (the reader; the popup uses a little less). */
  fontSize: number;
  /** Unitless line height. */
  lineHeight: number;
  /** Column width (the measure) in `ch`. 60–75 is comfortable for long reading. */
  width: number;
  theme: ThemeChoice;
  /** Show the unread count on the toolbar button. */
  showBadge: boolean;
  /** Keep a story's images for offline reading when it is saved. */
  saveImages: boolean;
}

export const DEFAULT_SETTINGS: Readonly<ReaderSettings> = Object.freeze({
  font: 'serif',
  fontSize: 19,
  lineHeight: 1.6,
  width: 66,
  theme: 'auto',
  showBadge: true,
  saveImages: true,
});

export interface Range {
  min: number;
  max: number;
  step: number;
}
export const LIMITS: Readonly<Record<'fontSize' | 'lineHeight' | 'width', Range>> = Object.freeze({
  fontSize: { min: 14, max: 28, step: 1 },
  lineHeight: { min: 1.3, max: 2, step: 0.1 },
  width: { min: 50, max: 80, step: 2 },
});

/** Font stacks: no web fonts are bundled, so each names good local faces first. */
export const FONT_STACKS: Readonly<Record<FontChoice, string>> = Object.freeze({
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, 'Noto Serif', 'DejaVu Serif', serif",
  sans: "'Source Sans 3', 'Segoe UI', 'Helvetica Neue', Arial, 'Noto Sans', 'DejaVu Sans', sans-serif",
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
});

interface Palette {
  bg: string;
  fg: string;
  muted: string;
  accent: string;
  line: string;
  panel: string;
}

/** Colours per theme. Each pair passes WCAG AA for body text (checked by axe in the browser tests). */
export const PALETTES: Readonly<Record<ResolvedTheme, Palette>> = Object.freeze({
  light: { bg: '#fdfcf9', fg: '#1d1d1b', muted: '#5f5b53', accent: '#8a2b1b', line: '#e2ddd3', panel: '#f3f0e8' },
  dark: { bg: '#1c1b19', fg: '#ece8df', muted: '#b3ada1', accent: '#f0a090', line: '#3a3732', panel: '#26241f' },
  sepia: { bg: '#f4ecd8', fg: '#3b2f20', muted: '#5e4e3a', accent: '#7a3414', line: '#ddd0b3', panel: '#ebe0c6' },
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function inRange(value: unknown, range: Range, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  const clamped = Math.min(range.max, Math.max(range.min, value));
  // Snap to the step so that stored values match what the sliders can show.
  const steps = Math.round((clamped - range.min) / range.step);
  return Number((range.min + steps * range.step).toFixed(2));
}

/** Any stored or typed value → complete, valid settings. Unknown or damaged fields fall back one by one. */
export function normalizeSettings(raw: unknown): ReaderSettings {
  const r = isRecord(raw) ? raw : {};
  return {
    font: FONTS.includes(r.font as FontChoice) ? (r.font as FontChoice) : DEFAULT_SETTINGS.font,
    fontSize: inRange(r.fontSize, LIMITS.fontSize, DEFAULT_SETTINGS.fontSize),
    lineHeight: inRange(r.lineHeight, LIMITS.lineHeight, DEFAULT_SETTINGS.lineHeight),
    width: inRange(r.width, LIMITS.width, DEFAULT_SETTINGS.width),
    theme: THEMES.includes(r.theme as ThemeChoice) ? (r.theme as ThemeChoice) : DEFAULT_SETTINGS.theme,
    showBadge: typeof r.showBadge === 'boolean' ? r.showBadge : DEFAULT_SETTINGS.showBadge,
    saveImages: typeof r.saveImages === 'boolean' ? r.saveImages : DEFAULT_SETTINGS.saveImages,
  };
}

/** `auto` follows the system's light or dark preference. */
export function resolveTheme(theme: ThemeChoice, prefersDark: boolean): ResolvedTheme {
  if (theme === 'auto') return prefersDark ? 'dark' : 'light';
  return theme;
}

/** The CSS custom properties for these settings. Pages read them in their stylesheets. */
export function settingsToCssVariables(settings: ReaderSettings, prefersDark: boolean): Record<string, string> {
  const palette = PALETTES[resolveTheme(settings.theme, prefersDark)];
  return {
    '--bg': palette.bg,
    '--fg': palette.fg,
    '--muted': palette.muted,
    '--accent': palette.accent,
    '--line': palette.line,
    '--panel': palette.panel,
    '--reader-font': FONT_STACKS[settings.font],
    '--reader-size': `${settings.fontSize}px`,
    '--reader-line-height': String(settings.lineHeight),
    '--reader-measure': `${settings.width}ch`,
  };
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

/**
 * Applies settings to a page's root element through the CSSOM (allowed by our CSP, unlike inline
 * style attributes in markup). Sets `data-theme` (resolved) and `data-font` for tests and CSS hooks.
 * Returns a function that stops following the system theme.
 */
export function applySettings(root: HTMLElement, settings: ReaderSettings): () => void {
  const view = root.ownerDocument.defaultView;
  const query = view?.matchMedia?.(DARK_QUERY);
  const paint = () => {
    const prefersDark = query?.matches ?? false;
    for (const [name, value] of Object.entries(settingsToCssVariables(settings, prefersDark))) {
      root.style.setProperty(name, value);
    }
    const theme = resolveTheme(settings.theme, prefersDark);
    root.style.setProperty('color-scheme', theme === 'dark' ? 'dark' : 'light');
    root.dataset.theme = theme;
    root.dataset.themeChoice = settings.theme;
    root.dataset.font = settings.font;
  };
  paint();
  if (settings.theme !== 'auto' || !query) return () => {};
  query.addEventListener('change', paint);
  return () => query.removeEventListener('change', paint);
}
