#!/usr/bin/env node
// npm run bench [-- --limit N] [--json FILE] [--show N] [--only articles|metadata]
//
// Broadsheet next to plain Readability, in one run, on the real pages in ../shared/corpus:
//   articles-dev  body text F1 against hand-made truth
//   metadata-dev  publication date (overall and per set), headline (exact/fuzzy), byline
// and the time each extractor takes. Both run on the same linkedom document, parsed once and
// not timed: ours is `extractFromDocument(doc, url)` (it clones the page itself), Readability is
// `new Readability(doc.cloneNode(true)).parse()` with the clone counted, since ours clones too.
// Broadsheet runs with default options (no force), as the extension would.
// The scorer is the shared one (../shared/bench/lib), imported rather than copied.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { toArticle } from './bench/plain-readability.mjs';
import { KEPT_ROUNDS, ROUNDS, timeInChromium } from './bench/browser-timing.mjs';

const BROWSER_SAMPLE_EVERY = 3;

const repoRoot = resolve(import.meta.dirname, '..');
const corpusDir = resolve(repoRoot, '..', 'shared', 'corpus');
const benchLibDir = resolve(repoRoot, '..', 'shared', 'bench', 'lib');

const { values } = parseArgs({
  options: {
    limit: { type: 'string' },
    json: { type: 'string' },
    show: { type: 'string', default: '8' },
    only: { type: 'string' },
  },
});
const limit = values.limit === undefined ? Infinity : Number(values.limit);
if (!(limit > 0)) {
  console.error('--limit expects a positive number');
  process.exit(2);
}
const show = Math.max(0, Number(values.show) || 0);
const only = values.only ?? null;
if (only && only !== 'articles' && only !== 'metadata') {
  console.error('--only expects "articles" or "metadata"');
  process.exit(2);
}

if (!existsSync(corpusDir)) {
  console.log(`bench skipped: the shared corpus is not at ${corpusDir} (expected ../shared/corpus next to the repo).`);
  process.exit(0);
}
for (const lib of ['metric.mjs', 'dates.mjs', 'score.mjs']) {
  if (!existsSync(resolve(benchLibDir, lib))) {
    console.log(`bench skipped: the shared scorer ${resolve(benchLibDir, lib)} is missing.`);
    process.exit(0);
  }
}
const built = resolve(repoRoot, 'dist', 'node', 'extract.js');
if (!existsSync(built)) {
  console.error('dist/node/extract.js is missing: run `node scripts/build.mjs node` (npm run bench does).');
  process.exit(2);
}

const lib = (name) => import(pathToFileURL(resolve(benchLibDir, name)).href);
const [{ evaluatePages, scorePage }, { normalizeDate, compareDates }, { compareTitle, compareByline }] = await Promise.all([
  lib('metric.mjs'),
  lib('dates.mjs'),
  lib('score.mjs'),
]);
const { extractFromDocument } = await import(pathToFileURL(built).href);

const gz = (path) => gunzipSync(readFileSync(path)).toString('utf8');
const quantile = (xs, q) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : NaN;
};
/** Median and 95th percentile of a list of times. */
const spread = (times) => ({ median: quantile(times, 0.5), p95: quantile(times, 0.95) });
const pct = (x) => (Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '-');
const ms = (x) => (Number.isFinite(x) ? x.toFixed(1) : '-');

/** Runs both extractors on one parsed page, alternating which goes first so neither gets a warmer cache. */
let turn = 0;
function runBoth(doc, url) {
  const runOurs = () => {
    const t0 = performance.now();
    let result;
    try {
      result = extractFromDocument(doc, url);
    } catch (error) {
      result = { ok: false, reason: 'threw', message: String(error?.message ?? error) };
    }
    const time = performance.now() - t0;
    return { time, reason: result.ok ? null : result.reason, article: result.ok ? result.article : null };
  };
  const runReadability = () => {
    const t0 = performance.now();
    let parsed = null;
    let failed = false;
    try {
      parsed = new Readability(doc.cloneNode(true)).parse();
    } catch {
      failed = true;
    }
    const time = performance.now() - t0;
    return { time, reason: failed ? 'threw' : parsed ? null : 'none', article: toArticle(parsed) };
  };
  turn++;
  if (turn % 2) {
    const ours = runOurs();
    return { ours, readability: runReadability() };
  }
  const readability = runReadability();
  return { ours: runOurs(), readability };
}

