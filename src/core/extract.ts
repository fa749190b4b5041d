import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { findPublicationDate } from './dates';
import { findStoryMetadata } from './metadata';
import { namedAfterItsHeadline } from './metadata/headline';
import { prepareClone, readyPictures } from './prepare-clone';
import { cleanArticleBody } from './clean-body';
import { densestBlock } from './densest-block';
import { allElements, listOf, nestingDepth } from './dom-list';
import { parseInert } from './inert-html';
import { wellRootedDocument } from './rooted-document';
import { cloneStoryPart, findStoryRoot, leadPicture, type StoryPart } from './story-root';
import { sanitizeDetached, sanitizeInPlace } from './sanitize';
import { normalizeStoryUrl } from './story-id';
import { countWords, readingMinutes, textWithParagraphs } from './text';
import type { Article, ExtractOptions, ExtractResult, SafeHtml } from './types';

type ReadabilityParse = NonNullable<ReturnType<Readability<Node>['parse']>>;

/**
 * Beyond this many elements Readability takes seconds, during which the page's tab cannot respond; we stop
 * with a message instead. Measured in headless Chromium on a 2-core machine: 50,000 elements 2.5 s,
 * 100,000 elements 4.8 s, 200,000 elements 8 s (20 s with 20 MB of text). Long real articles stay far below.
 * At 50,000 the whole read (extract, then clone the answer to the popup) took 4.8 s, too close to the 5 s we
 * promise; tests/e2e/hostile.test.mjs checks a page at this limit is read within 5 s. Heavy news pages have
 * 5,000–15,000 elements.
 */
export const MAX_ELEMENTS = 30_000;
/** The same for text: 2 million characters is a book of 1,000 pages, and 20 MB of text took 5 s at 5,000 elements. */
export const MAX_TEXT_CHARS = 2_000_000;
/**
 * …and for nesting, where a few elements are enough: Readability's time grows faster than the square of
 * the depth. Measured in headless Chromium on a 2-core machine, a story under 500 nested elements took
 * 0.3 s, 1,000 took 1.4 s and 1,400 took 3.4 s (plain Readability the same); 3,000 had not finished after
 * 3 minutes. Chromium's parser nests no deeper than 512, so only a page's script goes past this limit;
 * the deepest of the 1,114 dev-corpus pages nests 42 levels.
 */
export const MAX_DEPTH = 600;
/**
 * Readability given the story part must keep at least this share of its paragraph text, or it reads
 * the whole page. Low on purpose: the part's paragraphs include comments and teasers Readability rightly
 * drops, and on the dev corpora a whole-page reading gave more text only where the part's kept almost
 * none (under 1%) or within 15% of it; at 0.5, eight whole-page readings in nine gave the same text again.
 */
const MIN_KEPT_SHARE = 0.1;
/** A page Readability's quick check turns down is still read when it holds at least this much story text. */
const MIN_UNREADERABLE_CHARS = 700;
/** …or this much, when the page says it is an article (a short news item is still news). */
const MIN_DECLARED_ARTICLE_CHARS = 100;
/** …or this much, when its one h1 is the headline its title names (a weaker sign than a declared type). */
const MIN_HEADLINED_CHARS = 250;

/**
 * Extracts the story from any standards DOM (a browser's, jsdom's or linkedom's).
 * The document itself is never changed: Readability works on a clone.
 */
export function extractFromDocument(doc: Document, url: string, options: ExtractOptions = {}): ExtractResult {
  try {
    return extractOrFail(doc, url, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, reason: 'parse-failed', message: `The page could not be read (${detail}).` };
  }
}

