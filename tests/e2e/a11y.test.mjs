// axe-core in real Chromium on every extension page: the popup, the reader (story, settings panel,
// settings page, right-to-left story) and the library when it is built, in light and dark.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { DIST, launchChromium } from '../../scripts/lib/browsers.mjs';
import { startServer } from '../../scripts/lib/server.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HAS_LIBRARY = existsSync(join(DIST, 'chrome', 'library', 'index.html'));

/** Serious and critical violations on the page, as readable lines. Evaluated over CDP, so the page's CSP does not apply. */
async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof globalThis.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 5), help: v.help }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.targets.join(', ')}`);
}

describe('Chromium: accessibility (axe-core)', () => {
  let chromium;
  let server;
  let page;
  let storyId;
  let rtlId;

  before(async () => {
    server = await startServer();
    chromium = await launchChromium();
    page = (await chromium.browser.pages())[0] ?? (await chromium.browser.newPage());
  });
  after(async () => {
    await chromium?.close();
    await server?.stop().catch(() => {});
  });

  const extUrl = (path) => `chrome-extension://${chromium.extensionId}/${path}`;
  const inWorker = async (fn, ...args) => (await chromium.worker()).evaluate(fn, ...args);
  const setTheme = (theme) => inWorker((t) => chrome.storage.local.set({ settings: { version: 1, theme: t } }), theme);

  async function openPopup() {
    const popup = await chromium.clickToolbarButton(page);
    await popup.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
    return popup;
  }
  async function saveThisPage() {
    (await openPopup()).close();
    const tabId = await inWorker(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
    const outcome = await inWorker((id) => globalThis.broadsheet.savePage(id), tabId);
    assert.equal(outcome.ok, true, outcome.message);
    return outcome.id;
  }
  async function openPage(path, theme) {
    const p = await chromium.browser.newPage();
    await p.goto(extUrl(path));
    await p.waitForSelector('body[data-state=done]', { timeout: 15000 });
    await p.waitForFunction((t) => document.documentElement.dataset.theme === t, {}, theme);
    return p;
  }

  before(async () => {
    await page.goto(`${server.origin}/pages/rtl-arabic-library`);
    rtlId = await saveThisPage();
    await page.goto(`${server.origin}/pages/harbour-tram-dateline`);
    storyId = await saveThisPage();
  });

  for (const theme of ['light', 'dark', 'sepia']) {
    test(`popup, ${theme}: the story and the saved list`, async () => {
      await setTheme(theme);
      const popup = await openPopup();
      await popup.waitForFunction((t) => document.documentElement.dataset.theme === t, {}, theme);
      assert.deepEqual(await axeViolations(popup), []);
      await popup.click('#saved-tab');
      await popup.waitForSelector('.saved-open');
      assert.deepEqual(await axeViolations(popup), []);
      await popup.close();
    });

    test(`reader, ${theme}: story, settings panel, right-to-left story, settings page`, async () => {
      await setTheme(theme);
      const reader = await openPage(`reader/index.html?id=${storyId}`, theme);
      assert.deepEqual(await axeViolations(reader), []);
      // Focus management: the headline has focus after load; the panel's heading when it opens.
      assert.equal(await reader.evaluate(() => document.activeElement?.tagName), 'H1');
      await reader.click('#settings-toggle');
      await reader.waitForFunction(() => document.activeElement?.id === 'settings-heading');
      assert.deepEqual(await axeViolations(reader), []);
      await reader.close();

      const rtl = await openPage(`reader/index.html?id=${rtlId}`, theme);
      assert.deepEqual(await axeViolations(rtl), []);
      await rtl.close();
      const options = await openPage('reader/index.html', theme);
      assert.deepEqual(await axeViolations(options), []);
      await options.close();
    });
  }

  test('library page', { skip: !HAS_LIBRARY && 'no library page in this build yet' }, async () => {
    await setTheme('light');
    const library = await chromium.browser.newPage();
    await library.goto(extUrl('library/index.html'));
    await library.waitForSelector('body[data-state=done]', { timeout: 15000 });
    assert.deepEqual(await axeViolations(library), []);
    await library.close();
  });

  test('every page has one main landmark and a level-one heading, and the reader’s controls are labelled', async () => {
    const reader = await openPage(`reader/index.html?id=${storyId}`, 'light');
    const facts = await reader.evaluate(() => ({
      mains: document.querySelectorAll('main').length,
      h1: document.querySelectorAll('h1').length,
      unlabelled: [...document.querySelectorAll('input, button, a[href]')].filter((el) => !(el.labels?.length || el.getAttribute('aria-label') || el.textContent.trim())).length,
    }));
    assert.deepEqual(facts, { mains: 1, h1: 1, unlabelled: 0 });
    await reader.close();
  });
});
