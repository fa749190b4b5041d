import type { StorySummary } from '../../src/core/story';
import type { Article, SafeHtml } from '../../src/core/types';

/** A complete Article for tests that need one; override what the test is about. */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  const url = overrides.url ?? 'https://news.example/2024/06/19/story';
  return {
    title: 'A story worth keeping',
    byline: 'Ada Writer',
    siteName: 'News Example',
    published: '2024-06-19',
    modified: null,
    publishedSource: 'json-ld',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'The first lines of the story.',
    contentHtml: '<p>The first lines of the story.</p><p>And the rest of it.</p>' as SafeHtml,
    textContent: 'The first lines of the story.\n\nAnd the rest of it.',
    wordCount: 11,
    readingMinutes: 1,
    url,
    canonicalUrl: overrides.canonicalUrl ?? url,
    ...overrides,
  };
}

/** A complete StorySummary for list tests. */
export function makeSummary(overrides: Partial<StorySummary> & { id: string }): StorySummary {
  return {
    url: `https://news.example/${overrides.id}`,
    canonicalUrl: `https://news.example/${overrides.id}`,
    title: `Story ${overrides.id}`,
    siteName: null,
    byline: null,
    published: null,
    publishedSource: null,
    excerpt: null,
    lang: 'en',
    wordCount: 100,
    readingMinutes: 1,
    savedAt: 0,
    updatedAt: overrides.savedAt ?? 0,
    read: false,
    archived: false,
    tags: [],
    linkOnly: false,
    imageIds: [],
    bytes: 0,
    ...overrides,
  };
}
