import { afterEach, vi } from 'vitest';
import { fakeBrowser } from '@webext-core/fake-browser';

// Code under test imports webextension-polyfill; give it the in-memory fake instead.
vi.mock('webextension-polyfill', () => ({ default: fakeBrowser }));

afterEach(() => {
  fakeBrowser.reset();
});
