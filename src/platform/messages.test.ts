import { expect, test } from 'vitest';
import { makeArticle } from '../../tests/support/article';
import { isExtractRequest, isExtractResponse } from './messages';

test('only a well-formed extract request is accepted', () => {
  expect(isExtractRequest({ type: 'broadsheet/extract', force: false })).toBe(true);
  for (const bad of [null, 'extract', {}, { type: 'broadsheet/extract' }, { type: 'broadsheet/extract', force: 'yes' }, { type: 'broadsheet/extract', force: true, extra: 1 }, { type: 'other', force: true }]) {
    expect(isExtractRequest(bad)).toBe(false);
  }
});

test('answers are checked before the popup trusts them', () => {
  expect(isExtractResponse({ ok: true, article: makeArticle() })).toBe(true);
  expect(isExtractResponse({ ok: false, reason: 'not-article', message: 'No story' })).toBe(true);
  expect(isExtractResponse({ ok: true, article: { title: 1 } })).toBe(false);
  expect(isExtractResponse({ ok: false })).toBe(false);
  expect(isExtractResponse(undefined)).toBe(false);
});