const hasText = (r) => Boolean(r.article?.textContent?.trim());

function newSide() {
  return { times: [], none: 0, notArticle: 0, errors: 0 };
}
function tally(side, r) {
  side.times.push(r.time);
  if (!r.article) side.none++;
  if (r.reason === 'not-article') side.notArticle++;
  if (r.reason === 'threw' || r.reason === 'parse-failed') side.errors++;
}
function timing(side) {
  return { ...spread(side.times), n: side.times.length };
}

const report = { corpus: corpusDir, limit: Number.isFinite(limit) ? limit : null };
const started = performance.now();
const allTimes = { ours: [], readability: [] };
/** Every page scored, for the browser timing below. */
const timingPages = [];

// ---------------------------------------------------------------- articles: body text
if (only !== 'metadata') {
  const dir = resolve(corpusDir, 'articles-dev');
  const truth = JSON.parse(readFileSync(resolve(dir, 'ground-truth.json'), 'utf8'));
  const ids = Object.keys(truth).sort().slice(0, limit);
  const sides = { ours: newSide(), readability: newSide() };
  const pages = { ours: [], readability: [] };
  const rows = [];
  let oursNotArticleReadabilityFound = 0;
  const forcedPages = new Map();
  for (const id of ids) {
    const { url, articleBody } = truth[id];
    const file = resolve(dir, 'html', `${id}.html.gz`);
    timingPages.push({ file, url });
    const { document } = parseHTML(gz(file));
    const both = runBoth(document, url);
    const row = { id, url };
    for (const name of ['ours', 'readability']) {
      const r = both[name];
      tally(sides[name], r);
      allTimes[name].push(r.time);
      const score = scorePage(articleBody, r.article?.textContent ?? '');
      pages[name].push({ id, url, ...score });
      row[name] = { f1: score.f1, precision: score.precision, recall: score.recall, ms: r.time, reason: r.reason };
    }
    if (both.ours.reason === 'not-article') {
      if (hasText(both.readability)) oursNotArticleReadabilityFound++;
      // Not scored as ours: what the person would get after "read it anyway" (force), for the report.
      const forced = extractFromDocument(document, url, { force: true });
      forcedPages.set(id, scorePage(articleBody, forced.ok ? forced.article.textContent : ''));
    }
    rows.push(row);
  }
  const result = { pages: ids.length, extractors: {}, oursNotArticleReadabilityFound, perPage: rows };
  for (const name of ['ours', 'readability']) {
    const m = evaluatePages(pages[name], { bootstrap: 200 });
    result.extractors[name] = {
      f1: m.f1,
      f1_std: m.f1_std,
      precision: m.precision,
      recall: m.recall,
      exact: m.accuracy,
      below05: pages[name].filter((p) => p.f1 < 0.5).length,
      none: sides[name].none,
      notArticle: sides[name].notArticle,
      errors: sides[name].errors,
      ms: timing(sides[name]),
    };
  }
  if (forcedPages.size) {
    const m = evaluatePages(pages.ours.map((p) => (forcedPages.has(p.id) ? { ...p, ...forcedPages.get(p.id) } : p)), { bootstrap: 0 });
    result.oursIfRejectedPagesForced = { f1: m.f1, precision: m.precision, recall: m.recall, pages: forcedPages.size };
  }
  report.articles = result;

  console.log(`\nBODY TEXT: ${ids.length} pages from articles-dev (AEB metric: 4-token shingles, F1 of mean P and mean R)`);
  console.log(`${'extractor'.padEnd(13)}${'F1'.padEnd(14)}${'precision'.padEnd(11)}${'recall'.padEnd(9)}${'exact'.padEnd(8)}${'F1<0.5'.padEnd(8)}${'none'.padEnd(6)}${'ms median'.padStart(10)}${'ms p95'.padStart(9)}`);
  for (const [name, r] of Object.entries(result.extractors)) {
    console.log(
      `${name.padEnd(13)}${`${r.f1.toFixed(3)}±${r.f1_std.toFixed(3)}`.padEnd(14)}${r.precision.toFixed(3).padEnd(11)}${r.recall.toFixed(3).padEnd(9)}${r.exact.toFixed(3).padEnd(8)}${String(r.below05).padEnd(8)}${String(r.none).padEnd(6)}${ms(r.ms.median).padStart(10)}${ms(r.ms.p95).padStart(9)}`,
    );
  }
  console.log(`ours says "not an article" where Readability returned text: ${oursNotArticleReadabilityFound} page(s)`);
  if (result.oursIfRejectedPagesForced) {
    const f = result.oursIfRejectedPagesForced;
    console.log(`  (not scored) ours with those ${f.pages} page(s) read anyway (force): F1 ${f.f1.toFixed(3)}, precision ${f.precision.toFixed(3)}, recall ${f.recall.toFixed(3)}`);
  }
  if (show) {
    const losses = rows
      .map((r) => ({ ...r, delta: r.ours.f1 - r.readability.f1 }))
      .filter((r) => r.delta < -0.005)
      .sort((a, b) => a.delta - b.delta)
      .slice(0, show);
    if (losses.length) {
      console.log(`\npages where ours loses to Readability (worst ${losses.length}):`);
      for (const r of losses) {
        const why = r.ours.reason ? ` [${r.ours.reason}]` : '';
        console.log(`  ${r.ours.f1.toFixed(3)} vs ${r.readability.f1.toFixed(3)}  (ours P ${r.ours.precision.toFixed(2)} R ${r.ours.recall.toFixed(2)})${why}  ${r.id.slice(0, 10)} ${r.url}`);
      }
    }
    const worst = [...rows].sort((a, b) => a.ours.f1 - b.ours.f1).slice(0, show);
    console.log(`\nworst pages for ours:`);
    for (const r of worst) {
      const why = r.ours.reason ? ` [${r.ours.reason}]` : '';
      console.log(`  F1 ${r.ours.f1.toFixed(3)} (P ${r.ours.precision.toFixed(2)} R ${r.ours.recall.toFixed(2)}; Readability ${r.readability.f1.toFixed(3)})${why}  ${r.id.slice(0, 10)} ${r.url}`);
    }
  }
}

