// Bundled for `npm run bench`: both extractors inside a real Chromium page, where the content script runs.
import { Readability } from '@mozilla/readability';
import { extractFromDocument } from '../../src/core/extract';

/** Times both on this page's own document (already parsed by the browser), alternating which runs first. */
function timeBoth(url: string, oursFirst: boolean): { ours: number; readability: number } {
  const ours = () => {
    const t0 = performance.now();
    extractFromDocument(document, url);
    return performance.now() - t0;
  };
  const readability = () => {
    const t0 = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    return performance.now() - t0;
  };
  if (oursFirst) {
    const o = ours();
    return { ours: o, readability: readability() };
  }
  const r = readability();
  return { ours: ours(), readability: r };
}

(globalThis as unknown as { broadsheetBench: unknown }).broadsheetBench = { timeBoth };
