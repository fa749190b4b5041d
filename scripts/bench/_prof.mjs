import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { prepareClone } from '/work/main/src/core/prepare-clone.ts';
import { sanitizeHtml, setSanitizerWindow } from '/work/main/src/core/sanitize.ts';
import { findPublicationDate } from '/work/main/src/core/dates/index.ts';
import { findStoryMetadata } from '/work/main/src/core/metadata/index.ts';
setSanitizerWindow(new JSDOM('').window);
const dir='/work/shared/corpus/metadata-dev/';
const m = JSON.parse(readFileSync(dir+'manifest.json','utf8')).slice(0, Number(process.argv[2]||200));
const t = {parse:0, readerable:0, clone:0, prepare:0, readability:0, sanitize:0, meta:0, dates:0};
for (const e of m) {
  let t0=performance.now();
  const {document:doc} = parseHTML(gunzipSync(readFileSync(dir+e.html)).toString());
  t.parse += performance.now()-t0; t0=performance.now();
  isProbablyReaderable(doc); t.readerable += performance.now()-t0; t0=performance.now();
  const c = doc.cloneNode(true); t.clone += performance.now()-t0; t0=performance.now();
  prepareClone(c, e.url); t.prepare += performance.now()-t0; t0=performance.now();
  const p = new Readability(c,{charThreshold:400, keepClasses:false}).parse(); t.readability += performance.now()-t0; t0=performance.now();
  sanitizeHtml(p?.content??''); t.sanitize += performance.now()-t0; t0=performance.now();
  findStoryMetadata(doc, e.url, {title:p?.title??null, byline:null, siteName:null}); t.meta += performance.now()-t0; t0=performance.now();
  findPublicationDate(doc, e.url); t.dates += performance.now()-t0;
}
console.log(Object.fromEntries(Object.entries(t).map(([k,v])=>[k,Math.round(v)])));
