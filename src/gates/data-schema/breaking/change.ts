import { isDeepStrictEqual } from 'node:util';
import type { BreakingRule } from './rules.js';
import { RULES } from './rules.js';

/** One difference between the base and the new schema, before the mode decides what it means. */
export interface SchemaChange {
  rule: BreakingRule;
  /** JSON pointer into the new schema (for the line); removed things point at their parent. */
  pointer: string;
  /** Names the column/property and the old → new values. */
  message: string;
}

/** A plain JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** Whether `value` is a plain object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function pointerSegment(segment: string | number): string {
  return String(segment).replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Compact, bounded rendering of a schema value for messages. */
export function show(value: unknown): string {
  if (value === undefined) return '(none)';
  const text = JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Deep equality of parsed JSON values. */
export function same(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a, b);
}

/** Collects changes for one subject (`column "age"`) at one pointer. */
export class ChangeSink {
  readonly changes: SchemaChange[] = [];
  add(rule: BreakingRule, pointer: string, message: string): void {
    this.changes.push({ rule, pointer, message });
  }
}

/** A lower bound (minimum, minLength) or upper bound (maximum, maxLength). */
type BoundKind = 'lower' | 'upper';

/**
 * Compares one bound keyword. A bound added or made stricter tightens; removed or relaxed loosens.
 * Values that cannot be ordered (e.g. a number replaced by a date) count as tightened: when in
 * doubt, the gate reports the change as breaking rather than letting it through.
 */
export function compareBound(
  sink: ChangeSink,
  kind: BoundKind,
  keyword: string,
  oldValue: unknown,
  newValue: unknown,
  subject: string,
  pointer: string,
): void {
  if (same(oldValue, newValue)) return;
  const message = `${subject}: ${keyword} ${show(oldValue)} → ${show(newValue)}`;
  if (oldValue === undefined) {
    sink.add(RULES.constraintTightened, pointer, message);
    return;
  }
  if (newValue === undefined) {
    sink.add(RULES.constraintLoosened, pointer, message);
    return;
  }
  const order = compareOrdered(oldValue, newValue);
  if (order === undefined) {
    sink.add(RULES.constraintTightened, pointer, message);
    return;
  }
  const tighter = kind === 'lower' ? order < 0 : order > 0;
  sink.add(tighter ? RULES.constraintTightened : RULES.constraintLoosened, pointer, message);
}

/** -1 when a < b, 1 when a > b; numbers numerically, ISO-like strings lexically; else undefined. */
function compareOrdered(a: unknown, b: unknown): number | undefined {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : 1;
  // Table Schema bounds of date/time/year columns are ISO 8601 strings, which sort lexically.
  const iso = /^\d{4}(-\d{2}(-\d{2})?)?(T[\d:.]+Z?)?$|^\d{2}:\d{2}(:\d{2})?$/;
  if (typeof a === 'string' && typeof b === 'string' && iso.test(a) && iso.test(b) && a.length === b.length) {
    return a < b ? -1 : 1;
  }
  return undefined;
}

/** A flag constraint such as `unique`/`uniqueItems`: turning it on tightens, off loosens. */
export function compareFlag(
  sink: ChangeSink,
  keyword: string,
  oldValue: unknown,
  newValue: unknown,
  subject: string,
  pointer: string,
): void {
  const was = oldValue === true;
  const is = newValue === true;
  if (was === is) return;
  sink.add(
    is ? RULES.constraintTightened : RULES.constraintLoosened,
    pointer,
    `${subject}: ${keyword} ${String(was)} → ${String(is)}`,
  );
}

/** `pattern`: added or changed tightens (regex containment is undecidable here), removed loosens. */
export function comparePattern(
  sink: ChangeSink,
  oldValue: unknown,
  newValue: unknown,
  subject: string,
  pointer: string,
): void {
  if (same(oldValue, newValue)) return;
  const message = `${subject}: pattern ${show(oldValue)} → ${show(newValue)}`;
  sink.add(newValue === undefined ? RULES.constraintLoosened : RULES.constraintTightened, pointer, message);
}

/**
 * `enum` (and JSON Schema `const`, passed as a one-value enum): every removed value is
 * `enum-value-removed`, every added one `enum-value-added`; introducing an enum where there was
 * none restricts all values (tightened), dropping it loosens.
 */
export function compareEnum(
  sink: ChangeSink,
  oldValues: readonly unknown[] | undefined,
  newValues: readonly unknown[] | undefined,
  subject: string,
  pointer: string,
): void {
  if (oldValues === undefined && newValues === undefined) return;
  if (oldValues === undefined) {
    sink.add(RULES.constraintTightened, pointer, `${subject}: enum added ${show(newValues)}`);
    return;
  }
  if (newValues === undefined) {
    sink.add(RULES.constraintLoosened, pointer, `${subject}: enum ${show(oldValues)} removed`);
    return;
  }
  const removed = oldValues.filter((v) => !newValues.some((n) => same(n, v)));
  const added = newValues.filter((v) => !oldValues.some((o) => same(o, v)));
  if (removed.length > 0) {
    sink.add(
      RULES.enumValueRemoved,
      pointer,
      `${subject}: enum value${removed.length > 1 ? 's' : ''} ${removed.map(show).join(', ')} removed (${show(oldValues)} → ${show(newValues)})`,
    );
  }
  if (added.length > 0) {
    sink.add(
      RULES.enumValueAdded,
      pointer,
      `${subject}: enum value${added.length > 1 ? 's' : ''} ${added.map(show).join(', ')} added (${show(oldValues)} → ${show(newValues)})`,
    );
  }
}

/** `format`: any difference is breaking (the rule table treats it so: values are read differently). */
export function compareFormat(
  sink: ChangeSink,
  oldValue: unknown,
  newValue: unknown,
  subject: string,
  pointer: string,
): void {
  if (same(oldValue, newValue)) return;
  sink.add(RULES.formatChanged, pointer, `${subject}: format ${show(oldValue)} → ${show(newValue)}`);
}
