import { describe, expect, it, vi } from 'vitest';
import type { Candidate } from './candidate';
import { choose } from './choose';
import { FAR } from './dom-dates';

const noUrl = { day: null, month: null };
const far: Candidate = { value: '2021-03-04', kind: 'published', source: 'text', rank: FAR + 900 };

describe('choose: datelines away from the headline', () => {
  it('are not read when a nearer source answers', () => {
    const farText = vi.fn(() => [far]);
    const near: Candidate = { value: '2024-01-02', kind: 'published', source: 'text', rank: 3 };
    expect(choose([near], noUrl, farText).published).toBe(near);
    expect(choose([], { day: '2024-01-05', month: '2024-01' }, farText).published?.source).toBe('url');
    const ld: Candidate = { value: '2024-01-02', kind: 'published', source: 'json-ld', rank: 25 };
    expect(choose([ld], noUrl, farText).published).toBe(ld);
    expect(farText).not.toHaveBeenCalled();
  });

  it('are the last resort, before a page that states only a modified date', () => {
    const modified: Candidate = { value: '2024-01-09', kind: 'modified', source: 'meta', rank: 1 };
    const farText = vi.fn(() => [far]);
    expect(choose([modified], noUrl, farText)).toEqual({ published: far, modified });
    expect(farText).toHaveBeenCalledOnce();
  });
});
