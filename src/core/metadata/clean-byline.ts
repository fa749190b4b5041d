/** Turns a raw byline string into "Name, Name", or null when no person is named. */
import { cleanText, compactKey, hostLabel, hostOf, squash, textKey } from './text';

// "By", "Von", "Par", "Por", "Door", "Di", "Av", "Af", "Written by", "Text:", "Autor:", ...
const PREFIX = new RegExp(
  '^(?:' +
    // "Written by", "Zeige alle Beiträge von", "View all posts by", "Ein Artikel von", "Erstellt von"
    '(?:(?:written|posted|published|reported|reporting|words|story|text|texte|article|articles|photos?|compiled|edited|' +
    'view|show|see|all|more|posts?|stories|zeige|alles?|mehr|beitr[äa]ge?|artikel|eintr[äa]ge?|geschrieben|verfasst|' +
    'erstellt|eingestellt|gespeichert|submitted|[ée]crit|veröffentlicht|ein|eine|a|an|un|une|the|der|die|das|un\\s+article|autor|author)\\s+)+' +
    '(?:by|von|vom|of|par|de|from)' +
    // "Text & Fotos:", "Text und Interview:": the writer, credited for more than the words
    '|texte?\\s*(?:&|\\+|/|und|and|et)\\s*(?:fotos?|photos?|bilder|interview)' +
    '|by|von|vom|par|por|door|av|af|di|from|autor(?:in|a)?|author|auteur|text|texte|redakteur(?:in)?|redactor|reporter|interview' +
    ')\\b\\s*[:：\\-–]?\\s*',
  'i',
);
// A line holding nothing but an introducer ("By", "Artikel von:") belongs to the next line.
const PREFIX_ONLY = new RegExp(`${PREFIX.source}$`, 'i');

const MONTH =
  'jan(?:uary|uar|vier)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|m[äa]r(?:ch|z|s)?|apr(?:il)?|avr(?:il)?|ma[iy]|mai|juni?|june|jui?n|juil(?:let)?|jul[iy]?|aug(?:ust)?|ao[uû]t|sep(?:t(?:ember)?)?|okt(?:ober)?|oct(?:ober|obre)?|nov(?:ember|embre)?|de[cz](?:ember)?|d[ée]c(?:embre)?|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
const WEEKDAY =
  'mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo';

/** Where a date, time or "updated" stamp starts; everything from there on is dropped. */
const STAMP = new RegExp(
  [
    `\\b(?:${WEEKDAY})\\b(?:,?\\s|$)`,
    // Ordinal days too: "27th April", "April 27th, 2020".
    `(?<!\\d)\\d{1,2}(?:st|nd|rd|th)?\\.?\\s+(?:${MONTH})\\b\\.?`,
    `\\b(?:${MONTH})\\b\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`,
    `\\b(?:${MONTH})\\b\\.?\\s+\\d{4}\\b`,
    '\\b\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}\\b',
    '\\b\\d{1,2}:\\d{2}\\b',
    '\\b(?:19|20)\\d{2}\\b',
    '\\b(?:(?:last\\s+)?updated|published|posted|last\\s+modified|modified|veröffentlicht|aktualisiert|mis à jour|publié|actualizado|publicado|am|on|le|el|il|op)\\s*:?\\s*(?=\\d)',
    '\\b(?:(?:last\\s+)?updated|published|aktualisiert|veröffentlicht|publié|publicado|actualizado)\\b',
    '\\b\\d+\\s*(?:min(?:ute)?s?|h|hours?|std|stunden?)\\.?\\s*(?:read|ago|lesezeit|de lecture)?\\b',
    '\\b(?:reading time|lesezeit|temps de lecture)\\b',
    '\\b(?:stand|datum|date|fecha)\\s*:',
  ].join('|'),
  'i',
);

const ROLE =
  /\b(?:correspondent|correspondant|corresponsal|korrespondent(?:in)?|reporter(?:in)?|writer|editor|editors|redakteur(?:in)?|rédact(?:eur|rice)|redactor(?:a)?|columnist|kolumnist(?:in)?|contributor|contributing|contribut(?:eur|rice)|journalist(?:in)?|journaliste|periodista|giornalista|producer|analyst|researcher|research\s+associate|photographer|fotograf(?:in)?|critic|kritiker(?:in)?|chief|senior|bureau|desk|intern|fellow|professor|director|head of|manager|founder|ceo|editor-at-large|staff|autor(?:in)?|author|auteur|host|anchor|moderator(?:in)?|volontär(?:in)?|freelance|freier?|mitarbeiter(?:in)?|chefredakteur(?:in)?|leiter(?:in)?|ressortleiter(?:in)?)\b/i;

