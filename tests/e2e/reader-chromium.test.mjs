// The full-tab reader, the save-page command path, the badge and the reading settings in real Chromium.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, launchChromium } from '../../scripts/lib/browsers.mjs';
import { startServer } from '../../scripts/lib/server.mjs';

const SHOTS = join(ROOT, 'test-results');
const HEADLINE = 'Harbour city approves its first tram line in sixty years';
const RTL_HEADLINE = 'المدينة الساحلية تفتتح مكتبتها العامة الجديدة بعد خمس سنوات من البناء';

describe('Chromium: the reader', () => {
  let chromium;
  let server;
  let page;
  let savedId;

  before(async () => {
    await mkdir(SHOTS, { recursive: true });
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

  /** A real toolbar click: grants activeTab on `page` and opens the popup, which is returned. */
  async function clickToolbarButton() {
    const popup = await chromium.clickToolbarButton(page);
    await popup.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
    return popup;
  }
  const storyTabId = () => inWorker(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);

  async function openReader(query) {
    const reader = await chromium.browser.newPage();
    await reader.setViewport({ width: 1100, height: 900 });
    await reader.goto(extUrl(`reader/index.html${query}`));
    await reader.waitForSelector('body[data-state=done]', { timeout: 15000 });
    return reader;
  }

  test('save-page (keyboard command, context menu) saves without opening anything and confirms on the badge', async () => {
    await page.goto(`${server.origin}/pages/harbour-tram-dateline`);
    const popup = await clickToolbarButton();
    assert.equal(await popup.$eval('html', (h) => h.dataset.theme), 'light');
    await popup.screenshot({ path: join(SHOTS, 'chromium-popup-light.png') });
    await popup.close();
    const tabId = await storyTabId();

    // The command and the menu call the same background function as their handlers.
    const outcome = await inWorker((id) => globalThis.broadsheet.savePage(id), tabId);
    assert.equal(outcome.ok, true, outcome.message);
    assert.equal(outcome.title, HEADLINE);
    savedId = outcome.id;
    const stored = await inWorker(() => chrome.storage.local.get(null));
    assert.deepEqual(stored.index.stories.map((s) => s.title), [HEADLINE]);
    assert.match(stored[`story:${savedId}`].article.contentHtml, /tram line/);

    assert.equal(await inWorker((id) => chrome.action.getBadgeText({ tabId: id }), tabId), '✓');
    assert.match(await inWorker((id) => chrome.action.getTitle({ tabId: id }), tabId), /^Saved to Broadsheet: Harbour city/);
    // The unread count underneath, and the tab returns to it after the confirmation.
    assert.equal(await inWorker(() => chrome.action.getBadgeText({})), '1');
    const deadline = Date.now() + 8000;
    while ((await inWorker((id) => chrome.action.getBadgeText({ tabId: id }), tabId)) !== '1') {
      assert.ok(Date.now() < deadline, 'the ✓ clears back to the unread count');
      await new Promise((r) => setTimeout(r, 250));
    }
  });

  test('a saved story opens in the reader at a stable address, with date, source, original link and reading time', async () => {
    assert.ok(savedId, 'saved by the previous test');
    const reader = await openReader(`?id=${savedId}`);
    assert.equal(await reader.$eval('h1', (h) => h.textContent), HEADLINE);
    assert.equal(await reader.evaluate(() => document.activeElement?.tagName), 'H1');
    assert.equal(await reader.title(), HEADLINE);
    assert.match(await reader.$eval('.story-dateline', (d) => d.textContent), /^Published (?:4 March|March 4,) 2025 · from the page’s dateline$/);
    const original = await reader.$eval('a.story-original', (a) => ({ href: a.href, rel: a.rel }));
    assert.deepEqual(original, { href: `${server.origin}/pages/harbour-tram-dateline`, rel: 'noopener noreferrer' });
    assert.match(await reader.$eval('.story-reading-time', (s) => s.textContent), /min read/);
    assert.equal((await reader.$$('.story-body p')).length, 8);
    // Typography: a 60–75 character measure, hyphenation by language, images inside the column.
    const layout = await reader.evaluate(() => {
      const body = document.querySelector('.story-body');
      const style = getComputedStyle(body);
      const img = body.querySelector('img');
      const ch = (() => {
        const probe = document.createElement('span');
        probe.textContent = '0'.repeat(100);
        probe.style.whiteSpace = 'nowrap';
        probe.style.position = 'absolute';
        body.append(probe);
        const w = probe.getBoundingClientRect().width / 100;
        probe.remove();
        return w;
      })();
      return { chars: body.getBoundingClientRect().width / ch, hyphens: style.hyphens, lang: body.closest('[lang]').lang, imgFits: img.getBoundingClientRect().width <= body.getBoundingClientRect().width + 0.5 };
    });
    assert.ok(layout.chars >= 55 && layout.chars <= 80, `measure ${layout.chars.toFixed(0)}ch`);
    assert.equal(layout.hyphens, 'auto');
    assert.equal(layout.imgFits, true);
    await reader.screenshot({ path: join(SHOTS, 'chromium-reader-light.png') });
    await reader.close();
  });

  test('reading settings work from the keyboard, persist, and apply to the popup too', async () => {
    const reader = await openReader(`?id=${savedId}`);
    await reader.focus('#settings-toggle');
    await reader.keyboard.press('Enter');
    await reader.waitForFunction(() => document.activeElement?.id === 'settings-heading');
    assert.equal(await reader.$eval('#settings-toggle', (b) => b.getAttribute('aria-expanded')), 'true');
    // Tab to the font group (its checked radio), arrow to Sans serif; Tab to the theme group, arrow back to Dark.
    const focusedRadio = () => reader.evaluate(() => (document.activeElement?.type === 'radio' ? document.activeElement.value : null));
    while ((await focusedRadio()) !== 'serif') await reader.keyboard.press('Tab');
    await reader.keyboard.press('ArrowRight');
    assert.equal(await focusedRadio(), 'sans');
    await reader.keyboard.press('Tab');
    assert.equal(await focusedRadio(), 'auto');
    await reader.keyboard.press('ArrowLeft');
    await reader.keyboard.press('ArrowLeft');
    assert.equal(await focusedRadio(), 'dark');
    await reader.keyboard.press('Tab');
    for (let i = 0; i < 3; i++) await reader.keyboard.press('ArrowRight');
    await reader.keyboard.press('Escape');
    await reader.waitForFunction(() => document.getElementById('settings-panel').hidden && document.activeElement?.id === 'settings-toggle');
    // Each change is written as it is made; wait for the last write to land.
    let stored;
    for (let i = 0; i < 50; i++) {
      stored = await inWorker(() => chrome.storage.local.get('settings'));
      if (stored.settings?.fontSize === 22) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.deepEqual({ ...stored.settings }, { version: 1, font: 'sans', fontSize: 22, lineHeight: 1.6, width: 66, theme: 'dark', showBadge: true, saveImages: true });

    await reader.reload();
    await reader.waitForSelector('body[data-state=done]');
    const applied = await reader.evaluate(() => ({
      theme: document.documentElement.dataset.theme,
      bg: getComputedStyle(document.body).backgroundColor,
      size: getComputedStyle(document.querySelector('.story-body')).fontSize,
      font: getComputedStyle(document.querySelector('.story-body')).fontFamily,
    }));
    assert.deepEqual({ theme: applied.theme, bg: applied.bg, size: applied.size }, { theme: 'dark', bg: 'rgb(28, 27, 25)', size: '22px' });
    assert.match(applied.font, /sans-serif$/);
    await reader.screenshot({ path: join(SHOTS, 'chromium-reader-dark.png') });
    await reader.close();

    const popup = await clickToolbarButton();
    await popup.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    assert.equal(await popup.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(28, 27, 25)');
    await popup.screenshot({ path: join(SHOTS, 'chromium-popup-dark.png') });
    await popup.close();
  });

  test('a live tab opens in the reader, Save makes the address bookmarkable, and an Arabic story reads right to left', async () => {
    await page.goto(`${server.origin}/pages/rtl-arabic-library`);
    (await clickToolbarButton()).close();
    const tabId = await storyTabId();
    const reader = await openReader(`?tab=${tabId}`);
    assert.equal(await reader.$eval('h1', (h) => h.textContent), RTL_HEADLINE);
    await reader.click('#save');
    await reader.waitForFunction(() => document.querySelector('#save')?.textContent === 'Saved');
    const url = new URL(reader.url());
    assert.match(url.search, /^\?id=[\w-]+$/);

    await reader.reload();
    await reader.waitForSelector('body[data-state=done]');
    const rtl = await reader.evaluate(() => {
      const article = document.querySelector('article');
      const h1 = document.querySelector('h1').getBoundingClientRect();
      const box = article.getBoundingClientRect();
      const firstLine = document.querySelector('.story-body p');
      return {
        dir: article.dir,
        lang: article.lang,
        direction: getComputedStyle(firstLine).direction,
        startsRight: Math.abs(h1.right - box.right) < 2,
        metaDir: getComputedStyle(document.querySelector('.story-meta')).direction,
        published: document.querySelector('.story-dateline time').dateTime,
      };
    });
    assert.deepEqual(rtl, { dir: 'rtl', lang: 'ar', direction: 'rtl', startsRight: true, metaDir: 'ltr', published: '2025-04-12T09:30:00+03:00' });
    assert.equal((await reader.$$('.story-body p')).length, 6);
    await reader.screenshot({ path: join(SHOTS, 'chromium-reader-rtl.png') });
    await reader.close();
  });

  test('save-link (context menu) keeps a link-only story that the reader explains', async () => {
    const tabId = await storyTabId();
    const outcome = await inWorker((id, url) => globalThis.broadsheet.saveLinkFrom(url, 'A story for later', id), tabId, `${server.origin}/pages/date-meta-only`);
    assert.equal(outcome.ok, true, outcome.message);
    const reader = await openReader(`?id=${outcome.id}`);
    assert.equal(await reader.$eval('h1', (h) => h.textContent), 'A story for later');
    assert.equal(await reader.$eval('a.story-original', (a) => a.href), `${server.origin}/pages/date-meta-only`);
    assert.equal(await inWorker(() => chrome.action.getBadgeText({})), '3');
    await reader.close();
  });
});
