import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { StorySummary } from '../core/story';
import type { Article } from '../core/types';
import { fetchAndSaveLink } from '../platform/fetch-story';
import { requestImagePermission } from '../platform/images';
import { readTab } from '../platform/read-tab';
import { loadSettings, saveSettings, watchSettings } from '../platform/settings';
import { getStory, getStoryImages, saveArticle, saveProgress, updateState } from '../platform/store';
import { ArticleView } from '../ui/ArticleView';
import { LinkOnlyStory } from '../ui/LinkOnlyStory';
import { ReaderSettings } from '../ui/ReaderSettings';
import { StatusMessage } from '../ui/StatusMessage';
import { useT } from '../ui/i18n';
import { applySettings, DEFAULT_SETTINGS, type ReaderSettings as Settings } from '../ui/typography';
import { readerPath, type ReaderSource } from './reader-url';


type Content =
  | { status: 'loading' }
  | { status: 'story'; article: Article; images: Record<string, string>; storyId: string | null; summary: StorySummary | null; progress: number }
  | { status: 'link-only'; title: string; url: string; fetch: () => Promise<string | null> }
  | { status: 'error'; title: string; message: string }
  | { status: 'settings' };

type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'error'; message: string };

type ReaderProps = {
  source: ReaderSource;
  /** The interface language, for dates and our own words. */
  locale?: string;
};

/** The full-tab reader: a saved story or a live tab, with reading settings. */
export function Reader({ source, locale }: ReaderProps) {
  const t = useT();
  const [content, setContent] = useState<Content>(source.kind === 'settings' ? { status: 'settings' } : { status: 'loading' });
  const [settings, setSettings] = useState<Settings | null>(null);
  const [settingsError, setSettingsError] = useState<string | null>(null);
  const pendingWrites = useRef(0);
  const [panelOpen, setPanelOpen] = useState(false);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const mainRef = useRef<HTMLElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);

  // Settings: read once, then follow changes made in any page (popup, another reader tab).
  useEffect(() => {
    let alive = true;
    void loadSettings().then((loaded) => alive && setSettings(loaded));
    // Our own writes echo back here; while some are in flight, the newest local choice wins.
    const stop = watchSettings((next) => pendingWrites.current === 0 && setSettings(next));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  useEffect(() => (settings ? applySettings(document.documentElement, settings) : undefined), [settings]);

  // The story.
  useEffect(() => {
    let alive = true;
    const show = (next: Content) => alive && setContent(next);
    if (source.kind === 'story') {
      void (async () => {
        const result = await getStory(source.id);
        if (!result.ok) return show({ status: 'error', title: t('storyUnavailable'), message: result.message });
        const { story, summary, progress } = result;
        if (!story.article) {
          const url = summary?.url ?? '';
          const fetchText = async () => {
            // Asked straight from the click: fetching the page needs its site's permission.
            if (!(await requestImagePermission())) return t('permissionDenied');
            const error = await fetchAndSaveLink(url, (await loadSettings()).saveImages);
            if (!error) location.reload();
            return error;
          };
          return show({ status: 'link-only', title: summary?.title ?? url, url, fetch: fetchText });
        }
        const images = await getStoryImages(story);
        show({ status: 'story', article: story.article, images, storyId: story.id, summary, progress });
      })();
    } else if (source.kind === 'tab') {
      void (async () => {
        const result = await readTab(source.tabId);
        if (result.ok) return show({ status: 'story', article: result.article, images: {}, storyId: null, summary: null, progress: 0 });
        const title = result.reason === 'restricted' ? t('failRestrictedTitle') : result.reason === 'not-article' ? t('failNotArticleTitle') : t('failOtherTitle');
        show({ status: 'error', title, message: result.message });
      })();
    }
    return () => {
      alive = false;
    };
  }, [source, t]);

  const ready = content.status !== 'loading' && settings !== null;
  useEffect(() => {
    document.body.dataset.state = ready ? 'done' : 'loading';
  }, [ready]);

  // Focus and title follow the view: the headline once the story is there.
  useEffect(() => {
    if (content.status === 'story') document.title = content.article.title;
    else if (content.status === 'link-only') document.title = content.title;
    else document.title = t('readerPageTitle');
    if (content.status !== 'loading') mainRef.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
  }, [content, t]);

  useReadingPosition(content.status === 'story' ? content : null);

  const changeSettings = useCallback(async (patch: Partial<Settings>) => {
    setSettings((current) => ({ ...(current ?? DEFAULT_SETTINGS), ...patch }));
    pendingWrites.current++;
    const result = await saveSettings(patch);
    pendingWrites.current--;
    setSettingsError(result.ok ? null : result.message);
    if (result.ok && pendingWrites.current === 0) setSettings(result.settings);
  }, []);
  const resetSettings = useCallback(() => void changeSettings({ ...DEFAULT_SETTINGS }), [changeSettings]);

  const openPanel = (open: boolean) => {
    setPanelOpen(open);
    if (!open) toggleRef.current?.focus();
  };
  useEffect(() => {
    if (panelOpen) panelRef.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [panelOpen]);

  const onSave = async (article: Article) => {
    setSave({ status: 'saving' });
    const result = await saveArticle(article);
    if (!result.ok) return setSave({ status: 'error', message: result.message });
    setSave({ status: 'saved' });
    // From now on this tab's address is the saved story's: bookmarkable, and it works offline.
    history.replaceState(null, '', `/${readerPath({ id: result.summary.id })}`);
  };

  const settingsForm = settings && (
    <ReaderSettings settings={settings} onChange={(patch) => void changeSettings(patch)} onReset={resetSettings} error={settingsError} />
  );

  return (
    <div class="reader">
      <a class="skip-link" href="#story">
        {t('skipToStory')}
      </a>
      <header class="reader-bar">
        <span class="reader-brand">{t('extensionName')}</span>
        {content.status !== 'settings' && (
          <div class="reader-tools" role="toolbar" aria-label={t('readerToolbarLabel')}>
            {content.status === 'story' && content.storyId === null && (
              <button type="button" id="save" class="save" disabled={save.status === 'saving' || save.status === 'saved'} onClick={() => void onSave(content.article)}>
                {save.status === 'saved' ? t('saved') : save.status === 'saving' ? t('saving') : t('save')}
              </button>
            )}
            <button
              type="button"
              id="settings-toggle"
              ref={toggleRef}
              aria-expanded={panelOpen}
              aria-controls="settings-panel"
              onClick={() => openPanel(!panelOpen)}
            >
              <span aria-hidden="true">Aa </span>
              {t('settingsButton')}
            </button>
          </div>
        )}
      </header>
      {save.status === 'error' && (
        <p class="save-error" role="alert">
          {save.message}
        </p>
      )}
      {content.status !== 'settings' && (
        <aside
          id="settings-panel"
          class="settings-panel"
          ref={panelRef}
          hidden={!panelOpen}
          aria-labelledby="settings-heading"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              openPanel(false);
            }
          }}
        >
          <div class="settings-panel-head">
            <h2 id="settings-heading" tabIndex={-1}>
              {t('readerSettingsHeading')}
            </h2>
            <button type="button" class="settings-close" onClick={() => openPanel(false)}>
              {t('settingsClose')}
            </button>
          </div>
          {settingsForm}
        </aside>
      )}
      <main id="story" ref={mainRef} tabIndex={-1} aria-label={t('readerStoryLabel')} aria-busy={content.status === 'loading'}>
        <Body content={content} locale={locale} settingsForm={settingsForm} />
      </main>
    </div>
  );
}

