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
};

/** A clean story: headline, date, byline, site and reading time, then the body. */
export function ArticleView({ article, locale, actions }: ArticleViewProps) {
  const t = useT();
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
      <SafeHtml class="story-body" html={article.contentHtml} />
    </article>
  );
}
