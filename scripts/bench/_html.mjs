import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
const dir='/work/shared/corpus/articles-dev/';
const truth = JSON.parse(readFileSync(dir+'ground-truth.json','utf8'));
const [pre, needle, n=600] = process.argv.slice(2);
const id = Object.keys(truth).find(k=>k.startsWith(pre));
const html = gunzipSync(readFileSync(dir+'html/'+id+'.html.gz')).toString();
let i = -1, c = 0;
while ((i = html.indexOf(needle, i+1)) >= 0 && c++ < 3) console.log('@@', i, html.slice(Math.max(0,i-Number(n)), i+Number(n)).replace(/\s+/g,' '), '\n');
