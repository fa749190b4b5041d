import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { JSDOM } from 'jsdom';
import { isProbablyReaderable } from '@mozilla/readability';
const dir='/work/shared/corpus/articles-dev/';
const truth = JSON.parse(readFileSync(dir+'ground-truth.json','utf8'));
for (const pre of process.argv.slice(2)) {
  const id = Object.keys(truth).find(k=>k.startsWith(pre));
  const html = gunzipSync(readFileSync(dir+'html/'+id+'.html.gz')).toString();
  const {document} = parseHTML(html);
  const jd = new JSDOM(html).window.document;
  const score = (doc) => { const nodes = doc.querySelectorAll('p, pre, article'); let s=0; const out=[]; for (const n of nodes){ const t=n.textContent.trim().length; if(t<140) continue; s+=Math.sqrt(t-140); out.push([n.tagName,n.className, t]);} return [nodes.length, s.toFixed(1), out.slice(0,5)]; };
  console.log(pre, 'linkedom', isProbablyReaderable(document), 'jsdom', isProbablyReaderable(jd), JSON.stringify(score(document)), JSON.stringify(score(jd)));
}
