// The same loop in real Firefox ESR over WebDriver BiDi. Firefox cannot click the toolbar button
// from automation, so the popup is opened as a page for the story's tab (popup/index.html?tab=N)
// in a test build that holds a 127.0.0.1 host permission.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOT, launchFirefox, openFirefoxExtensionPage as openExtensionPage } from '../../scripts/lib/browsers.mjs';
import { SEED_PAGE, startServer } from '../../scripts/lib/server.mjs';

const SHOTS = join(ROOT, 'test-results');
const seedParagraphs = existsSync(SEED_PAGE)
  ? readFileSync(join(SEED_PAGE, '..', 'seed-article.txt'), 'utf8').split(/\n\s*\n/).map((p) => p.trim().replace(/\s+/g, ' ')).filter((p) => p.length > 200)
  : null;

describe('Firefox: read, save and read offline', () => {
  let firefox;
  let server;

  before(async () => {
    await mkdir(SHOTS, { recursive: true });
    server = await startServer();
    firefox = await launchFirefox();
  });
  after(async () => {
    await firefox?.close();
    await server?.stop().catch(() => {});
  });

  test('the seed page reads cleanly, saves, and reads back offline', { skip: !seedParagraphs && 'no ../shared/seed' }, async () => {
    const storyUrl = `${server.origin}/seed/story`;
    const storyPage = (await firefox.browser.pages())[0] ?? (await firefox.browser.newPage());
    await storyPage.goto(storyUrl);

    const popup = await firefox.browser.newPage();
    await openExtensionPage(popup, `${firefox.baseUrl}/popup/index.html?tab=0`);
    const tabId = await popup.evaluate(async (u) => (await browser.tabs.query({})).find((t) => t.url === u)?.id, storyUrl);
    assert.ok(Number.isInteger(tabId), 'the story tab is found');

    await openExtensionPage(popup, `${firefox.baseUrl}/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('h1');
    assert.equal(await popup.$eval('h1', (h) => h.textContent), 'Putin arrives in Pyongyang for meeting with Kim and red carpet welcome');
    assert.match(await popup.$eval('.story-meta time', (t) => t.getAttribute('datetime')), /^2024-06-19/);
    assert.deepEqual(
      await popup.$$eval('.story-body p', (ps) => ps.map((p) => p.textContent.replace(/\s+/g, ' ').trim())),
      seedParagraphs,
    );
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup-seed.png') });

    await popup.click('#save');
    await popup.waitForFunction(() => document.querySelector('#save')?.textContent === 'Saved');
    const stored = await popup.evaluate(() => browser.storage.local.get(null));
    assert.equal(stored.index.stories.length, 1);
    assert.ok(Object.keys(stored).some((k) => k.startsWith('story:')));

    await server.stop();
    await storyPage.reload().catch(() => {});
    await openExtensionPage(popup, `${firefox.baseUrl}/popup/index.html?tab=${tabId}&offline=1`);
    await popup.waitForSelector('.saved-open');
    await popup.click('.saved-open');
    await popup.waitForSelector('.story-body p');
    assert.equal(await popup.$eval('h1', (h) => h.textContent), 'Putin arrives in Pyongyang for meeting with Kim and red carpet welcome');
    assert.equal((await popup.$$('.story-body p')).length, seedParagraphs.length);
    await popup.screenshot({ path: join(SHOTS, 'firefox-popup-offline-story.png') });
  });
});
