import type { Article, ExtractResult } from '../core/types';

/** Popup → content script: read the story on this page. */
export interface ExtractRequest {
  type: 'broadsheet/extract';
  force: boolean;
}

export type ExtractResponse = ExtractResult;

/** Messages cross a trust boundary: anything not exactly this shape is ignored. */
export function isExtractRequest(message: unknown): message is ExtractRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'broadsheet/extract' && typeof m.force === 'boolean' && Object.keys(m).length === 2;
}

/** Checks the content script's answer before the popup trusts it. */
export function isExtractResponse(value: unknown): value is ExtractResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  if (v.ok === true) {
    const a = v.article as Record<string, unknown> | undefined;
    return (
      typeof a === 'object' && a !== null &&
      typeof a.title === 'string' && typeof a.contentHtml === 'string' && typeof a.textContent === 'string' &&
      typeof a.url === 'string' && typeof a.canonicalUrl === 'string' && typeof a.wordCount === 'number'
    );
  }
  return v.ok === false && typeof v.reason === 'string' && typeof v.message === 'string';
}

/**
 * Extension page → background: save this story. Used when Save must also ask for the image
 * permission, whose prompt can close the popup: the background finishes the save either way.
 */
export interface SaveStoryRequest {
  type: 'broadsheet/save-story';
  article: Article;
}

export type SaveStoryResponse = { ok: true; id: string } | { ok: false; message: string };

export function isSaveStoryRequest(message: unknown): message is SaveStoryRequest {
  if (typeof message !== 'object' || message === null) return false;
  const m = message as Record<string, unknown>;
  return m.type === 'broadsheet/save-story' && Object.keys(m).length === 2 && isExtractResponse({ ok: true, article: m.article });
}