// German compounds: "Lokalredakteurin", "Auslandskorrespondent".
const ROLE_STEM = '(?:redakteur|korrespondent|reporter|journalist|kolumnist|leiter)(?:in)?';
const COMPOUND_ROLE = new RegExp(`\\p{L}${ROLE_STEM}\\b`, 'iu');

// Labels that name a desk or a team rather than anyone a reader could credit. A named news agency
// ("dpa", "Reuters", "AFP") is kept: it is who wrote the story when the page's own site did not,
// and the site-name check below still drops it on the agency's own pages. A generic desk label
// ("Staff", "Redaktion", "Newsroom", "Agencies") names no one, so it goes; a stock-photo agency
// credits a picture, never the words.
const NOT_PERSON =
  /^(?:the\s+)?(?:staff|editors?|editorial(?:\s+(?:team|staff|board|desk))?|team|newsroom|news\s*desk|web\s*desk|online|redaktion|die\s+redaktion|red|rédaction|la\s+rédaction|redacci[oó]n|redazione|redactie|reda[cç][aã]o|guest|guest\s+author|anonymous|unknown|admin(?:istrator)?|wire|wires|agencies|agency|agenturen|istock(?:photo)?|getty\s+images|shutterstock|adobe\s+stock|imago(?:\s+images)?|picture[-\s]alliance|unsplash|pixabay|share|follow|comments?|more|read\s+more|home|menu|print|email|e-mail|contact|kontakt|profile|about(?:\s+the\s+author)?|posted|posted\s+on|published|veröffentlicht(?:\s+am)?|by|von|autor(?:en)?|authors?|advertisement|anzeige|werbung|sponsored|partner)$/i;
// Any of these words inside an author chunk marks a desk or team label ("X Staff", "Die Redaktion von X").
const TEAM_WORD = /\b(?:staff|redaktion|rédaction|redacción|redazione|redactie|newsroom|editorial\s+(?:team|staff|board)|news\s+desk|team)\b/i;

// Multi-letter joiners in any case ("AND" in capitalised bylines); one-letter ones only in
// lower case so initials ("Jane E Smith") survive.
// An interview credits both sides: "Jane Doe im Gespräch mit John Roe".
const JOINER = /\s*(?:;|,|&|\+|\/|\s(?:[Aa]nd|AND|[Uu]nd|UND|et|ET|en|og|och|ve|y|e|i|u|и|im\s+Gespräch\s+mit|in\s+conversation\s+with)\s)\s*/;
const OUTLET_TAIL = /\s+(?:[Ff]or|FOR|[Ff]ür|pour|para|per|in|aus|from|at)\s+\p{Lu}.*$/u;

function cutAtStamp(s: string): string {
  const m = STAMP.exec(s);
  return m ? s.slice(0, m.index) : s;
}

function stripPrefix(s: string): { text: string; hadPrefix: boolean } {
  let text = s.replace(/^[\s:|·•\-–—,]+/, '');
  let hadPrefix = false;
  for (let i = 0; i < 2; i++) {
    const m = PREFIX.exec(text);
    if (!m || m[0].length === 0) break;
    const rest = text.slice(m[0].length);
    // "Di" starts Italian surnames too: only strip them in front of a full name.
    if (/^di\b/i.test(m[0]) && rest.split(/\s+/).length < 2) break;
    if (!rest.trim()) break;
    text = rest;
    hadPrefix = true;
  }
  return { text, hadPrefix };
}

// "CBC News" beside the site "CBC": the site's name with a generic word after it.
const SITE_SUFFIX = /^(?:news|online|digital|media|magazin|magazine|tv|radio|com|de|net|org)?$/;

/** A site named by its host ("www.example.com") is also named by the host's label ("Example"). */
function siteKeysOf(siteName: string): string[] {
  const host = /^[\w-]+(?:\.[\w-]+)+$/.test(siteName) ? hostOf(`https://${siteName}`) : null;
  return host ? [compactKey(siteName), compactKey(hostLabel(host))] : [compactKey(siteName)];
}

function namesSite(key: string, siteKeys: readonly string[]): boolean {
  return siteKeys.some((site) => key.startsWith(site) && SITE_SUFFIX.test(key.slice(site.length)));
}

