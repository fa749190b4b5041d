import { lettersKey } from '../text';

/**
 * Where on the page a date sits: boilerplate zones (rails, comments, footers,
 * banners, nav) never hold the story's date, and the main headline anchors
 * "near the top of the story".
 */

const BOILER_TAGS = new Set(['ASIDE', 'NAV', 'FOOTER', 'FORM', 'MENU', 'DIALOG', 'SELECT', 'OPTION', 'NOSCRIPT', 'TEMPLATE', 'SCRIPT', 'STYLE']);
const BOILER_ROLES = new Set(['complementary', 'navigation', 'contentinfo', 'dialog', 'alertdialog', 'menu', 'banner']);
// Matched against class/id split into words ("related-posts" -> related, posts).
const BOILER_WORDS = new Set([
  'aside', 'sidebar', 'related', 'relatedposts', 'comment', 'comments', 'commentlist', 'reply', 'replies',
  'discussion', 'disqus', 'footer', 'cookie', 'cookies', 'consent', 'gdpr', 'banner', 'ad', 'ads', 'advert',
  'advertisement', 'adslot', 'sponsor', 'sponsored', 'promo', 'recommended', 'recommendations', 'popular',
  'trending', 'mostread', 'latest', 'nav', 'navbar', 'navigation', 'menu', 'breadcrumb', 'breadcrumbs',
  'outbrain', 'taboola', 'newsletter', 'rail', 'recirculation', 'recirc', 'teasers', 'archive',
  'archives', 'calendar', 'tagcloud', 'pagination', 'pager', 'nextpost', 'prevpost', 'postnavigation',
]);

/** Containers that hold one story; their footer/aside are part of it. */
const STORY_SELECTOR = 'article, .hentry, .post, .entry, [itemtype*="Article" i], [itemtype*="BlogPosting" i]';
const STORY_PART_WORDS = new Set(['footer', 'aside', 'meta', 'sidebar']);
/** The site's banner: a page-level header, or one marked as the banner. */
const BANNER_SELECTOR = '[role="banner"], body > header, body > div > header';
/** How many of the headline's ancestors count as its story's own box. */
const STORY_BOX_LEVELS = 3;

function words(el: Element): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (!raw.trim()) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[\s_-]+/);
}

export class Zones {
  private readonly cache = new Map<Element, boolean>();
  readonly headline: Element | null;
  /** Ancestors of the headline are the story itself, never boilerplate. */
  private readonly headlineAncestors = new Set<Element>();
  /** The headline's closest ancestors: the box that holds one story's title, body and footer. */
  private readonly storyBox = new Set<Element>();

  constructor(private readonly doc: Document) {
    this.headline = this.findHeadline();
    for (let el = this.headline; el; el = el.parentElement) this.headlineAncestors.add(el);
    let box = this.headline?.parentElement ?? null;
    // Never the whole page: the site's own footer hangs off <body>.
    for (let level = 0; box && level < STORY_BOX_LEVELS && box.tagName !== 'BODY' && box.tagName !== 'HTML'; level++) {
      this.storyBox.add(box);
      box = box.parentElement;
    }
  }

  /** True for the headline and the elements around it, whose text starts with the title. */
  holdsHeadline(el: Element): boolean {
    return this.headlineAncestors.has(el);
  }

  /** True when `el` sits in a rail, comment thread, footer, banner, nav, ad… */
  isBoilerplate(el: Element): boolean {
    const chain: Element[] = [];
    let result = false;
    for (let cur: Element | null = el; cur && cur.tagName !== 'BODY' && cur.tagName !== 'HTML'; cur = cur.parentElement) {
      const known = this.cache.get(cur);
      if (known !== undefined) {
        result = known;
        break;
      }
      chain.push(cur);
      if (this.isBoilerNode(cur)) {
        result = true;
        break;
      }
    }
    for (const c of chain) this.cache.set(c, result);
    return result;
  }

  private isBoilerNode(el: Element): boolean {
    if (this.headlineAncestors.has(el)) return false;
    const tag = el.tagName.toUpperCase();
    // A story's own footer or aside often carries "Posted on …": inside a story container, or
    // beside the headline's block in the small box that holds both.
    const inStory = (): boolean => !!el.parentElement && (this.storyBox.has(el.parentElement) || !!el.parentElement.closest(STORY_SELECTOR));
    if (BOILER_TAGS.has(tag)) return !((tag === 'FOOTER' || tag === 'ASIDE') && inStory());
    // A page-level <header> is the site banner, whose "today's date" is not the story's.
    if (tag === 'HEADER' && !el.parentElement?.closest('article, main')) return true;
    const role = el.getAttribute('role');
    if (role && BOILER_ROLES.has(role.toLowerCase())) return true;
    if (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden')) return true;
    for (const w of words(el)) {
      if (BOILER_WORDS.has(w) && !(STORY_PART_WORDS.has(w) && inStory())) return true;
    }
    return false;
  }

  /** The story's title: an h1 outside boilerplate, preferring one that matches og:title. */
  private findHeadline(): Element | null {
    const h1s = [...this.doc.querySelectorAll('h1')];
    const ogTitle = lettersKey(this.doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
    // A title copied into the site banner (for screen readers) is not where the story starts.
    let inBanner: Element | null = null;
    if (ogTitle) {
      const match = h1s.find((h) => {
        const t = lettersKey(h.textContent);
        return t.length > 3 && (ogTitle.includes(t) || t.includes(ogTitle));
      });
      if (match && !match.closest(BANNER_SELECTOR)) return match;
      inBanner = match ?? null;
    }
    const itemHead = this.doc.querySelector('[itemprop="headline"]');
    if (itemHead && itemHead.tagName !== 'META') return itemHead;
    // Blogs often give the story title an h2–h4 under a logo h1: take a heading that is most of the
    // title. og:title can be mangled (double-escaped), so the page <title> gets a say too.
    const titles = [ogTitle, lettersKey(this.doc.querySelector('title')?.textContent)].filter((t) => t.length > 10);
    if (titles.length) {
      const headings = [...this.doc.querySelectorAll('h1, h2, h3, h4')].map((h) => [h, lettersKey(h.textContent)] as const);
      for (const title of titles) {
        const named = headings.find(([h, t]) => {
          const [short, long] = t.length < title.length ? [t, title] : [title, t];
          return short.length > 8 && short.length * 2 >= long.length && long.includes(short) && h !== inBanner;
        })?.[0];
        if (named && !named.closest('nav, footer, aside')) return named;
      }
    }
    if (inBanner) return inBanner;
    // Without og:title, skip h1s that are site logos (very short or in a banner).
    const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();
    return (
      h1s.find((h) => norm(h.textContent).length > 10 && !h.closest('nav, footer, aside, [role="banner"]')) ??
      h1s[0] ??
      this.doc.querySelector('.entry-title, .post-title, .article-title, .headline, article h2, main h2') ??
      null
    );
  }
}
