import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { expect, test } from 'vitest';
import { allElements, listOf, nestingDepth } from './dom-list';

const html = '<!DOCTYPE html><html><head><title>T</title></head><body><main><p>a<b>b</b></p><p>c</p></main><footer>f</footer></body></html>';
const doms: [string, () => Document][] = [
  ['jsdom', () => new JSDOM(html).window.document],
  ['linkedom', () => parseHTML(html).document as unknown as Document],
];

test.each(doms)('listOf copies a live list as it stands, in order (%s)', (_name, make) => {
  const doc = make();
  const live = doc.getElementsByTagName('p');
  const copy = listOf(live);
  expect(copy.map((p) => p.textContent)).toEqual(['ab', 'c']);
  const [first] = copy;
  first!.remove();
  // Browsers' and jsdom's list is live and loses the paragraph; the copy keeps it.
  expect(copy).toHaveLength(2);
  expect(copy[0]).toBe(first);
});

test.each(doms)('allElements lists every element in document order, head included (%s)', (_name, make) => {
  const doc = make();
  expect(allElements(doc).map((el) => el.tagName.toLowerCase())).toEqual(['html', 'head', 'title', 'body', 'main', 'p', 'b', 'p', 'footer']);
  expect(allElements(doc)).toEqual(Array.from(doc.querySelectorAll('*')));
});

test.each(doms)('nestingDepth counts the levels of the deepest element, the root element being 1 (%s)', (_name, make) => {
  const doc = make();
  // html > body > main > p > b
  expect(nestingDepth(allElements(doc))).toBe(5);
  let holder = doc.querySelector('footer')!;
  for (let level = 0; level < 50; level++) holder = holder.appendChild(doc.createElement('div'));
  expect(nestingDepth(allElements(doc))).toBe(3 + 50);
  // Counting stops once past the limit.
  expect(nestingDepth(allElements(doc), 10)).toBe(11);
  expect(nestingDepth([])).toBe(0);
});
