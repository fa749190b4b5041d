#!/usr/bin/env node
// `web-ext lint` on dist/firefox (what AMO runs on upload), with each finding traced through the
// source maps to the file it came from. Fails on any error or notice, and on any warning in
// Broadsheet's own code. Warnings inside unmodified third-party libraries bundled into our files
// (preact, DOMPurify, Readability) are listed by package, not hidden, and do not fail the run.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const sourceDir = resolve(root, process.argv[2] ?? 'dist/firefox');
if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`${relative(root, sourceDir)} is missing: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

const webExt = join(root, 'node_modules', '.bin', 'web-ext');
let stdout;
try {
  ({ stdout } = await promisify(execFile)(webExt, ['lint', '--source-dir', sourceDir, '--output=json', '--no-input'], { maxBuffer: 64 << 20 }));
} catch (error) {
  // web-ext exits 1 when it finds errors; its JSON report is still on stdout.
  stdout = error.stdout;
  if (!stdout) throw error;
}
const report = JSON.parse(stdout.slice(stdout.indexOf('{')));

const maps = new Map();
/** The original file of a bundled line, through the file's source map. */
function originOf(file, line, column) {
  if (!file || !line) return null;
  const path = join(sourceDir, file);
  if (!maps.has(path)) {
    const mapPath = `${path}.map`;
    maps.set(path, existsSync(mapPath) ? new SourceMap(JSON.parse(readFileSync(mapPath, 'utf8'))) : null);
  }
  const entry = maps.get(path)?.findEntry(line - 1, Math.max(0, (column ?? 1) - 1));
  if (!entry?.originalSource) return null;
  return { path: resolve(dirname(path), entry.originalSource), line: entry.originalLine + 1 };
}

const thirdParty = new Map();
const own = [];
for (const warning of report.warnings) {
  const origin = originOf(warning.file, warning.line, warning.column);
  const pkg = origin && /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(origin.path)?.[1];
  if (pkg) thirdParty.set(pkg, [...(thirdParty.get(pkg) ?? []), warning]);
  else own.push({ ...warning, where: origin ? `${relative(root, origin.path)}:${origin.line}` : `${warning.file ?? ''}:${warning.line ?? ''}` });
}

for (const m of report.errors) console.log(`error   ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`);
for (const m of report.notices) console.log(`notice  ${m.code} ${m.file ?? ''} ${m.message}`);
for (const m of own) console.log(`warning ${m.code} ${m.where} ${m.message}`);
const vendored = [...thirdParty].map(([pkg, list]) => `${pkg} ${list.length} (${[...new Set(list.map((m) => m.code))].join(', ')})`);

const { errors, warnings, notices } = report.summary;
console.log(
  `web-ext lint ${relative(root, sourceDir)}: ${errors} errors, ${notices} notices, ${warnings} warnings ` +
    `(${own.length} in Broadsheet's code${vendored.length ? `; in bundled libraries: ${vendored.join(', ')}` : ''})`,
);
process.exit(errors > 0 || notices > 0 || own.length > 0 ? 1 : 0);
