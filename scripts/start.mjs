#!/usr/bin/env node
// npm start: serves the project's demo story and opens Chromium with dist/chrome loaded on it.
// With no display, it says so and writes screenshots of the real popup on the demo page instead.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, DIST, ROOT, chromiumPath, launchChromium, scratchDir } from './lib/browsers.mjs';
import { startServer } from './lib/server.mjs';

const DEMO = 'harbour-tram-dateline';
const server = await startServer();
const demoUrl = `${server.origin}/pages/${DEMO}`;
console.log(`Demo story: ${demoUrl}`);

if (process.env.DISPLAY || process.env.WAYLAND_DISPLAY) {
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: false,
    pipe: true,
    enableExtensions: true,
    defaultViewport: null,
    userDataDir: await scratchDir('start-'),
    args: CHROMIUM_ARGS,
  });
  await browser.installExtension(join(DIST, 'chrome'));
  const [page] = await browser.pages();
  await page.goto(demoUrl);
  console.log('Chromium is open with Broadsheet loaded. Click its toolbar button (pin it from the puzzle menu). Close the window to stop.');
  browser.on('disconnected', () => server.stop().then(() => process.exit(0)));
} else {
  console.log('No display found (DISPLAY is not set), so Chromium runs headless and the popup is saved as screenshots.');
  const shots = join(ROOT, 'test-results');
  await mkdir(shots, { recursive: true });
  const chromium = await launchChromium();
  try {
    const [page] = await chromium.browser.pages();
    await page.goto(demoUrl);
    const popup = await chromium.clickToolbarButton(page);
    await popup.screenshot({ path: join(shots, 'start-popup.png') });
    console.log(`Headline shown: “${await popup.$eval('h1', (h) => h.textContent).catch(() => 'none')}”`);
    // Save asks for the image permission, whose prompt closes the popup; the background keeps the story.
    await popup.click('#save').catch(() => {});
    await new Promise((r) => setTimeout(r, 1000));
    if (!popup.isClosed()) await popup.close();
    const again = await chromium.clickToolbarButton(page);
    await again.click('#saved-tab');
    await again.waitForSelector('.saved-item');
    await again.screenshot({ path: join(shots, 'start-saved-list.png') });
    console.log(`Screenshots: ${join(shots, 'start-popup.png')} and start-saved-list.png`);
  } finally {
    await chromium.close();
    await server.stop();
  }
}
