const TRACKING_PARAM = /^(?:utm_\w+|fbclid|gclid|mc_cid|mc_eid|ref|cmpid|ocid|smid|sr_share|at_\w+)$/i;

/** The canonical form used to recognise the same story: no fragment, no tracking parameters. */
export function normalizeStoryUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return raw.trim();
  }
  url.hash = '';
  // forEach, not the iterator: Firefox content scripts see URLSearchParams through a wrapper that cannot be spread.
  const tracking: string[] = [];
  url.searchParams.forEach((_value, key) => {
    if (TRACKING_PARAM.test(key)) tracking.push(key);
  });
  for (const key of tracking) url.searchParams.delete(key);
  url.hostname = url.hostname.toLowerCase().replace(/^www\./, '');
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  return url.toString();
}

/** A short, stable id from the canonical URL (FNV-1a 64-bit, hex), so saving twice updates one story. */
export function storyIdFor(canonicalUrl: string): string {
  const text = normalizeStoryUrl(canonicalUrl);
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= BigInt(byte);
    hash = (hash * prime) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
