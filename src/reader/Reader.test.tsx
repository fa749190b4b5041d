import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { makeArticle } from '../../tests/support/article';
import type { SafeHtml } from '../core/types';
import { SETTINGS_KEY } from '../platform/settings';
import { saveArticle, saveLink } from '../platform/store';
import { Reader } from './Reader';
import { parseReaderUrl, readerPath } from './reader-url';

const readTab = vi.hoisted(() => vi.fn());
vi.mock('../platform/read-tab', () => ({ readTab, activeTabId: async () => 7 }));

beforeEach(() => readTab.mockReset());
afterEach(cleanup);

const settled = () => waitFor(() => expect(document.body.dataset.state).toBe('done'));

async function savedId(overrides = {}) {
  const result = await saveArticle(makeArticle(overrides), { now: 1000 });
  if (!result.ok) throw new Error(result.message);
  return result.summary.id;
}

test('the address says what to show: a saved story, a live tab, or the settings page', () => {
  expect(parseReaderUrl('?id=abc_12-3')).toEqual({ kind: 'story', id: 'abc_12-3' });
  expect(parseReaderUrl('?tab=42')).toEqual({ kind: 'tab', tabId: 42 });
  expect(parseReaderUrl('?id=../../x')).toEqual({ kind: 'settings' });
  expect(parseReaderUrl('?tab=-1')).toEqual({ kind: 'settings' });
  expect(parseReaderUrl('')).toEqual({ kind: 'settings' });
  expect(readerPath({ id: 'abc' })).toBe('reader/index.html?id=abc');
  expect(readerPath({ tabId: 5 })).toBe('reader/index.html?tab=5');
});

test('a saved story opens from storage with its date, where the date came from, the original and reading time', async () => {
  const id = await savedId({ readingMinutes: 6, publishedSource: 'text' });
  render(<Reader source={{ kind: 'story', id }} locale="en-GB" />);
  await settled();
  const heading = screen.getByRole('heading', { level: 1 });
  expect(heading.textContent).toBe('A story worth keeping');
  expect(document.activeElement).toBe(heading);
  expect(document.title).toBe('A story worth keeping');
  expect(document.querySelector('.story-dateline')?.textContent).toBe('Published 19 June 2024 · from the page’s dateline');
  expect(document.querySelector('.story-dateline time')?.getAttribute('datetime')).toBe('2024-06-19');
  const original = screen.getByRole('link', { name: 'Open the original' });
  expect(original.getAttribute('href')).toBe('https://news.example/2024/06/19/story');
  expect(original.getAttribute('rel')).toBe('noopener noreferrer');
  expect(screen.getByText(/^6 mins? read$/)).toBeTruthy();
  expect(document.querySelectorAll('.story-body p')).toHaveLength(2);
  // A saved story is already saved: no Save button.
  expect(document.querySelector('#save')).toBeNull();
});

test('a right-to-left story reads right to left in its own language; our words keep the interface’s', async () => {
  const id = await savedId({
    url: 'https://news.example/ar/story',
    title: 'افتتاح خط الترام الجديد',
    lang: 'ar',
    dir: 'rtl',
    contentHtml: '<p>افتتحت المدينة اليوم خط الترام الجديد.</p>' as SafeHtml,
  });
  render(<Reader source={{ kind: 'story', id }} locale="en" />);
  await settled();
  const article = document.querySelector('article')!;
  expect(article.getAttribute('dir')).toBe('rtl');
  expect(article.getAttribute('lang')).toBe('ar');
  const meta = document.querySelector('.story-meta')!;
  expect(meta.getAttribute('lang')).toBe('en');
  expect(meta.getAttribute('dir')).toBe('ltr');
});

test('the settings panel opens from the keyboard, stores changes, and Escape closes it back to its button', async () => {
  const id = await savedId();
  render(<Reader source={{ kind: 'story', id }} locale="en" />);
  await settled();
  const toggle = screen.getByRole('button', { name: /Reading settings/ });
  expect(toggle.getAttribute('aria-expanded')).toBe('false');
  expect(document.getElementById('settings-panel')!.hidden).toBe(true);
  toggle.focus();
  fireEvent.click(toggle);
  await waitFor(() => expect(document.activeElement?.id).toBe('settings-heading'));
  expect(toggle.getAttribute('aria-expanded')).toBe('true');

  fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
  fireEvent.input(screen.getByLabelText('Text size'), { target: { value: '23' } });
  await waitFor(async () => {
    const stored = (await fakeBrowser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY];
    expect(stored).toMatchObject({ version: 1, theme: 'dark', fontSize: 23 });
  });
  expect(document.documentElement.dataset.theme).toBe('dark');
  expect(document.documentElement.style.getPropertyValue('--reader-size')).toBe('23px');

  fireEvent.keyDown(screen.getByRole('radio', { name: 'Dark' }), { key: 'Escape' });
  await waitFor(() => expect(document.getElementById('settings-panel')!.hidden).toBe(true));
  expect(document.activeElement).toBe(toggle);
});

test('settings changed in another page are applied here', async () => {
  const id = await savedId();
  render(<Reader source={{ kind: 'story', id }} locale="en" />);
  await settled();
  await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { version: 1, theme: 'sepia', font: 'sans' } });
  await waitFor(() => expect(document.documentElement.dataset.theme).toBe('sepia'));
  expect(document.documentElement.dataset.font).toBe('sans');
});

test('a live tab is read, and Save makes the address the saved story’s', async () => {
  readTab.mockResolvedValue({ ok: true, article: makeArticle() });
  const replace = vi.spyOn(history, 'replaceState');
  render(<Reader source={{ kind: 'tab', tabId: 12 }} locale="en" />);
  await settled();
  expect(readTab).toHaveBeenCalledWith(12);
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(document.querySelector('#save')?.textContent).toBe('Saved'));
  const index = (await fakeBrowser.storage.local.get('index')).index as { stories: Array<{ id: string }> };
  expect(index.stories).toHaveLength(1);
  expect(replace).toHaveBeenCalledWith(null, '', `/reader/index.html?id=${index.stories[0]!.id}`);
});

test('a tab that cannot be read says why', async () => {
  // readTab words the page's failure in the interface language (tested in read-tab.test.ts).
  readTab.mockResolvedValue({ ok: false, reason: 'not-article', message: 'This page does not look like an article.' });
  render(<Reader source={{ kind: 'tab', tabId: 12 }} locale="en" />);
  await settled();
  expect(screen.getByRole('alert').textContent).toMatch(/No story found.*does not look like an article/);
});

test('a missing story and a link-only story are explained', async () => {
  render(<Reader source={{ kind: 'story', id: 'nope' }} locale="en" />);
  await settled();
  expect(screen.getByRole('alert').textContent).toMatch(/cannot be opened.*no longer saved/);
  cleanup();

  const link = await saveLink({ url: 'https://news.example/later', title: 'Read me later' });
  if (!link.ok) throw new Error(link.message);
  render(<Reader source={{ kind: 'story', id: link.summary.id }} locale="en" />);
  await settled();
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Read me later');
  expect(screen.getByRole('link', { name: 'Open the original' }).getAttribute('href')).toBe('https://news.example/later');
});

test('with no story the page is the settings page, with a preview', async () => {
  render(<Reader source={{ kind: 'settings' }} locale="en" />);
  await settled();
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Reading settings');
  expect(screen.getByRole('radio', { name: 'Match the system' })).toHaveProperty('checked', true);
  expect(screen.getByRole('checkbox', { name: /unread stories/ })).toHaveProperty('checked', true);
  expect(document.querySelector('.settings-preview .story-body')).toBeTruthy();
});
