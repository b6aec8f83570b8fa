/**
 * Quick acceptance of the common spellings of the `date`, `time` and `date-time` formats, in
 * front of ajv-formats' own checks (its `full` mode, which splits with a regular expression and
 * matches two more per value): a value in the canonical RFC 3339 shape with fields in range —
 * `2024-05-01`, `08:15:00Z`, `2024-05-01T08:15:00.123+02:00` — is accepted from its characters
 * alone; anything else (other spellings, leap seconds, every invalid value) goes to ajv-formats,
 * whose verdict stands. So the verdict is always ajv-formats': these only say yes where it says
 * yes (test/unit/gates/data-schema/fast-formats.test.ts checks that on generated values).
 */

/** A format as ajv-formats defines it. */
export interface FormatDefinition {
  validate: (value: string) => boolean;
  compare?: (a: string, b: string) => number | undefined;
}

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Two ASCII digits at `i` as a number, or -1. */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** `YYYY-MM-DD` at `i` (10 characters) with a day that exists. */
function dateAt(s: string, i: number): boolean {
  const hi = two(s, i);
  const lo = two(s, i + 2);
  if (hi < 0 || lo < 0 || s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return false;
  const month = two(s, i + 5);
  const day = two(s, i + 8);
  if (month < 1 || month > 12 || day < 1) return false;
  const year = hi * 100 + lo;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= (month === 2 && leap ? 29 : (DAYS[month] as number));
}

/** `HH:MM:SS[.fraction](Z|z|+HH:MM|-HH:MM)` from `i` to the end, every field in range, no leap second. */
function timeFrom(s: string, i: number): boolean {
  if (s.charCodeAt(i + 2) !== 58 || s.charCodeAt(i + 5) !== 58) return false;
  const h = two(s, i);
  const m = two(s, i + 3);
  const sec = two(s, i + 6);
  if (h < 0 || h > 23 || m < 0 || m > 59 || sec < 0 || sec > 59) return false;
  let k = i + 8;
  if (s.charCodeAt(k) === 46) {
    const first = ++k;
    while (k < s.length && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57) k++;
    if (k === first) return false;
  }
  const z = s.charCodeAt(k);
  if (z === 90 || z === 122) return k + 1 === s.length;
  if ((z !== 43 && z !== 45) || k + 6 !== s.length || s.charCodeAt(k + 3) !== 58) return false;
  const th = two(s, k + 1);
  const tm = two(s, k + 4);
  return th >= 0 && th <= 23 && tm >= 0 && tm <= 59;
}

export function quickDate(s: string): boolean {
  return s.length === 10 && dateAt(s, 0);
}

export function quickTime(s: string): boolean {
  return s.length >= 9 && timeFrom(s, 0);
}

export function quickDateTime(s: string): boolean {
  const t = s.charCodeAt(10);
  return s.length >= 20 && (t === 84 || t === 116) && dateAt(s, 0) && timeFrom(s, 11);
}

const QUICK: Record<string, (s: string) => boolean> = {
  date: quickDate,
  time: quickTime,
  'date-time': quickDateTime,
};

/**
 * The format definitions to add over ajv-formats' (`formats` is `ajv.formats` after
 * `addFormats`): each accepts quickly what it can and asks ajv-formats about the rest.
 */
export function quickFormats(formats: Record<string, unknown>): Array<[string, FormatDefinition]> {
  const out: Array<[string, FormatDefinition]> = [];
  for (const [name, quick] of Object.entries(QUICK)) {
    const reference = formats[name] as FormatDefinition | undefined;
    if (typeof reference?.validate !== 'function') continue;
    const validate = reference.validate;
    out.push([
      name,
      {
        validate: (s) => quick(s) || validate(s),
        ...(reference.compare ? { compare: reference.compare } : {}),
      },
    ]);
  }
  return out;
}
