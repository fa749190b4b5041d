// The whole loop in real Chromium: click the toolbar button, read, save, go offline, read it back.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, launchChromium } from '../../scripts/lib/browsers.mjs';
import { SEED_PAGE, startServer } from '../../scripts/lib/server.mjs';

const SHOTS = join(ROOT, 'test-results');
const seedParagraphs = existsSync(SEED_PAGE)
  ? readFileSync(join(SEED_PAGE, '..', 'seed-article.txt'), 'utf8').split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p.length > 200)
  : null;

describe('Chromium: read, save and read offline', () => {
  let chromium;
  let server;
  let page;

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

  /** A real click on the toolbar button: opens the real popup and grants activeTab on `page`. */
  const openPopup = () => chromium.clickToolbarButton(page);

  const paragraphsIn = (popup) => popup.$$eval('.story-body p', (ps) => ps.map((p) => p.textContent.replace(/\s+/g, ' ').trim()));

  test('our demo story shows its dateline date, its figure and no page furniture', async () => {
    await page.goto(`${server.origin}/pages/harbour-tram-dateline`);
    const popup = await openPopup();
    assert.equal(await popup.$eval('h1', (h) => h.textContent), 'Harbour city approves its first tram line in sixty years');
    assert.equal(await popup.$eval('.story-meta time', (t) => t.getAttribute('datetime')), '2025-03-04');
    assert.equal((await paragraphsIn(popup)).length, 8);
    assert.match(await popup.$eval('.story-body figure img', (i) => i.src), /\/images\/tram-stop\.png$/);
    const body = await popup.$eval('.story-body', (b) => b.textContent);
    for (const junk of ['Latest stories', 'Advertisement', 'Sign me up', 'All rights reserved']) assert.ok(!body.includes(junk), junk);
    await popup.close();
  });

  test('Save asks for the image permission without losing the story, even if the prompt closes the popup', async () => {
    await page.goto(`${server.origin}/pages/harbour-tram-dateline`);
    const popup = await openPopup();
    const worker = await chromium.worker();
    await worker.evaluate(() => chrome.storage.local.clear());
    // The prompt may close the popup while the click is still being delivered.
    await popup.click('#save').catch((error) => assert.match(String(error), /Target closed|detached|closed/i));
    // Headless Chromium cannot answer the prompt; whatever becomes of the popup, the background saves the text.
    let stored = {};
    for (let i = 0; i < 50 && !stored.index; i++) {
      stored = await (await chromium.worker()).evaluate(() => chrome.storage.local.get(null));
      await new Promise((r) => setTimeout(r, 100));
    }
    assert.equal(stored.index?.stories?.[0]?.title, 'Harbour city approves its first tram line in sixty years');
    const key = `story:${stored.index.stories[0].id}`;
    assert.match(stored[key].article.contentHtml, /tram/);
    assert.deepEqual(stored['images-pending'], [stored.index.stories[0].id], 'its images wait for the permission');
    if (!popup.isClosed()) await popup.close();
    await (await chromium.worker()).evaluate(() => chrome.storage.local.clear());
  });

  test('a page that is not an article says so and offers Show anyway', async () => {
    await page.goto(`${server.origin}/pages/not-an-article`);
    const popup = await openPopup();
    assert.match(await popup.$eval('main', (m) => m.textContent), /does not look like an article/);
    await popup.click('#show-anyway');
    await popup.waitForSelector('.story-body');
    assert.match(await popup.$eval('.story-body', (b) => b.textContent), /Pick a section/);
    await popup.close();
  });

  test('a browser page is refused with a clear message', async () => {
    await page.goto('chrome://version');
    const popup = await openPopup();
    assert.match(await popup.$eval('[role=alert]', (m) => m.textContent), /can’t be read.*(does not let extensions|Browser pages cannot be read)/);
    await popup.close();
  });
  test('the seed page reads cleanly, saves, and reads back offline', { skip: !seedParagraphs && 'no ../shared/seed' }, async () => {
    await page.goto(`${server.origin}/seed/story`);
    const popup = await openPopup();
    assert.equal(await popup.$eval('h1', (h) => h.textContent), 'Putin arrives in Pyongyang for meeting with Kim and red carpet welcome');
    assert.match(await popup.$eval('.story-meta time', (t) => t.getAttribute('datetime')), /^2024-06-19/);
    assert.equal(await popup.$eval('.story-site', (s) => s.textContent), 'The Daily Meridian');
    assert.equal(await popup.$('.story-byline'), null, 'the dateline is never shown as the byline');
    const paragraphs = await paragraphsIn(popup);
    assert.deepEqual(paragraphs, seedParagraphs.map((p) => p.replace(/\s+/g, ' ')));
    const body = await popup.$eval('.story-body', (b) => b.textContent);
    for (const junk of ['Latest stories', 'Advertisement', 'Ceasefire talks', 'All rights reserved', 'Sign up', 'Breaking']) {
      assert.ok(!body.includes(junk), `body must not contain "${junk}"`);
    }
    await popup.screenshot({ path: join(SHOTS, 'chromium-popup-seed.png') });

    await popup.click('#save');
    await popup.waitForFunction(() => document.querySelector('#save')?.textContent === 'Saved');
    const stored = await (await chromium.worker()).evaluate(() => chrome.storage.local.get(null));
    assert.equal(stored.index.stories.length, 1);
    assert.equal(stored.index.version, 2, "the current schema version");
    const storyKey = Object.keys(stored).find((k) => k.startsWith('story:'));
    assert.ok(storyKey, 'the story body is stored under its own key');
    assert.match(stored[storyKey].article.contentHtml, /Pyongyang/);
    await popup.close();

    // Offline: the server is gone and the tab shows an error page.
    await server.stop();
    await page.reload().catch(() => {});
    const offline = await openPopup();
    await offline.waitForSelector('.saved-open');
    await offline.screenshot({ path: join(SHOTS, 'chromium-popup-offline-list.png') });
    await offline.click('.saved-open');
    await offline.waitForSelector('.story-body p');
    assert.equal(await offline.$eval('h1', (h) => h.textContent), 'Putin arrives in Pyongyang for meeting with Kim and red carpet welcome');
    assert.match(await offline.$eval('.story-meta time', (t) => t.getAttribute('datetime')), /^2024-06-19/);
    assert.deepEqual(await paragraphsIn(offline), seedParagraphs.map((p) => p.replace(/\s+/g, ' ')));
    await offline.screenshot({ path: join(SHOTS, 'chromium-popup-offline-story.png') });
    await offline.close();
  });
});
