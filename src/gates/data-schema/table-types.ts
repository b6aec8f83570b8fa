/**
 * Table Schema v2 field types: casting a CSV cell (always a string) to its logical value. Each
 * field is compiled once into a closure so the per-cell work is a check or two — the hot path of
 * CSV validation. Every check here runs in time linear in the cell: fixed, anchored expressions
 * without nested quantifiers, or plain loops; user patterns and strptime formats run on RE2.
 */
import { compileStrptime, validDay } from './strptime.js';

/** A field of a Table Schema descriptor (the keys the gate reads). */
export interface TableField {
  name: string;
  type?: string;
  format?: string;
  constraints?: Record<string, unknown>;
  missingValues?: Array<string | { value: string }>;
  categories?: Array<unknown>;
  decimalChar?: string;
  groupChar?: string;
  bareNumber?: boolean;
  trueValues?: string[];
  falseValues?: string[];
  delimiter?: string;
  itemType?: string;
}

/** A value that failed to cast. */
export const INVALID = Symbol('invalid');

/** Casts one cell; returns the value or `INVALID`. */
export type Caster = (raw: string) => unknown;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
/** XML Schema dateTime, as the v2 spec requires for the default format: the `T` is required. */
const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const YEAR = /^\d{4}$/;
const YEARMONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DURATION =
  /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const URI = /^[a-z][a-z0-9+.-]*:\S*$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];

/**
 * The v2 spec's special numbers: "NaN, INF, -INF (case need not be respected)". `+INF` is read
 * too, as XML Schema 1.1 `double` does. Numbers only: an integer has no such values.
 */
function specialNumber(t: string): number | undefined {
  if (t.length < 3 || t.length > 4) return undefined;
  const u = t.toUpperCase();
  if (u === 'NAN') return NaN;
  if (u === 'INF' || u === '+INF') return Infinity;
  if (u === '-INF') return -Infinity;
  return undefined;
}

/** `local@domain.tld`, no whitespace, exactly one `@` (a loop, so no backtracking). */
function isEmail(s: string): boolean {
  if (/\s/.test(s)) return false;
  const at = s.indexOf('@');
  if (at <= 0 || at !== s.lastIndexOf('@')) return false;
  const dot = s.indexOf('.', at + 2);
  return dot !== -1 && dot <= s.length - 2;
}

type CasterFactory = (field: TableField, format: string) => Caster | string;

const STRING_FORMATS: Record<string, Caster> = {
  default: (s) => s,
  email: (s) => (isEmail(s) ? s : INVALID),
  uri: (s) => (URI.test(s) ? s : INVALID),
  uuid: (s) => (UUID.test(s) ? s : INVALID),
  binary: (s) => (BASE64.test(s) ? s : INVALID),
};

