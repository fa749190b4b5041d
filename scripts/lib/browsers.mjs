// Finds and launches Debian's Chromium and Firefox ESR with the built extension installed.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const DIST = join(ROOT, 'dist');

function findBrowser(envVar, candidates, pkg) {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`${envVar}=${fromEnv} does not exist.`);
    return fromEnv;
  }
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No ${pkg} found at ${candidates.join(' or ')}. Install it with \`sudo apt-get install -y ${pkg}\` ` +
        `or point ${envVar} at the browser binary.`,
    );
  }
  return found;
}

export const chromiumPath = () => findBrowser('CHROME_PATH', ['/usr/bin/chromium', '/usr/lib/chromium/chromium'], 'chromium');
export const firefoxPath = () => findBrowser('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox'], 'firefox-esr');

function requireBuild(browser) {
  const dir = join(DIST, browser);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run build\` first.`);
  return dir;
}

/** Keeps browser profiles out of the system temp folder; removed by each test's cleanup. */
export async function scratchDir(prefix) {
  const base = join(ROOT, '.tmp');
  await mkdir(base, { recursive: true });
  return mkdtemp(join(base, prefix));
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic', '--disable-dev-shm-usage',
];

/**
 * Chromium with dist/chrome installed exactly as shipped, or, given `hostPermissions`, a generated
 * copy that holds them (the optional image permission cannot be granted from a headless prompt).
 */
export async function launchChromium({ hostPermissions } = {}) {
  let extensionDir = requireBuild('chrome');
  let testBuild = null;
  if (hostPermissions) {
    testBuild = await scratchDir('chrome-build-');
    await cp(extensionDir, testBuild, { recursive: true });
    const manifest = JSON.parse(await readFile(join(testBuild, 'manifest.json'), 'utf8'));
    manifest.host_permissions = hostPermissions;
    await writeFile(join(testBuild, 'manifest.json'), JSON.stringify(manifest, null, 2));
    extensionDir = testBuild;
  }
  const profile = await scratchDir('chromium-');
  const browser = await puppeteer.launch({
    executablePath: chromiumPath(),
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: profile,
    args: CHROMIUM_ARGS,
  });
  const extensionId = await browser.installExtension(extensionDir);
  const extension = (await browser.extensions()).get(extensionId);
  const workerTarget = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
  );
  const popupUrl = `chrome-extension://${extensionId}/popup/index.html`;
  return {
    browser,
    extension,
    extensionId,
    /**
     * A real click on the toolbar button over `tab` (CDP Extensions.triggerAction): grants activeTab there
     * and opens the real popup. `onOpen` sees the popup as soon as it exists; it is returned once
     * `waitFor` matches.
     */
    async clickToolbarButton(tab, { waitFor = 'body[data-state=done]', onOpen, timeout = 15000 } = {}) {
      const earlier = new Set(browser.targets());
      const opened = browser.waitForTarget((t) => t.type() === 'page' && t.url() === popupUrl && !earlier.has(t));
      await tab.bringToFront();
      await tab.triggerExtensionAction(extension);
      const popup = await (await opened).asPage();
      onOpen?.(popup);
      await popup.waitForSelector(waitFor, { timeout });
      return popup;
    },
    /** The service worker, re-acquired each time because Chromium may stop it when idle. */
    async worker() {
      const target = await browser.waitForTarget(
        (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`),
      );
      return (await target.worker()) ?? (await workerTarget.worker());
    },
    async close() {
      await browser.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
      if (testBuild) await rm(testBuild, { recursive: true, force: true });
    },
  };
}

export const FIREFOX_ADDON_UUID = '6b1f7a52-0c3e-4d7e-9a51-2f0d3c8e4b19';

/**
 * Firefox cannot grant activeTab from automation, so its tests use a generated copy of
 * dist/firefox that adds a host permission for 127.0.0.1. Nothing test-only ships in dist/.
 */
export async function firefoxTestBuild(hostPermissions = ['http://127.0.0.1/*']) {
  const source = requireBuild('firefox');
  const dir = await scratchDir('firefox-build-');
  await cp(source, dir, { recursive: true });
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  manifest.host_permissions = hostPermissions;
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return { dir, id: manifest.browser_specific_settings.gecko.id };
}

export async function launchFirefox({ hostPermissions } = {}) {
  const build = await firefoxTestBuild(hostPermissions);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [build.id]: FIREFOX_ADDON_UUID }) },
  });
  await browser.installExtension(build.dir);
  return {
    browser,
    baseUrl: `moz-extension://${FIREFOX_ADDON_UUID}`,
    async close() {
      await browser.close().catch(() => {});
      await rm(build.dir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens an extension page in Firefox. Under BiDi, `goto` to a moz-extension page never resolves, so the
 * navigation is started and the page polled until the app marks itself rendered (`body[data-state=done]`).
 */
export async function openFirefoxExtensionPage(page, url, waitForApp = true) {
  page.goto(url).catch(() => {});
  const deadline = Date.now() + 20000;
  for (;;) {
    try {
      await page.waitForFunction((u, app) => location.href === u && (!app || document.body?.dataset.state === 'done'), { timeout: 3000 }, url, waitForApp);
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 150));
    }
  }
}
