import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { StoredStory, StorySummary } from '../core/story';
import type { MessageKey } from '../core/messages';
import type { Article, ExtractFailureReason } from '../core/types';
import { activeTabId, readTab, type ReadResult } from '../platform/read-tab';
import { deleteStory, findSaved, getStory, listStories, saveArticle, watchStories } from '../platform/store';
import { ArticleView } from '../ui/ArticleView';
import { SavedList } from '../ui/SavedList';
import { StatusMessage } from '../ui/StatusMessage';
import { useT } from '../ui/i18n';

/** Extraction runs in the page, without the i18n API: its failures are worded here. */
const EXTRACT_FAILURES: Record<ExtractFailureReason, MessageKey> = {
  'not-article': 'failNotArticle',
  'no-content': 'failNoContent',
  'too-large': 'failTooLarge',
  'parse-failed': 'failParse',
};

type PageState = { status: 'loading' } | { status: 'done'; result: ReadResult };
type ListState = { status: 'loading' } | { status: 'ready'; stories: StorySummary[]; notice: string | null } | { status: 'error'; message: string };
type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'error'; message: string };
type View = { name: 'page' } | { name: 'saved' } | { name: 'story'; story: StoredStory } | { name: 'story-error'; message: string };

type AppProps = {
  /** The tab to read; the active tab when null. */
  tabId: number | null;
};

/** The popup: the current page's story, and the saved list that works offline. */
export function App({ tabId }: AppProps) {
  const t = useT();
  const [page, setPage] = useState<PageState>({ status: 'loading' });
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [view, setView] = useState<View>({ name: 'page' });
  const headingRef = useRef<HTMLDivElement>(null);

  const refreshList = useCallback(async () => {
    const result = await listStories();
    setList(result.ok ? { status: 'ready', stories: result.stories, notice: result.notice } : { status: 'error', message: result.message });
  }, []);

  const read = useCallback(
    async (force: boolean) => {
      setPage({ status: 'loading' });
      const id = tabId ?? (await activeTabId());
      const result = await readTab(id, force);
      setPage({ status: 'done', result });
      if (result.ok) {
        const saved = await findSaved(result.article.canonicalUrl);
        setSave(saved ? { status: 'saved' } : { status: 'idle' });
      } else {
        // Nothing to read here (offline, a browser page …): the saved list is what the person needs.
        const listed = await listStories();
        if (listed.ok && listed.stories.length > 0) setView((v) => (v.name === 'page' ? { name: 'saved' } : v));
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
    headingRef.current?.querySelector<HTMLElement>('h1, h2')?.focus();
  }, [view.name]);

  const settled = page.status === 'done' && list.status !== 'loading';
  useEffect(() => {
    document.body.dataset.state = settled ? 'done' : 'loading';
  }, [settled]);

  const onSave = async (article: Article) => {
    setSave({ status: 'saving' });
    const result = await saveArticle(article);
    setSave(result.ok ? { status: 'saved' } : { status: 'error', message: result.message });
  };

  const openStory = async (id: string) => {
    const result = await getStory(id);
    setView(result.ok ? { name: 'story', story: result.story } : { name: 'story-error', message: result.message });
  };

  const removeStory = async (id: string) => {
    const result = await deleteStory(id);
    if (!result.ok) setList((l) => (l.status === 'ready' ? { ...l, notice: result.message } : l));
    await refreshList();
    if (page.status === 'done' && page.result.ok) {
      const stillSaved = await findSaved(page.result.article.canonicalUrl);
      if (!stillSaved) setSave({ status: 'idle' });
    }
  };

  const savedCount = list.status === 'ready' ? list.stories.length : 0;
  return (
    <div class="popup" ref={headingRef}>
      <nav class="tabs" aria-label={t('navLabel')}>
        <button type="button" class="tab" aria-pressed={view.name === 'page'} onClick={() => setView({ name: 'page' })}>
          {t('tabThisPage')}
        </button>
        <button type="button" class="tab" id="saved-tab" aria-pressed={view.name !== 'page'} onClick={() => setView({ name: 'saved' })}>
          {savedCount > 0 ? t('tabSavedCount', savedCount) : t('tabSaved')}
        </button>
      </nav>
      <main>
        {view.name === 'page' && <PageView page={page} save={save} onSave={onSave} onForce={() => void read(true)} />}
        {view.name === 'saved' && <SavedView list={list} onOpen={openStory} onDelete={removeStory} />}
        {view.name === 'story' && (
          <ArticleView
            article={view.story.article}
            actions={
              <button type="button" class="back" onClick={() => setView({ name: 'saved' })}>
                {t('backToList')}
              </button>
            }
          />
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
    const coreKey = EXTRACT_FAILURES[result.reason as ExtractFailureReason] as MessageKey | undefined;
    const message = coreKey ? t(coreKey) : result.message;
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
            onClick={() => onSave(article)}
          >
            {save.status === 'saved' ? t('saved') : save.status === 'saving' ? t('saving') : t('save')}
          </button>
          {save.status === 'error' && <p class="save-error" role="alert">{save.message}</p>}
        </>
      }
    />
  );
}

type SavedViewProps = { list: ListState; onOpen: (id: string) => void; onDelete: (id: string) => void };

function SavedView({ list, onOpen, onDelete }: SavedViewProps) {
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
      <SavedList stories={list.stories} onOpen={onOpen} onDelete={onDelete} />
    </section>
  );
}
