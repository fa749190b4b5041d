import { formatDay, isPlausibleDay } from './plausible';

export interface UrlDate {
  /** 'YYYY-MM-DD' when the URL names a day. */
  day: string | null;
  /** 'YYYY-MM' when it names only a month (too weak to give a day). */
  month: string | null;
}

const DAY_PATTERNS = [
  /\/((?:19|20)\d{2})\/(\d{1,2})\/(\d{1,2})(?=[/_.-]|$)/, // /2024/06/19/
  /(?:^|[/_-])((?:19|20)\d{2})[-_](\d{2})[-_](\d{2})(?=[/_.-]|$)/, // 2024-06-19-slug
  /(?:^|[/_-])((?:19|20)\d{2})(\d{2})(\d{2})(?=[/_.-]|$)/, // /20240619/
];
// "/news/29-10-2021": read only when the order is certain (one of the two numbers is over 12).
const DMY_PATTERN = /(?:^|[/_-])(\d{2})[-_.](\d{2})[-_.]((?:19|20)\d{2})(?=[/_.-]|$)/;
const MONTH_PATTERN = /\/((?:19|20)\d{2})\/(\d{1,2})(?=\/|$)/;

/** The date a URL's path states, if any. */
export function urlDate(url: string, now: Date): UrlDate {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return { day: null, month: null };
  }
  for (const re of DAY_PATTERNS) {
    const m = re.exec(path);
    if (!m) continue;
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (isPlausibleDay(y, mo, d, now)) return { day: formatDay(y, mo, d), month: formatDay(y, mo, 1).slice(0, 7) };
  }
  const dmy = DMY_PATTERN.exec(path);
  if (dmy) {
    const [a, b, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
    const [mo, d] = a > 12 && b <= 12 ? [b, a] : b > 12 && a <= 12 ? [a, b] : [0, 0];
    if (isPlausibleDay(y, mo, d, now)) return { day: formatDay(y, mo, d), month: formatDay(y, mo, 1).slice(0, 7) };
  }
  const m = MONTH_PATTERN.exec(path);
  if (m && isPlausibleDay(Number(m[1]), Number(m[2]), 1, now)) {
    return { day: null, month: formatDay(Number(m[1]), Number(m[2]), 1).slice(0, 7) };
  }
  return { day: null, month: null };
}
