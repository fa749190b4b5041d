// The saved library in real Firefox ESR (WebDriver BiDi), the same flows as in Chromium: images kept
// offline, search, archive, delete and undo, importing a library file and a Pocket CSV. Firefox uses a
// test build holding host permissions (it cannot grant activeTab or answer a prompt from automation).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT, launchFirefox, openFirefoxExtensionPage, scratchDir } from '../../scripts/lib/browsers.mjs';
import { startServer } from '../../scripts/lib/server.mjs';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe('Firefox: the saved library', () => {
  let firefox;
  let server;
  let storyTab;
  let page;

  before(async () => {
    server = await startServer();
    firefox = await launchFirefox({ hostPermissions: ['http://*/*', 'https://*/*'] });
    storyTab = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
    page = await firefox.browser.newPage();
  });
  after(async () => {
    await firefox?.close();
    await server?.stop().catch(() => {});
  });

  const url = (path) => `${firefox.baseUrl}/${path}`;
  const storage = () => page.evaluate(() => browser.storage.local.get(null));
  const titles = () => page.$$eval('.saved-title', (els) => els.map((e) => e.textContent.replace(/^Unread: /, '').trim()));
  const rows = (n) => page.waitForFunction((count) => document.querySelectorAll('.saved-item').length === count, { timeout: 10000 }, n);

  async function openLibrary() {
    await openFirefoxExtensionPage(page, 'about:blank', false).catch(() => {});
    await openFirefoxExtensionPage(page, url(`library/index.html?t=${Date.now()}`));
  }

  test('three stories saved with their images read offline, images included', async () => {
    const imageOrigin = server.origin.replace('127.0.0.1', 'localhost');
    for (const n of [1, 2, 3]) {
      const storyUrl = `${server.origin}/stories/${n}?images=${encodeURIComponent(imageOrigin)}`;
      await storyTab.goto(storyUrl);
      await openFirefoxExtensionPage(page, url(`popup/index.html?tab=0&n=${n}`));
      const tabId = await page.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, storyUrl);
      await openFirefoxExtensionPage(page, url(`popup/index.html?tab=${tabId}`));
      await page.click('#save');
      await page.waitForFunction(() => /Saved with 2 images/.test(document.querySelector('.story-actions')?.textContent ?? ''), { timeout: 15000 });
    }
    const stored = await storage();
    assert.equal(stored.index.stories.length, 3);
    assert.equal(Object.keys(stored).filter((k) => k.startsWith('image:')).length, 4, 'one image shared by all three');

    await server.stop();
    await storyTab.reload().catch(() => {});
    await openFirefoxExtensionPage(page, url('popup/index.html?tab=0&offline=1'));
    await page.click('#saved-tab');
    await page.waitForSelector('.saved-open');
    await page.click('.saved-open');
    await page.waitForSelector('.story-body img');
    const images = await page.$$eval('.story-body img', (imgs) =>
      Promise.all(imgs.map((img) => img.decode().then(() => [img.src.slice(0, 11), img.naturalWidth], () => [img.src.slice(0, 11), 0]))),
    );
    assert.deepEqual(images, [['data:image/', 640], ['data:image/', 640]]);
  });

  test('search, archive, delete and undo in the library page', async () => {
    await openLibrary();
    await page.type('.library-search', 'ferry terminal');
    await rows(1);
    assert.deepEqual(await titles(), ['Harbour diary, part 2: the ferry terminal']);
    await page.$eval('.library-search', (input) => {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await rows(3);
    await page.click('.saved-item[data-index="0"] .saved-archive');
    await rows(2);
    await page.select('.library-filter', 'archived');
    await rows(1);
    await page.select('.library-filter', 'all');
    await rows(2);
    await page.click('.saved-item[data-index="0"] .saved-delete');
    await page.waitForSelector('.toast .undo');
    await rows(1);
    await page.click('.toast .undo');
    await rows(2);
    assert.equal((await storage()).index.stories.length, 3);
  });

  test('a library file and a Pocket CSV import, with a report', async () => {
    const dir = await scratchDir('firefox-import-');
    const file = join(dir, 'library.json');
    const article = {
      title: 'Imported from a file', byline: 'A. Reporter', siteName: 'Ledger', published: '2025-05-01', modified: null, publishedSource: 'meta',
      lang: 'en', dir: null, excerpt: 'x', contentHtml: '<p>Kept safe.</p><img src="x" onerror="window.__pwned=1">', textContent: 'Kept safe.',
      wordCount: 2, readingMinutes: 1, url: 'https://ledger.example/imported', canonicalUrl: 'https://ledger.example/imported',
    };
    await writeFile(file, JSON.stringify({
      format: 'broadsheet-library', version: 1, exportedAt: '2026-01-01T00:00:00Z',
      stories: [{ id: 'x', url: article.url, canonicalUrl: article.url, title: article.title, savedAt: 5, updatedAt: 5, read: false, archived: false, tags: ['t'], progress: 0, linkOnly: false, article, images: [] }, { title: 'broken' }],
    }));
    await openLibrary();
    await (await page.$('.import-file')).uploadFile(file);
    await page.waitForSelector('.import-report');
    assert.match(await page.$eval('.import-report', (r) => r.textContent), /1 added, 0 updated, 1 skipped/);
    const stored = await storage();
    const imported = Object.values(stored).find((v) => v?.article?.title === 'Imported from a file');
    assert.equal(imported.article.contentHtml, '<p>Kept safe.</p><img loading="lazy" referrerpolicy="no-referrer">', 'imported HTML is sanitized');

    await (await page.$('.import-file')).uploadFile(join(ROOT, 'tests', 'fixtures', 'library', 'pocket-export.csv'));
    await page.waitForFunction(() => /2 added, 0 updated, 1 skipped/.test(document.querySelector('.import-report')?.textContent ?? ''));
    const after = await storage();
    assert.equal(after.index.stories.filter((s) => s.linkOnly).length, 2);
    await rm(dir, { recursive: true, force: true });
  });

  test('axe finds no serious or critical problems in the popup (saved list and story) and the library', async () => {
    const seriousProblems = async () => {
      await page.evaluate(AXE_SOURCE);
      return page.evaluate(async () =>
        (await axe.run(document, { resultTypes: ['violations'] })).violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      );
    };
    await openFirefoxExtensionPage(page, url('popup/index.html?tab=0&a11y=1'));
    await page.click('#saved-tab');
    await page.waitForSelector('.saved-open');
    assert.deepEqual(await seriousProblems(), [], 'popup, saved list');
    await page.click('.saved-open');
    await page.waitForSelector('.story-body');
    assert.deepEqual(await seriousProblems(), [], 'popup, saved story');
    await openLibrary();
    assert.deepEqual(await seriousProblems(), [], 'library page');
  });
});
