import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
const BOILERPLATE = /(?:^|[\s_-])(share|sharing|social|newsletter|subscribe|signup|related|recommended|latest|most-?read|popular|trending|promo|advert|ad-slot|ads|sponsor|outbrain|taboola|cookie|consent|comments?|disqus|paywall|breadcrumbs?|tags|topics|more-stories|read-more|author-bio|print)(?:$|[\s_-])/i;
const tok = (s) => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
const shs = (s) => { const t = tok(s); const out=[]; for (let i=0;i<Math.max(1,t.length-3);i++) out.push(t.slice(i,i+4).join(' ')); return out; };
const dir='/work/shared/corpus/articles-dev/';
const truth = JSON.parse(readFileSync(dir+'ground-truth.json','utf8'));
const byWord = {}; const byTag = {};
for (const id of Object.keys(truth)) {
  const T = new Set(shs(truth[id].articleBody));
  const {document:doc} = parseHTML(gunzipSync(readFileSync(dir+'html/'+id+'.html.gz')).toString());
  const pt = (r) => { let n=0; for (const p of r.getElementsByTagName('p')) n+=p.textContent.length; return n; };
  const total = pt(doc.body);
  const holds = (el) => total>0 && pt(el) > total*0.5;
  const report = (el, key, bucket) => { const s = shs(el.textContent||''); let hit=0; for (const x of s) if (T.has(x)) hit++; const b = (bucket[key] ??= {n:0, hit:0, tot:0, ex:[]}); b.n++; b.hit+=hit; b.tot+=s.length; if (hit>20) b.ex.push(`${id.slice(0,8)} ${el.tagName}.${(el.getAttribute('class')||'').slice(0,60)}#${el.id} hit ${hit}/${s.length}`); };
  for (const el of Array.from(doc.querySelectorAll('aside, nav, footer, form, [role="complementary"], [role="navigation"], [aria-hidden="true"]'))) {
    if (['BODY','MAIN','ARTICLE','HTML'].includes(el.tagName) || holds(el)) continue;
    report(el, el.tagName + (el.getAttribute('aria-hidden')?'[aria-hidden]':''), byTag); el.remove();
  }
  for (const el of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (!el.isConnected || ['BODY','MAIN','ARTICLE','HTML'].includes(el.tagName)) continue;
    const m = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.match(BOILERPLATE);
    if (m && !holds(el)) { report(el, m[1].toLowerCase(), byWord); el.remove(); }
  }
}
for (const [k,v] of Object.entries({...byTag, ...byWord})) { console.log(k.padEnd(20), 'removed', v.n, 'truth shingles', v.hit, '/', v.tot); for (const e of v.ex.slice(0,6)) console.log('     ', e); }
