import { expect, test } from 'vitest';
import { imageUrlsIn, MAX_IMAGES_PER_STORY, scaledSize } from './image-plan';
import { sanitizeHtml } from './sanitize';

test('finds each web image of sanitized HTML once, in order, decoding entities', () => {
  const html = sanitizeHtml(
    '<p><img src="https://a.example/1.jpg?x=1&amp;y=2" alt="a"><img alt="b" src="http://b.example/2.png"></p><img src="https://a.example/1.jpg?x=1&amp;y=2"><img src="data:image/png;base64,AA"><img src="/relative.png">',
  );
  expect(imageUrlsIn(html)).toEqual(['https://a.example/1.jpg?x=1&y=2', 'http://b.example/2.png']);
});

test('keeps at most the limit per story', () => {
  const html = Array.from({ length: 60 }, (_, i) => `<img src="https://a.example/${i}.png">`).join('');
  expect(imageUrlsIn(html)).toHaveLength(MAX_IMAGES_PER_STORY);
});

test('large images are scaled to 1600 px wide, smaller ones kept', () => {
  expect(scaledSize(3200, 1800)).toEqual({ width: 1600, height: 900 });
  expect(scaledSize(800, 600)).toEqual({ width: 800, height: 600 });
  expect(scaledSize(5000, 1)).toEqual({ width: 1600, height: 1 });
});
