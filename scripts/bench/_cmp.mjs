import { readFileSync } from 'node:fs';
const [a, b] = process.argv.slice(2).map((f) => JSON.parse(readFileSync(f, 'utf8')).articles.perPage);
const m = new Map(a.map((r) => [r.id, r]));
const rows = b.map((r) => ({ id: r.id, url: r.url, before: m.get(r.id).ours, after: r.ours })).filter((r) => Math.abs(r.after.f1 - r.before.f1) > 0.0005);
rows.sort((x, y) => (x.after.f1 - x.before.f1) - (y.after.f1 - y.before.f1));
for (const r of rows) console.log((r.after.f1 - r.before.f1).toFixed(3), `P ${r.before.precision.toFixed(3)}→${r.after.precision.toFixed(3)} R ${r.before.recall.toFixed(3)}→${r.after.recall.toFixed(3)}`, r.id.slice(0, 8), r.url.slice(0, 70));
