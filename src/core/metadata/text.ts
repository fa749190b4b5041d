/** Small text helpers shared by the metadata finders. */

/** Collapses all white space (including NBSP and zero-width space) and trims. */
export function squash(s: string | null | undefined): string {
  return String(s ?? '').replace(/[\s\u00a0\u200b\u200e\u200f\ufeff]+/g, ' ').trim();
}

const NAMED: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“', hellip: '…' };

/** Metadata is often double-escaped ("&amp;#8217;"), so decode the few entities that survive. */
export function decodeEntities(s: string): string {
  let out = s;
  for (let i = 0; i < 2 && /&#?\w+;/.test(out); i++) {
    out = out.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, code: string) => {
      if (code[0] === '#') {
        const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
        return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
      }
      return NAMED[code.toLowerCase()] ?? m;
    });
  }
  return out;
}

/** Cleans a metadata string: entities, stray tags and white space. */
export function cleanText(s: string | null | undefined): string {
  return squash(decodeEntities(String(s ?? '')).replace(/<[^>]{1,200}>/g, ' '));
}

/** Comparison key: case, punctuation and quote style do not matter. */
export function textKey(s: string): string {
  return squash(s)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Key with spaces removed too, so "Daily Meridian" matches the host "dailymeridian". */
export function compactKey(s: string): string {
  return textKey(s).replace(/\s+/g, '');
}

/** Separators that join a headline and a site name in titles. */
export const SEPARATOR = String.raw`(?:\||-|–|—|::|·|»|«|›|‹|•|∙|⋅|\/\/?|│|┃|ǀ|❘|~)`;
/** A double hyphen after a space joins the parts even when set close to the next word ("Site --headline"). */
const DOUBLE_HYPHEN = String.raw`\s+--\s*`;
export const AFFIX_SEPARATOR = new RegExp(String.raw`${DOUBLE_HYPHEN}|\s+${SEPARATOR}\s+`);
/** The same, plus a colon after a kicker ("Chronik: Headline"). */
export const SEGMENT_SEPARATOR = new RegExp(String.raw`${DOUBLE_HYPHEN}|\s+${SEPARATOR}\s+|:\s+`);

export function splitAffixes(s: string): string[] {
  return s.split(AFFIX_SEPARATOR).map(squash).filter(Boolean);
}

/** Host without "www." (and similar) prefixes, or null for a bad URL. */
export function hostOf(url: string): string | null {
  try {
    const host = new URL(url).hostname.toLowerCase();
    return host.replace(/^(?:www\d*|m|amp)\./, '') || null;
  } catch {
    return null;
  }
}

/** The registrable-looking label of a host: "news.example.co.uk" -> "example". */
export function hostLabel(host: string): string {
  const parts = host.split('.');
  const tld2 = /^(?:co|com|org|net|gov|ac|edu)$/;
  if (parts.length >= 3 && tld2.test(parts[parts.length - 2] ?? '')) return parts[parts.length - 3] ?? host;
  return parts.length >= 2 ? (parts[parts.length - 2] ?? host) : host;
}

/** A compact key spelt as a host name spells it: "nestlé" -> "nestle", "müller" -> "mueller" and "muller". */
function hostSpellings(key: string): string[] {
  if (/^[\x20-\x7e]*$/.test(key)) return [key];
  const bare = (k: string): string => k.normalize('NFD').replace(/\p{M}/gu, '');
  const plain = bare(key);
  if (plain === key) return [key];
  return [key, plain, bare(key.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss'))];
}

/** True when `words` all occur in `text`, in this order. */
function inOrder(words: readonly string[], text: string): boolean {
  let from = 0;
  for (const w of words) {
    const at = text.indexOf(w, from);
    if (at < 0) return false;
    from = at + w.length;
  }
  return true;
}

/** True when `s` names the site: equals one of the names, or the host's label. */
export function isSiteName(s: string, siteNames: readonly string[], host: string | null): boolean {
  const spaced = textKey(s);
  const key = spaced.replace(/\s+/g, '');
  if (!key) return false;
  for (const name of siteNames) if (compactKey(name) === key) return true;
  if (host) {
    const compactHost = host.replace(/[^a-z0-9]/gi, '').toLowerCase();
    const label = hostLabel(host).replace(/[^a-z0-9]/gi, '').toLowerCase();
    for (const spelt of hostSpellings(key)) {
      if (spelt === compactHost || spelt === label || spelt === host.toLowerCase().replace(/\s+/g, '')) return true;
      // "Example.com", "EXAMPLE News" style: the label plus a TLD or a generic word.
      if (label.length >= 4 && spelt.startsWith(label) && spelt.length - label.length <= 4) return true;
    }
    // "National Rail Enquiries" on nationalrail.example: the label's words and one word more.
    const words = spaced.split(' ');
    if (label.length >= 4 && words.length >= 3 && hostSpellings(words.slice(0, -1).join('')).includes(label)) return true;
    // "Harbour Fire Brigade" on harbourfirebrigade-divers.example: words that all spell out the host, in order.
    if (words.length >= 2 && words.every((w) => w.length >= 3) && hostSpellings(spaced).some((k) => inOrder(k.split(' '), compactHost))) return true;
  }
  return false;
}
