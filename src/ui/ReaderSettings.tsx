import type { MessageKey } from '../core/messages';
import { useT } from './i18n';
import { FONTS, LIMITS, THEMES, type FontChoice, type ReaderSettings as Settings, type ThemeChoice } from './typography';

const FONT_LABELS: Record<FontChoice, MessageKey> = { serif: 'fontSerif', sans: 'fontSans', system: 'fontSystem' };
const THEME_LABELS: Record<ThemeChoice, MessageKey> = { light: 'themeLight', dark: 'themeDark', sepia: 'themeSepia', auto: 'themeAuto' };

type ReaderSettingsProps = {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  onReset: () => void;
  /** Shown when a change could not be stored. */
  error?: string | null;
  /** Prefix for element ids, so two panels could share a page. */
  idPrefix?: string;
};

/** Font, size, spacing, width, theme and badge: native controls only, so all work from the keyboard. */
export function ReaderSettings({ settings, onChange, onReset, error, idPrefix = 'rs' }: ReaderSettingsProps) {
  const t = useT();
  const id = (name: string) => `${idPrefix}-${name}`;
  const number = (event: Event) => Number((event.currentTarget as HTMLInputElement).value);
  return (
    <form class="reader-settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset class="choice">
        <legend>{t('settingsFont')}</legend>
        {FONTS.map((font) => (
          <label key={font} class={`choice-option font-${font}`}>
            <input type="radio" name={id('font')} value={font} checked={settings.font === font} onChange={() => onChange({ font })} />
            {t(FONT_LABELS[font])}
          </label>
        ))}
      </fieldset>

      <fieldset class="choice">
        <legend>{t('settingsTheme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class={`choice-option theme-${theme}`}>
            <input type="radio" name={id('theme')} value={theme} checked={settings.theme === theme} onChange={() => onChange({ theme })} />
            {t(THEME_LABELS[theme])}
          </label>
        ))}
      </fieldset>

      <div class="range">
        <label for={id('size')}>{t('settingsSize')}</label>
        <input
          id={id('size')}
          type="range"
          {...LIMITS.fontSize}
          value={settings.fontSize}
          aria-valuetext={t('settingsSizeValue', settings.fontSize)}
          onInput={(e) => onChange({ fontSize: number(e) })}
        />
        <output for={id('size')}>{t('settingsSizeValue', settings.fontSize)}</output>
      </div>

      <div class="range">
        <label for={id('line-height')}>{t('settingsLineHeight')}</label>
        <input
          id={id('line-height')}
          type="range"
          {...LIMITS.lineHeight}
          value={settings.lineHeight}
          onInput={(e) => onChange({ lineHeight: number(e) })}
        />
        <output for={id('line-height')}>{settings.lineHeight.toFixed(1)}</output>
      </div>

      <div class="range">
        <label for={id('width')}>{t('settingsWidth')}</label>
        <input
          id={id('width')}
          type="range"
          {...LIMITS.width}
          value={settings.width}
          aria-valuetext={t('settingsWidthValue', settings.width)}
          onInput={(e) => onChange({ width: number(e) })}
        />
        <output for={id('width')}>{t('settingsWidthValue', settings.width)}</output>
      </div>

      <div class="toggle">
        <input
          id={id('badge')}
          type="checkbox"
          checked={settings.showBadge}
          onChange={(e) => onChange({ showBadge: (e.currentTarget as HTMLInputElement).checked })}
        />
        <label for={id('badge')}>{t('settingsBadge')}</label>
      </div>

      <div class="toggle">
        <input
          id={id('images')}
          type="checkbox"
          checked={settings.saveImages}
          onChange={(e) => onChange({ saveImages: (e.currentTarget as HTMLInputElement).checked })}
        />
        <label for={id('images')}>{t('saveImagesSetting')}</label>
      </div>

      <button type="button" class="settings-reset" onClick={onReset}>
        {t('settingsReset')}
      </button>
      {error && (
        <p class="settings-error" role="alert">
          {t('settingsSaveFailed', error)}
        </p>
      )}
    </form>
  );
}
