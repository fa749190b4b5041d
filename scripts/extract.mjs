#!/usr/bin/env node
// npm run extract -- page.html --url https://… [--force]: prints the extraction result as JSON.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { url: { type: 'string' }, force: { type: 'boolean', default: false } },
});
const file = positionals[0];
if (!file) {
  console.error('usage: npm run extract -- page.html --url https://example.com/story [--force]');
  process.exit(2);
}
const built = resolve(import.meta.dirname, '..', 'dist', 'node', 'extract.js');
if (!existsSync(built)) {
  console.error('dist/node/extract.js is missing: run `npm run build` first.');
  process.exit(2);
}
const { extract } = await import(built);
const html = await readFile(file, 'utf8');
const url = values.url ?? `file://${resolve(file)}`;
const result = extract(html, url, { force: values.force });
console.log(JSON.stringify(result, null, 2));
process.exit(result.ok ? 0 : 1);
