// The same reader flows in real Firefox ESR over WebDriver BiDi: a live tab in the reader, Save, the
// saved story at its stable address, settings that persist, a right-to-left story, the background's
// save-page path, and axe on the reader. Firefox uses the test build with a 127.0.0.1 host permission.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, launchFirefox, openFirefoxExtensionPage as openExtensionPage } from '../../scripts/lib/browsers.mjs';
import { startServer } from '../../scripts/lib/server.mjs';

const SHOTS = join(ROOT, 'test-results');
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HEADLINE = 'Harbour city approves its first tram line in sixty years';
const RTL_HEADLINE = 'المدينة الساحلية تفتتح مكتبتها العامة الجديدة بعد خمس سنوات من البناء';

describe('Firefox: the reader', () => {
  let firefox;
  let server;
  let storyPage;
  let reader;
  let savedId;

  before(async () => {
    await mkdir(SHOTS, { recursive: true });
    server = await startServer();
    firefox = await launchFirefox();
    storyPage = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
    reader = await firefox.browser.newPage();
    await reader.setViewport({ width: 1100, height: 900 });
  });
  after(async () => {
    await firefox?.close();
    await server?.stop().catch(() => {});
  });

  const readerUrl = (query) => `${firefox.baseUrl}/reader/index.html${query}`;
  async function tabIdOf(url) {
    await openExtensionPage(reader, readerUrl(''));
    return reader.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, url);
  }
  async function openReader(query) {
    // A different address each time, so the poll never sees the previous page as loaded.
    await openExtensionPage(reader, 'about:blank', false).catch(() => {});
    await openExtensionPage(reader, readerUrl(query));
  }

  test('a live tab opens in the reader; Save gives the story a stable address that opens it from storage', async () => {
    const url = `${server.origin}/pages/harbour-tram-dateline`;
    await storyPage.goto(url);
    const tabId = await tabIdOf(url);
    assert.ok(Number.isInteger(tabId), 'the story tab is found');
    await openReader(`?tab=${tabId}`);
    assert.equal(await reader.$eval('h1', (h) => h.textContent), HEADLINE);
    await reader.click('#save');
    await reader.waitForFunction(() => document.querySelector('#save')?.textContent === 'Saved');
    savedId = await reader.evaluate(() => new URLSearchParams(location.search).get('id'));
    assert.match(savedId, /^[\w-]+$/);

    await openReader(`?id=${savedId}`);
    assert.equal(await reader.$eval('h1', (h) => h.textContent), HEADLINE);
    assert.match(await reader.$eval('.story-dateline', (d) => d.textContent), /^Published (?:4 March|March 4,) 2025 · from the page’s dateline$/);
    assert.deepEqual(await reader.$eval('a.story-original', (a) => ({ href: a.href, rel: a.rel })), { href: url, rel: 'noopener noreferrer' });
    assert.match(await reader.$eval('.story-reading-time', (s) => s.textContent), /min read/);
    assert.equal((await reader.$$('.story-body p')).length, 8);
    assert.equal(await reader.evaluate(() => getComputedStyle(document.querySelector('.story-body')).hyphens), 'auto');
    await reader.screenshot({ path: join(SHOTS, 'firefox-reader-light.png') });
  });

  test('reading settings work from the keyboard and persist', async () => {
    await openReader(`?id=${savedId}`);
    await reader.focus('#settings-toggle');
    await reader.keyboard.press('Enter');
    await reader.waitForFunction(() => document.activeElement?.id === 'settings-heading');
    const focusedRadio = () => reader.evaluate(() => (document.activeElement?.type === 'radio' ? document.activeElement.value : null));
    for (let i = 0; i < 6 && (await focusedRadio()) !== 'serif'; i++) await reader.keyboard.press('Tab');
    await reader.keyboard.press('Tab');
    assert.equal(await focusedRadio(), 'auto');
    await reader.keyboard.press('ArrowLeft');
    assert.equal(await focusedRadio(), 'sepia');
    await reader.keyboard.press('Escape');
    await reader.waitForFunction(() => document.getElementById('settings-panel').hidden && document.activeElement?.id === 'settings-toggle');
    assert.equal((await reader.evaluate(() => browser.storage.local.get('settings'))).settings.theme, 'sepia');

    await openReader(`?id=${savedId}`);
    assert.deepEqual(
      await reader.evaluate(() => ({ theme: document.documentElement.dataset.theme, bg: getComputedStyle(document.body).backgroundColor })),
      { theme: 'sepia', bg: 'rgb(244, 236, 216)' },
    );
    // Dark as well, set by another page: the open reader follows.
    await reader.evaluate(() => browser.storage.local.set({ settings: { version: 1, theme: 'dark' } }));
    await reader.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await reader.screenshot({ path: join(SHOTS, 'firefox-reader-dark.png') });
    await reader.evaluate(() => browser.storage.local.set({ settings: { version: 1, theme: 'light' } }));
  });

  test('an Arabic story is saved by the background’s save-page path and reads right to left', async () => {
    const url = `${server.origin}/pages/rtl-arabic-library`;
    await storyPage.goto(url);
    const tabId = await tabIdOf(url);
    const outcome = await reader.evaluate(async (id) => (await browser.runtime.getBackgroundPage()).broadsheet.savePage(id), tabId);
    assert.equal(outcome.ok, true, outcome.message);
    await openReader(`?id=${outcome.id}`);
    const rtl = await reader.evaluate(() => {
      const article = document.querySelector('article');
      return {
        title: document.querySelector('h1').textContent,
        dir: article.dir,
        lang: article.lang,
        direction: getComputedStyle(document.querySelector('.story-body p')).direction,
        metaDir: getComputedStyle(document.querySelector('.story-meta')).direction,
      };
    });
    assert.deepEqual(rtl, { title: RTL_HEADLINE, dir: 'rtl', lang: 'ar', direction: 'rtl', metaDir: 'ltr' });
    await reader.screenshot({ path: join(SHOTS, 'firefox-reader-rtl.png') });
  });

  test('axe finds no serious or critical problems in the reader', async () => {
    await openReader(`?id=${savedId}`);
    await reader.click('#settings-toggle');
    await reader.evaluate(AXE_SOURCE);
    const violations = await reader.evaluate(async () =>
      (await axe.run(document, { resultTypes: ['violations'] })).violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    );
    assert.deepEqual(violations, []);
  });
});
