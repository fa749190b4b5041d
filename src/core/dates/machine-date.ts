import { parseDateText } from './parse-date';
import { formatDay, formatOffset, formatTime, isPlausibleDay } from './plausible';

const ISO_START =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[t ](\d{1,2}):?(\d{2})(?::?(\d{2})(?:[.,]\d+)?)?\s*(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?)?(?![\d])/i;

/**
 * Normalise a machine-readable date (meta content, JSON-LD, `datetime`) without
 * moving it to another zone: "2024-06-19 22:45:00-0400" -> "2024-06-19T22:45:00-04:00".
 * Falls back to the human-text reader for values like "Wed, 19 Jun 2024".
 */
export function normalizeMachineDate(raw: unknown, now: Date, lang?: string | null): string | null {
  if (typeof raw === 'number') return fromEpoch(raw, now);
  if (typeof raw !== 'string') return null;
  const value = raw.trim();
  if (!value || value.length > 200) return null;
  if (/^\d{10}(\d{3})?$/.test(value)) return fromEpoch(Number(value), now);
  const m = ISO_START.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    const d = Number(m[3]);
    if (!isPlausibleDay(y, mo, d, now)) return null;
    const day = formatDay(y, mo, d);
    if (!m[4]) return day;
    const time = formatTime(Number(m[4]), Number(m[5]), Number(m[6] ?? '0'));
    if (!time) return day;
    // A bare midnight with no zone is a date written as a date-time; keep just the day.
    if (!m[7] && time === '00:00:00') return day;
    return `${day}T${time}${formatOffset(m[7]) ?? ''}`;
  }
  return parseDateText(value, lang ?? null, now);
}

function fromEpoch(n: number, now: Date): string | null {
  if (!Number.isFinite(n)) return null;
  const ms = n > 1e11 ? n : n * 1000;
  const dt = new Date(ms);
  if (Number.isNaN(dt.getTime())) return null;
  const y = dt.getUTCFullYear();
  const mo = dt.getUTCMonth() + 1;
  const d = dt.getUTCDate();
  if (!isPlausibleDay(y, mo, d, now)) return null;
  return `${dt.toISOString().slice(0, 19)}Z`;
}
