/** Reads the article object out of a page's JSON-LD blocks, tolerating the usual breakage. */
import { cleanText } from './text';

export interface JsonLdStory {
  headline: string | null;
  name: string | null;
  authors: string[];
  publisher: string | null;
  /** Name of a WebSite / Organization node, for pages whose article has no publisher. */
  website: string | null;
}

type Node = Record<string, unknown>;

const ARTICLE_TYPE = /(?:Article|BlogPosting|Posting|Report|Review|Story|Recipe|HowTo)$/i;

function parseLoose(text: string): unknown {
  const body = text.replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '').trim();
  try {
    return JSON.parse(body);
  } catch {
    // Common breakage: raw newlines/tabs inside strings and trailing commas.
    try {
      return JSON.parse(body.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return null;
    }
  }
}

/** Every object in the blocks, with @graph, arrays and nested values flattened. */
function collectNodes(value: unknown, out: Node[], depth = 0): void {
  if (depth > 8 || value == null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) collectNodes(v, out, depth + 1);
    return;
  }
  const node = value as Node;
  out.push(node);
  for (const [key, v] of Object.entries(node)) {
    if (key === 'author' || key === 'creator' || key === 'publisher') continue;
    if (typeof v === 'object') collectNodes(v, out, depth + 1);
  }
}

function types(node: Node): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return cleanText(v) || null;
  if (Array.isArray(v)) return str(v[0]);
  return null;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A profile shown by first name only ("Nils") whose bio opens with the full name ("Nils Doe ist
 * freier Autor …", "Nils Doe - engineer"): the bio names the person in full. Only capitalised words
 * followed by a lower-case word, a dash or the end count, so "Nils here!" stays "Nils".
 */
function fullNameFromBio(name: string, bio: string | null): string {
  if (!bio || /\s/.test(name)) return name;
  const rest = new RegExp(`^${escapeRegExp(name)}((?:\\s+\\p{Lu}[\\p{L}'’-]*){1,2})(?=\\s+(?:\\p{Ll}|[-–—(])|[,:]|$)`, 'u').exec(bio);
  return rest ? name + rest[1] : name;
}

function nameOf(v: unknown, byId: Map<string, Node>): string | null {
  if (typeof v === 'string') return cleanText(v) || null;
  if (v && typeof v === 'object' && !Array.isArray(v)) {
    const node = v as Node;
    const ref = typeof node['@id'] === 'string' ? byId.get(node['@id']) : undefined;
    const named = str(node.name) ?? (ref ? str(ref.name) : null);
    if (named) return fullNameFromBio(named, str(node.description) ?? (ref ? str(ref.description) : null));
    const given = [str(node.givenName), str(node.familyName)].filter(Boolean).join(' ');
    return given || null;
  }
  return null;
}

/** Author names, without organisations: a publisher credited as author names no person. */
function namesOf(v: unknown, byId: Map<string, Node>): string[] {
  const names: string[] = [];
  for (const x of Array.isArray(v) ? v : [v]) {
    if (x && typeof x === 'object' && !Array.isArray(x)) {
      const id = (x as Node)['@id'];
      const ref = typeof id === 'string' ? byId.get(id) : undefined;
      if ([...types(x as Node), ...(ref ? types(ref) : [])].some((t) => /Organi[sz]ation$/.test(t))) continue;
    }
    const name = nameOf(x, byId);
    if (name) names.push(name);
  }
  return names;
}

const PAGE_TYPE = /^(?:WebPage|ItemPage|AboutPage|CollectionPage|ProfilePage|QAPage|FAQPage)$/;

/** The texts of a page's application/ld+json scripts, parsed once. Never throws. */
export function readJsonLd(scripts: readonly string[]): JsonLdStory | null {
  const nodes: Node[] = [];
  for (const text of scripts) collectNodes(parseLoose(text), nodes);
  if (!nodes.length) return null;
  const byId = new Map<string, Node>();
  for (const n of nodes) if (typeof n['@id'] === 'string' && !byId.has(n['@id'])) byId.set(n['@id'], n);

  // The story is the article-typed node with a headline; else any article, else any node with a headline.
  const isArticle = (n: Node) => types(n).some((t) => ARTICLE_TYPE.test(t));
  const article =
    nodes.find((n) => isArticle(n) && (n.headline || n.name)) ??
    nodes.find(isArticle) ??
    nodes.find((n) => typeof n.headline === 'string') ??
    null;
  // Pages without an article node (Yoast's WebPage graphs) still name the author on the page node.
  const authored = article?.author || article?.creator ? article : nodes.find((n) => (n.author || n.creator) && types(n).some((t) => PAGE_TYPE.test(t)));
  const website = nodes.find((n) => types(n).some((t) => t === 'WebSite'));
  const org = nodes.find((n) => types(n).some((t) => /^(?:NewsMediaOrganization|Organization)$/.test(t)));
  return {
    headline: article ? str(article.headline) : null,
    name: article ? str(article.name) : null,
    authors: authored ? namesOf(authored.author ?? authored.creator, byId) : [],
    publisher: article ? nameOf(article.publisher, byId) : null,
    website: (website && str(website.name)) ?? (org && str(org.name)) ?? null,
  };
}
