#!/usr/bin/env node
// npm run bench:popup — time from a real toolbar click to the headline in the popup, headless Chromium.
// Prints each run and the median; nothing here is asserted by tests.
import { existsSync } from 'node:fs';
import { launchChromium } from './lib/browsers.mjs';
import { SEED_PAGE, startServer } from './lib/server.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const path = existsSync(SEED_PAGE) ? '/seed/story' : '/pages/harbour-tram-dateline';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer();
const chromium = await launchChromium();
const wall = [];
const inPopup = [];
try {
  const [page] = await chromium.browser.pages();
  await page.goto(`${server.origin}${path}`);
  for (let run = 0; run < RUNS; run++) {
    const clicked = performance.now();
    const popup = await chromium.clickToolbarButton(page, { waitFor: 'h1' });
    wall.push(performance.now() - clicked);
    // Inside the popup: from its navigation start to the headline being in the DOM.
    inPopup.push(await popup.evaluate(() => performance.now()));
    await popup.close();
  }
} finally {
  await chromium.close();
  await server.stop();
}
console.log(`page: ${path} · ${RUNS} runs · headless Chromium`);
console.log(`click → headline (wall, incl. CDP):   ${wall.map((x) => x.toFixed(0)).join(', ')} ms · median ${median(wall).toFixed(0)} ms`);
console.log(`popup start → headline (in popup):    ${inPopup.map((x) => x.toFixed(0)).join(', ')} ms · median ${median(inPopup).toFixed(0)} ms`);
