#!/usr/bin/env node
// Store-ready archives in artifacts/, versioned from package.json (run after `npm run build`):
//   broadsheet-<version>-chrome.zip   Chrome Web Store upload (dist/chrome)
//   broadsheet-<version>-firefox.zip  addons.mozilla.org upload (dist/firefox)
//   broadsheet-<version>-source.zip   the source AMO asks for, to rebuild the add-on: `npm ci && npm run build`
// Archives are reproducible: sorted entries and a fixed timestamp, so the same tree gives the same bytes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'artifacts');
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const version = pkg.version;

/** Every file under dir, as paths relative to it with forward slashes, sorted. */
async function filesIn(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .sort();
}

// 1980-01-01 00:00 in DOS time: the earliest a zip can say, and the same on every build.
const DOS_TIME = 0;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;

/** A plain deflate zip of the given files. */
async function writeZip(path, baseDir, names) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const name of names) {
    const data = await readFile(join(baseDir, name));
    const packed = deflateRawSync(data, { level: 9 });
    const useDeflate = packed.length < data.length;
    const body = useDeflate ? packed : data;
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(useDeflate ? 8 : 0, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(0x0314, 4); // made by: Unix, zip 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(useDeflate ? 8 : 0, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE((0o100644 << 16) >>> 0, 38); // regular file, rw-r--r--
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, body);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + body.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(names.length, 8);
  end.writeUInt16LE(names.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  const zip = Buffer.concat([...locals, ...centrals, end]);
  await writeFile(path, zip);
  return zip;
}

/** The files of the source tree: what git tracks plus new files not ignored, or a walk without build output. */
async function sourceFiles() {
  const excluded = /^(?:node_modules|dist|artifacts|\.tmp|test-results|coverage|\.git)\//;
  let names;
  try {
    names = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: root, encoding: 'utf8' })
      .split('\0')
      .filter(Boolean);
  } catch {
    names = await filesIn(root);
  }
  const kept = [];
  for (const name of names.sort()) {
    if (excluded.test(name) || !existsSync(join(root, name))) continue;
    if ((await stat(join(root, name))).isFile()) kept.push(name);
  }
  return kept;
}

function checkBuild(browser) {
  const dir = join(root, 'dist', browser);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`dist/${browser} is missing: run \`npm run build\` first.`);
  return dir;
}

async function checkManifest(dir, browser) {
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  if (manifest.version !== version) throw new Error(`dist/${browser} is version ${manifest.version}, package.json says ${version}: rebuild.`);
  if (manifest.host_permissions) throw new Error(`dist/${browser} has host_permissions: is this a test build?`);
}

await mkdir(out, { recursive: true });
const made = [];
for (const browser of ['chrome', 'firefox']) {
  const dir = checkBuild(browser);
  await checkManifest(dir, browser);
  // Source maps stay in: they make the review readable and cost the reader nothing.
  const names = await filesIn(dir);
  const path = join(out, `broadsheet-${version}-${browser}.zip`);
  made.push([path, await writeZip(path, dir, names), names.length]);
}
const sources = await sourceFiles();
const sourcePath = join(out, `broadsheet-${version}-source.zip`);
made.push([sourcePath, await writeZip(sourcePath, root, sources), sources.length]);

for (const [path, zip, count] of made) {
  const sha = createHash('sha256').update(zip).digest('hex').slice(0, 16);
  console.log(`${relative(root, path)}  ${count} files  ${(zip.length / 1024).toFixed(0)} KiB  sha256 ${sha}…`);
}