function extractOrFail(page: Document, url: string, options: ExtractOptions): ExtractResult {
  const doc = wellRootedDocument(page);
  if (!doc.documentElement || !doc.body) {
    return { ok: false, reason: 'no-content', message: 'This page has no content to read.' };
  }
  // Every element, listed once for the depth check and the metadata and date finders, and only once the
  // page passes the size checks: browsers count them without the list (where the DOM cannot, see
  // allElements, the list counts).
  let elements: Element[] | null = null;
  const elementCount = doc.getElementsByTagName('*').length || (elements = allElements(doc)).length;
  if (elementCount > MAX_ELEMENTS) {
    return {
      ok: false,
      reason: 'too-large',
      message: `This page is too large to read cleanly (${elementCount.toLocaleString('en')} elements).`,
    };
  }
  const textLength = doc.body.textContent?.length ?? 0;
  if (textLength > MAX_TEXT_CHARS) {
    return {
      ok: false,
      reason: 'too-large',
      message: `This page is too large to read cleanly (${textLength.toLocaleString('en')} characters of text).`,
    };
  }
  elements ??= allElements(doc);
  const depth = nestingDepth(elements, MAX_DEPTH);
  if (depth > MAX_DEPTH) {
    return {
      ok: false,
      reason: 'too-large',
      message: `This page nests its elements too deeply to read cleanly (more than ${MAX_DEPTH.toLocaleString('en')} levels).`,
    };
  }
  const onStage = options.onStage;
  onStage?.('checks');
  const { parsed, part } = readStory(doc, url);
  const storyChars = parsed?.textContent?.trim().length ?? 0;
  // Readability's quick check misses stories written in lists or <br>-separated text, so a "no"
  // only stands when Readability, run anyway, also finds little text. So it is asked only about
  // a short story: one this long is read whatever the check says.
  const looksReadable = options.force || storyChars >= MIN_UNREADERABLE_CHARS || isProbablyReaderable(doc);
  if (!looksReadable && storyChars < minStoryChars(doc)) {
    return { ok: false, reason: 'not-article', message: 'This page does not look like an article.' };
  }
  let body = parsed?.textContent?.trim() ? (parsed.content as HTMLElement | null | undefined) : null;
  if (!body && options.force) {
    const densest = densestBlock(doc.cloneNode(true) as Document);
    if (densest) body = parseInert(densest, doc);
  }
  if (!body) {
    return { ok: false, reason: 'no-content', message: 'No story text was found on this page.' };
  }
  onStage?.('readability');

  const metadata = findStoryMetadata(
    doc,
    url,
    { title: parsed?.title ?? null, byline: parsed?.byline ?? null, siteName: parsed?.siteName ?? null },
    elements,
  );
  onStage?.('metadata');
  const date = findPublicationDate(doc, url, new Date(), elements);
  onStage?.('dates');

  if (part) addLeadPicture(body, part, url);
  // Tidied in the inert clone (nothing in it loads or runs), then sanitized once, and the text read
  // from exactly what was sanitized.
  cleanArticleBody(body, { title: metadata.title, byline: metadata.byline });
  onStage?.('tidy');
  // In the browser the body is sanitized where it stands; elsewhere its HTML is. One pass either way:
  // the popup settles the markup again before storing, and showing never re-parses it.
  const win = doc.defaultView as Window | null;
  let safe: Element = body;
  if (!sanitizeInPlace(body, win ?? (typeof window === 'undefined' ? null : window))) safe = sanitizeDetached(body.innerHTML, win);
  onStage?.('sanitize');
  const contentHtml = safe.innerHTML;
  const textContent = textWithParagraphs(safe);
  if (!textContent) {
    return { ok: false, reason: 'no-content', message: 'No story text was found on this page.' };
  }
  const wordCount = countWords(textContent);

  const article: Article = {
    title: metadata.title,
    byline: metadata.byline,
    siteName: metadata.siteName,
    published: date.published,
    modified: date.modified,
    publishedSource: date.source,
    lang: pageLang(doc, parsed?.lang),
    dir: pageDir(doc, parsed?.dir),
    excerpt: cleanExcerpt(parsed?.excerpt, textContent),
    contentHtml: contentHtml as SafeHtml,
    textContent,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    url,
    canonicalUrl: canonicalUrlOf(doc, url),
  };
  onStage?.('finish');
  return { ok: true, article };
}

/**
 * Readability's parse, narrowed to the story part of the page when it has one (and widened again
 * when that lost the story), with the part it was given.
 */
