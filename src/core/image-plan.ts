/** The widest an offline image is kept; larger ones are scaled down and re-encoded. */
export const MAX_IMAGE_WIDTH = 1600;
/** At most this many images are kept per story (galleries can hold hundreds). */
export const MAX_IMAGES_PER_STORY = 40;

/**
 * The web images a story shows, in order, without duplicates. Read from sanitized HTML, which the
 * DOM serializer wrote (attributes always in double quotes), so no DOM is needed: this also runs in
 * the service worker.
 */
export function imageUrlsIn(sanitizedHtml: string): string[] {
  const urls: string[] = [];
  for (const match of sanitizedHtml.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/gi)) {
    const src = decodeAttribute(match[1] ?? '');
    if (/^https?:\/\//i.test(src) && !urls.includes(src)) urls.push(src);
    if (urls.length >= MAX_IMAGES_PER_STORY) break;
  }
  return urls;
}

function decodeAttribute(value: string): string {
  return value.replace(/&(amp|quot|lt|gt|#39);/g, (_, name: string) => ({ amp: '&', quot: '"', lt: '<', gt: '>', '#39': "'" })[name] ?? '');
}

/** Size to encode an image at: never wider than the limit, aspect ratio kept, never enlarged. */
export function scaledSize(width: number, height: number, maxWidth = MAX_IMAGE_WIDTH): { width: number; height: number } {
  if (width <= maxWidth || width <= 0) return { width, height };
  return { width: maxWidth, height: Math.max(1, Math.round((height * maxWidth) / width)) };
}
