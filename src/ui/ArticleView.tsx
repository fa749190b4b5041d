import type { ComponentChildren } from 'preact';
import { formatPublished, formatReadingTime } from '../core/format-date';
import type { MessageKey } from '../core/messages';
import type { Article, DateSource } from '../core/types';
import { useT } from './i18n';
import { SafeHtml } from './SafeHtml';

export const DATE_SOURCE_LABELS: Record<DateSource, MessageKey> = {
  'json-ld': 'dateSourceJsonLd',
  meta: 'dateSourceMeta',
  time: 'dateSourceTime',
  microdata: 'dateSourceMicrodata',
  text: 'dateSourceText',
  url: 'dateSourceUrl',
};

type ArticleViewProps = {
  article: Article;
  /** The reader's locale for dates and numbers; the browser's when absent. */
  locale?: string;
  /** Buttons shown between the header and the body (Save, Back …). */
  actions?: ComponentChildren;
  /**
   * The full-tab reader's header: "Published 19 June 2024 · from the page’s dateline" spelled out,
   * and a link to the original. The popup keeps the compact line.
   */
  detailed?: boolean;
  /** Stored images (original URL → data URL) shown in place of the remote ones, for offline reading. */
  images?: Record<string, string>;
};

/** A clean story: headline, date, byline, site and reading time, then the body. */
export function ArticleView({ article, locale, actions, detailed = false, images }: ArticleViewProps) {
  const t = useT();
  if (detailed) return <DetailedArticle article={article} locale={locale} actions={actions} images={images} />;
  const date = formatPublished(article.published, locale);
  return (
    <article class="story" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <header class="story-header">
        <h1 class="story-title">{article.title}</h1>
        <p class="story-meta">
          {date && (
            <time
              dateTime={date.datetime}
              title={article.publishedSource ? t('dateFrom', t(DATE_SOURCE_LABELS[article.publishedSource])) : undefined}
            >
              {date.label}
            </time>
          )}
          {article.byline && <span class="story-byline">{article.byline}</span>}
          {article.siteName && <span class="story-site">{article.siteName}</span>}
          {article.readingMinutes > 0 && <span class="story-reading-time">{t('readingTime', formatReadingTime(article.readingMinutes, locale))}</span>}
        </p>
      </header>
      {actions && <div class="story-actions">{actions}</div>}
      <SafeHtml class="story-body" html={article.contentHtml} images={images} />
    </article>
  );
}

const PLACEHOLDER = '\u2063';
const RTL_LANGUAGES = /^(?:ar|he|iw|fa|ur|yi|ps|sd|ug|dv|ckb)(?:-|$)/i;

/** The interface's own direction, for our words inside a story in another script. */
export function uiDirection(locale: string): 'ltr' | 'rtl' {
  return RTL_LANGUAGES.test(locale) ? 'rtl' : 'ltr';
}

/** Only web addresses become links: a stored URL is never trusted to be http(s). */
function webAddress(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

function DetailedArticle({ article, locale, actions, images }: Omit<ArticleViewProps, 'detailed'>) {
  const t = useT();
  const date = formatPublished(article.published, locale);
  const original = webAddress(article.url);
  // The date sits inside the translated sentence wherever the language puts it.
  const [beforeDate = '', afterDate = ''] = t('publishedOn', PLACEHOLDER).split(PLACEHOLDER);
  return (
    <article class="story story-detailed" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <header class="story-header">
        {article.siteName && <p class="story-site">{article.siteName}</p>}
        <h1 class="story-title" tabIndex={-1}>{article.title}</h1>
        {article.byline && <p class="story-byline">{article.byline}</p>}
        <p class="story-meta" lang={locale} dir={locale ? uiDirection(locale) : undefined}>
          {date && (
            <span class="story-dateline">
              {beforeDate}
              <time dateTime={date.datetime}>{date.label}</time>
              {afterDate}
              {article.publishedSource && (
                <span class="story-date-source"> · {t('dateSourceFrom', t(DATE_SOURCE_LABELS[article.publishedSource]))}</span>
              )}
            </span>
          )}
          {article.readingMinutes > 0 && <span class="story-reading-time">{t('readingTime', formatReadingTime(article.readingMinutes, locale))}</span>}
          {original && (
            <a class="story-original" href={original} rel="noopener noreferrer">
              {t('openOriginal')}
            </a>
          )}
        </p>
      </header>
      {actions && <div class="story-actions">{actions}</div>}
      <SafeHtml class="story-body" html={article.contentHtml} images={images} />
    </article>
  );
}
