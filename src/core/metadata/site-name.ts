/** Finds the publication's name. */
import { cleanText, hostOf, splitAffixes, textKey } from './text';

/** Declared names, best first: og:site_name, JSON-LD publisher / website, application-name. */
export function declaredSiteNames(meta: Map<string, string>, publisher: string | null, website: string | null, hinted: string | null | undefined): string[] {
  const names = [meta.get('og:site_name'), publisher, website, meta.get('application-name'), hinted]
    .map((s) => cleanText(s))
    .filter((s) => s.length > 0 && s.length <= 80 && !/^https?:/i.test(s));
  return [...new Set(names)];
}

/** The part of a title beside the headline: "Headline | Site" -> "Site". */
export function siteFromTitle(title: string, headline: string): string | null {
  const segs = splitAffixes(cleanText(title));
  if (segs.length < 2) return null;
  const head = textKey(headline);
  const keys = segs.map(textKey);
  for (let i = 1; i < segs.length; i++) {
    if (keys.slice(0, i).join(' ') === head) return segs[segs.length - 1]!;
    if (keys.slice(i).join(' ') === head) return segs[0]!;
  }
  return null;
}

export function findSiteName(declared: readonly string[], titles: readonly (string | null | undefined)[], headline: string, url: string): string | null {
  if (declared[0]) return declared[0];
  for (const t of titles) {
    const site = t ? siteFromTitle(t, headline) : null;
    if (site && site.split(' ').length <= 8) return site;
  }
  return hostOf(url);
}
