/**
 * Table Schema v2 field types: casting a CSV cell (always a string) to its logical value, and
 * the field's constraints. Each field is compiled once into closures so the per-cell work is a
 * regular-expression test or two — the hot path of CSV validation.
 */

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

/** A compiled field: `check` returns an error message for a bad cell, undefined for a good one. */
export interface CompiledField {
  name: string;
  type: string;
  required: boolean;
  missing: ReadonlySet<string>;
  /** The cell's canonical value as a string, for unique and primary keys; null when missing. */
  key(raw: string): string | null;
  check(raw: string): string | undefined;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIME = /^([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const ISO_DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ]([01]\d|2[0-3]):[0-5]\d:([0-5]\d|60)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/;
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL_NUMBERS = new Set(['NaN', 'INF', '-INF', '+INF']);
const YEAR = /^\d{4}$/;
const YEARMONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const DURATION =
  /^P(?!$)(\d+(\.\d+)?Y)?(\d+(\.\d+)?M)?(\d+(\.\d+)?W)?(\d+(\.\d+)?D)?(T(?=\d)(\d+(\.\d+)?H)?(\d+(\.\d+)?M)?(\d+(\.\d+)?S)?)?$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const URI = /^[a-z][a-z0-9+.-]*:\S*$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const DEFAULT_TRUE = ['true', 'True', 'TRUE', '1'];
const DEFAULT_FALSE = ['false', 'False', 'FALSE', '0'];

/** Casts one cell; returns the value or `INVALID`. */
type Caster = (raw: string) => unknown;

/** The caster of a field's type and format, or an error message when the format is unknown. */
export function casterFor(field: TableField): Caster | string {
  const type = field.type ?? 'any';
  const format = field.format ?? 'default';
  switch (type) {
    case 'string':
      switch (format) {
        case 'default':
          return (s) => s;
        case 'email':
          return (s) => (EMAIL.test(s) ? s : INVALID);
        case 'uri':
          return (s) => (URI.test(s) ? s : INVALID);
        case 'uuid':
          return (s) => (UUID.test(s) ? s : INVALID);
        case 'binary':
          return (s) => (BASE64.test(s) ? s : INVALID);
        default:
          return `unknown string format "${format}" (default, email, uri, uuid, binary)`;
      }
    case 'integer': {
      const clean = numberCleaner(field, false);
      return (s) => {
        const t = clean(s);
        if (!INTEGER.test(t)) return INVALID;
        const n = Number(t);
        return Number.isSafeInteger(n) ? n : BigInt(t);
      };
    }
    case 'number': {
      const clean = numberCleaner(field, true);
      return (s) => {
        const t = clean(s);
        if (SPECIAL_NUMBERS.has(t)) return t === 'NaN' ? NaN : t.startsWith('-') ? -Infinity : Infinity;
        return NUMBER.test(t) ? Number(t) : INVALID;
      };
    }
    case 'boolean': {
      const yes = new Set(field.trueValues ?? DEFAULT_TRUE);
      const no = new Set(field.falseValues ?? DEFAULT_FALSE);
      return (s) => (yes.has(s) ? true : no.has(s) ? false : INVALID);
    }
    case 'date':
      return temporal(format, ISO_DATE, (s) => validDate(ISO_DATE.exec(s)));
    case 'datetime':
      return temporal(format, ISO_DATETIME, (s) => validDate(ISO_DATETIME.exec(s)));
    case 'time':
      return temporal(format, ISO_TIME, () => true);
    case 'year':
      return (s) => (YEAR.test(s) ? Number(s) : INVALID);
    case 'yearmonth':
      return (s) => (YEARMONTH.test(s) ? s : INVALID);
    case 'duration':
      return (s) => (DURATION.test(s) ? s : INVALID);
    case 'geopoint':
      return geopoint(format);
    case 'object':
    case 'geojson':
      return (s) => {
        const v = parseJson(s);
        return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : INVALID;
      };
    case 'array':
      return (s) => {
        const v = parseJson(s);
        return Array.isArray(v) ? v : INVALID;
      };
    case 'list': {
      const delimiter = field.delimiter ?? ',';
      const item = field.itemType ? casterFor({ name: field.name, type: field.itemType }) : (s: string) => s;
      if (typeof item === 'string') return item;
      return (s) => {
        if (s === '') return [];
        const values = s.split(delimiter).map(item);
        return values.includes(INVALID) ? INVALID : values;
      };
    }
    case 'any':
      return (s) => s;
    default:
      return `unknown type "${type}"`;
  }
}

/** Removes group characters and (when `bareNumber` is false) surrounding non-numeric text. */
function numberCleaner(field: TableField, decimal: boolean): (s: string) => string {
  const group = field.groupChar;
  const dec = decimal ? field.decimalChar : undefined;
  const bare = field.bareNumber !== false;
  if (!group && (!dec || dec === '.') && bare) return (s) => s;
  return (s) => {
    let t = s;
    if (group) t = t.split(group).join('');
    if (dec && dec !== '.') t = t.split(dec).join('.');
    if (!bare) t = t.replace(/^[^\d+.-]+/, '').replace(/[^\d.]+$/, '');
    return t;
  };
}

function temporal(format: string, iso: RegExp, valid: (s: string) => boolean): Caster | string {
  if (format === 'default') return (s) => (iso.test(s) && valid(s) ? s : INVALID);
  if (format === 'any') return (s) => (Number.isNaN(Date.parse(s)) && !iso.test(s) ? INVALID : s);
  const pattern = strftimePattern(format);
  if (!pattern) return `format "${format}" is neither default, any nor a strftime pattern (%Y-%m-%d)`;
  return (s) => (pattern.test(s) ? s : INVALID);
}

/** A strftime-style pattern (`%d/%m/%Y`) as an anchored regular expression. */
export function strftimePattern(format: string): RegExp | undefined {
  if (!format.includes('%')) return undefined;
  const parts: Record<string, string> = {
    Y: '\\d{4}',
    y: '\\d{2}',
    m: '(0?[1-9]|1[0-2])',
    d: '(0?[1-9]|[12]\\d|3[01])',
    H: '([01]?\\d|2[0-3])',
    I: '(0?[1-9]|1[0-2])',
    M: '[0-5]\\d',
    S: '([0-5]\\d|60)',
    f: '\\d{1,9}',
    j: '\\d{1,3}',
    p: '(AM|PM|am|pm)',
    b: '[A-Za-z]{3}',
    B: '[A-Za-z]+',
    a: '[A-Za-z]{3}',
    A: '[A-Za-z]+',
    z: '([+-]\\d{2}:?\\d{2}|Z)',
    Z: '[A-Za-z]+',
    '%': '%',
  };
  let out = '';
  for (let i = 0; i < format.length; i++) {
    const c = format[i] as string;
    if (c === '%') {
      const part = parts[format[i + 1] ?? ''];
      if (part === undefined) return undefined;
      out += part;
      i++;
    } else out += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

function validDate(match: RegExpExecArray | null): boolean {
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [
    31,
    y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28,
    31,
    30,
    31,
    30,
    31,
    31,
    30,
    31,
    30,
    31,
  ];
  return d <= (days[m - 1] as number);
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
      return (s) => {
        const v = parseJson(s);
        return Array.isArray(v) && v.length === 2 && inRange(Number(v[0]), Number(v[1])) ? v : INVALID;
      };
    case 'object':
      return (s) => {
        const v = parseJson(s) as { lon?: unknown; lat?: unknown } | null;
        return v && typeof v === 'object' && inRange(Number(v.lon), Number(v.lat)) ? v : INVALID;
      };
    default:
      return `unknown geopoint format "${format}" (default, array, object)`;
  }
}

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return INVALID;
  }
}

/** The canonical text of a cast value, for enums, categories and keys. */
export function canonical(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value);
}

