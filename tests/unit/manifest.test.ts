import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: a plain ES module of the build scripts, without types
import { manifestFor } from '../../scripts/manifest-for.mjs';

const root = process.cwd();
const source = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version as string;

type Manifest = Record<string, any>;
const builds: Array<[string, Manifest]> = [
  ['chrome', manifestFor(source, 'chrome', version)],
  ['firefox', manifestFor(source, 'firefox', version)],
];
// The built manifests too, when a build exists (npm test builds before the browser tests).
for (const browser of ['chrome', 'firefox']) {
  const built = join(root, 'dist', browser, 'manifest.json');
  if (existsSync(built)) builds.push([`dist/${browser}`, JSON.parse(readFileSync(built, 'utf8'))]);
}

describe.each(builds)('%s manifest', (_name, manifest) => {
  test('asks for exactly the least privilege', () => {
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toBe(version);
  });

  test('extension pages have a strict CSP with no remote or inline scripts', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|wasm-unsafe/);
  });
});

test('Chrome gets a service worker, Firefox background scripts and a gecko id', () => {
  const [, chrome] = builds[0]!;
  const [, firefox] = builds[1]!;
  expect(chrome.background).toEqual({ service_worker: 'background.js' });
  expect(chrome.browser_specific_settings).toBeUndefined();
  expect(firefox.background).toEqual({ scripts: ['background.js'] });
  expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
});

test('an unknown browser is refused', () => {
  expect(() => manifestFor(source, 'safari', version)).toThrow(/Unknown browser/);
});
