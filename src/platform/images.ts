import browser from 'webextension-polyfill';
import { scaledSize } from '../core/image-plan';
import type { StoredImage } from '../core/story';

/** Host access is optional: asked for once, from the Save click, to download images for offline reading. */
export const IMAGE_ORIGINS = ['http://*/*', 'https://*/*'];

/** Must be called straight from a click: browsers only show permission prompts for a user gesture. */
export function requestImagePermission(): Promise<boolean> {
  return settle(() => browser.permissions.request({ origins: IMAGE_ORIGINS }));
}

export function hasImagePermission(): Promise<boolean> {
  return settle(() => browser.permissions.contains({ origins: IMAGE_ORIGINS }));
}

/** Without a permissions API (or when it throws) the answer is no, never an error. */
function settle(ask: () => Promise<boolean>): Promise<boolean> {
  try {
    return ask().catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

const FETCH_TIMEOUT_MS = 15_000;
const KEEP_AS_IS = /^image\/(?:jpeg|png|gif|webp|avif)$/;
const KEEP_AS_IS_MAX_BYTES = 400_000;

/** Downloads images (four at a time), scaling large ones down. Images that fail are left as links. */
export async function fetchImages(urls: string[]): Promise<StoredImage[]> {
  const results: StoredImage[] = [];
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      const image = await fetchImage(url).catch(() => null);
      if (image) results.push(image);
    }
  };
  await Promise.all([worker(), worker(), worker(), worker()]);
  return urls.map((url) => results.find((r) => r.source === url)).filter((r): r is StoredImage => r !== undefined);
}

async function fetchImage(url: string): Promise<StoredImage | null> {
  const response = await fetch(url, {
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
  });
  if (!response.ok) return null;
  const blob = await response.blob();
  if (!blob.type.startsWith('image/') || blob.type === 'image/svg+xml') return null;
  const bitmap = await createImageBitmap(blob);
  const size = scaledSize(bitmap.width, bitmap.height);
  let encoded: Blob = blob;
  if (size.width !== bitmap.width || !KEEP_AS_IS.test(blob.type) || blob.size > KEEP_AS_IS_MAX_BYTES) {
    encoded = await reencode(bitmap, size.width, size.height);
  }
  bitmap.close();
  const dataUrl = await asDataUrl(encoded);
  return { id: await imageIdFor(url), source: url, dataUrl, width: size.width, height: size.height, bytes: dataUrl.length };
}

async function reencode(bitmap: ImageBitmap, width: number, height: number): Promise<Blob> {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d canvas');
  context.drawImage(bitmap, 0, 0, width, height);
  const webp = await canvas.convertToBlob({ type: 'image/webp', quality: 0.82 });
  // A browser that cannot write WebP silently returns PNG: JPEG is smaller for photographs.
  return webp.type === 'image/webp' ? webp : canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
}

/** Base64 without FileReader, which service workers lack. */
async function asDataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type};base64,${btoa(binary)}`;
}

/** Same address, same id: one stored copy serves every story that shows the image. */
async function imageIdFor(url: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(url));
  return Array.from(new Uint8Array(digest).slice(0, 12), (b) => b.toString(16).padStart(2, '0')).join('');
}