// ---------------------------------------------------------------- metadata: date, headline, byline
if (only !== 'articles') {
  const dir = resolve(corpusDir, 'metadata-dev');
  const entries = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')).slice(0, limit);
  const sides = { ours: newSide(), readability: newSide() };
  const acc = {};
  for (const name of ['ours', 'readability']) {
    acc[name] = {
      date: { n: 0, right: 0, returned: 0, nullN: 0, nullRight: 0 },
      perSet: {},
      title: { n: 0, exact: 0, fuzzy: 0 },
      byline: { n: 0, fuzzy: 0, returned: 0 },
    };
  }
  let oursNotArticleReadabilityFound = 0;
  for (const entry of entries) {
    timingPages.push({ file: resolve(dir, entry.html), url: entry.url });
    const { document } = parseHTML(gz(resolve(dir, entry.html)));
    const both = runBoth(document, entry.url);
    if (both.ours.reason === 'not-article' && hasText(both.readability)) oursNotArticleReadabilityFound++;
    for (const name of ['ours', 'readability']) {
      const r = both[name];
      const a = acc[name];
      tally(sides[name], r);
      allTimes[name].push(r.time);
      const article = r.article ?? {};
      if (entry.labels.includes('date')) {
        const expected = entry.expected.date;
        const predicted = article.published ? normalizeDate(article.published) : null;
        if (expected === null) {
          a.date.nullN++;
          if (!predicted) a.date.nullRight++;
        } else {
          const set = (a.perSet[entry.set] ??= { n: 0, right: 0, returned: 0 });
          a.date.n++;
          set.n++;
          if (predicted) {
            a.date.returned++;
            set.returned++;
          }
          if (compareDates(predicted, normalizeDate(expected)).exact) {
            a.date.right++;
            set.right++;
          }
        }
      }
      if (entry.labels.includes('title') && entry.expected.title) {
        a.title.n++;
        const c = compareTitle(article.title ?? null, entry.expected.title);
        if (c.exact) a.title.exact++;
        if (c.fuzzy) a.title.fuzzy++;
      }
      if (entry.labels.includes('byline') && entry.expected.byline) {
        a.byline.n++;
        const c = compareByline(article.byline ?? null, entry.expected.byline);
        if (c.returned) a.byline.returned++;
        if (c.fuzzy) a.byline.fuzzy++;
      }
    }
  }
  const result = { pages: entries.length, extractors: {}, oursNotArticleReadabilityFound };
  for (const name of ['ours', 'readability']) {
    const a = acc[name];
    result.extractors[name] = {
      date_accuracy: a.date.right / a.date.n,
      date_coverage: a.date.returned / a.date.n,
      date_precision: a.date.right / Math.max(1, a.date.returned),
      date_per_set: Object.fromEntries(
        Object.entries(a.perSet).map(([set, v]) => [set, { accuracy: v.right / v.n, precision: v.right / Math.max(1, v.returned), n: v.n }]),
      ),
      no_date_pages_right: `${a.date.nullRight}/${a.date.nullN}`,
      title_exact: a.title.exact / a.title.n,
      title_fuzzy: a.title.fuzzy / a.title.n,
      byline_fuzzy: a.byline.fuzzy / a.byline.n,
      byline_coverage: a.byline.returned / a.byline.n,
      counts: { date: a.date.n, title: a.title.n, byline: a.byline.n },
      none: sides[name].none,
      notArticle: sides[name].notArticle,
      errors: sides[name].errors,
      ms: timing(sides[name]),
    };
  }
  report.metadata = result;

  const sets = [...new Set(entries.map((e) => e.set))];
  const c = result.extractors.ours.counts;
  console.log(`\nMETADATA: ${entries.length} pages from metadata-dev (dates: ${c.date} labelled, headlines: ${c.title}, bylines: ${c.byline})`);
  console.log(`${'extractor'.padEnd(13)}${'date'.padEnd(8)}${sets.map((s) => s.padEnd(18)).join('')}${'headline exact/fuzzy'.padEnd(22)}${'byline'.padEnd(8)}${'none'.padEnd(6)}${'ms median'.padStart(10)}${'ms p95'.padStart(9)}`);
  for (const [name, r] of Object.entries(result.extractors)) {
    const perSet = sets.map((s) => pct(r.date_per_set[s]?.accuracy).padEnd(18)).join('');
    console.log(
      `${name.padEnd(13)}${pct(r.date_accuracy).padEnd(8)}${perSet}${`${pct(r.title_exact)} / ${pct(r.title_fuzzy)}`.padEnd(22)}${pct(r.byline_fuzzy).padEnd(8)}${String(r.none).padEnd(6)}${ms(r.ms.median).padStart(10)}${ms(r.ms.p95).padStart(9)}`,
    );
  }
  console.log(`ours says "not an article" where Readability returned text: ${oursNotArticleReadabilityFound} page(s) (counted as misses for ours)`);
  console.log('date precision (right ÷ dates given), overall and per set:');
  for (const [name, r] of Object.entries(result.extractors)) {
    console.log(`  ${name.padEnd(13)}${pct(r.date_precision).padEnd(8)}${sets.map((s) => `${s} ${pct(r.date_per_set[s]?.precision)}`).join('  ')}`);
  }
}

