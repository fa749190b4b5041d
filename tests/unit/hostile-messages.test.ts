// Messages cross a trust boundary: a malformed one is rejected and never acted on.
import fc from 'fast-check';
import browser from 'webextension-polyfill';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { answerExtractRequests } from '../../src/platform/content-bridge';
import { isExtractRequest, isExtractResponse } from '../../src/platform/messages';
import { makeArticle } from '../support/article';

const FLAG = '__broadsheetContentLoaded';
type Listener = (message: unknown, sender: { id?: string }) => unknown;

function install() {
  const add = vi.spyOn(browser.runtime.onMessage, 'addListener');
  const extract = vi.fn((force: boolean) => ({ ok: true as const, article: makeArticle({ title: force ? 'forced' : 'read' }) }));
  answerExtractRequests(extract);
  const listener = add.mock.calls[0]?.[0] as Listener | undefined;
  return { extract, listener, add };
}

beforeEach(() => {
  delete (globalThis as Record<string, unknown>)[FLAG];
});

const OURS = { id: browser.runtime.id };
const WELL_FORMED = { type: 'broadsheet/extract', force: false };

// Values a hostile or buggy sender could produce, shaped close to a real request.
const nearMisses: unknown[] = [
  null, undefined, 0, 1, '', 'broadsheet/extract', true, [], [WELL_FORMED], {}, new Date(),
  { type: 'broadsheet/extract' }, { force: false }, { type: 'broadsheet/extract', force: 'false' }, { type: 'broadsheet/extract', force: 0 },
  { type: 'broadsheet/extract', force: null }, { type: 'broadsheet/extract', force: new Boolean(true) }, { type: 'broadsheet/extract', force: false, extra: 1 },
  { type: 'BROADSHEET/EXTRACT', force: false }, { type: ' broadsheet/extract', force: false }, { type: new String('broadsheet/extract'), force: false },
  JSON.parse('{"type":"broadsheet/extract","force":false,"__proto__":{"polluted":1}}'),
  Object.assign(Object.create({ type: 'broadsheet/extract', force: false }), {}),
];

describe('the content script listener', () => {
  test('answers a well-formed request from our own extension', async () => {
    const { extract, listener } = install();
    expect(listener).toBeTypeOf('function');
    await expect(listener!({ type: 'broadsheet/extract', force: true }, OURS)).resolves.toMatchObject({ ok: true, article: { title: 'forced' } });
    expect(extract).toHaveBeenCalledExactlyOnceWith(true);
  });

  test.each(nearMisses.map((m, i) => [i, m]))('near miss %i is ignored and nothing is extracted', (_i, message) => {
    const { extract, listener } = install();
    expect(listener!(message, OURS)).toBeUndefined();
    expect(extract).not.toHaveBeenCalled();
  });

  test('a well-formed request from any other sender is ignored', () => {
    const { extract, listener } = install();
    for (const sender of [{}, { id: 'another-extension' }, { id: '' }, { id: undefined }]) {
      expect(listener!(WELL_FORMED, sender)).toBeUndefined();
    }
    expect(extract).not.toHaveBeenCalled();
  });

  test('random values are never acted on', () => {
    const { extract, listener } = install();
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ type: fc.oneof(fc.constant('broadsheet/extract'), fc.string()), force: fc.anything() }, { requiredKeys: [] })), (message) => {
        const exact = isExtractRequest(message);
        const answer = listener!(message, OURS);
        if (!exact) expect(answer).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
    // Only the exact shape was ever extracted, with a real boolean.
    for (const [force] of extract.mock.calls) expect(typeof force).toBe('boolean');
  });

  test('registers once per page, even when injected again', () => {
    const { add } = install();
    answerExtractRequests(vi.fn());
    answerExtractRequests(vi.fn());
    expect(add).toHaveBeenCalledTimes(1);
  });

  test('a page element named like our flag (DOM clobbering) cannot stop us from listening', () => {
    // In a real content script, <div id="__broadsheetContentLoaded"> appears as this global: truthy, but not ours.
    (globalThis as Record<string, unknown>)[FLAG] = document.createElement('div');
    const { listener } = install();
    expect(listener).toBeTypeOf('function');
  });
});

describe('validators', () => {
  test('isExtractRequest accepts exactly { type, force: boolean }', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const ok = isExtractRequest(value);
        if (ok) {
          expect(Object.keys(value as object).sort()).toEqual(['force', 'type']);
          expect(typeof (value as { force: unknown }).force).toBe('boolean');
        }
      }),
      { numRuns: 2000 },
    );
    expect(isExtractRequest(WELL_FORMED)).toBe(true);
  });

  test('isExtractResponse never throws and never accepts an article without its text fields', () => {
    const articleLike = fc.record({ title: fc.anything(), contentHtml: fc.anything(), textContent: fc.anything(), url: fc.anything(), canonicalUrl: fc.anything(), wordCount: fc.anything() }, { requiredKeys: [] });
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.record({ ok: fc.constant(true), article: fc.oneof(articleLike, fc.anything()) }), fc.record({ ok: fc.constant(false), reason: fc.anything(), message: fc.anything() })), (value) => {
        if (!isExtractResponse(value)) return;
        const v = value as { ok: boolean; article?: Record<string, unknown>; reason?: unknown; message?: unknown };
        if (v.ok) {
          for (const k of ['title', 'contentHtml', 'textContent', 'url', 'canonicalUrl']) expect(typeof v.article![k]).toBe('string');
        } else {
          expect(typeof v.reason).toBe('string');
          expect(typeof v.message).toBe('string');
        }
      }),
      { numRuns: 2000 },
    );
  });
});
