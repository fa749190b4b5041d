#!/usr/bin/env node
// npm run bench:library — the saved library at scale, in real headless Chromium.
// Prints: time to open the saved list (library page and popup) with 100, 1,000 and 10,000 stories;
// click → headline on a news page with 0 and 10,000 stored; time per search keystroke at 10,000;
// the JS heap of the popup and the library page at 10,000; and the library's size on disk.
// Figures only: no test asserts timings.
import { existsSync } from 'node:fs';
import { launchChromium } from './lib/browsers.mjs';
import { SEED_PAGE, startServer } from './lib/server.mjs';

const RUNS = 5;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (ms) => `${ms.toFixed(1)} ms`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const server = await startServer();
const chromium = await launchChromium();
const { browser, extensionId } = chromium;
const base = `chrome-extension://${extensionId}`;
const newsPath = existsSync(SEED_PAGE) ? '/seed/story' : '/pages/harbour-tram-dateline';
const results = {};

/** Fills storage with `count` stories shaped like real saves (about 5 kB of text each), in the current schema. */
async function seed(count) {
  const worker = await chromium.worker();
  await worker.evaluate(async (count) => {
    await chrome.storage.local.clear();
    const words = 'harbour council tram line vote budget ferry library storm port festival museum rail bridge school hospital election market river'.split(' ');
    const summaries = [];
    let batch = {};
    for (let i = 0; i < count; i++) {
      const id = i.toString(16).padStart(16, '0');
      const paragraphs = Array.from({ length: 8 }, (_, p) => Array.from({ length: 90 }, (_, w) => words[(i * 7 + p * 13 + w) % words.length]).join(' ') + '.');
      const textContent = paragraphs.join('\n\n');
      const title = `Story ${i}: ${words[i % words.length]} ${words[(i * 3) % words.length]} news`;
      const url = `https://news${i % 50}.example/2024/06/${String((i % 28) + 1).padStart(2, '0')}/story-${i}`;
      const article = {
        title, byline: `Writer ${i % 97}`, siteName: `News ${i % 50}`, published: `2024-06-${String((i % 28) + 1).padStart(2, '0')}`, modified: null,
        publishedSource: 'json-ld', lang: 'en', dir: null, excerpt: paragraphs[0].slice(0, 200), contentHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
        textContent, wordCount: 720, readingMinutes: 3, url, canonicalUrl: url,
      };
      const savedAt = 1_700_000_000_000 + i * 60_000;
      summaries.push({
        id, url, canonicalUrl: url, title, siteName: article.siteName, byline: article.byline, published: article.published, publishedSource: 'json-ld',
        excerpt: article.excerpt, lang: 'en', wordCount: 720, readingMinutes: 3, savedAt, updatedAt: savedAt, read: i % 3 === 0, archived: i % 10 === 0,
        tags: [], linkOnly: false, progress: 0, imageIds: [], bytes: 11000,
      });
      batch[`story:${id}`] = { version: 2, id, savedAt, article, images: {} };
      if (i % 500 === 499) {
        await chrome.storage.local.set(batch);
        batch = {};
      }
    }
    await chrome.storage.local.set(batch);
    summaries.reverse();
    // The index and its head, as src/platform/store.ts writes them together.
    const shown = summaries.filter((s) => !s.archived);
    const head = { version: 2, stories: shown.slice(0, 60), total: summaries.length, unread: shown.filter((s) => !s.read).length };
    await chrome.storage.local.set({ index: { version: 2, stories: summaries }, 'index-head': head });
  }, count);
}

async function bytesInUse() {
  return (await chromium.worker()).evaluate(() => chrome.storage.local.getBytesInUse(null));
}

/** Library page: navigation start → first row on screen. */
async function openLibrary() {
  const page = await browser.newPage();
  const t0 = performance.now();
  await page.goto(`${base}/library/index.html`);
  await page.waitForSelector('.saved-item', { timeout: 60000 });
  const wall = performance.now() - t0;
  const inPage = await page.evaluate(() => performance.now());
  return { page, wall, inPage };
}

/** Real toolbar click on a page → popup → selector. */
async function clickAndWait(tab, selector) {
  const t0 = performance.now();
  const popup = await chromium.clickToolbarButton(tab, { waitFor: selector, timeout: 60000 });
  return { popup, ms: performance.now() - t0 };
}

