import { parseCsv } from './csv';
import { sanitizeHtml } from './sanitize';
import { storedBytes, type StoredImage, type StoredStory, type StorySummary } from './story';
import { storyIdFor } from './story-id';
import type { Article } from './types';

/** Broadsheet's own export file. Described in docs/library-format.md. */
export const LIBRARY_FORMAT = 'broadsheet-library';
export const LIBRARY_FORMAT_VERSION = 1;
/** Files bigger than this are refused before parsing. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024;

export interface ExportedImage {
  source: string;
  id: string;
  dataUrl: string;
  width: number;
  height: number;
}

/** One story in the file: its state, its text, and its images. */
export interface ExportedStory {
  id: string;
  url: string;
  canonicalUrl: string;
  title: string;
  savedAt: number;
  updatedAt: number;
  read: boolean;
  archived: boolean;
  tags: string[];
  progress: number;
  linkOnly: boolean;
  article: Article | null;
  images: ExportedImage[];
}

export interface LibraryFile {
  format: typeof LIBRARY_FORMAT;
  version: number;
  exportedAt: string;
  stories: ExportedStory[];
}

export interface StoryBundle {
  summary: StorySummary;
  record: StoredStory;
  images: StoredImage[];
  /** Reading position, 0 to 1. */
  progress: number;
}

export function exportStory(bundle: StoryBundle): ExportedStory {
  const { summary, record, images, progress } = bundle;
  return {
    id: summary.id,
    url: summary.url,
    canonicalUrl: summary.canonicalUrl,
    title: summary.title,
    savedAt: summary.savedAt,
    updatedAt: summary.updatedAt,
    read: summary.read,
    archived: summary.archived,
    tags: summary.tags,
    progress,
    linkOnly: summary.linkOnly,
    article: record.article,
    images: images.map(({ source, id, dataUrl, width, height }) => ({ source, id, dataUrl, width, height })),
  };
}

export function buildLibraryFile(stories: ExportedStory[], now: Date): LibraryFile {
  return { format: LIBRARY_FORMAT, version: LIBRARY_FORMAT_VERSION, exportedAt: now.toISOString(), stories };
}

// ——— import ———

export type ImportEntry = ({ kind: 'full' } & StoryBundle) | { kind: 'link'; url: string; title: string; tags: string[]; read: boolean; savedAt: number };
export interface Skipped {
  item: string;
  reason: string;
}
export type ParsedImport =
  | { ok: true; source: 'broadsheet' | 'pocket-csv' | 'pocket-html'; entries: ImportEntry[]; skipped: Skipped[] }
  | { ok: false; message: string };

/** Reads Broadsheet's JSON, Pocket's CSV, or Pocket's older HTML export. Bad entries are listed, never fatal. */
export function parseImportFile(text: string, fileName: string, parseHtml: (html: string) => Document): ParsedImport {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, message: 'The file is too large to import.' };
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{') || /\.json$/i.test(fileName)) return parseLibraryJson(trimmed);
  if (/^<(?:!doctype|html|head|body|h1|ul|title)/i.test(trimmed) || /\.html?$/i.test(fileName)) return parsePocketHtml(parseHtml(trimmed));
  if (/^title,url\b/i.test(trimmed) || /\.csv$/i.test(fileName)) return parsePocketCsv(trimmed);
  return { ok: false, message: 'This is not a Broadsheet library file or a Pocket export.' };
}

