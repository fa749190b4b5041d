import { parseDateText } from './dates';
import { boundedText } from './dates/bounded-text';
import { listOf } from './dom-list';
import { MONTH_BY_NAME, foldText } from './dates/month-names';

/**
 * Removes what Readability keeps but a reader does not want inside the body: the headline
 * repeated, a byline or dateline repeated, page furniture that lives inside the story container
 * (ad labels, share and comment prompts, newsletter pitches, "Related"/"Don't miss" link lists,
 * gallery controls, copyright lines) and empty wrappers left behind. Photo captions and credits
 * written as plain paragraphs become <figcaption>: kept with the picture, out of the story text.
 *
 * Only short blocks are judged, on their own whole text, so a story paragraph that merely
 * mentions a date or a newsletter is never touched. One pass over the body; each block's text
 * is read once.
 */
export function cleanArticleBody(container: Element, story: { title: string; byline: string | null }): void {
  const title = squash(story.title);
  const byline = story.byline ? squash(story.byline).replace(BY_PREFIX, '') : null;
  // A story by several people is often signed off by one of them: "Jane Doe, Education Reporter".
  const bylineNames = byline ? [...new Set([byline, ...byline.split(', ').filter((name) => name.includes(' '))])] : [];
  for (const el of listOf(container.querySelectorAll(CANDIDATES))) {
    if (!container.contains(el) || el.closest('figcaption')) continue;
    if (INLINE.has(el.tagName.toUpperCase()) && !standsAlone(el)) continue;
    const raw = judgedText(el);
    if (!raw) continue;
    const text = raw.toLowerCase();
    const tag = el.tagName.toUpperCase();
    if (isRelatedHeading(text) && tag !== 'LI') {
      removeLinkListAfter(el);
      el.remove();
    } else if (
      (title.length >= 15 && text === title) ||
      isBylineLine(raw, text, bylineNames, el) ||
      (tag !== 'LI' && isDateline(raw)) ||
      isFurniture(raw, text, el)
    ) {
      el.remove();
    } else if (/^[\s_*=~•·.–—-]{3,}$/.test(raw) && !el.querySelector('img, picture, video, table')) {
      el.replaceWith(el.ownerDocument.createElement('hr')); // a rule drawn with characters
    } else if (isCaptionLine(raw) && tag !== 'LI') {
      toFigcaption(el);
    }
  }
  for (const el of listOf(container.querySelectorAll('div, section, span, p, ul, ol, li, blockquote, strong, em, b'))) {
    if (container.contains(el) && !holdsText(el) && !el.querySelector('img, picture, video, table, hr, br')) el.remove();
  }
}

/**
 * The element's text as `textContent` gives it, white space collapsed, or null when it is longer than
 * MAX_JUDGED. Read only as far as needed: the containers around the story hold all of its text.
 */
function judgedText(el: Element): string | null {
  const { text, cut } = boundedText(el, MAX_JUDGED, { breakAtBlocks: false });
  return cut ? null : text;
}

/** The node after `node` in document order, staying inside `root`. */
function nextInside(node: Node, root: Node): Node | null {
  if (node.firstChild) return node.firstChild;
  let at: Node | null = node;
  while (at && at !== root && !at.nextSibling) at = at.parentNode;
  return at && at !== root ? at.nextSibling : null;
}

/** Whether any text below `el` is more than white space; stops at the first that is. */
function holdsText(el: Element): boolean {
  for (let node = nextInside(el, el); node; node = nextInside(node, el)) {
    if ((node.nodeType === 3 || node.nodeType === 4) && /\S/.test((node as CharacterData).data)) return true;
  }
  return false;
}

const CANDIDATES = 'h1, h2, h3, h4, h5, h6, p, div, span, time, address, li, strong, b, em, small, blockquote, a';
const MAX_JUDGED = 260;
const INLINE = new Set(['SPAN', 'TIME', 'STRONG', 'B', 'EM', 'SMALL', 'A']);

