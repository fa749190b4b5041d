import { JSDOM } from 'jsdom';
import { DOMParser, parseHTML } from 'linkedom';
import { extractFromDocument } from '../core/extract';
import { setInertParser } from '../core/inert-html';
import { setSanitizerWindow } from '../core/sanitize';
import type { ExtractOptions, ExtractResult } from '../core/types';

export { extractFromDocument };
export type { Article, ExtractOptions, ExtractResult, ExtractStage } from '../core/types';

// linkedom parses pages quickly but DOMPurify needs a full DOM: a small jsdom window sanitizes.
setSanitizerWindow(new JSDOM('').window as unknown as Window);
setInertParser(DOMParser as unknown as typeof globalThis.DOMParser);

/** Extracts the story from an HTML string: the same code the extension runs on the live page. */
export function extract(html: string, url: string, options: ExtractOptions = {}): ExtractResult {
  if (typeof html !== 'string') {
    return { ok: false, reason: 'parse-failed', message: 'Expected the page HTML as a string.' };
  }
  let document: Document;
  try {
    document = parseHTML(html).document as unknown as Document;
  } catch (error) {
    return { ok: false, reason: 'parse-failed', message: `The HTML could not be parsed (${String(error)}).` };
  }
  return extractFromDocument(document, url, options);
}
