// Extraction time where it really runs: each page loaded into headless Chromium (scripts stripped,
// network off), then ours and plain Readability timed on that same document, parsing excluded.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath, scratchDir } from '../lib/browsers.mjs';
import { buildIife } from '../lib/build-iife.mjs';

const root = resolve(import.meta.dirname, '..', '..');
/** Measured runs of each extractor per page (an odd number, so the median is one of them). */
export const ROUNDS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function bundle() {
  const outDir = await scratchDir('bench-bundle-');
  await buildIife({ entry: resolve(root, 'scripts/bench/browser-entry.ts'), outDir, fileName: 'bench.js', name: 'bench', minify: true, emptyOutDir: true });
  return readFile(resolve(outDir, 'bench.js'), 'utf8');
}

/** Runs of the copy of the code kept from the first page (warm: its JIT state carries over). */
export const KEPT_ROUNDS = 3;

/**
 * pages: [{ html, url }]. Returns per-page times, or null when no Chromium is installed:
 * - `ours`, `readability`: the code added afresh to each page (as a content script is), one warm-up
 *   run, then the median of ROUNDS;
 * - `firstOurs`, `firstReadability`: that warm-up run, the first after the code was added (what one click costs);
 * - `keptOurs`, `keptReadability`: the median of KEPT_ROUNDS runs of the copy added on the first page
 *   and kept, so warmed by every page before (a long-lived tab's steady state);
 * - `stages`: for each step of ours (see ExtractStage), each page's median over the same ROUNDS runs
 *   as `ours`; `oursLessSanitize`: the same for ours less its sanitizing step.
 */
export async function timeInChromium(pages) {
  let executablePath;
  try {
    executablePath = chromiumPath();
  } catch (error) {
    console.log(`(browser timing skipped: ${error.message})`);
    return null;
  }
  if (!existsSync(executablePath)) return null;
  const script = await bundle();
  const browser = await puppeteer.launch({ executablePath, headless: true, pipe: true, args: CHROMIUM_ARGS, userDataDir: await scratchDir('bench-chromium-') });
  const times = { ours: [], readability: [], firstOurs: [], firstReadability: [], keptOurs: [], keptReadability: [], stages: {}, oursLessSanitize: [] };
  try {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => (request.isNavigationRequest() ? request.continue() : request.abort()));
    let turn = 0;
    for (const { html, url } of pages) {
      const stripped = html.replace(/<script\b[\s\S]*?<\/script\s*>/gi, '');
      try {
        await page.setContent(stripped, { waitUntil: 'domcontentloaded', timeout: 20000 });
        // setContent keeps the page's global object, so the copy added on the first page is still there.
        await page.addScriptTag({ content: script });
        await page.evaluate(() => {
          globalThis.broadsheetBenchKept ??= globalThis.broadsheetBench;
        });
        // Runs of one copy of the code, alternating which extractor goes first.
        const run = async (copy, count) => {
          const runs = { ours: [], readability: [], stages: [] };
          for (let round = 0; round < count; round++) {
            const t = await page.evaluate((name, u, oursFirst) => globalThis[name].timeBoth(u, oursFirst), copy, url, turn++ % 2 === 0);
            runs.ours.push(t.ours);
            runs.readability.push(t.readability);
            runs.stages.push(t.stages);
          }
          return runs;
        };
        // One warm-up pass, then ROUNDS measured ones; each page counts with its median time, so one
        // garbage collection or scheduler pause does not decide a page.
        const first = await run('broadsheetBench', 1);
        const rounds = await run('broadsheetBench', ROUNDS);
        const kept = await run('broadsheetBenchKept', KEPT_ROUNDS);
        for (const name of ['ours', 'readability']) {
          const state = name === 'ours' ? 'Ours' : 'Readability';
          times[name].push(median(rounds[name]));
          times[`first${state}`].push(first[name][0]);
          times[`kept${state}`].push(median(kept[name]));
        }
        // Steps a read did not reach (a page that is no article stops early) count as 0 ms.
        for (const stage of new Set(rounds.stages.flatMap(Object.keys))) {
          (times.stages[stage] ??= []).push(median(rounds.stages.map((r) => r[stage] ?? 0)));
        }
        times.oursLessSanitize.push(median(rounds.ours.map((ms, i) => ms - (rounds.stages[i].sanitize ?? 0))));
      } catch {
        // A page the browser cannot load is left out of the timing.
      }
    }
  } finally {
    await browser.close();
  }
  return times;
}
