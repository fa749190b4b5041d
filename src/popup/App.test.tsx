import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { makeArticle } from '../../tests/support/article';
import { saveArticle } from '../platform/store';
import { App } from './App';

const readTab = vi.hoisted(() => vi.fn());
vi.mock('../platform/read-tab', () => ({ readTab, activeTabId: async () => 7 }));

beforeEach(() => readTab.mockReset());
afterEach(cleanup);

const settled = () => waitFor(() => expect(document.body.dataset.state).toBe('done'));

test('shows the story cleanly: headline, date, byline, site, reading time, body', async () => {
  readTab.mockResolvedValue({ ok: true, article: makeArticle({ readingMinutes: 4 }) });
  render(<App tabId={null} />);
  await settled();
  expect(readTab).toHaveBeenCalledWith(7, false);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('A story worth keeping');
  expect(document.querySelector('time')?.getAttribute('datetime')).toBe('2024-06-19');
  expect(document.querySelector('time')?.getAttribute('title')).toMatch(/structured data/);
  expect(screen.getByText('Ada Writer')).toBeTruthy();
  expect(screen.getByText('News Example')).toBeTruthy();
  expect(screen.getByText(/4 min/)).toBeTruthy();
  expect(document.querySelectorAll('.story-body p')).toHaveLength(2);
});

test('Save stores the story and turns into Saved', async () => {
  readTab.mockResolvedValue({ ok: true, article: makeArticle() });
  render(<App tabId={3} />);
  await settled();
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  await waitFor(() => expect(document.querySelector('#save')?.textContent).toBe('Saved'));
  const stored = await fakeBrowser.storage.local.get('index');
  expect((stored.index as { stories: unknown[] }).stories).toHaveLength(1);
  expect(screen.getByRole('button', { name: 'Saved stories (1)' })).toBeTruthy();
});

test('a story that is already saved shows Saved straight away', async () => {
  await saveArticle(makeArticle(), { now: 1 });
  readTab.mockResolvedValue({ ok: true, article: makeArticle() });
  render(<App tabId={3} />);
  await settled();
  expect(document.querySelector('#save')?.textContent).toBe('Saved');
  expect(document.querySelector('#save')).toHaveProperty('disabled', true);
});

test('a failed save is shown and the button can be pressed again', async () => {
  readTab.mockResolvedValue({ ok: true, article: makeArticle() });
  vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
  render(<App tabId={3} />);
  await settled();
  fireEvent.click(screen.getByRole('button', { name: 'Save' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/Storage is full/);
  expect(screen.getByRole('button', { name: 'Save' })).toHaveProperty('disabled', false);
});

test('a page that is not an article offers Show anyway', async () => {
  readTab.mockResolvedValueOnce({ ok: false, reason: 'not-article', message: 'This page does not look like an article.' });
  readTab.mockResolvedValueOnce({ ok: true, article: makeArticle({ title: 'Forced' }) });
  render(<App tabId={3} />);
  await settled();
  fireEvent.click(screen.getByRole('button', { name: 'Show anyway' }));
  await screen.findByRole('heading', { level: 1, name: 'Forced' });
  expect(readTab).toHaveBeenLastCalledWith(3, true);
});

test('a restricted page shows a clear message, and the empty saved list says what to do', async () => {
  readTab.mockResolvedValue({ ok: false, reason: 'restricted', message: 'Browser pages cannot be read by extensions.' });
  render(<App tabId={3} />);
  await settled();
  expect(screen.getByRole('alert').textContent).toMatch(/can’t be read.*Browser pages cannot be read/);
  fireEvent.click(screen.getByRole('button', { name: 'Saved stories' }));
  expect(screen.getByText(/No saved stories yet/)).toBeTruthy();
});

test('offline, the saved list shows and opens a story from storage', async () => {
  await saveArticle(makeArticle({ url: 'https://news.example/a', title: 'Kept for later', contentHtml: '<p>Stored body.</p>' as never }), { now: 1 });
  readTab.mockResolvedValue({ ok: false, reason: 'unreachable', message: 'The page did not load.' });
  render(<App tabId={3} />);
  await settled();
  const open = await waitFor(() => {
    const button = document.querySelector<HTMLButtonElement>('.saved-open');
    expect(button?.textContent).toContain('Kept for later');
    return button!;
  });
  fireEvent.click(open);
  await screen.findByRole('heading', { level: 1, name: 'Kept for later' });
  expect(document.querySelector('.story-body')?.textContent).toBe('Stored body.');
  fireEvent.click(screen.getByRole('button', { name: /Back to the list/ }));
  await screen.findByRole('heading', { level: 2, name: 'Saved stories' });
});

test('a story can be deleted from the saved list', async () => {
  await saveArticle(makeArticle({ url: 'https://news.example/a', title: 'Going' }), { now: 1 });
  await saveArticle(makeArticle({ url: 'https://news.example/b', title: 'Staying' }), { now: 2 });
  readTab.mockResolvedValue({ ok: false, reason: 'unreachable', message: 'Offline.' });
  render(<App tabId={3} />);
  await settled();
  fireEvent.click(await screen.findByRole('button', { name: 'Delete “Going”' }));
  await waitFor(() => expect(screen.queryByText('Going')).toBeNull());
  expect(screen.getByText('Staying')).toBeTruthy();
});

test('story HTML is sanitized again when shown', async () => {
  readTab.mockResolvedValue({
    ok: true,
    article: makeArticle({ contentHtml: '<p>ok<img src="https://x.example/a.png" onerror="window.__pwned=1"></p><script>window.__pwned=1</script>' as never }),
  });
  render(<App tabId={3} />);
  await settled();
  const body = document.querySelector('.story-body')!;
  expect(body.innerHTML).not.toMatch(/onerror|script/);
  expect((window as { __pwned?: number }).__pwned).toBeUndefined();
});

test('the saved list opens from the newest stories and reads the whole index only when a search needs it', async () => {
  await saveArticle(makeArticle({ url: 'https://news.example/old', title: 'Lighthouse keeper retires' }), { now: 0 });
  for (let i = 1; i < 65; i++) await saveArticle(makeArticle({ url: `https://news.example/${i}`, title: `Story number ${i}` }), { now: i });
  readTab.mockResolvedValue({ ok: false, reason: 'unreachable', message: 'Offline.' });
  const get = vi.spyOn(fakeBrowser.storage.local, 'get');
  render(<App tabId={3} />);
  await settled();
  await screen.findByRole('button', { name: 'Saved stories (65)' });
  await waitFor(() => expect(document.querySelector('.saved-open')?.textContent).toContain('Story number 64'));
  expect(get.mock.calls.some(([keys]) => keys === 'index')).toBe(false);

  fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'lighthouse' } });
  // The oldest story is not among the newest sixty: it is found once the whole index is read.
  await waitFor(() => expect([...document.querySelectorAll('.saved-title')].map((t) => t.textContent)).toEqual(['Unread: Lighthouse keeper retires']));
  expect(get.mock.calls.some(([keys]) => keys === 'index')).toBe(true);
});
