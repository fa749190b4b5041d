import type { Candidate } from './candidate';
import { normalizeMachineDate } from './machine-date';

// Types whose dates are the story's own; other nodes (WebPage, Organization…) rank lower.
const ARTICLE_TYPE = /(article|posting|reportage|report|blog|news|review|recipe|howto|story|liveblog)$/i;
const PAGE_TYPE = /(webpage|itempage|collectionpage|creativework|mediaobject|videoobject)$/i;
// Keys whose nested nodes describe other things: comments, related stories, citations.
const SKIP_KEYS = new Set(['comment', 'comments', 'review', 'citation', 'itemListElement', 'relatedLink', 'isBasedOn', 'hasPart', 'subjectOf', 'workExample', 'publisher', 'author', 'creator']);

interface Node {
  obj: Record<string, unknown>;
  depth: number;
}

function typesOf(obj: Record<string, unknown>): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function collect(value: unknown, depth: number, out: Node[]): void {
  if (depth > 8 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, depth, out);
    return;
  }
  const obj = value as Record<string, unknown>;
  if ('@type' in obj) out.push({ obj, depth });
  for (const [k, v] of Object.entries(obj)) {
    if (!SKIP_KEYS.has(k) && v && typeof v === 'object') collect(v, k === '@graph' ? depth : depth + 1, out);
  }
}

const LOOSE_TYPE = /"@type"\s*:\s*"([^"]+)"/g;
const LOOSE_DATES = ['datePublished', 'dateCreated', 'dateModified'].map((key) => [key, new RegExp(`"${key}"\\s*:\\s*"([^"]{6,40})"`)] as const);

/**
 * Broken JSON (a stray brace, a trailing comma) still names the story's dates: read them
 * directly when the text describes an article, so one typo does not lose the best source.
 */
function salvage(text: string): Record<string, unknown> | null {
  const type = [...text.matchAll(LOOSE_TYPE)].map((m) => m[1]!).find((t) => ARTICLE_TYPE.test(t));
  if (!type) return null;
  const node: Record<string, unknown> = { '@type': type };
  for (const [key, re] of LOOSE_DATES) node[key] = re.exec(text)?.[1];
  return node;
}

/** Lenient JSON: sites wrap it in comments/CDATA or leave control characters in strings. */
function parseLoose(text: string): unknown {
  const cleaned = text
    .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '');
  try {
    return JSON.parse(cleaned);
  } catch {
    try {
      return JSON.parse(cleaned.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return salvage(cleaned);
    }
  }
}

function samePage(obj: Record<string, unknown>, url: string): boolean {
  const path = (u: unknown): string | null => {
    if (typeof u === 'object' && u && '@id' in u) u = (u as Record<string, unknown>)['@id'];
    if (typeof u !== 'string') return null;
    try {
      return new URL(u, url).pathname.replace(/\/+$/, '');
    } catch {
      return null;
    }
  };
  const here = path(url);
  return [obj['url'], obj['mainEntityOfPage'], obj['@id']].some((u) => {
    const p = path(u);
    return p !== null && p !== '' && p === here;
  });
}

/** Dates from JSON-LD: the story node's datePublished > dateCreated > dateModified. */
export function jsonLdDates(doc: Document, url: string, now: Date, lang: string | null): Candidate[] {
  const nodes: Node[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json" i]')) {
    collect(parseLoose(script.textContent ?? ''), 0, nodes);
  }
  const out: Candidate[] = [];
  for (const { obj, depth } of nodes) {
    const types = typesOf(obj);
    const isArticle = types.some((t) => ARTICLE_TYPE.test(t));
    const isPage = types.some((t) => PAGE_TYPE.test(t));
    if (!isArticle && !isPage) continue;
    // Story nodes first, the one naming this URL first of all, then shallower ones.
    const base = (isArticle ? 0 : 20) + (samePage(obj, url) ? 0 : 5) + Math.min(depth, 4);
    const add = (key: string, kind: Candidate['kind'], extra: number): void => {
      const v = obj[key];
      const value = normalizeMachineDate(Array.isArray(v) ? v[0] : v, now, lang);
      if (value) out.push({ value, kind, source: 'json-ld', rank: base + extra });
    };
    add('datePublished', 'published', 0);
    add('dateCreated', 'published', 1);
    add('uploadDate', 'published', 2);
    add('dateModified', 'modified', 0);
  }
  return out;
}