const CASTERS: Record<string, CasterFactory> = {
  string: (_field, format) =>
    STRING_FORMATS[format] ?? `unknown string format "${format}" (${Object.keys(STRING_FORMATS).join(', ')})`,
  integer: (field) => {
    const clean = numberCleaner(field, false);
    return (s) => {
      const t = clean(s);
      if (!INTEGER.test(t)) return INVALID;
      const n = Number(t);
      return Number.isSafeInteger(n) ? n : BigInt(t);
    };
  },
  number: (field) => {
    const clean = numberCleaner(field, true);
    return (s) => {
      const t = clean(s);
      return specialNumber(t) ?? (NUMBER.test(t) ? Number(t) : INVALID);
    };
  },
  boolean: (field) => {
    const yes = new Set(field.trueValues ?? DEFAULT_TRUE);
    const no = new Set(field.falseValues ?? DEFAULT_FALSE);
    return (s) => (yes.has(s) ? true : no.has(s) ? false : INVALID);
  },
  date: (_field, format) => temporal(format, (s) => isoDate(ISO_DATE.exec(s))),
  datetime: (_field, format) => temporal(format, (s) => isoDate(ISO_DATETIME.exec(s))),
  time: (_field, format) => temporal(format, (s) => ISO_TIME.test(s)),
  year: () => (s) => (YEAR.test(s) ? Number(s) : INVALID),
  yearmonth: () => (s) => (YEARMONTH.test(s) ? s : INVALID),
  duration: () => (s) => (DURATION.test(s) ? s : INVALID),
  geopoint: (_field, format) => geopoint(format),
  object: () => jsonCell((v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
  geojson: () => jsonCell((v) => typeof v === 'object' && v !== null && !Array.isArray(v)),
  array: () => jsonCell(Array.isArray),
  list: (field) => {
    const delimiter = field.delimiter ?? ',';
    const item = field.itemType ? casterFor({ name: field.name, type: field.itemType }) : (s: string) => s;
    if (typeof item === 'string') return item;
    return (s) => {
      if (s === '') return [];
      const values = s.split(delimiter).map(item);
      return values.includes(INVALID) ? INVALID : values;
    };
  },
  any: () => (s) => s,
};

/** The caster of a field's type and format, or an error message when the format is unknown. */
export function casterFor(field: TableField): Caster | string {
  const type = field.type ?? 'any';
  const factory = CASTERS[type];
  if (!factory) return `unknown type "${type}"`;
  return factory(field, field.format ?? 'default');
}

/**
 * Removes group characters, reads the decimal character, and (when `bareNumber` is false) strips
 * leading and trailing non-numeric text — with index loops, not expressions that could backtrack.
 */
function numberCleaner(field: TableField, decimal: boolean): (s: string) => string {
  const group = field.groupChar;
  const dec = decimal ? field.decimalChar : undefined;
  const bare = field.bareNumber !== false;
  if (!group && (!dec || dec === '.') && bare) return (s) => s;
  return (s) => {
    let t = s;
    if (group) t = t.split(group).join('');
    if (dec && dec !== '.') t = t.split(dec).join('.');
    if (!bare) t = stripNonNumeric(t);
    return t;
  };
}

function stripNonNumeric(t: string): string {
  const lead = (c: string) => (c >= '0' && c <= '9') || c === '+' || c === '.' || c === '-';
  const trail = (c: string) => (c >= '0' && c <= '9') || c === '.';
  let start = 0;
  while (start < t.length && !lead(t[start] as string)) start++;
  let end = t.length;
  while (end > start && !trail(t[end - 1] as string)) end--;
  const core = t.slice(start, end);
  // "95%" and "EUR 95" strip to numbers; "INF" and "NaN" are whole words, kept as they are.
  return specialNumber(t.trim()) === undefined ? core : t.trim();
}

function temporal(format: string, iso: (s: string) => boolean): Caster | string {
  if (format === 'default') return (s) => (iso(s) ? s : INVALID);
  if (format === 'any') return (s) => (iso(s) || anyDate(s) ? s : INVALID);
  const compiled = compileStrptime(format);
  if (typeof compiled === 'string')
    return `format "${format}" is neither default, any nor a strptime pattern (%Y-%m-%d): ${compiled}`;
  return (s) => (compiled.test(s) ? s : INVALID);
}

/** `any`: whatever `Date.parse` reads, for text short enough to be a date. */
function anyDate(s: string): boolean {
  return s.length <= 64 && !Number.isNaN(Date.parse(s));
}

function isoDate(match: RegExpExecArray | null): boolean {
  if (!match) return false;
  return validDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

function geopoint(format: string): Caster | string {
  const inRange = (lon: number, lat: number) =>
    Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
  switch (format) {
    case 'default':
      return (s) => {
        const parts = s.split(',');
        if (parts.length !== 2) return INVALID;
        const [lon, lat] = parts.map((p) => (NUMBER.test(p.trim()) ? Number(p) : NaN)) as [number, number];
        return inRange(lon, lat) ? [lon, lat] : INVALID;
      };
    case 'array':
      return jsonCell((v) => Array.isArray(v) && v.length === 2 && inRange(Number(v[0]), Number(v[1])));
    case 'object':
      return jsonCell((v) => {
        const o = v as { lon?: unknown; lat?: unknown } | null;
        return typeof o === 'object' && o !== null && inRange(Number(o.lon), Number(o.lat));
      });
    default:
      return `unknown geopoint format "${format}" (default, array, object)`;
  }
}

/** A cell holding JSON text that passes `ok`. */
function jsonCell(ok: (v: unknown) => boolean): Caster {
  return (s) => {
    let v: unknown;
    try {
      v = JSON.parse(s);
    } catch {
      return INVALID;
    }
    return ok(v) ? v : INVALID;
  };
}

/**
 * The canonical text of a cast value, for enums, categories and keys. A JSON value nested too
 * deeply to serialise (a hostile cell) has no canonical form; its raw text stands in for it.
 */
export function canonical(value: unknown, raw?: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  try {
    return JSON.stringify(value);
  } catch {
    return raw ?? '';
  }
}
