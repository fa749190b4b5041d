import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from './i18n';

type LinkOnlyStoryProps = {
  title: string;
  url: string;
  /** Downloads and saves the text; resolves with an error message, or null when it worked. */
  onFetch: () => Promise<string | null>;
  actions?: ComponentChildren;
};

/** A story saved as a link only (Pocket import, "Save link"): fetch its text, or open the original. */
export function LinkOnlyStory({ title, url, onFetch, actions }: LinkOnlyStoryProps) {
  const t = useT();
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });
  const fetchText = () => {
    setState({ busy: true, error: null });
    void onFetch().then((error) => setState({ busy: false, error }));
  };
  return (
    <article class="story story-link-only">
      <header class="story-header">
        <h1 class="story-title" tabIndex={-1}>{title}</h1>
      </header>
      <p>{t('storyLinkOnlyText')}</p>
      <p class="story-actions">
        {actions}
        <button type="button" class="fetch-text" disabled={state.busy} onClick={fetchText}>
          {state.busy ? t('fetching') : t('fetchText')}
        </button>
        {/^https?:\/\//i.test(url) && (
          <a class="story-original" href={url} target="_blank" rel="noopener noreferrer">{t('openOriginal')}</a>
        )}
      </p>
      {state.error && <p class="save-error" role="alert">{state.error}</p>}
    </article>
  );
}