/** An inline element is judged only when it makes a line of its own, never as a word inside a sentence. */
function standsAlone(el: Element): boolean {
  for (const step of ['previousSibling', 'nextSibling'] as const) {
    let node = el[step];
    while (node && node.nodeType === 3 && !(node.nodeValue ?? '').trim()) node = node[step];
    if (!node) continue;
    if (node.nodeType === 3) return false;
    if (node.nodeType === 1 && (INLINE.has((node as Element).tagName.toUpperCase()) || (node as Element).tagName.toUpperCase() === 'I')) {
      if ((node.textContent ?? '').trim()) return false;
    }
  }
  return true;
}
const BY_PREFIX = /^(?:by|von|par|por|di|door|de|av|af)\s+/i;

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

// ---------------------------------------------------------------- bylines and datelines

const DATE_LABELS = new Set([
  'published', 'updated', 'posted', 'modified', 'first', 'last', 'on', 'at', 'the', 'of', 'and', 'et', 'und', 'y', 'e',
  'veroffentlicht', 'aktualisiert', 'am', 'um', 'uhr', 'stand', 'publie', 'mis', 'a', 'jour', 'le', 'publicado',
  'actualizado', 'el', 'de', 'del', 'pubblicato', 'aggiornato', 'il', 'gepubliceerd', 'bijgewerkt', 'op', 'om',
  'pm', 'p', 'm', 'h', 'hrs', 'date', 'time', 'ago', 'today', 'yesterday', 'now', 'just', 'second', 'seconds',
  'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'day', 'days', 'week', 'weeks', 'month', 'months',
  'heute', 'gestern', 'aujourd', 'hui', 'hier', 'hoy', 'ayer', 'oggi', 'ieri', 'vandaag', 'gisteren',
  'est', 'edt', 'cst', 'cdt', 'mst', 'mdt', 'pst', 'pdt', 'gmt', 'utc', 'bst', 'cet', 'cest', 'mez', 'mesz', 'ist',
  'jst', 'kst', 'aest', 'aedt', 'et', 'pt', 'ct', 'mt', 'st', 'nd', 'rd', 'th', 'er',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu',
  'thur', 'thurs', 'fri', 'sat', 'sun', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag',
  'sonntag', 'mo', 'di', 'mi', 'do', 'fr', 'sa', 'so', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi',
  'dimanche', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'lunedi', 'martedi',
  'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag',
  'zaterdag', 'zondag', 'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'feira',
]);
const RELATIVE_DATE = /^(?:(?:published|updated|posted)\s*:?\s*)?(?:(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|today|yesterday|just now)\b/i;
const TIME = /\b\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|\b\d{1,2}\s*[ap]\.?\s?m\.?(?=\W|$)/gi;

/** Words of a line that are neither date, time, weekday nor dateline label. */
function nonDateWords(raw: string): string[] {
  const words = foldText(raw.replace(TIME, ' ')).match(/\p{L}+/gu) ?? [];
  return words.filter((w) => !DATE_LABELS.has(w) && !MONTH_BY_NAME.has(w));
}

/**
 * A dateline is a date and little else: "Published 10:48, Tue, Nov 19, 2019", "Updated 19. Juni 2024,
 * 10:15 Uhr", "November 19, 2019 / 1:07 AM / CBS News", "Published 1 day ago". At most two other
 * words (an agency or a site name), and not a sentence.
 */
function isDateline(raw: string): boolean {
  if (raw.length > 110) return false;
  if (/\p{L}{2,}[.!?]["”’]?$/u.test(raw) && !/\b[ap]\.m\.$/i.test(raw)) return false;
  const trimmed = raw.replace(/^[|/•·–—-]\s*/, '');
  const labelledTime = /^(?:published|updated|posted|modified)\b/i.test(trimmed) && new RegExp(TIME.source, 'i').test(trimmed);
  if (!labelledTime && !RELATIVE_DATE.test(trimmed) && parseDateText(trimmed) === null) return false;
  return nonDateWords(trimmed).length <= 2;
}

const NAME_PARTICLES = new Set(['and', 'und', 'et', 'y', 'e', 'de', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'la', 'le', 'del', 'bin', 'al']);

/**
 * A byline repeated in the body: the page's byline (plus a date or a role), "By Jane Doe",
 * "By Jane Doe and John Roe - 11/18/19 11:04 PM EST", "Posted on March 30, 2015 by Admin".
 */
function isBylineLine(raw: string, text: string, bylineNames: readonly string[], el: Element): boolean {
  if (raw.length > 160 || el.querySelectorAll('p').length > 1) return false;
  for (const byline of bylineNames) {
    if (!text.includes(byline)) continue;
    if (text.length < byline.length + 12) return true;
    const rest = raw.slice(text.indexOf(byline) + byline.length);
    if (text.replace(BY_PREFIX, '').startsWith(byline) && nonDateWords(rest).length <= 3 && !/[.!?]$/.test(rest.trim())) return true;
  }
  if (/^(?:posted|published|written|submitted)\s+(?:on|by|at)\b/i.test(raw) && raw.length <= 120 && !/\p{L}{2,}[.!?]$/u.test(raw)) return true;
  const by = /^(?:by|von|par|por)\s+(.+)$/i.exec(raw);
  if (!by?.[1] || /\p{L}{3,}[.!?]["”’]?$/u.test(raw)) return false;
  // The names: every remaining word capitalised, and not many of them.
  const names = nonDateWords(by[1].replace(TIME, ' ')).filter((w) => !NAME_PARTICLES.has(w));
  if (names.length === 0 || names.length > 10) return false;
  const original = by[1].replace(TIME, ' ').match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  return original.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.has(w.toLowerCase()) || DATE_LABELS.has(foldText(w)) || MONTH_BY_NAME.has(foldText(w)));
}

// ---------------------------------------------------------------- furniture

// Whole-block labels: ad markers, comment and share prompts, gallery controls, sign-in links.
const LABEL = new RegExp(
  '^(?:' +
    [
      'advertisement', 'advertisements', 'advert', 'ad', 'ads', 'sponsored(?: content)?', 'paid content', 'promoted',
      'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'publicidade', 'advertentie', 'iklan', 'реклама', '광고', '広告',
      'continue reading(?: below)?', '(?:story|article) continues below(?: advertisement)?', 'skip (?:ad|advertisement)',
      'comments?', '\\d+ comments?', 'post (?:a )?comment(?: \\(\\+\\))?', 'leave a (?:comment|reply)', '(?:add|show|view|load) (?:a )?comments?',
      'read more', 'read full (?:story|article)', 'see more', 'show more', 'load more', 'more', 'read next', 'up next',
      'sign in', 'log in', 'login', 'sign up', 'subscribe(?: now)?', 'register', 'my account',
      'share(?: this)?(?: article| story| page)?', 'share on \\w+', 'tweet', 'email', 'e-mail', 'print', 'copy link', 'link copied',
      'close', 'caption', 'hide caption', 'toggle caption', 'enlarge(?: image| photo)?', 'expand', 'fullscreen', 'full screen',
      'view (?:gallery|slideshow|photos|images|all|author archive)', 'email the author', 'follow (?:on|us on|me on) \\w+', 'follow',
      '(?:image|photo|picture|slide)?\\s*\\d+\\s*(?:of|/)\\s*/?\\s*\\d+', 'media playback is unsupported on your device',
      'breaking news', 'watch', 'video', 'listen', 'play', 'disclaimer', 'tags', 'topics', 'filed under:?.*', 'posted in:?.*',
    ].join('|') +
    ')[\\s:.!…]*$',
  'iu',
);

// Headings that open a rail of links to other stories.
const RELATED_HEADING = new RegExp(
  '^(?:' +
    [
      'related(?: articles| stories| posts| coverage| content| links| news| reading)?', 'more (?:from|on|in|about) .{1,40}',
      '(?:more|other|latest|recent|top|popular|trending|featured) (?:news|stories|articles|posts|headlines|videos)(?: this week| now| today)?',
      'recent articles', 'popular(?: this week| now| today)?', 'most (?:read|popular|viewed|shared|commented)', 'trending(?: now)?',
      'latest', "(?:don[’']t|do not) miss", 'you (?:may|might) also (?:like|be interested in)', 'recommended(?: for you)?',
      'also read', 'read also', 'see also', 'read more', "editor[’']?s picks", 'what to read next', 'more stories', 'in other news',
      'leggi anche', 'lesen sie auch', 'mehr zum thema', '(?:à )?lire aussi', 'lea también', 'leia também', 'baca juga',
    ].join('|') +
    ')[\\s:.!…]*$',
  'iu',
);
// A line that points at another story: "Read more: …", "Related: …", "Also on example.com …".
const TEASER_PREFIX = /^(?:read more|see more|related|also read|read also|see also|also on \S+|leggi anche|lesen sie auch|mehr zum thema|(?:à )?lire aussi|lea también|leia também|baca juga)\s*[:|–—-]/iu;
// Shorter words that open teasers too, but also sentences: only when the line is mostly a link.
const LINKED_TEASER_PREFIX = /^(?:more|watch|also|read|see|listen)\s*[:|–—-]/iu;
const CALL_TO_ACTION = /\b(?:click(?:ing)? here|tap here|sign up|subscribe|newsletter|download (?:the|our) app|share (?:it|this) with|follow us)\b/i;
const COPYRIGHT = /^(?:©|ⓒ|\(c\)\s*\d{4}|copyright\b)|\ball rights reserved\b|\bsubject to copyright\b|무단전재|無断転載/i;

function isRelatedHeading(text: string): boolean {
  return text.length <= 60 && RELATED_HEADING.test(text);
}

function isFurniture(raw: string, text: string, el: Element): boolean {
  if (text.length <= 60 && LABEL.test(text)) return true;
  if (COPYRIGHT.test(raw) && raw.length <= 200 && !/\b(?:photo|image|foto|bild)\b/i.test(raw)) return true;
  const links = linkTextLength(el);
  if (TEASER_PREFIX.test(raw) && raw.length <= 200 && (links > 0 || raw.length <= 120)) return true;
  if (LINKED_TEASER_PREFIX.test(raw) && raw.length <= 200 && links >= raw.length * 0.5) return true;
  if (/^also (?:on|at|from) [\w.-]+\.[a-z]{2,}\b/i.test(raw) && raw.length <= 200 && links > 0) return true; // "Also on example.com …"
  if (
    CALL_TO_ACTION.test(raw) &&
    raw.length <= 220 &&
    (links >= raw.length * 0.3 || /^(?:click|tap|sign up|subscribe|get|download|follow|join)\b/i.test(raw) || /^(?:like|liked|enjoy|enjoyed|want|love|loved)\b.{0,40}\?/i.test(raw))
  ) {
    return true;
  }
  // A headline of another story written in capitals and linked ("SEAN SPICER ELIMINATED FROM …").
  const letters = raw.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 12 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && links >= raw.length * 0.5) return true;
  return false;
}

function linkTextLength(el: Element): number {
  if (el.tagName.toUpperCase() === 'A') return (el.textContent ?? '').trim().length;
  let length = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) length += (a.textContent ?? '').trim().length;
  return length;
}

/** After a "Related" heading: the links that follow it (a list, or short linked lines). */
function removeLinkListAfter(heading: Element): void {
  let next = heading.nextElementSibling;
  while (next) {
    const after = next.nextElementSibling;
    const text = (next.textContent ?? '').replace(/\s+/g, ' ').trim();
    const tag = next.tagName.toUpperCase();
    const linked = text.length > 0 && linkTextLength(next) >= text.length * 0.6;
    if (!(linked && (tag === 'UL' || tag === 'OL' || text.length <= 200))) break;
    next.remove();
    next = after;
  }
}

// ---------------------------------------------------------------- captions

// A caption or credit set as a plain line: "© Jane Doe", "Photo: Jane Doe / Agency", "Image copyright EPA",
// "A row of cars at a dealership. (AP Photo/Jane Doe)", "Trims in a truck (Image: Getty)".
const CREDIT_LINE = /^(?:©|ⓒ|(?:photo|image|picture|foto|bild|credit|source)s?\s*(?:copyright|credit)?\s*:|image copyright\b|photo by\b|picture:)/i;
const CREDIT_END = /\((?:[^()]*\b(?:photo|image|picture|credit|foto|bild|getty|reuters|afp|ap|epa|shutterstock)\b[^()]{0,80})\)\s*$/i;

function isCaptionLine(raw: string): boolean {
  if (raw.length > 300) return false;
  if (CREDIT_LINE.test(raw) && raw.length <= 160) return true;
  return CREDIT_END.test(raw);
}

function toFigcaption(el: Element): void {
  const caption = el.ownerDocument.createElement('figcaption');
  while (el.firstChild) caption.appendChild(el.firstChild);
  el.replaceWith(caption);
}
