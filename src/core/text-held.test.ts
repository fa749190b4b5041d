import { JSDOM } from 'jsdom';
import { expect, test } from 'vitest';
import { textHeldBy } from './text-held';

test('each item adds its length to itself and every ancestor up to the root, and nothing above it', () => {
  const { document } = new JSDOM('<body><main><div id="a"><p>12345</p><p>123</p></div><div id="b"><p></p><p>12</p></div></main></body>').window;
  const main = document.querySelector('main')!;
  const sums = textHeldBy(main, Array.from(document.querySelectorAll('p')), (p) => (p.textContent ?? '').length);
  expect(sums.get(main)).toBe(10);
  expect(sums.get(document.getElementById('a')!)).toBe(8);
  expect(sums.get(document.getElementById('b')!)).toBe(2);
  expect(sums.get(document.querySelector('p')!)).toBe(5);
  expect(sums.has(document.querySelectorAll('p')[2]!)).toBe(false); // measured 0: adds nothing
  expect(sums.has(document.body)).toBe(false);
});
