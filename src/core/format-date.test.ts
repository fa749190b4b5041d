import { describe, expect, test } from 'vitest';
import { formatPublished, formatReadingTime } from './format-date';

describe('formatPublished', () => {
  test('keeps the day as the page states it, whatever the offset', () => {
    expect(formatPublished('2024-06-19T22:45:00-04:00', 'en-US')).toEqual({ datetime: '2024-06-19T22:45:00-04:00', label: 'June 19, 2024' });
    expect(formatPublished('2024-06-19T00:30:00+09:00', 'en-US')?.label).toBe('June 19, 2024');
  });

  test('formats in the reader’s locale with Intl', () => {
    expect(formatPublished('2024-06-19', 'de-DE')?.label).toBe('19. Juni 2024');
    expect(formatPublished('2024-06-19', 'fr-FR')?.label).toBe('19 juin 2024');
  });

  test.each([null, undefined, '', 'yesterday', '2024-02-30', '19/06/2024'])('rejects %s', (value) => {
    expect(formatPublished(value, 'en-US')).toBeNull();
  });
});

test('formatReadingTime', () => {
  expect(formatReadingTime(5, 'en-US')).toBe('5 min');
  expect(formatReadingTime(0, 'en-US')).toBe('1 min');
});
