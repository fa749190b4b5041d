import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractFromDocument } from '../../src/core/extract';
const slug = process.argv[2];
const html = readFileSync(`tests/fixtures/pages/${slug}/source.html`, 'utf8');
const exp = JSON.parse(readFileSync(`tests/fixtures/pages/${slug}/expected-metadata.json`, 'utf8'));
const { document } = new JSDOM(html, { url: exp.url }).window;
const r = extractFromDocument(document, exp.url, { force: true });
console.log(r.ok ? r.article.textContent.split('\n\n').map((p, i) => `${i}: ${p.slice(0, 90)}`).join('\n') + '\n---\n' + r.article.contentHtml : r);
