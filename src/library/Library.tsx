import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { formatBytes } from '../core/format-size';
import { MAX_IMPORT_BYTES } from '../core/library-format';
import { storyAsHtml, storyAsMarkdown } from '../core/story-export';
import type { StorySummary } from '../core/story';
import { exportLibrary, importLibraryFile, type ImportReport } from '../platform/library-io';
import { searchStoryText } from '../platform/search';
import {
  deleteStories,
  getStory,
  listRecent,
  listStories,
  restoreStories,
  storageReport,
  updateState,
  watchStories,
  type RemovedStories,
  type StorageReport,
} from '../platform/store';
import { readerPath } from '../reader/reader-url';
import { useT } from '../ui/i18n';
import { SavedStories } from '../ui/SavedStories';
import { StatusMessage } from '../ui/StatusMessage';

const UNDO_MS = 10_000;

type ListState =
  | { status: 'loading' }
  | { status: 'ready'; stories: StorySummary[]; complete: boolean; notice: string | null }
  | { status: 'error'; message: string };
type Toast = { message: string; undo?: RemovedStories } | null;

/** The full-tab library (also the options page): search, filters, bulk actions, import and export. */
export function Library({ locale }: { locale: string }) {
  const t = useT();
  const [list, setList] = useState<ListState>({ status: 'loading' });
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [shown, setShown] = useState<StorySummary[]>([]);
  const [toast, setToast] = useState<Toast>(null);
  const [report, setReport] = useState<StorageReport | null>(null);
  const [importResult, setImportResult] = useState<({ ok: true } & ImportReport) | { ok: false; message: string } | null>(null);
  const [height, setHeight] = useState(() => listHeight());
  const toastTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const refresh = useCallback(async () => {
    const result = await listStories();
    setList(result.ok ? { status: 'ready', stories: result.stories, complete: true, notice: result.notice } : { status: 'error', message: result.message });
    setReport(await storageReport());
  }, []);

  useEffect(() => {
    // The newest rows at once from the small index head; the whole library right after they are painted.
    void listRecent().then((recent) => {
      if (recent.ok) setList((l) => (l.status === 'loading' ? { status: 'ready', stories: recent.stories, complete: false, notice: null } : l));
      setTimeout(() => void refresh().then(() => (document.body.dataset.state = 'done')), 30);
    });
    const onResize = () => setHeight(listHeight());
    window.addEventListener('resize', onResize);
    const stop = watchStories(() => void refresh());
    return () => {
      stop();
      window.removeEventListener('resize', onResize);
    };
  }, [refresh]);

  const stories = list.status === 'ready' ? list.stories : [];
  const searchFullText = useCallback(
    (terms: string[], signal: AbortSignal) => searchStoryText(stories.map((s) => s.id), terms, signal),
    [stories],
  );

  const showToast = (next: Toast) => {
    if (toastTimer.current) clearTimeout(toastTimer.current);
    setToast(next);
    toastTimer.current = setTimeout(() => setToast(null), UNDO_MS);
  };
  const fail = (message: string) => showToast({ message });

  const remove = async (ids: string[]) => {
    const result = await deleteStories(ids);
    if (!result.ok) return fail(result.message);
    setSelected(new Set());
    showToast({ message: t('deletedCount', result.summaries.length), undo: result });
  };
  const undo = async () => {
    if (!toast?.undo) return;
    const result = await restoreStories(toast.undo);
    setToast(result.ok ? null : { message: result.message });
  };
  const setState = async (ids: string[], patch: Parameters<typeof updateState>[1]) => {
    const result = await updateState(ids, patch);
    if (!result.ok) fail(result.message);
  };
  const toggle = (id: string) =>
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const onExport = async () => {
    const file = await exportLibrary();
    if ('ok' in file) return fail(file.message);
    download(`broadsheet-library-${file.exportedAt.slice(0, 10)}.json`, 'application/json', JSON.stringify(file));
  };
  const onImport = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    // Refused before reading: a file this size would not fit in memory anyway.
    if (file.size > MAX_IMPORT_BYTES) return setImportResult({ ok: false, message: t('importTooLarge') });
    setImportResult(await importLibraryFile(await file.text(), file.name));
  };
  const exportOne = async (format: 'md' | 'html') => {
    const [id] = [...selected];
    if (!id) return;
    const result = await getStory(id);
    if (!result.ok || !result.story.article) return fail(result.ok ? t('storyLinkOnlyText') : result.message);
    const { article } = result.story;
    const name = article.title.replace(/[^\p{L}\p{N}]+/gu, '-').slice(0, 60) || 'story';
    if (format === 'md') download(`${name}.md`, 'text/markdown', storyAsMarkdown(article));
    else download(`${name}.html`, 'text/html', storyAsHtml(article));
  };

  const selectedIds = [...selected];
  return (
    <div class="library">
      <header class="library-header">
        <h1 tabIndex={-1}>{t('libraryTitle')}</h1>
        {report && (
          <p class="library-storage">
            {t('storageUsed', report.stories, report.images, formatBytes(report.totalBytes, locale))}
          </p>
        )}
        <nav aria-label={t('settingsHeading')}>
          <a href="../reader/index.html">{t('settingsHeading')}</a>
        </nav>
      </header>
      <main>
        {list.status === 'loading' && <StatusMessage kind="loading" title={t('loadingSaved')} />}
        {list.status === 'error' && (
          <StatusMessage kind="error" title={t('savedUnavailable')}>
            <p>{list.message}</p>
          </StatusMessage>
        )}
        {list.status === 'ready' && (
          <>
            {list.notice && <p class="notice" role="status">{list.notice}</p>}
            <div class="bulk-actions" role="toolbar" aria-label={t('selectAllShown')}>
              <button type="button" onClick={() => setSelected(new Set(shown.map((s) => s.id)))} disabled={shown.length === 0}>
                {t('selectAllShown')}
              </button>
              <button type="button" onClick={() => setSelected(new Set())} disabled={selected.size === 0}>{t('clearSelection')}</button>
              <button type="button" class="bulk-read" onClick={() => void setState(selectedIds, { read: true })} disabled={selected.size === 0}>
                {t('markSelectedRead')}
              </button>
              <button type="button" class="bulk-archive" onClick={() => void setState(selectedIds, { archived: true })} disabled={selected.size === 0}>
                {t('archiveSelected')}
              </button>
              <button type="button" class="bulk-delete" onClick={() => void remove(selectedIds)} disabled={selected.size === 0}>
                {t('deleteSelected', selected.size)}
              </button>
              <button type="button" class="export-md" onClick={() => void exportOne('md')} disabled={selected.size !== 1}>{t('exportMarkdown')}</button>
              <button type="button" class="export-html" onClick={() => void exportOne('html')} disabled={selected.size !== 1}>{t('exportHtml')}</button>
            </div>
            <p class="library-count">{t('storyCount', shown.length)}</p>
            <SavedStories
              stories={stories}
              height={height}
              locale={locale}
              searchFullText={searchFullText}
              selected={selected}
              onToggleSelect={toggle}
              onShownChange={setShown}
              onOpen={(id) => location.assign(new URL(`../${readerPath({ id })}`, location.href).href)}
              onDelete={(id) => void remove([id])}
              onToggleRead={(id, read) => void setState([id], { read })}
              onToggleArchive={(id, archived) => void setState([id], { archived })}
              showSize
            />
          </>
        )}
        <section class="library-io" aria-labelledby="io-heading">
          <h2 id="io-heading">{t('libraryImportExportHeading')}</h2>
          <p>{t('importHelp')}</p>
          <button type="button" class="export-library" onClick={() => void onExport()}>{t('exportLibrary')}</button>
          <label class="import-label">
            {t('importLibrary')}
            <input type="file" class="import-file" accept=".json,.csv,.html,.htm,application/json,text/csv,text/html" onChange={(e) => void onImport(e)} />
          </label>
          {importResult && <ImportOutcome result={importResult} />}
        </section>
      </main>
      <div class="toast-region" aria-live="polite">
        {toast && (
          <div class="toast" role="status">
            <span>{toast.message}</span>
            {toast.undo && <button type="button" class="undo" onClick={() => void undo()}>{t('undo')}</button>}
          </div>
        )}
      </div>
    </div>
  );
}

function ImportOutcome({ result }: { result: ({ ok: true } & ImportReport) | { ok: false; message: string } }) {
  const t = useT();
  if (!result.ok) return <p class="import-report import-error" role="alert">{t('importFailed', result.message)}</p>;
  return (
    <div class="import-report" role="status">
      <p>{t('importReport', result.added, result.updated, result.skipped.length)}</p>
      {result.skipped.length > 0 && (
        <ul class="import-skipped">
          {result.skipped.slice(0, 200).map((s, i) => (
            <li key={i}>{t('importSkippedItem', s.item, s.reason)}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

function listHeight(): number {
  return Math.max(240, window.innerHeight - 260);
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