const ORDERED = new Set(['integer', 'number', 'year', 'date', 'datetime', 'time', 'yearmonth']);

/**
 * Compiles a field: missing values, type and format, and constraints (required, minLength,
 * maxLength, minimum, maximum, exclusiveMinimum, exclusiveMaximum, pattern, enum) plus
 * `categories`. `unique` and primary keys need the whole file and are checked by the caller.
 * Returns the problems with the field's own definition instead when it cannot be compiled.
 */
export function compileField(
  field: TableField,
  schemaMissing: readonly string[],
  inPrimaryKey: boolean,
): CompiledField | string {
  const cast = casterFor(field);
  if (typeof cast === 'string') return cast;
  const type = field.type ?? 'any';
  const c = field.constraints ?? {};
  const missing = new Set(
    (field.missingValues ?? schemaMissing).map((m) => (typeof m === 'string' ? m : m.value)),
  );
  const required = c.required === true || inPrimaryKey;
  const checks: Array<(value: unknown, raw: string) => string | undefined> = [];
  const castBound = (b: unknown): unknown =>
    typeof b === 'string' && (type === 'integer' || type === 'number' || type === 'year') ? cast(b) : b;
  const compare = (a: unknown, b: unknown): number =>
    typeof a === 'number' || typeof a === 'bigint'
      ? Number(a) - Number(b)
      : String(a) < String(b)
        ? -1
        : String(a) > String(b)
          ? 1
          : 0;
  if (
    ORDERED.has(type) &&
    (type !== 'date' && type !== 'datetime' && type !== 'time'
      ? true
      : (field.format ?? 'default') === 'default')
  ) {
    for (const [key, test, words] of [
      ['minimum', (d: number) => d >= 0, 'at least'],
      ['maximum', (d: number) => d <= 0, 'at most'],
      ['exclusiveMinimum', (d: number) => d > 0, 'more than'],
      ['exclusiveMaximum', (d: number) => d < 0, 'less than'],
    ] as const) {
      if (c[key] === undefined) continue;
      const bound = castBound(c[key]);
      checks.push((v) => (test(compare(v, bound)) ? undefined : `must be ${words} ${canonical(c[key])}`));
    }
  }
  const length = (v: unknown, raw: string) =>
    Array.isArray(v)
      ? v.length
      : typeof v === 'object' && v !== null
        ? Object.keys(v).length
        : codePoints(raw);
  if (typeof c.minLength === 'number') {
    const min = c.minLength;
    checks.push((v, raw) => (length(v, raw) >= min ? undefined : `must be at least ${min} long`));
  }
  if (typeof c.maxLength === 'number') {
    const max = c.maxLength;
    checks.push((v, raw) => (length(v, raw) <= max ? undefined : `must be at most ${max} long`));
  }
  if (typeof c.pattern === 'string') {
    let re: RegExp;
    try {
      re = new RegExp(`^(?:${c.pattern})$`, 'u');
    } catch (error) {
      return `constraints.pattern is not a valid regular expression: ${(error as Error).message}`;
    }
    checks.push((_v, raw) =>
      re.test(raw) ? undefined : `does not match the pattern ${c.pattern as string}`,
    );
  }
  const allowed = (list: unknown[], what: string) => {
    const set = new Set(list.map((v) => canonical(typeof v === 'string' ? cast(v) : v)));
    const shown =
      list
        .slice(0, 8)
        .map((v) => JSON.stringify(v))
        .join(', ') + (list.length > 8 ? ', …' : '');
    checks.push((v) => (set.has(canonical(v)) ? undefined : `is not ${what}: ${shown}`));
  };
  if (Array.isArray(c.enum)) allowed(c.enum, 'one of the allowed values');
  if (Array.isArray(field.categories)) {
    allowed(
      field.categories.map((v) =>
        typeof v === 'object' && v !== null ? (v as { value: unknown }).value : v,
      ),
      'one of the categories',
    );
  }
  const typeWords = `a valid ${type}${field.format && field.format !== 'default' ? ` (format ${field.format})` : ''}`;
  return {
    name: field.name,
    type,
    required,
    missing,
    key(raw) {
      if (missing.has(raw)) return null;
      const v = cast(raw);
      return v === INVALID ? raw : canonical(v);
    },
    check(raw) {
      if (missing.has(raw)) return required ? 'is missing but the field is required' : undefined;
      const v = cast(raw);
      if (v === INVALID) return `is not ${typeWords}`;
      for (const check of checks) {
        const problem = check(v, raw);
        if (problem) return problem;
      }
      return undefined;
    },
  };
}

/** Length in Unicode code points, as Table Schema's minLength/maxLength count characters. */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff) n++;
  }
  return n;
}