// ---------------------------------------------------------------- timing summary
const timingSummary = {};
for (const name of ['ours', 'readability']) {
  timingSummary[name] = { ...spread(allTimes[name]), pages: allTimes[name].length };
}
timingSummary.ratioOfMedians = timingSummary.ours.median / timingSummary.readability.median;
report.timing = timingSummary;
console.log(`\nEXTRACTION TIME (ms; same linkedom document, parsing excluded, Readability's clone included; one run per page), all ${timingSummary.ours.pages} pages:`);
console.log(`${'extractor'.padEnd(13)}${'median'.padStart(8)}${'p95'.padStart(8)}`);
for (const name of ['ours', 'readability']) {
  console.log(`${name.padEnd(13)}${ms(timingSummary[name].median).padStart(8)}${ms(timingSummary[name].p95).padStart(8)}`);
}
console.log(`ratio ours/Readability of medians: ${timingSummary.ratioOfMedians.toFixed(2)}×`);
console.log(`(ours includes the article check, metadata, dates and sanitizing; a "not an article" answer returns early.)`);
// ---------------------------------------------------------------- timing in the browser
// The content script runs in the browser, where DOMPurify works on the native DOM; in Node it needs
// jsdom, which is much slower. So time is also measured in headless Chromium, on a sample of the pages.
const sample = timingPages.filter((_, i) => i % BROWSER_SAMPLE_EVERY === 0).map(({ file, url }) => ({ html: gz(file), url }));
const browserTimes = await timeInChromium(sample);
if (browserTimes && browserTimes.ours.length) {
  const summary = {};
  for (const name of ['ours', 'readability']) {
    summary[name] = { ...spread(browserTimes[name]), pages: browserTimes[name].length };
  }
  summary.ratioOfMedians = summary.ours.median / summary.readability.median;
  report.browserTiming = summary;
  console.log(`\nEXTRACTION TIME IN CHROMIUM (ms; the page's own document, parsing excluded; the code added afresh to each page, one warm-up run, then each page's median of ${ROUNDS} runs), ${summary.ours.pages} pages (one in ${BROWSER_SAMPLE_EVERY}):`);
  console.log(`${'extractor'.padEnd(13)}${'median'.padStart(8)}${'p95'.padStart(8)}`);
  for (const name of ['ours', 'readability']) console.log(`${name.padEnd(13)}${ms(summary[name].median).padStart(8)}${ms(summary[name].p95).padStart(8)}`);
  console.log(`ratio ours/Readability of medians: ${summary.ratioOfMedians.toFixed(2)}×`);
  // The same pages with the code in other states of warmth: a content script is new at every click,
  // and ours runs more code of its own than Readability, so it gains more from a warmed JIT.
  const states = [
    ['first', `first run after the code is added to the page (what one click runs)`],
    ['kept', `code added once for all pages and kept (warmed by every page before; median of ${KEPT_ROUNDS} runs)`],
  ];
  for (const [state, label] of states) {
    const ours = spread(browserTimes[`${state}Ours`]);
    const readability = spread(browserTimes[`${state}Readability`]);
    summary[state] = { ours, readability, ratioOfMedians: ours.median / readability.median };
    console.log(`  ${label}: median ours ${ms(ours.median)}, Readability ${ms(readability.median)} → ${summary[state].ratioOfMedians.toFixed(2)}×`);
  }
  // Where ours spends its time, in the main figure's runs. Sanitizing is work plain Readability does not
  // do: our security rules require DOMPurify before a story is stored, and the content script runs it
  // before the story leaves the page (the background's saves have no DOM to run it in).
  summary.stages = Object.fromEntries(Object.entries(browserTimes.stages).map(([stage, values]) => [stage, spread(values)]));
  console.log(`  ours step by step (each page's median; median / p95 over pages): ${Object.entries(summary.stages).map(([stage, t]) => `${stage} ${ms(t.median)} / ${ms(t.p95)}`).join(', ')}`);
  const less = spread(browserTimes.oursLessSanitize);
  summary.oursLessSanitize = { ...less, ratioOfMedians: less.median / summary.readability.median };
  console.log(`  ours less its sanitizing step: median ${ms(less.median)} → ${summary.oursLessSanitize.ratioOfMedians.toFixed(2)}× Readability`);
}

console.log(`\nbench took ${((performance.now() - started) / 1000).toFixed(0)} s`);

if (values.json) {
  const out = resolve(process.cwd(), values.json);
  writeFileSync(out, `${JSON.stringify(report, null, 1)}\n`);
  console.log(`wrote ${out}`);
}