function parseLibraryJson(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}).` };
  }
  if (!isRecord(data) || data.format !== LIBRARY_FORMAT) return { ok: false, message: 'This JSON file is not a Broadsheet library export.' };
  if (typeof data.version !== 'number' || data.version > LIBRARY_FORMAT_VERSION) {
    return { ok: false, message: `This file was written by a newer Broadsheet (format version ${String(data.version)}). Update the extension to import it.` };
  }
  if (!Array.isArray(data.stories)) return { ok: false, message: 'The file has no list of stories.' };
  const entries: ImportEntry[] = [];
  const skipped: Skipped[] = [];
  data.stories.forEach((raw: unknown, i: number) => {
    const result = readExportedStory(raw);
    if (typeof result === 'string') skipped.push({ item: describe(raw, i), reason: result });
    else entries.push(result);
  });
  return { ok: true, source: 'broadsheet', entries, skipped };
}

function readExportedStory(raw: unknown): ImportEntry | string {
  if (!isRecord(raw)) return 'not a story object';
  const url = webUrl(raw.url);
  if (!url) return 'no valid web address';
  if (typeof raw.title !== 'string' || !raw.title.trim()) return 'no headline';
  const savedAt = time(raw.savedAt);
  if (savedAt === null) return 'no valid saved date';
  const updatedAt = time(raw.updatedAt) ?? savedAt;
  const canonicalUrl = webUrl(raw.canonicalUrl) ?? url;
  const id = storyIdFor(canonicalUrl);
  const tags = Array.isArray(raw.tags) ? raw.tags.filter((t): t is string => typeof t === 'string').map((t) => t.slice(0, 100)) : [];
  const state = { read: raw.read === true, archived: raw.archived === true, tags };
  const progress = typeof raw.progress === 'number' && raw.progress >= 0 && raw.progress <= 1 ? raw.progress : 0;
  if (raw.article === null || raw.linkOnly === true) {
    const record: StoredStory = { id, savedAt, article: null, images: {} };
    return {
      kind: 'full',
      summary: { ...emptySummary(id, url, canonicalUrl, raw.title, savedAt, updatedAt), ...state, linkOnly: true, bytes: storedBytes({ version: 2, ...record }) },
      record,
      images: [],
      progress,
    };
  }
  const article = readArticle(raw.article, url, canonicalUrl);
  if (typeof article === 'string') return article;
  const images: StoredImage[] = [];
  for (const image of Array.isArray(raw.images) ? raw.images : []) {
    if (
      isRecord(image) && typeof image.source === 'string' && typeof image.id === 'string' && /^[\w-]{1,128}$/.test(image.id) &&
      typeof image.dataUrl === 'string' && /^data:image\/(?:png|jpe?g|gif|webp|avif);base64,[A-Za-z0-9+/=]+$/.test(image.dataUrl)
    ) {
      images.push({
        source: image.source,
        id: image.id,
        dataUrl: image.dataUrl,
        width: typeof image.width === 'number' ? image.width : 0,
        height: typeof image.height === 'number' ? image.height : 0,
        bytes: image.dataUrl.length,
      });
    }
  }
  const record: StoredStory = { id, savedAt, article, images: Object.fromEntries(images.map((i) => [i.source, i.id])) };
  const summary: StorySummary = {
    ...emptySummary(id, url, canonicalUrl, article.title, savedAt, updatedAt),
    siteName: article.siteName,
    byline: article.byline,
    published: article.published,
    publishedSource: article.publishedSource,
    excerpt: article.excerpt,
    lang: article.lang,
    wordCount: article.wordCount,
    readingMinutes: article.readingMinutes,
    ...state,
    imageIds: images.map((i) => i.id),
    bytes: storedBytes({ version: 2, ...record }) + images.reduce((sum, image) => sum + image.bytes, 0),
  };
  return { kind: 'full', summary, record, images, progress };
}

/** An imported article is untrusted: every field is checked and the HTML sanitized again. */
function readArticle(raw: unknown, url: string, canonicalUrl: string): Article | string {
  if (!isRecord(raw)) return 'no story text';
  if (typeof raw.title !== 'string' || typeof raw.contentHtml !== 'string' || typeof raw.textContent !== 'string') return 'story text is incomplete';
  const text = (v: unknown, max = 2000) => (typeof v === 'string' ? v.slice(0, max) : null);
  const count = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v >= 0 ? Math.round(v) : 0);
  const source = text(raw.publishedSource);
  return {
    title: raw.title,
    byline: text(raw.byline),
    siteName: text(raw.siteName),
    published: text(raw.published, 40),
    modified: text(raw.modified, 40),
    publishedSource: source && ['json-ld', 'meta', 'time', 'microdata', 'text', 'url'].includes(source) ? (source as Article['publishedSource']) : null,
    lang: text(raw.lang, 35),
    dir: raw.dir === 'rtl' || raw.dir === 'ltr' ? raw.dir : null,
    excerpt: text(raw.excerpt),
    contentHtml: sanitizeHtml(raw.contentHtml),
    textContent: raw.textContent,
    wordCount: count(raw.wordCount),
    readingMinutes: count(raw.readingMinutes),
    url,
    canonicalUrl,
  };
}

/** Pocket's CSV export: title,url,time_added,cursor,tags,status (tags joined with "|"). */
function parsePocketCsv(text: string): ParsedImport {
  const rows = parseCsv(text);
  const header = rows.shift()?.map((h) => h.trim().toLowerCase()) ?? [];
  const col = (name: string) => header.indexOf(name);
  if (col('url') < 0) return { ok: false, message: 'This CSV file has no "url" column, so it is not a Pocket export.' };
  const entries: ImportEntry[] = [];
  const skipped: Skipped[] = [];
  rows.forEach((row, i) => {
    const cell = (name: string) => (col(name) >= 0 ? (row[col(name)] ?? '').trim() : '');
    const url = webUrl(cell('url'));
    const line = `line ${i + 2}`;
    if (!url) return skipped.push({ item: `${line}: ${cell('url') || '(empty)'}`, reason: 'no valid web address' });
    const seconds = Number(cell('time_added'));
    entries.push({
      kind: 'link',
      url,
      title: cell('title') || url,
      tags: cell('tags').split('|').map((t) => t.trim()).filter(Boolean),
      read: cell('status').toLowerCase() === 'archive',
      savedAt: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : Date.now(),
    });
  });
  return { ok: true, source: 'pocket-csv', entries, skipped };
}

/** Pocket's older HTML export: an "Unread" list and a "Read Archive" list of links with time_added and tags. */
function parsePocketHtml(doc: Document): ParsedImport {
  const entries: ImportEntry[] = [];
  const skipped: Skipped[] = [];
  let read = false;
  for (const el of Array.from(doc.querySelectorAll('h1, h2, a[href]'))) {
    if (/^H[12]$/i.test(el.tagName)) {
      read = /archive|read/i.test(el.textContent ?? '') && !/unread/i.test(el.textContent ?? '');
      continue;
    }
    const href = el.getAttribute('href') ?? '';
    const url = webUrl(href);
    if (!url) {
      skipped.push({ item: href || '(empty link)', reason: 'no valid web address' });
      continue;
    }
    const seconds = Number(el.getAttribute('time_added'));
    entries.push({
      kind: 'link',
      url,
      title: (el.textContent ?? '').trim() || url,
      tags: (el.getAttribute('tags') ?? '').split(',').map((t) => t.trim()).filter(Boolean),
      read,
      savedAt: Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : Date.now(),
    });
  }
  if (entries.length === 0 && skipped.length === 0) return { ok: false, message: 'No links were found in this HTML file.' };
  return { ok: true, source: 'pocket-html', entries, skipped };
}

/** A link-only entry as a stored story: no text yet, its tags and read state kept. */
export function linkBundle(entry: Extract<ImportEntry, { kind: 'link' }>): StoryBundle {
  const id = storyIdFor(entry.url);
  const record: StoredStory = { id, savedAt: entry.savedAt, article: null, images: {} };
  return {
    summary: {
      ...emptySummary(id, entry.url, entry.url, entry.title, entry.savedAt, entry.savedAt),
      read: entry.read,
      tags: entry.tags,
      linkOnly: true,
      bytes: storedBytes({ version: 2, ...record }),
    },
    record,
    images: [],
    progress: 0,
  };
}

function emptySummary(id: string, url: string, canonicalUrl: string, title: string, savedAt: number, updatedAt: number): StorySummary {
  return {
    id, url, canonicalUrl, title, siteName: null, byline: null, published: null, publishedSource: null, excerpt: null, lang: null,
    wordCount: 0, readingMinutes: 0, savedAt, updatedAt, read: false, archived: false, tags: [], linkOnly: false,
    imageIds: [], bytes: 0,
  };
}

function webUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

function time(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

function describe(raw: unknown, index: number): string {
  if (isRecord(raw) && typeof raw.title === 'string' && raw.title.trim()) return `#${index + 1} “${raw.title.slice(0, 80)}”`;
  return `#${index + 1}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
