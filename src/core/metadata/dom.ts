/** Read-only DOM helpers: nothing here mutates the document. */

/**
 * The page's <title>. A browser's document.title reads the first <title> anywhere; some DOMs look only
 * in the first <head>, which stray output before the doctype leaves empty.
 */
export function pageTitle(doc: Document): string {
  return doc.title || doc.querySelector('title')?.textContent || '';
}

/** Meta names whose values name the author (all values are kept, in page order). */
const AUTHOR_META = new Set(['author', 'article:author', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'byl', 'citation_author']);

/** Class or id words that mark a byline element. */
const BYLINE_NAME = /byline|author|autor|contributor|writer|verfasser/;
/** Links to an author's page: "/author/jane-doe", "/autoren/doe-jane/". */
const AUTHOR_PAGE = /\/(?:authors?|autor(?:en|in)?|auteurs?|writers?|contributors?|journalists?)\/[^/?#]+\/?(?:[?#]|$)/i;
/**
 * Text that opens a credit line: "By", "Von", "Written by", "Autorin:", or a bare "Author" or "Interview" label,
 * perhaps after the separator of a meta row ("| By").
 * Tested only on an element's first text node, so it costs one short match per element.
 */
const BYLINE_LEAD =
  /^\s*(?:[|·•\-–—]\s*)?(?:(?:(?:written|posted|reported|submitted|text|geschrieben|erstellt|gespeichert|eingestellt|verfasst|[ée]crit)\s+)?(?:by|von|par|por|door)\b|(?:autor(?:in|a)?|author|auteur|text)\s*(?::|$)|interview\s*:?\s*$)/i;

/**
 * Everything the finders need from the page, collected in one walk over the elements: a
 * content script pays for each whole-document query, so nothing else walks the document.
 */
export interface PageScan {
  doc: Document;
  /** <meta> values keyed by lower-cased name / property / itemprop (first value wins). */
  meta: Map<string, string>;
  /** Every value of the author meta names (author, article:author, dc.creator, parsely-author …). */
  metaAuthors: string[];
  /** Text of the application/ld+json scripts. */
  jsonLd: string[];
  /** <h1> and non-meta [itemprop~=headline] elements. */
  headings: Element[];
  /** <h1>–<h3> elements with their position among all elements (blog themes set post titles in <h3>). */
  titles: Positioned[];
  /** Elements whose class/id says byline or author, and <address> elements. */
  bylineBoxes: Positioned[];
  /** [itemprop~=author] / [itemprop~=creator] elements. */
  microdataAuthors: Element[];
  /** a[rel~=author] and link[rel~=author][title]. */
  relAuthors: Element[];
  /** Links to an author's page on the site. */
  authorPageLinks: Element[];
  /** Elements whose text opens with a credit ("By …", "Von …", "Autor:"), whatever their class. */
  bylineLeads: Positioned[];
}

export interface Positioned { el: Element; index: number }

/**
 * A scholarly citation_author tag holds one author, often surname first ("Doe, Jane A."): a comma
 * there reverses the name rather than separating two people.
 */
function citationName(content: string): string {
  const parts = content.split(',').map((p) => p.trim());
  return parts.length === 2 && parts[0] && parts[1] ? `${parts[1]} ${parts[0]}` : content;
}

function addMeta(scan: PageScan, el: Element): void {
  const content = el.getAttribute('content');
  if (content == null || !content.trim()) return;
  for (const attr of ['property', 'name', 'itemprop']) {
    for (const key of (el.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
      if (!key) continue;
      if (!scan.meta.has(key)) scan.meta.set(key, content);
      if (!AUTHOR_META.has(key)) continue;
      const author = key === 'citation_author' ? citationName(content) : content;
      scan.metaAuthors.push(author);
    }
  }
}

/** `elements`: every element of `doc` in document order, when the caller has already listed them. */
export function scanPage(doc: Document, elements?: readonly Element[]): PageScan {
  const scan: PageScan = {
    doc,
    meta: new Map(),
    metaAuthors: [],
    jsonLd: [],
    headings: [],
    titles: [],
    bylineBoxes: [],
    microdataAuthors: [],
    relAuthors: [],
    authorPageLinks: [],
    bylineLeads: [],
  };
  const all = elements ?? doc.querySelectorAll('*');
  for (let index = 0; index < all.length; index++) {
    const el = all[index]!;
    const tag = el.tagName.toUpperCase();
    if (tag === 'META') {
      addMeta(scan, el);
      continue;
    }
    if (tag === 'SCRIPT') {
      if ((el.getAttribute('type') ?? '').toLowerCase().startsWith('application/ld+json')) scan.jsonLd.push(el.textContent ?? '');
      continue;
    }
    if (tag === 'STYLE' || tag === 'LINK' && !el.hasAttribute('title')) continue;
    const itemprop = el.getAttribute('itemprop');
    if (tag === 'H1' || tag === 'H2' || tag === 'H3') scan.titles.push({ el, index });
    if (tag === 'H1' || itemprop && /(?:^|\s)headline(?:\s|$)/i.test(itemprop)) scan.headings.push(el);
    if (itemprop && /(?:^|\s)(?:author|creator)(?:\s|$)/i.test(itemprop)) scan.microdataAuthors.push(el);
    if (tag === 'A' || tag === 'LINK') {
      if (/(?:^|\s)author(?:\s|$)/i.test(el.getAttribute('rel') ?? '')) scan.relAuthors.push(el);
      else if (tag === 'A' && AUTHOR_PAGE.test(el.getAttribute('href') ?? '')) scan.authorPageLinks.push(el);
    }
    if (tag === 'ADDRESS' || tag === 'BYLINE' || BYLINE_NAME.test(classAndId(el))) scan.bylineBoxes.push({ el, index });
    // Links that open with "by" are theme and source credits ("by ExampleThemes"), not bylines.
    const lead = tag === 'A' ? null : el.firstChild;
    if (lead?.nodeType === 3 && BYLINE_LEAD.test(lead.nodeValue ?? '')) scan.bylineLeads.push({ el, index });
  }
  // Each author once, in page order: deduplicated at the end, since a page can hold thousands of author tags.
  scan.metaAuthors = [...new Set(scan.metaAuthors)];
  return scan;
}

// RT/RP: ruby readings (furigana) printed above the words, not part of the text.
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'SELECT', 'RT', 'RP']);
const BLOCK = new Set(['P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'HEADER', 'FOOTER', 'TIME', 'DD', 'DT', 'TR', 'TD', 'FIGCAPTION', 'ADDRESS']);

/** Text a reader would see, without script/style contents; blocks and <br> become line breaks. */
export function visibleText(el: Element): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag)) continue;
        if (tag === 'BR') { out += '\n'; continue; }
        const block = BLOCK.has(tag);
        if (block) out += '\n';
        walk(child);
        if (block) out += '\n';
      }
    }
  };
  walk(el);
  return out.replace(/[ \t\u00a0\u200b]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** Class and id of an element, lower-cased, for substring tests. */
export function classAndId(el: Element): string {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

// A side bar however written ("sidebar", "side-bar", "sidepanel"); but "has-sidebar", "with-double-sidebar"
// are layout flags on the page's wrapper, not the sidebar itself.
const FURNITURE_NAME = /\b(?:comment|related|(?<!(?:has|with|no|one|two|double)-)side-?bar|sidepanel|widget|footer|recommend|teaser|promo(?!ted))/;
/** Inside the story's own <article> only these mark furniture: its asides and teaser rows hold its byline. */
const FURNITURE_IN_STORY = /\b(?:comment|related|recommend)/;

/**
 * Tells page furniture (navigation, sidebars, comments, page footers) from the story. Answers are
 * remembered per element, so asking about many elements of one page walks each ancestor once.
 */
export class Furniture {
  private readonly memo = new Map<Element, boolean>();

  /** `story` is the story's headline element when known: a box that holds it is no furniture. */
  private readonly storyRoot: Element | null;

  constructor(private readonly story: Element | null = null) {
    this.storyRoot = story?.closest('article, [itemtype*="Article"], [itemtype*="BlogPosting"]') ?? null;
  }

  has(el: Element): boolean {
    const known = this.memo.get(el);
    if (known !== undefined) return known;
    const tag = el.tagName.toUpperCase();
    // <body> and <html> classes describe the layout ("has-sidebar", "footer-widgets"), not the element.
    if (tag === 'BODY' || tag === 'HTML') return false;
    const parent = el.parentElement;
    const answer = this.own(el, tag) || (parent ? this.has(parent) : false);
    this.memo.set(el, answer);
    return answer;
  }

  private own(el: Element, tag: string): boolean {
    const names = classAndId(el);
    const footer = tag === 'FOOTER' || /footer/.test(names);
    if (!(tag === 'NAV' || tag === 'ASIDE' || footer || FURNITURE_NAME.test(names))) return false;
    if (this.story && el.contains(this.story)) return false;
    if (this.storyRoot?.contains(el) && !FURNITURE_IN_STORY.test(names)) return false;
    // An article's own footer carries its byline; the page's footer does not.
    if (footer && !/comment|related|side-?bar|sidepanel|widget|recommend|teaser|promo/.test(names) && el.parentElement?.closest('article, .hentry, [itemtype*="Article"], [itemtype*="BlogPosting"]')) return false;
    return true;
  }
}
