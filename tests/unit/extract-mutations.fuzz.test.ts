// A page's own scripts can build a DOM no parser would: content beside <body>, a second <body>, no <head>,
// a <body> tucked inside a <div>, foreign elements with HTML names, a paragraph inside <title>, a new root.
// The content script reads that DOM as it is, so random script-made shapes around a story must never make
// extraction fail inside or let anything active in.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, test } from 'vitest';
import { extractFromDocument } from '../../src/core/extract';
import { activeContentIn } from './active-content';
import { freed } from './freed';

const URL_ = 'https://news.example/2024/06/19/library';
const words = 'The council said the library would reopen next spring after repairs to the roof and the heating, which failed in January.';
const STORY = `<h1>Library reopens</h1>${Array.from({ length: 5 }, (_, i) => `<p>${words} Paragraph ${i}.</p>`).join('')}`;

const NAMESPACES = ['http://www.w3.org/1999/xhtml', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1998/Math/MathML', 'urn:x-example'];
const TAGS = ['p', 'div', 'body', 'head', 'html', 'article', 'h1', 'template', 'frameset', 'img', 'script', 'title', 'meta', 'time'];

/** Where a moved or made element goes: first or last under the root, into <head>, or into the `target`th element. */
type Place = 'root-start' | 'root-end' | 'head' | 'into';
/** One thing a script may do to the page; `pick` chooses among the elements there are when it runs. */
type Step =
  | { kind: 'move'; pick: number; to: Place; target: number }
  | { kind: 'create'; tag: string; ns: number; to: Place; target: number; text: boolean }
  | { kind: 'remove'; pick: number }
  | { kind: 'wrap-body' }
  | { kind: 'new-root'; tag: string; ns: number };

const place = fc.constantFrom<Place>('root-start', 'root-end', 'head', 'into');
const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), to: place, target: fc.nat() }),
  fc.record({ kind: fc.constant('create' as const), tag: fc.constantFrom(...TAGS), ns: fc.nat({ max: NAMESPACES.length - 1 }), to: place, target: fc.nat(), text: fc.boolean() }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.constant({ kind: 'wrap-body' as const }),
  fc.record({ kind: fc.constant('new-root' as const), tag: fc.constantFrom('div', 'body', 'svg', 'html', 'x-app'), ns: fc.nat({ max: NAMESPACES.length - 1 }) }),
);

function apply(doc: Document, s: Step): void {
  const all = Array.from(doc.querySelectorAll('*'));
  const root = doc.documentElement;
  const at = (n: number) => all[n % all.length]!;
  const put = (node: Node, to: Place, target: number) => {
    const parent = to === 'head' ? doc.head ?? root : to === 'into' ? at(target) : root;
    if (!parent || node === parent || node.contains(parent)) return;
    parent.insertBefore(node, to === 'root-start' ? parent.firstChild : null);
  };
  if (!root || !all.length) return;
  if (s.kind === 'move') {
    const el = at(s.pick);
    if (el !== root) put(el, s.to, s.target);
  } else if (s.kind === 'create') {
    const el = doc.createElementNS(NAMESPACES[s.ns]!, s.tag);
    if (s.text) el.textContent = `${words} Made by a script.`;
    put(el, s.to, s.target);
  } else if (s.kind === 'remove') {
    const el = at(s.pick);
    if (el !== root) el.remove();
  } else if (s.kind === 'new-root') {
    // The whole page moved under a new root element of another name or namespace.
    const fresh = doc.createElementNS(NAMESPACES[s.ns]!, s.tag);
    while (root.firstChild) fresh.appendChild(root.firstChild);
    doc.replaceChild(fresh, root);
  } else if (doc.body) {
    // The <body> moved into a <div>: document.body is then null, though the story is still there.
    const body = doc.body;
    const wrapper = doc.createElement('div');
    body.replaceWith(wrapper);
    wrapper.appendChild(body);
  }
}

// Hundreds of pages can outlast the default timeout on a busy machine; the limit only guards against a hang.
describe('extraction of pages reshaped by their own scripts', { timeout: 300_000 }, () => {
  test('never fails inside, and keeps nothing active', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 6 }), fc.boolean(), async (steps, force) => {
        const { window } = new JSDOM(`<!DOCTYPE html><html><head><title>Library reopens - Daily</title></head><body><article>${STORY}</article></body></html>`, { url: URL_ });
        const doc = window.document;
        for (const s of steps) apply(doc, s);
        const before = doc.documentElement?.outerHTML;
        const result = extractFromDocument(doc, URL_, { force });
        if (result.ok) expect(activeContentIn(result.article)).toEqual([]);
        else expect(result.reason, result.message).not.toBe('parse-failed');
        expect(doc.documentElement?.outerHTML).toBe(before); // the page itself is never changed
        window.close();
        await freed();
      }),
      {
        numRuns: 300,
        // Pages it once failed on: always run.
        examples: [
          [[{ kind: 'move', pick: 4, to: 'root-end', target: 0 }], false], // the <article> beside <body>
          [[{ kind: 'create', tag: 'html', ns: 0, to: 'head', target: 0, text: false }, { kind: 'move', pick: 19, to: 'into', target: 857186342 }, { kind: 'remove', pick: 196259154 }], false], // a paragraph in <title>
        ],
      },
    );
  });
});
