import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { imageUrlsIn } from '../core/image-plan';
import { sanitizeHtml } from '../core/sanitize';
import type { StoredStory, StorySummary } from '../core/story';
import type { Article } from '../core/types';
import { fetchAndSaveLink } from '../platform/fetch-story';
import { saveInBackground } from '../platform/background-save';
import { fetchImages, hasImagePermission, requestImagePermission } from '../platform/images';
import { activeTabId, readTab, type ReadResult } from '../platform/read-tab';
import { searchStoryText } from '../platform/search';
import {
  deleteStory,
  getStory,
  getStoryImages,
  isSaved,
  listRecent,
  listStories,
  saveArticle,
  saveProgress,
  updateState,
  watchStories,
} from '../platform/store';
import { openExtensionPage } from '../platform/tabs';
import { readerPath } from '../reader/reader-url';
import { ArticleView } from '../ui/ArticleView';
import { useT } from '../ui/i18n';
import { SavedStories } from '../ui/SavedStories';
import { LinkOnlyStory } from '../ui/LinkOnlyStory';
import { StatusMessage } from '../ui/StatusMessage';
import { useReadingProgress } from '../ui/useReadingProgress';


const LIST_HEIGHT = 430;

type PageState = { status: 'loading' } | { status: 'done'; result: ReadResult; tabId: number | null };
type ListState =
  | { status: 'loading' }
  /** `complete` is false while only the newest stories (the index head) are loaded. */
  | { status: 'ready'; stories: StorySummary[]; total: number; complete: boolean; notice: string | null }
  | { status: 'error'; message: string };
type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved'; note: string | null } | { status: 'error'; message: string };
type OpenStory = { story: StoredStory; summary: StorySummary | null; progress: number; images: Record<string, string> };
type View = { name: 'page' } | { name: 'saved' } | { name: 'story'; open: OpenStory } | { name: 'story-error'; message: string };

type AppProps = {
  /** The tab to read; the active tab when null. */
  tabId: number | null;
  /** Keep images offline on Save (a setting). */
  saveImages?: boolean;
};

