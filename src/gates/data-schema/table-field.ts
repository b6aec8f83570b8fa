/**
 * A Table Schema field compiled for the hot path: missing values, type and format, and the
 * constraints (required, minLength, maxLength, minimum, maximum, exclusiveMinimum,
 * exclusiveMaximum, pattern, enum) plus `categories`. `unique` and primary keys need the whole
 * file and are checked by the table validator.
 */
import { linearRegExp, UnsupportedPattern } from './regex.js';
import { type Caster, canonical, casterFor, INVALID, type TableField } from './table-types.js';

/** A compiled field: `problems` lists what is wrong with a cell (none for a good one). */
export interface CompiledField {
  name: string;
  type: string;
  required: boolean;
  missing: ReadonlySet<string>;
  /** The cell's canonical value as a string, for unique and primary keys; null when missing. */
  key(raw: string): string | null;
  /** Every problem of the cell, one phrase each (`must be at least 0`). */
  problems(raw: string): readonly string[];
  /** The first problem of the cell, or undefined when it is valid. */
  check(raw: string): string | undefined;
}

const NONE: readonly string[] = Object.freeze([]);

/** One constraint of a field: a phrase when the value breaks it. */
type Check = (value: unknown, raw: string) => string | undefined;

const ORDERED = new Set(['integer', 'number', 'year', 'date', 'datetime', 'time', 'yearmonth']);
const BOUNDS = [
  ['minimum', (d: number) => d >= 0, 'at least'],
  ['maximum', (d: number) => d <= 0, 'at most'],
  ['exclusiveMinimum', (d: number) => d > 0, 'more than'],
  ['exclusiveMaximum', (d: number) => d < 0, 'less than'],
] as const;

/**
 * Compiles a field; returns the problem with the field's own definition instead when it cannot
 * be compiled (an unknown type or format, or a pattern RE2 cannot run).
 */
export function compileField(
  field: TableField,
  schemaMissing: readonly string[],
  inPrimaryKey: boolean,
): CompiledField | string {
  const cast = casterFor(field);
  if (typeof cast === 'string') return cast;
  const type = field.type ?? 'any';
  const constraints = field.constraints ?? {};
  const pattern = patternCheck(constraints.pattern);
  if (typeof pattern === 'string') return pattern;
  const checks: Check[] = [
    ...boundChecks(field, type, cast),
    ...lengthChecks(constraints),
    ...(pattern ? [pattern] : []),
    ...membershipChecks(field, cast),
  ];
  const missing = new Set(
    (field.missingValues ?? schemaMissing).map((m) => (typeof m === 'string' ? m : m.value)),
  );
  const required = constraints.required === true || inPrimaryKey;
  const typeWords = `a valid ${type}${field.format && field.format !== 'default' ? ` (format ${field.format})` : ''}`;
  // A valid cell (nearly every cell) allocates nothing: the empty list is shared.
  const problems = (raw: string): readonly string[] => {
    if (missing.has(raw)) return required ? ['is missing but the field is required'] : NONE;
    const v = cast(raw);
    if (v === INVALID) return [`is not ${typeWords}`];
    let out: string[] | undefined;
    for (const check of checks) {
      const problem = check(v, raw);
      if (problem) (out ??= []).push(problem);
    }
    return out ?? NONE;
  };
  return {
    name: field.name,
    type,
    required,
    missing,
    key(raw) {
      if (missing.has(raw)) return null;
      const v = cast(raw);
      return v === INVALID ? raw : canonical(v, raw);
    },
    problems,
    check: (raw) => problems(raw)[0],
  };
}

/** minimum/maximum and the exclusive bounds, for ordered types (dates and times in ISO form only). */
function boundChecks(field: TableField, type: string, cast: Caster): Check[] {
  const iso = (field.format ?? 'default') === 'default';
  if (!ORDERED.has(type) || (!iso && (type === 'date' || type === 'datetime' || type === 'time'))) return [];
  const c = field.constraints ?? {};
  const numeric = type === 'integer' || type === 'number' || type === 'year';
  const castBound = (b: unknown): unknown => (typeof b === 'string' && numeric ? cast(b) : b);
  const checks: Check[] = [];
  for (const [key, test, words] of BOUNDS) {
    if (c[key] === undefined) continue;
    const bound = castBound(c[key]);
    checks.push((v) => (test(compare(v, bound)) ? undefined : `must be ${words} ${canonical(c[key])}`));
  }
  return checks;
}

function compare(a: unknown, b: unknown): number {
  if (typeof a === 'number' || typeof a === 'bigint') return Number(a) - Number(b);
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function lengthChecks(c: Record<string, unknown>): Check[] {
  const length = (v: unknown, raw: string) =>
    Array.isArray(v)
      ? v.length
      : typeof v === 'object' && v !== null
        ? Object.keys(v).length
        : codePoints(raw);
  const checks: Check[] = [];
  if (typeof c.minLength === 'number') {
    const min = c.minLength;
    checks.push((v, raw) => (length(v, raw) >= min ? undefined : `must be at least ${min} long`));
  }
  if (typeof c.maxLength === 'number') {
    const max = c.maxLength;
    checks.push((v, raw) => (length(v, raw) <= max ? undefined : `must be at most ${max} long`));
  }
  return checks;
}

/**
 * `constraints.pattern`: an XML Schema regular expression, so it must match the whole value. It
 * runs on RE2 (linear time); a pattern RE2 cannot run is a problem of the schema.
 */
function patternCheck(pattern: unknown): Check | string | undefined {
  if (typeof pattern !== 'string') return undefined;
  try {
    const re = linearRegExp(pattern);
    return (_v, raw) => (re.testExact(raw) ? undefined : `does not match the pattern ${pattern}`);
  } catch (error) {
    if (!(error instanceof UnsupportedPattern)) throw error;
    return `constraints.pattern ${JSON.stringify(pattern)} cannot be used: ${error.message}`;
  }
}

/** `enum` and `categories`: the cast value must be one of the listed ones. */
function membershipChecks(field: TableField, cast: Caster): Check[] {
  const checks: Check[] = [];
  const allowed = (list: unknown[], what: string) => {
    const set = new Set(list.map((v) => canonical(typeof v === 'string' ? cast(v) : v)));
    const shown =
      list
        .slice(0, 8)
        .map((v) => JSON.stringify(v))
        .join(', ') + (list.length > 8 ? ', …' : '');
    checks.push((v, raw) => (set.has(canonical(v, raw)) ? undefined : `is not ${what}: ${shown}`));
  };
  const c = field.constraints ?? {};
  if (Array.isArray(c.enum)) allowed(c.enum, 'one of the allowed values');
  if (Array.isArray(field.categories)) {
    allowed(
      field.categories.map((v) =>
        typeof v === 'object' && v !== null ? (v as { value: unknown }).value : v,
      ),
      'one of the categories',
    );
  }
  return checks;
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
