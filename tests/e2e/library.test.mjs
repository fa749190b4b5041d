// The saved library in real Chromium: images kept offline, search, archive, delete and undo,
// export → clear → import → export, and a Pocket CSV import.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, launchChromium, scratchDir } from '../../scripts/lib/browsers.mjs';
import { startServer } from '../../scripts/lib/server.mjs';

describe('Chromium: the saved library', () => {
  let chromium;
  let server;
  let tab;
  let base;

  before(async () => {
    server = await startServer();
    chromium = await launchChromium({ hostPermissions: ['http://*/*', 'https://*/*'] });
    base = `chrome-extension://${chromium.extensionId}`;
    tab = (await chromium.browser.pages())[0];
  });
  after(async () => {
    await chromium?.close();
    await server?.stop().catch(() => {});
  });

  const openPopup = () => chromium.clickToolbarButton(tab);

  async function openLibrary() {
    const page = await chromium.browser.newPage();
    await page.goto(`${base}/library/index.html`);
    await page.waitForSelector('body[data-state=done]');
    return page;
  }

  const storage = async () => (await chromium.worker()).evaluate(() => chrome.storage.local.get(null));
  const titles = (page) => page.$$eval('.saved-title', (els) => els.map((e) => e.textContent.replace(/^Unread: /, '').trim()));

  test('three stories saved with their images read offline, images included', async () => {
    const imageOrigin = server.origin.replace('127.0.0.1', 'localhost');
    for (const n of [1, 2, 3]) {
      await tab.goto(`${server.origin}/stories/${n}?images=${encodeURIComponent(imageOrigin)}`);
      const popup = await openPopup();
      await popup.click('#save');
      await popup.waitForFunction(() => /Saved with 2 images/.test(document.querySelector('.story-actions')?.textContent ?? ''), { timeout: 15000 });
      await popup.close();
    }
    const stored = await storage();
    const imageKeys = Object.keys(stored).filter((k) => k.startsWith('image:'));
    assert.equal(stored.index.stories.length, 3);
    assert.equal(imageKeys.length, 4, 'three own images and one shared by all three stories');
    assert.ok(imageKeys.every((k) => stored[k].dataUrl.startsWith('data:image/')));

    await server.stop();
    await tab.reload().catch(() => {});
    const popup = await openPopup();
    await popup.waitForSelector('.saved-open');
    assert.deepEqual(await titles(popup), [
      'Harbour diary, part 3: the old crane',
      'Harbour diary, part 2: the ferry terminal',
      'Harbour diary, part 1: the fish market',
    ]);
    await popup.click('.saved-open');
    await popup.waitForSelector('.story-body img');
    const images = await popup.$$eval('.story-body img', (imgs) =>
      Promise.all(imgs.map((img) => img.decode().then(() => ({ src: img.src.slice(0, 15), width: img.naturalWidth }), () => ({ src: img.src.slice(0, 15), width: 0 })))),
    );
    assert.equal(images.length, 2);
    assert.ok(images.every((i) => i.src.startsWith('data:image/') && i.width === 640), JSON.stringify(images));
    await popup.close();
  });

  test('search, archive, delete and undo in the library page', async () => {
    const page = await openLibrary();
    await page.type('.library-search', 'ferry terminal');
    await page.waitForFunction(() => document.querySelectorAll('.saved-item').length === 1);
    assert.deepEqual(await titles(page), ['Harbour diary, part 2: the ferry terminal']);
    // Full text: words only in the body.
    await page.$eval('.library-search', (input) => {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.type('.library-search', 'delivery vans');
    await page.waitForFunction(() => document.querySelectorAll('.saved-item').length === 3, { timeout: 5000 });
    await page.$eval('.library-search', (input) => {
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(() => document.querySelectorAll('.saved-item').length === 3);

    // Archive the newest: it leaves "All" and appears under "Archived".
    await page.click('.saved-item[data-index="0"] .saved-archive');
    await page.waitForFunction(() => document.querySelectorAll('.saved-item').length === 2);
    await page.select('.library-filter', 'archived');
    await page.waitForFunction(() => document.querySelectorAll('.saved-item').length === 1);
    assert.deepEqual(await titles(page), ['Harbour diary, part 3: the old crane']);
    await page.select('.library-filter', 'all');

    // Delete one, then undo.
    await page.waitForFunction(() => document.querySelectorAll('.saved-item').length === 2);
    await page.click('.saved-item[data-index="0"] .saved-delete');
    await page.waitForSelector('.toast .undo');
    await page.waitForFunction(() => document.querySelectorAll('.saved-item').length === 1);
    assert.equal((await storage()).index.stories.length, 2);
    await page.click('.toast .undo');
    await page.waitForFunction(() => document.querySelectorAll('.saved-item').length === 2);
    const stored = await storage();
    assert.equal(stored.index.stories.length, 3);
    assert.equal(Object.keys(stored).filter((k) => k.startsWith('image:')).length, 4, 'undo brings the images back too');
    await page.close();
  });

  test('export, clear, import and export again gives the same stories', async () => {
    const downloads = await scratchDir('downloads-');
    const page = await openLibrary();
    const cdp = await chromium.browser.target().createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: downloads });
    const exportOnce = async (from) => {
      const before = new Set(await readdir(downloads));
      await from.click('.export-library');
      for (let i = 0; i < 100; i++) {
        // allowAndName saves each download under its GUID, so two exports never collide.
        const done = (await readdir(downloads)).filter((f) => !before.has(f) && !f.endsWith('.crdownload'));
        if (done.length) return JSON.parse(await readFile(join(downloads, done[0]), 'utf8'));
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('no export file appeared');
    };
    const first = await exportOnce(page);
    assert.equal(first.format, 'broadsheet-library');
    assert.equal(first.stories.length, 3);
    assert.equal(first.stories.flatMap((s) => s.images).length, 6);

    await (await chromium.worker()).evaluate(() => chrome.storage.local.clear());
    await page.reload();
    await page.waitForSelector('body[data-state=done]');
    const input = await page.$('.import-file');
    const file = join(downloads, 'library.json');
    await writeFile(file, JSON.stringify(first));
    await input.uploadFile(file);
    await page.waitForSelector('.import-report');
    assert.match(await page.$eval('.import-report', (r) => r.textContent), /3 added, 0 updated, 0 skipped/);

    // A fresh page: Chrome holds back a second automatic download from the same page.
    await page.close();
    const again = await openLibrary();
    const second = await exportOnce(again);
    assert.deepEqual(second.stories, first.stories);
    await again.close();
    await rm(downloads, { recursive: true, force: true });
  });

  test('a Pocket CSV imports as link-only stories with tags and read state; bad rows are listed', async () => {
    const page = await openLibrary();
    const input = await page.$('.import-file');
    await input.uploadFile(join(ROOT, 'tests', 'fixtures', 'library', 'pocket-export.csv'));
    await page.waitForSelector('.import-report');
    const report = await page.$eval('.import-report', (r) => r.textContent);
    assert.match(report, /2 added, 0 updated, 1 skipped/);
    assert.match(report, /no valid web address/);
    const stored = await storage();
    const ferry = stored.index.stories.find((s) => s.url === 'https://ledger.example/ferry-timetable');
    assert.deepEqual([ferry.linkOnly, ferry.tags, ferry.read], [true, ['transport', 'explainers'], false]);
    const museum = stored.index.stories.find((s) => s.url === 'https://ledger.example/museum-reopens');
    assert.equal(museum.read, true);
    await page.waitForFunction(() => [...document.querySelectorAll('.saved-link-only')].length >= 1);
    await page.close();
  });
});
