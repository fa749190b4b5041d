import { expect, test } from 'vitest';
import { normalizeStoryUrl, storyIdFor } from './story-id';

test('the same story under tracking parameters, fragments or www has one id', () => {
  const id = storyIdFor('https://news.example/world/story');
  expect(storyIdFor('https://www.news.example/world/story/?utm_source=feed&fbclid=1#comments')).toBe(id);
  expect(storyIdFor('https://news.example/world/other')).not.toBe(id);
  expect(storyIdFor('https://news.example/world/story?page=2')).not.toBe(id);
  expect(id).toMatch(/^[0-9a-f]{16}$/);
});

test('normalizeStoryUrl keeps meaningful parameters and tolerates junk', () => {
  expect(normalizeStoryUrl('https://News.Example/a/?id=7&utm_medium=x')).toBe('https://news.example/a?id=7');
  expect(normalizeStoryUrl('  not a url ')).toBe('not a url');
});