function Body({ content, locale, settingsForm }: { content: Content; locale?: string; settingsForm: ComponentChildren }) {
  const t = useT();
  switch (content.status) {
    case 'loading':
      return <StatusMessage kind="loading" title={t('readerLoading')} />;
    case 'error':
      return (
        <StatusMessage kind="error" title={content.title}>
          <p>{content.message}</p>
        </StatusMessage>
      );
    case 'link-only':
      return <LinkOnlyStory title={content.title} url={content.url} onFetch={content.fetch} />;
    case 'settings':
      return (
        <div class="settings-page">
          <h1 tabIndex={-1}>{t('readerSettingsHeading')}</h1>
          {settingsForm}
          <div class="story-detailed settings-preview">
            <p class="story-body">{t('readerSettingsPreview')}</p>
          </div>
        </div>
      );
    case 'story':
      return <ArticleView article={content.article} locale={locale} images={content.images} detailed />;
  }
}

/** Restores where the reader left a saved story, records progress as they scroll, and marks it read at the end. */
function useReadingPosition(story: { storyId: string | null; summary: StorySummary | null; progress: number } | null) {
  const storyId = story?.storyId ?? null;
  const startAt = story?.progress ?? 0;
  const alreadyRead = story?.summary?.read ?? false;
  useEffect(() => {
    if (!storyId) return;
    const root = document.scrollingElement ?? document.documentElement;
    const scrollable = () => root.scrollHeight - root.clientHeight;
    if (startAt > 0 && startAt < 0.98) root.scrollTop = startAt * scrollable();
    let markedRead = alreadyRead;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const record = () => {
      const room = scrollable();
      const progress = room > 0 ? Math.min(1, Math.max(0, root.scrollTop / room)) : 1;
      const finished = progress >= 0.97;
      void saveProgress(storyId, progress);
      if (finished && !markedRead) void updateState([storyId], { read: true });
      if (finished) markedRead = true;
    };
    const onScroll = () => {
      clearTimeout(timer);
      timer = setTimeout(record, 600);
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      clearTimeout(timer);
      window.removeEventListener('scroll', onScroll);
    };
  }, [storyId, startAt, alreadyRead]);
}
