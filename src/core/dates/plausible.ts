/** Earliest year we accept: news pages did not exist before the web took off. */
export const MIN_YEAR = 1995;
/** Slack for time zones: a page east of us may already be "tomorrow". */
const FUTURE_SLACK_MS = 36 * 60 * 60 * 1000;

/** True when y-m-d is a real calendar day between 1995 and `now` (plus slack). */
export function isPlausibleDay(y: number, m: number, d: number, now: Date): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (y < MIN_YEAR || m < 1 || m > 12 || d < 1 || d > 31) return false;
  const t = Date.UTC(y, m - 1, d);
  const check = new Date(t);
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return false;
  return t <= now.getTime() + FUTURE_SLACK_MS;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

export function formatDay(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function formatTime(h: number, min: number, s: number): string | null {
  if (h > 23 || min > 59 || s > 60) return null;
  return `${pad(h)}:${pad(min)}:${pad(Math.min(s, 59))}`;
}

/** "+0400", "+04", "-04:00", "Z", "UTC", "GMT" -> "+04:00" / "Z"; junk -> null. */
export function formatOffset(raw: string | undefined): string | null {
  if (!raw) return null;
  const s = raw.trim().toUpperCase();
  if (s === 'Z' || s === 'UTC' || s === 'GMT') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(s);
  if (!m) return null;
  const h = Number(m[2]);
  const min = Number(m[3] ?? '0');
  if (h > 14 || min > 59) return null;
  return `${m[1]}${pad(h)}:${pad(min)}`;
}
