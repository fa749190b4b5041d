export interface DateLabel {
  /** Value for `<time datetime>`. */
  datetime: string;
  /** The date in the reader's locale. */
  label: string;
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const WITH_TIME = /^(\d{4})-(\d{2})-(\d{2})T/;

/**
 * Formats an ISO date as the page states it. The calendar day is taken from the string itself,
 * never shifted into the reader's time zone: a story from 22:45 −04:00 on the 19th stays the 19th.
 */
export function formatPublished(iso: string | null | undefined, locale?: string): DateLabel | null {
  if (!iso) return null;
  const match = DATE_ONLY.exec(iso) ?? WITH_TIME.exec(iso);
  if (!match) return null;
  const [, y, m, d] = match;
  const day = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (Number.isNaN(day.getTime()) || day.getUTCDate() !== Number(d)) return null;
  const label = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(day);
  return { datetime: iso, label };
}

/** "5 min read"-style figure in the reader's locale. */
export function formatReadingTime(minutes: number, locale?: string): string {
  const unit = new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'short' });
  return unit.format(Math.max(1, minutes));
}