function readStory(doc: Document, url: string): { parsed: ReadabilityParse | null; part: StoryPart | null } {
  const part = findStoryRoot(doc);
  if (part) {
    const parsed = runReadability(cloneStoryPart(doc, part.element), url);
    if ((parsed?.textContent?.trim().length ?? 0) >= part.paragraphChars * MIN_KEPT_SHARE) return { parsed, part };
  }
  const whole = doc.cloneNode(true) as Document;
  // Where a DOM keeps a template's content as its children (linkedom), Readability would climb from a
  // paragraph in it to a parent that is no element, and fail. Browsers show no template content.
  for (const template of listOf(whole.getElementsByTagName('template'))) template.remove();
  return { parsed: runReadability(whole, url), part: null };
}

/** The story's lead picture at the top of a body that has no picture of its own. */
function addLeadPicture(body: Element, part: StoryPart, url: string): void {
  if (body.querySelector('img')) return;
  const lead = leadPicture(part);
  if (!lead) return;
  const doc = body.ownerDocument;
  const copy = doc.importNode(lead, true);
  // A bare picture gets a figure, as the body's other pictures have.
  const figure = copy.tagName.toUpperCase() === 'FIGURE' ? copy : doc.createElement('figure');
  if (figure !== copy) figure.appendChild(copy);
  readyPictures(figure, url);
  body.insertBefore(figure, body.firstChild);
}

function runReadability(clone: Document, url: string): ReadabilityParse | null {
  prepareClone(clone, url);
  // The serializer hands back Readability's own element (in the inert clone) instead of a string
  // we would parse again.
  return new Readability<Node>(clone, { charThreshold: 400, keepClasses: false, serializer: (node) => node }).parse();
}

function pageLang(doc: Document, fromReadability: string | null | undefined): string | null {
  const lang = (fromReadability || doc.documentElement.getAttribute('lang') || '').trim();
  return /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(lang) ? lang.replace('_', '-') : null;
}

function pageDir(doc: Document, fromReadability: string | null | undefined): 'ltr' | 'rtl' | null {
  const dir = (fromReadability || doc.documentElement.getAttribute('dir') || doc.body.getAttribute('dir') || '')
    .trim()
    .toLowerCase();
  return dir === 'rtl' || dir === 'ltr' ? dir : null;
}

function cleanExcerpt(excerpt: string | null | undefined, text: string): string | null {
  const value = (excerpt ?? '').replace(/\s+/g, ' ').trim();
  if (value) return value.length > 300 ? `${value.slice(0, 297)}…` : value;
  const first = text.split('\n\n')[0] ?? '';
  return first ? (first.length > 300 ? `${first.slice(0, 297)}…` : first) : null;
}

/** The page's declared canonical URL when it is a web URL, else the address it was read from. */
function canonicalUrlOf(doc: Document, url: string): string {
  const declared =
    doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content');
  if (declared) {
    try {
      const resolved = new URL(declared, url);
      if (resolved.protocol === 'https:' || resolved.protocol === 'http:') return normalizeStoryUrl(resolved.href);
    } catch {
      // fall through to the page address
    }
  }
  return normalizeStoryUrl(url);
}

/** How much story text a page Readability's quick check turned down needs to be read anyway. */
function minStoryChars(doc: Document): number {
  if (declaresArticle(doc)) return MIN_DECLARED_ARTICLE_CHARS;
  return namedAfterItsHeadline(doc) ? MIN_HEADLINED_CHARS : MIN_UNREADERABLE_CHARS;
}

/** The page calls itself an article: `og:type` article, an article type in JSON-LD or microdata, or an <article>. */
function declaresArticle(doc: Document): boolean {
  if (doc.querySelector('meta[property="og:type" i][content*="article" i], article, [itemtype*="Article"], [itemtype*="BlogPosting"]')) return true;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    if (/"@type"\s*:\s*(?:\[[^\]]*)?"(?:News|Blog|Report|Scholarly|Tech)?(?:Article|Posting|ReportageNews)"/.test(script.textContent ?? '')) return true;
  }
  return false;
}