const ROLE_WORD = new RegExp(`^(?:${ROLE.source}|\\p{L}+${ROLE_STEM})$`, 'iu');
const WHOLE_ROLE_WORD = new RegExp(`^(?:autor(?:in)?|author|auteur|verfasser(?:in)?|\\p{L}+${ROLE_STEM})$`, 'iu');

/** "Jane Doe Autorin", "Reporter Jane Doe": a role word set beside a full name, with no comma. */
function trimRoleWords(s: string): string {
  const words = s.split(' ');
  // After the name only a word that is the whole role ("Autorin", "Lokalredakteurin") goes: "Court
  // Reporter" is a role with its qualifier, and dropping "Reporter" would leave "Antrim Court".
  while (words.length > 2 && WHOLE_ROLE_WORD.test(words[words.length - 1]!)) words.pop();
  while (words.length > 2 && ROLE_WORD.test(words[0]!)) words.shift();
  const trimmed = words.join(' ');
  // Only a name is left standing: "Leiterin der Abteilung" must not become "der Abteilung".
  return trimmed === s || (/^\p{Lu}/u.test(trimmed) && looksLikeNames(trimmed)) ? trimmed : s;
}

/** One author chunk: trims roles and outlet tails, then checks it reads as a name. */
function cleanAuthor(chunk: string, siteKeys: readonly string[]): string | null {
  let s = squash(chunk)
    .replace(/https?:\/\/\S+|www\.\S+/gi, ' ')
    .replace(/[([{][^)\]}]*[)\]}]/g, ' ')
    .replace(OUTLET_TAIL, '')
    .replace(/[\s:|·•\-–—,.@→←»›<>()[\]]+$/, '')
    .replace(/^[\s:|·•\-–—,.@→←»›<>()[\]]+/, '')
    // The word that led into a date cut off after it: "Jane Doe on", "Jane Doe am".
    .replace(/\s+(?:on|at|am|um|le|el|il|op)$/, '');
  s = stripPrefix(s).text;
  s = squash(s);
  if (!s || !/\p{L}/u.test(s)) return null;
  if (NOT_PERSON.test(s) || PREFIX_ONLY.test(s) || TEAM_WORD.test(s) || ORGANISATION.test(s)) return null;
  s = trimRoleWords(s);
  // "Asia correspondent", "Senior Reporter": a role after a comma or dash, not a second author.
  if (ROLE.test(s) || COMPOUND_ROLE.test(s)) return null;
  const words = s.split(' ');
  if (words.length > 6 || s.length > 60) return null;
  if (/\d/.test(s) && (words.length > 1 || /^\d+$/.test(s))) return null;
  if (namesSite(compactKey(s), siteKeys)) return null;
  if (/[<>{}=#]|\.(?:com|de|org|net|html?)\b/i.test(s)) return null;
  return s;
}

/** Splits "A, B and C" into authors, dropping roles that follow a comma or dash. */
function splitAuthors(s: string): string[] {
  const parts: string[] = [];
  for (const dashPart of s.split(/\s+[-–—]\s+/)) {
    for (const p of dashPart.split(JOINER)) if (p.trim()) parts.push(p);
  }
  return parts;
}

// Labels and social links set in their own elements run into the name when the page has no space
// between them: "AuthorJane Doe", "vonJane Doe", "Jane DoeFollow", "Jane DoeTwitterNews".
const GLUED_LABEL = /^(?:[Bb]y|[Vv]on|[Pp]ar|Author|Autor(?:in)?|Auteur)(?=\p{Lu}\p{Ll})/u;
const GLUED_TOOLS = /(?<=\p{Ll})(?:Follow|Folgen|Suivre|Seguir|Twitter|Facebook|LinkedIn|Instagram|E-?[Mm]ail|Profile?|More\s+from)(?=\p{Lu}|[^\p{L}]|$)[^\n]*/gu;

/** Organisations (and their legal forms) credited as authors: "Example-Stiftung e.V.", "Example GmbH". */
const LEGAL_FORM = /\b(?:e\.\s?V\b|gGmbH|GmbH|AG$|Ltd\b|Inc\b|LLC\b)/i;
const ORGANISATION = new RegExp(`${LEGAL_FORM.source}|(?:stiftung|verband|verein|institut|landesanstalt|ministerium|universit(?:y|ät|é|à|ad)|college|hospital)\\b`, 'i');

const NAME_PARTICLE = /^(?:von|vom|van|der|den|de|da|das|dos|di|du|del|della|la|le|zu|zur|ten|ter|bin|al|el|y|e)$/;

/**
 * True when every author reads as a name: capitalised words (particles aside) or a single handle.
 * Guards credits found by their wording alone, where "By the time …" must not become a person.
 */
export function looksLikeNames(byline: string): boolean {
  return byline.split(', ').every((author) => {
    const words = author.split(' ');
    return words.length === 1 || words.every((w) => NAME_PARTICLE.test(w) || !/^\p{Ll}/u.test(w));
  });
}

/**
 * The name in a dateline set beside the headline: "11.12.2019 - Jane Doe", "04.02.2022 | 13:10 Uhr | Jane Doe".
 * Only a full name (two words or more) counts, so a section label ("Essay", "News") next to a date does not.
 */
export function nameBesideDate(text: string, siteName?: string | null): string | null {
  if (text.length > 80) return null;
  const parts = text.split(/\s+[|·•–—-]\s+|\n/).map(squash).filter(Boolean);
  const dated = parts.filter((p) => STAMP.exec(p)?.index === 0);
  // A category ("Kommentar") or a count ("3 Kommentare") in the same row is no name either.
  const rest = parts.filter((p) => !dated.includes(p) && p.includes(' ') && !/^\d+ \p{L}+$/u.test(p));
  // "Tags: Garden" or "Kategorie: News" beside the date is a label, not a name.
  if (!dated.length || rest.length !== 1 || rest[0]!.includes(':')) return null;
  const name = cleanByline(rest[0]!, siteName);
  return name && looksLikeNames(name) && name.split(', ').every((a) => a.includes(' ')) ? name : null;
}

/** A sentence from an author's bio ("Jane Doe writes about …. She lives in …"), not a list of names. */
function isProse(segment: string): boolean {
  const words = segment.split(' ').length;
  return words > 12 || (words > 6 && /\p{Ll}{2,}[.!?]\s+\p{Lu}/u.test(segment));
}

export function cleanByline(raw: string, siteName?: string | null): string | null {
  // Links and e-mail addresses go first: their "/" and "." would split names apart.
  const unlinked = raw
    // Soft hyphens (U+00AD) only mark where a long name may break: they are no part of it.
    .replace(/\u00ad/g, '')
    .replace(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?:)?\/\/\S+|www\.\S+/gi, ' ')
    .replace(GLUED_LABEL, '$& ')
    .replace(GLUED_TOOLS, '');
  const text = cleanText(unlinked);
  if (!text || text.length > 300) return null;
  const siteKeys = siteName ? siteKeysOf(siteName) : [];
  if (siteName && textKey(text) === textKey(siteName)) return null;
  // "Example - Union für Religion e.V." as one credit is an organisation, whatever its parts look like.
  if (LEGAL_FORM.test(text) && !/[,;|\n]/.test(raw)) return null;

  // Bylines run together with datelines and tools: look at each line/segment alone.
  const lines = unlinked.split('\n').map(squash).filter(Boolean);
  // "| By" opens a credit too, after the separator of a meta row.
  const merged = lines.map((l) => (PREFIX_ONLY.test(l.replace(/^[|·•\-–—]\s*/, '')) ? l + ' ' : l + '\n')).join('');
  const segments = merged.includes('\n') || /\s[|•·]\s/.test(text)
    ? cleanText(merged.replace(/\n/g, ' | ')).split(/\s*[|•·]\s*/)
    : [text];
  const withPrefix: string[] = [];
  const plain: string[] = [];
  // A credit ("Von Redaktion") naming no one says who wrote it: the box's other lines are not the answer.
  let creditedNoOne = false;
  for (const seg of segments) {
    const { text: body, hadPrefix } = stripPrefix(squash(seg));
    const cut = cutAtStamp(body);
    if (!cut.trim() || (!hadPrefix && isProse(cut))) continue;
    const authors: string[] = [];
    for (const chunk of splitAuthors(cut)) {
      // "BBC News, New York": what follows the outlet's name is its location or desk.
      if (namesSite(compactKey(chunk), siteKeys)) break;
      const author = cleanAuthor(chunk, siteKeys);
      if (author) authors.push(author);
    }
    (hadPrefix ? withPrefix : plain).push(...authors);
    if (hadPrefix && !authors.length) creditedNoOne = true;
  }
  if (!withPrefix.length && creditedNoOne) return null;
  // "World | By Jane Doe": a segment introduced by "By" beats neighbouring labels.
  const authors = withPrefix.length ? withPrefix : plain;
  const seen = new Set<string>();
  const unique = authors.filter((a) => {
    const key = textKey(a);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (!unique.length) return null;
  const joined = unique.join(', ');
  return joined.length > 150 ? null : joined;
}