/** The popup: the current page's story, and the saved list that works offline. */
export function App({ tabId, saveImages = true }: AppProps) {
  const t = useT();
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [view, setView] = useState<View>({ name: 'page' });
  const rootRef = useRef<HTMLDivElement>(null);

  const wantFullList = useRef(false);
  // The newest stories first (a small read whatever the library's size), the whole list only when it is looked at.
  const refreshList = useCallback(async () => {
    if (wantFullList.current) {
      const full = await listStories();
      return setList(
        full.ok
          ? { status: 'ready', stories: full.stories, total: full.stories.length, complete: true, notice: full.notice }
          : { status: 'error', message: full.message },
      );
    }
    const recent = await listRecent();
    setList(recent.ok ? { status: 'ready', stories: recent.stories, total: recent.total, complete: false, notice: null } : { status: 'error', message: recent.message });
  }, []);

  const read = useCallback(
    async (force: boolean) => {
      setPage({ status: 'loading' });
      const id = tabId ?? (await activeTabId());
      const result = await readTab(id, force);
      setPage({ status: 'done', result, tabId: id });
      if (result.ok) {
        setSave((await isSaved(result.article.canonicalUrl)) ? { status: 'saved', note: null } : { status: 'idle' });
      } else if (result.reason !== 'not-article' && result.reason !== 'no-content') {
        // Nothing to read here (offline, a browser page …): the saved list is what the person needs.
        // A page that is merely not an article keeps its "Show anyway".
        const recent = await listRecent();
        if (recent.ok && recent.total > 0) setView((v) => (v.name === 'page' ? { name: 'saved' } : v));
      }
    },
    [tabId],
  );

  useEffect(() => {
    // The saved list first, so it shows even when reading the page fails.
    void refreshList();
    void read(false);
    return watchStories(() => void refreshList());
  }, [read, refreshList]);

  useEffect(() => {
    rootRef.current?.querySelector<HTMLElement>('main h1, main h2')?.focus();
  }, [view]);

  // The saved list opens from the newest stories; the rest is read only when a search, a filter or
  // scrolling to the end needs it, so opening the popup costs the same for ten stories or ten thousand.
  const loadAllStories = useCallback(() => {
    if (wantFullList.current) return;
    wantFullList.current = true;
    void refreshList();
  }, [refreshList]);

  const settled = page.status === 'done' && list.status !== 'loading';
  useEffect(() => {
    document.body.dataset.state = settled ? 'done' : 'loading';
  }, [settled]);

  // Known before any click, so Save knows whether it will have to ask for the image permission.
  const [imagesAllowed, setImagesAllowed] = useState(false);
  useEffect(() => void hasImagePermission().then(setImagesAllowed), []);

  const onSave = (given: Article) => {
    const article = { ...given, contentHtml: sanitizeHtml(given.contentHtml) };
    const imageUrls = saveImages ? imageUrlsIn(article.contentHtml) : [];
    setSave({ status: 'saving' });
    if (imageUrls.length > 0 && !imagesAllowed) {
      // The permission prompt can close the popup, so the background is handed the story first
      // and finishes the save (and, once allowed, the images) whatever happens to this page.
      const saving = saveInBackground(article);
      const permission = requestImagePermission();
      void (async () => {
        const saved = await saving;
        if (!saved.ok) return setSave({ status: 'error', message: saved.message });
        const allowed = await permission;
        setImagesAllowed(allowed);
        setSave({ status: 'saved', note: allowed ? t('savedImagesFollow') : t('savedWithoutImages') });
      })();
      return;
    }
    void (async () => {
      const first = await saveArticle(article);
      if (!first.ok) return setSave({ status: 'error', message: first.message });
      if (imageUrls.length === 0) return setSave({ status: 'saved', note: null });
      const images = await fetchImages(imageUrls);
      const withImages = images.length > 0 ? await saveArticle(article, { images }) : first;
      setSave(
        withImages.ok
          ? { status: 'saved', note: images.length > 0 ? t('savedWithImages', images.length) : t('savedWithoutImages') }
          : { status: 'error', message: withImages.message },
      );
    })();
  };

  const openStory = async (id: string) => {
    const result = await getStory(id);
    if (!result.ok) return setView({ name: 'story-error', message: result.message });
    const images = await getStoryImages(result.story);
    setView({ name: 'story', open: { story: result.story, summary: result.summary, progress: result.progress, images } });
  };

  const removeStory = async (id: string) => {
    const result = await deleteStory(id);
    if (!result.ok) setList((l) => (l.status === 'ready' ? { ...l, notice: result.message } : l));
    await refreshList();
    if (page.status === 'done' && page.result.ok && !(await isSaved(page.result.article.canonicalUrl))) setSave({ status: 'idle' });
  };

  const searchFullText = useCallback(
    (terms: string[], signal: AbortSignal) => searchStoryText(list.status === 'ready' ? list.stories.map((s) => s.id) : [], terms, signal),
    [list],
  );

  const savedCount = list.status === 'ready' ? list.total : 0;
  return (
    <div class="popup" ref={rootRef}>
      <nav class="tabs" aria-label={t('navLabel')}>
        <button type="button" class="tab" aria-pressed={view.name === 'page'} onClick={() => setView({ name: 'page' })}>
          {t('tabThisPage')}
        </button>
        <button type="button" class="tab" id="saved-tab" aria-pressed={view.name !== 'page'} onClick={() => setView({ name: 'saved' })}>
          {savedCount > 0 ? t('tabSavedCount', savedCount) : t('tabSaved')}
        </button>
        <button type="button" class="tab tab-library" onClick={() => void openExtensionPage('library/index.html').then(() => window.close())}>
          {t('openLibrary')}
        </button>
      </nav>
      <main>
        {view.name === 'page' && (
          <PageView page={page} save={save} onSave={onSave} onForce={() => void read(true)} />
        )}
        {view.name === 'saved' && (
          <SavedView list={list} onOpen={openStory} onDelete={removeStory} searchFullText={searchFullText} onNeedAll={loadAllStories} />
        )}
        {view.name === 'story' && (
          <SavedStoryView open={view.open} saveImages={saveImages} onBack={() => setView({ name: 'saved' })} onReload={() => openStory(view.open.story.id)} />
        )}
        {view.name === 'story-error' && (
          <StatusMessage kind="error" title={t('storyUnavailable')}>
            <p>{view.message}</p>
            <button type="button" onClick={() => setView({ name: 'saved' })}>{t('backToSaved')}</button>
          </StatusMessage>
        )}
      </main>
    </div>
  );
}

type PageViewProps = { page: PageState; save: SaveState; onSave: (a: Article) => void; onForce: () => void };

