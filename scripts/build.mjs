#!/usr/bin/env node
// Builds dist/chrome, dist/firefox (each loadable as it is) and dist/node/extract.js.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { build } from 'vite';
import { buildIife } from './lib/build-iife.mjs';
import { manifestFor } from './manifest-for.mjs';

const root = resolve(import.meta.dirname, '..');
const requested = process.argv.slice(2);
const browsers = requested.length ? requested.filter((b) => b !== 'node') : ['chrome', 'firefox'];
const withNode = requested.length === 0 || requested.includes('node');
const pkg = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));
const sourceManifest = JSON.parse(await readFile(resolve(root, 'manifest.json'), 'utf8'));

/** The content script is injected with scripting.executeScript, so it and the background are classic scripts. */
function buildScript(entry, outDir, fileName) {
  return buildIife({ entry: resolve(root, entry), outDir, fileName, name: 'broadsheet', target: 'es2022', sourcemap: true });
}

for (const browser of browsers) {
  const outDir = resolve(root, 'dist', browser);
  await build({ configFile: resolve(root, 'vite.config.ts'), mode: browser, logLevel: 'warn' });
  await buildScript('src/background/index.ts', outDir, 'background.js');
  await buildScript('src/content/index.ts', outDir, 'content.js');
  const manifest = manifestFor(sourceManifest, browser, pkg.version);
  await writeFile(resolve(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  console.log(`built dist/${browser}`);
}

if (withNode) {
  const outDir = resolve(root, 'dist', 'node');
  await mkdir(outDir, { recursive: true });
  const external = [...Object.keys(pkg.dependencies ?? {}), /^node:/];
  await build({
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      ssr: true,
      lib: { entry: resolve(root, 'src/node/extract.ts'), formats: ['es'], fileName: () => 'extract.js' },
      rollupOptions: { external: (id) => external.some((e) => (typeof e === 'string' ? id === e || id.startsWith(`${e}/`) : e.test(id))) },
    },
  });
  console.log('built dist/node/extract.js');
}
