// Bundled for `npm run bench`: both extractors inside a real Chromium page, where the content script runs.
import { Readability } from '@mozilla/readability';
import { extractFromDocument } from '../../src/core/extract';
import type { ExtractStage } from '../../src/core/types';

interface Timed {
  ours: number;
  readability: number;
  /** Milliseconds of each step of ours, in the same run. */
  stages: Partial<Record<ExtractStage, number>>;
}

/** Times both on this page's own document (already parsed by the browser), alternating which runs first. */
function timeBoth(url: string, oursFirst: boolean): Timed {
  const stages: Timed['stages'] = {};
  const ours = () => {
    const t0 = performance.now();
    let last = t0;
    extractFromDocument(document, url, {
      onStage: (stage) => {
        const now = performance.now();
        stages[stage] = now - last;
        last = now;
      },
    });
    return performance.now() - t0;
  };
  const readability = () => {
    const t0 = performance.now();
    new Readability(document.cloneNode(true) as Document).parse();
    return performance.now() - t0;
  };
  if (oursFirst) {
    const o = ours();
    return { ours: o, readability: readability(), stages };
  }
  const r = readability();
  return { ours: ours(), readability: r, stages };
}

(globalThis as unknown as { broadsheetBench: unknown }).broadsheetBench = { timeBoth };
