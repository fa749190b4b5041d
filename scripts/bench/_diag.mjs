import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractFromDocument } from '../../src/node/extract.ts';
const tok = (s) => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
const sh = (s) => { const t = tok(s); const set = new Set(); for (let i=0;i<Math.max(1,t.length-3);i++) set.add(t.slice(i,i+4).join(' ')); return set; };
const dir='/work/shared/corpus/articles-dev/';
const truth = JSON.parse(readFileSync(dir+'ground-truth.json','utf8'));
for (const pre of process.argv.slice(2)) {
  const id = Object.keys(truth).find(k=>k.startsWith(pre));
  const {url, articleBody} = truth[id];
  const {document} = parseHTML(gunzipSync(readFileSync(dir+'html/'+id+'.html.gz')).toString());
  const r = extractFromDocument(document, url, {force:true});
  console.log('=====', pre, url, r.ok ? '' : r.reason);
  if (!r.ok) continue;
  const T = sh(articleBody), O = sh(r.article.textContent);
  console.log('--- EXTRA paragraphs (ours, mostly not in truth):');
  for (const p of r.article.textContent.split('\n\n')) { const s=sh(p); let miss=0; for(const x of s) if(!T.has(x)) miss++; if (miss/s.size>0.5) console.log('  +', p.slice(0,160)); }
  console.log('--- MISSING truth lines:');
  for (const p of articleBody.split('\n')) { if(!p.trim()) continue; const s=sh(p); let miss=0; for(const x of s) if(!O.has(x)) miss++; if (miss/s.size>0.5) console.log('  -', p.slice(0,160)); }
}