function PageView({ page, save, onSave, onForce }: PageViewProps) {
  const t = useT();
  if (page.status === 'loading') return <StatusMessage kind="loading" title={t('loadingPage')} />;
  const { result } = page;
  if (!result.ok) {
    const { message } = result;
    if (result.reason === 'not-article') {
      return (
        <StatusMessage kind="info" title={t('failNotArticleTitle')}>
          <p>{message}</p>
          <button type="button" id="show-anyway" onClick={onForce}>{t('showAnyway')}</button>
        </StatusMessage>
      );
    }
    const title = result.reason === 'restricted' ? t('failRestrictedTitle') : t('failOtherTitle');
    return (
      <StatusMessage kind="error" title={title}>
        <p>{message}</p>
      </StatusMessage>
    );
  }
  const { article } = result;
  const hasImages = /<img\b/i.test(article.contentHtml);
  return (
    <ArticleView
      article={article}
      actions={
        <>
          <button
            type="button"
            id="save"
            class="save"
            disabled={save.status === 'saving' || save.status === 'saved'}
            aria-describedby={hasImages && save.status === 'idle' ? 'image-permission-note' : undefined}
            onClick={() => onSave(article)}
          >
            {save.status === 'saved' ? t('saved') : save.status === 'saving' ? t('saving') : t('save')}
          </button>
          {page.tabId !== null && (
            <button type="button" class="open-tab" onClick={() => void openExtensionPage(readerPath({ tabId: page.tabId! })).then(() => window.close())}>
              {t('openInTab')}
            </button>
          )}
          {hasImages && save.status === 'idle' && <p id="image-permission-note" class="hint">{t('imagesPermissionExplain')}</p>}
          {save.status === 'saved' && save.note && <p class="hint" role="status">{save.note}</p>}
          {save.status === 'error' && <p class="save-error" role="alert">{save.message}</p>}
        </>
      }
    />
  );
}

type SavedViewProps = {
  list: ListState;
  onNeedAll: () => void;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  searchFullText: (terms: string[], signal: AbortSignal) => Promise<Set<string>>;
};

function SavedView({ list, onOpen, onDelete, searchFullText, onNeedAll }: SavedViewProps) {
  const t = useT();
  if (list.status === 'loading') return <StatusMessage kind="loading" title={t('loadingSaved')} />;
  if (list.status === 'error') {
    return (
      <StatusMessage kind="error" title={t('savedUnavailable')}>
        <p>{list.message}</p>
      </StatusMessage>
    );
  }
  return (
    <section class="saved" aria-labelledby="saved-heading">
      <h2 id="saved-heading" tabIndex={-1}>{t('savedHeading')}</h2>
      {list.notice && <p class="notice" role="status">{list.notice}</p>}
      <SavedStories
        stories={list.stories}
        height={LIST_HEIGHT}
        searchFullText={searchFullText}
        onOpen={onOpen}
        onDelete={onDelete}
        onNeedAll={list.complete ? undefined : onNeedAll}
      />
    </section>
  );
}

type SavedStoryViewProps = { open: OpenStory; saveImages: boolean; onBack: () => void; onReload: () => void };

/** A saved story from storage alone; a link-only one offers to fetch its text. */
function SavedStoryView({ open, saveImages, onBack, onReload }: SavedStoryViewProps) {
  const t = useT();
  const { story, summary, progress, images } = open;
  useReadingProgress(
    () => document.scrollingElement as HTMLElement | null,
    story.article ? story.id : null,
    progress,
    (fraction) => void saveProgress(story.id, fraction),
    () => void updateState([story.id], { read: true }),
  );
  const back = <button type="button" class="back" onClick={onBack}>{t('backToList')}</button>;
  const inTab = (
    <button type="button" class="open-tab" onClick={() => void openExtensionPage(readerPath({ id: story.id })).then(() => window.close())}>
      {t('openInTab')}
    </button>
  );
  if (story.article) return <ArticleView article={story.article} images={images} actions={<>{back}{inTab}</>} />;

  const url = summary?.url ?? '';
  const fetchText = async () => {
    // The host permission is asked for straight from the click; the download follows.
    if (!(await requestImagePermission())) return t('permissionDenied');
    const error = await fetchAndSaveLink(url, saveImages);
    if (!error) onReload();
    return error;
  };
  return <LinkOnlyStory title={summary?.title ?? url} url={url} onFetch={fetchText} actions={back} />;
}
