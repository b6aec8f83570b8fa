import { CASE_INSENSITIVE, linearMatcher } from './regex.js';

/**
 * A reader for Table Schema date/time `<PATTERN>` formats, which the specification defines as
 * "Python / C strptime" patterns. It follows CPython's `datetime.strptime` (`Lib/_strptime.py`):
 * the same regular expression per directive, matched case-insensitively with any run of
 * whitespace in the format matching one or more whitespace characters, the whole value consumed,
 * and then the calendar checked — `31/02/2024` or `29/02/2023` is not a date. A value without a
 * year reads as 1900 (1904 for 29 February, as CPython does).
 *
 * Supported directives: `%Y %y %m %d %H %I %M %S %f %j %p %b %B %a %A %z %Z %%`. The week
 * directives (`%U %W %V %G %u %w`) and locale ones (`%c %x %X`) are refused as unknown.
 * The pattern runs on RE2 (linear time), so no format can make matching slow.
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** CPython's `_strptime` regular expressions per directive, as capture groups. */
const DIRECTIVES: Record<string, string> = {
  d: '(3[0-1]|[1-2]\\d|0[1-9]|[1-9]| [1-9])',
  f: '([0-9]{1,6})',
  H: '(2[0-3]|[0-1]\\d|\\d)',
  I: '(1[0-2]|0[1-9]|[1-9])',
  j: '(36[0-6]|3[0-5]\\d|[1-2]\\d\\d|0[1-9]\\d|00[1-9]|[1-9]\\d|0[1-9]|[1-9])',
  m: '(1[0-2]|0[1-9]|[1-9])',
  M: '([0-5]\\d|\\d)',
  S: '(6[0-1]|[0-5]\\d|\\d)',
  y: '(\\d\\d)',
  Y: '(\\d\\d\\d\\d)',
  z: '([+-]\\d\\d:?[0-5]\\d(?::?[0-5]\\d(?:\\.\\d{1,6})?)?|Z)',
  p: '(am|pm)',
  b: `(${MONTHS.map((m) => m.slice(0, 3)).join('|')})`,
  B: `(${MONTHS.join('|')})`,
  a: `(${DAYS.map((d) => d.slice(0, 3)).join('|')})`,
  A: `(${DAYS.join('|')})`,
  Z: '(utc|gmt)',
};

/** A compiled strptime format: `read` gives the parts of a valid value, or undefined. */
export interface StrptimeFormat {
  /** Whether the value reads under the format and names a real date and time. */
  test(value: string): boolean;
}

/** Compiles a strptime format; returns an error sentence when the format is not one. */
export function compileStrptime(format: string): StrptimeFormat | string {
  if (!format.includes('%')) return `"${format}" has no % directive`;
  const order: string[] = [];
  let source = '^';
  for (let i = 0; i < format.length; i++) {
    const c = format[i] as string;
    if (c === '%') {
      const d = format[i + 1] ?? '';
      i++;
      if (d === '%') {
        source += '%';
        continue;
      }
      const part = DIRECTIVES[d];
      if (part === undefined)
        return `%${d} is not a directive the gate reads (${Object.keys(DIRECTIVES)
          .map((k) => `%${k}`)
          .join(' ')})`;
      order.push(d);
      source += part;
    } else if (/\s/.test(c)) {
      while (i + 1 < format.length && /\s/.test(format[i + 1] as string)) i++;
      source += '\\s+';
    } else source += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const match = linearMatcher(`${source}$`, CASE_INSENSITIVE);
  return {
    test(value) {
      const m = match(value);
      if (!m) return false;
      const parts = new Map<string, string>();
      order.forEach((d, k) => parts.set(d, m[k + 1] ?? ''));
      return realDateTime(parts);
    },
  };
}

/** CPython's checks after the match: the day exists in its month, offsets are below a day. */
function realDateTime(parts: Map<string, string>): boolean {
  const num = (d: string): number | undefined => (parts.has(d) ? Number(parts.get(d)) : undefined);
  let year = num('Y');
  const yy = num('y');
  if (year === undefined && yy !== undefined) year = yy < 69 ? 2000 + yy : 1900 + yy;
  let month = num('m');
  const monthName = parts.get('B') ?? parts.get('b');
  if (monthName !== undefined) month = monthIndex(monthName);
  const day = num('d') ?? 1;
  const julian = num('j');
  if (parts.has('S') && (num('S') ?? 0) > 59) return false; // datetime refuses leap seconds
  if (!offsetOk(parts.get('z'))) return false;
  if (julian !== undefined) return true; // CPython takes month and day from the day of the year
  if (year === undefined) year = (month ?? 1) === 2 && day === 29 ? 1904 : 1900;
  return validDay(year, month ?? 1, day);
}

function monthIndex(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((m) => m === lower || m.slice(0, 3) === lower) + 1;
}

/** A `%z` offset must be strictly within ±24 hours (CPython's `timezone`). */
function offsetOk(z: string | undefined): boolean {
  if (z === undefined || z.toUpperCase() === 'Z') return true;
  const digits = z.slice(1).replace(/:/g, '');
  return Number(digits.slice(0, 2)) < 24;
}

/** Whether `day` exists in `month` of `year` (proleptic Gregorian). */
export function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (days[month - 1] as number);
}
