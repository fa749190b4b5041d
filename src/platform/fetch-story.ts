import { extractFromDocument } from '../core/extract';
import { imageUrlsIn } from '../core/image-plan';
import type { ExtractResult } from '../core/types';
import { translate } from './i18n';
import { fetchImages } from './images';
import { saveArticle } from './store';

const MAX_PAGE_BYTES = 10_000_000;

/**
 * Downloads a link-only story (a Pocket import, "Save link") and extracts it here, in an inert
 * document: nothing from the page runs. Needs the optional host permission for its site.
 */
async function fetchStory(url: string): Promise<ExtractResult> {
  let html: string;
  let finalUrl: string;
  try {
    const response = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal: AbortSignal.timeout(20_000) });
    if (!response.ok) return { ok: false, reason: 'no-content', message: translate('fetchFailed', `HTTP ${response.status}`) };
    if (!/html/i.test(response.headers.get('content-type') ?? 'text/html')) {
      return { ok: false, reason: 'not-article', message: translate('failNotArticle') };
    }
    html = await response.text();
    finalUrl = response.url || url;
  } catch (error) {
    return { ok: false, reason: 'parse-failed', message: translate('fetchFailed', error instanceof Error ? error.message : String(error)) };
  }
  if (html.length > MAX_PAGE_BYTES) return { ok: false, reason: 'too-large', message: translate('failTooLarge') };
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractFromDocument(doc, finalUrl, { force: true });
}

/**
 * Fetches a link-only story's text and saves it in place of the link, with its images when the
 * person keeps images. Its id, saved date, read state and tags stay as they were. Must follow a
 * permission request made straight from the click.
 */
export async function fetchAndSaveLink(url: string, keepImages: boolean): Promise<string | null> {
  const result = await fetchStory(url);
  if (!result.ok) return result.message;
  const article = { ...result.article, canonicalUrl: url };
  const images = keepImages ? await fetchImages(imageUrlsIn(article.contentHtml)) : [];
  const saved = await saveArticle(article, { images });
  return saved.ok ? null : saved.message;
}
