import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import { ReaderSettings } from './ReaderSettings';
import { DEFAULT_SETTINGS } from './typography';

afterEach(cleanup);

test('every control has a name and shows the current settings', () => {
  render(<ReaderSettings settings={{ ...DEFAULT_SETTINGS, font: 'sans', theme: 'sepia', width: 60 }} onChange={() => {}} onReset={() => {}} />);
  expect(screen.getByRole('group', { name: 'Font' })).toBeTruthy();
  expect(screen.getByRole('group', { name: 'Theme' })).toBeTruthy();
  expect(screen.getByRole('radio', { name: 'Sans serif' })).toHaveProperty('checked', true);
  expect(screen.getByRole('radio', { name: 'Sepia' })).toHaveProperty('checked', true);
  const width = screen.getByRole('slider', { name: 'Column width' });
  expect(width.getAttribute('aria-valuetext')).toBe('60 characters');
  expect(screen.getByRole('slider', { name: 'Text size' })).toHaveProperty('value', '19');
  expect(screen.getByRole('slider', { name: 'Line spacing' })).toHaveProperty('value', '1.6');
  expect(screen.getByRole('checkbox', { name: /unread stories/ })).toHaveProperty('checked', true);
});

test('changes and reset are reported to the page, which stores them', () => {
  const onChange = vi.fn();
  const onReset = vi.fn();
  render(<ReaderSettings settings={DEFAULT_SETTINGS} onChange={onChange} onReset={onReset} error="disk full" />);
  fireEvent.click(screen.getByRole('radio', { name: 'System' }));
  fireEvent.input(screen.getByRole('slider', { name: 'Line spacing' }), { target: { value: '1.9' } });
  fireEvent.click(screen.getByRole('checkbox', { name: /unread stories/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
  expect(onChange.mock.calls).toEqual([[{ font: 'system' }], [{ lineHeight: 1.9 }], [{ showBadge: false }]]);
  expect(onReset).toHaveBeenCalledOnce();
  expect(screen.getByRole('alert').textContent).toBe('Your settings could not be saved (disk full).');
});