async function heapOf(page) {
  const client = await page.createCDPSession();
  await client.send('HeapProfiler.collectGarbage');
  const { usedSize } = await client.send('Runtime.getHeapUsage');
  await client.detach();
  return usedSize;
}

try {
  const tab = (await browser.pages())[0];
  for (const count of [0, 100, 1000, 10000]) {
    await seed(count);
    const row = { count, bytes: await bytesInUse() };
    if (count > 0) {
      const library = [];
      await (await openLibrary()).page.close(); // warm-up, not counted
      for (let i = 0; i < RUNS; i++) {
        const { page, wall } = await openLibrary();
        library.push(wall);
        if (i === RUNS - 1 && count === 10000) {
          await page.waitForSelector('body[data-state=done]', { timeout: 60000 });
          row.libraryHeap = await heapOf(page);
        }
        await page.close();
      }
      row.libraryOpen = median(library);
      // The popup on a page it cannot read shows the saved list straight away.
      await tab.goto('chrome://version');
      await (await clickAndWait(tab, '.saved-item')).popup.close(); // warm-up, not counted
      const popupList = [];
      for (let i = 0; i < RUNS; i++) {
        const { popup, ms } = await clickAndWait(tab, '.saved-item');
        popupList.push(ms);
        if (i === RUNS - 1 && count === 10000) {
          // The whole index loads just after the first rows are painted: measure once it has.
          await new Promise((r) => setTimeout(r, 2000));
          row.popupHeap = await heapOf(popup);
        }
        await popup.close();
      }
      row.popupListOpen = median(popupList);
    }
    if (count === 0 || count === 10000) {
      await tab.goto(`${server.origin}${newsPath}`);
      await (await clickAndWait(tab, 'h1')).popup.close(); // warm-up, not counted
      const headline = [];
      for (let i = 0; i < RUNS; i++) {
        const { popup, ms } = await clickAndWait(tab, 'h1');
        headline.push(ms);
        await popup.close();
      }
      row.clickToHeadline = median(headline);
    }
    if (count === 10000) {
      const { page } = await openLibrary();
      await page.waitForSelector('body[data-state=done]', { timeout: 60000 });
      await new Promise((r) => setTimeout(r, 500)); // let the idle search preparation run, as a person's first keystroke would
      row.keystrokes = await page.evaluate(async () => {
        const input = document.querySelector('.library-search');
        const times = [];
        const typed = 'harbour tram';
        for (let i = 1; i <= typed.length; i++) {
          const t0 = performance.now();
          input.value = typed.slice(0, i);
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // Preact renders in a microtask, so a zero-delay timer runs once the DOM is updated.
          await new Promise((r) => setTimeout(r, 0));
          times.push(performance.now() - t0);
          await new Promise((r) => setTimeout(r, 120)); // typing pace
        }
        return times;
      });
      await page.close();
    }
    results[count] = row;
    console.log(`seeded ${count} stories`);
  }
} finally {
  await chromium.close();
  await server.stop();
}

console.log('\nBroadsheet library at scale · headless Chromium · median of 5 runs after one warm-up\n');
console.log('| stories | on disk | library page: open → first row | popup: click → saved list | popup: click → headline |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
for (const row of Object.values(results)) {
  console.log(`| ${row.count} | ${mb(row.bytes)} | ${row.libraryOpen ? fmt(row.libraryOpen) : '—'} | ${row.popupListOpen ? fmt(row.popupListOpen) : '—'} | ${row.clickToHeadline ? fmt(row.clickToHeadline) : '—'} |`);
}
const r100 = results[100];
const r10k = results[10000];
console.log(`\nlist open at 10,000 ÷ at 100: library page ${(r10k.libraryOpen / r100.libraryOpen).toFixed(2)}×, popup ${(r10k.popupListOpen / r100.popupListOpen).toFixed(2)}× (target ≤ 1.5×)`);
console.log(`click → headline, 10,000 stored ÷ none: ${(r10k.clickToHeadline / results[0].clickToHeadline).toFixed(2)}×`);
const keys = r10k.keystrokes;
console.log(`search keystroke at 10,000 (input event → list re-rendered): median ${fmt(median(keys))}, max ${fmt(Math.max(...keys))} over ${keys.length} keystrokes (target ≤ 16 ms)`);
console.log(`JS heap at 10,000 after GC: popup ${mb(r10k.popupHeap)}, library page ${mb(r10k.libraryHeap)} (target ≤ 30 MB)`);
