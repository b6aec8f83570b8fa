import { isDeepStrictEqual } from 'node:util';
import type { BaseMode, BreakingRule, Verdict } from './rules.js';

/**
 * Which directions a change breaks, by the validator's own judgement: `backward` when some data
 * valid under the old schema is invalid under the new one (the new schema cannot read old data),
 * `forward` when some data valid under the new schema is invalid under the old one (old readers
 * cannot read new data). A differ that cannot prove a direction safe sets it (when in doubt,
 * it is a break).
 */
export interface Breaks {
  backward: boolean;
  forward: boolean;
}

/** One difference between the base and the new schema, with the directions it breaks. */
export interface SchemaChange {
  rule: BreakingRule;
  /** JSON pointer into the new schema (for the line); removed things point at their parent. */
  pointer: string;
  /** Names the column/property and the old → new values. */
  message: string;
  breaks: Breaks;
}

/**
 * The verdict of a change in a mode (Confluent's definitions): `backward` is breaking when old
 * data fails the new schema, `forward` when new data fails the old schema, `full` when either.
 * A change that breaks nothing in the mode's direction gets the rule's advisory verdict (a
 * warning for changes consumers may mind, such as a removed column; ok otherwise).
 */
export function verdictOf(change: SchemaChange, mode: BaseMode): Verdict {
  const breaking =
    mode === 'backward'
      ? change.breaks.backward
      : mode === 'forward'
        ? change.breaks.forward
        : change.breaks.backward || change.breaks.forward;
  return breaking ? 'breaking' : change.rule.advisory;
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
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    text = '(too deep to show)';
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** Deep equality of parsed JSON values. */
export function same(a: unknown, b: unknown): boolean {
  return isDeepStrictEqual(a, b);
}

/** No break in either direction. */
export const NONE: Breaks = { backward: false, forward: false };
/** Both directions break. */
export const BOTH: Breaks = { backward: true, forward: true };
/** Old data may fail the new schema (the schema got stricter). */
export const TIGHTER: Breaks = { backward: true, forward: false };
/** New data may fail the old schema (the schema got looser). */
export const LOOSER: Breaks = { backward: false, forward: true };

/** Either direction of either. */
export function union(a: Breaks, b: Breaks): Breaks {
  return { backward: a.backward || b.backward, forward: a.forward || b.forward };
}

/** The directions swapped (for `not`, and for comparing the other way round). */
export function flip(b: Breaks): Breaks {
  return { backward: b.forward, forward: b.backward };
}

/** The directions any of the changes break. */
export function breaksOf(changes: readonly SchemaChange[]): Breaks {
  return changes.reduce<Breaks>((acc, c) => union(acc, c.breaks), NONE);
}

/**
 * A lower bound (minimum, minLength) or upper bound (maximum, maxLength) compared: added or
 * stricter tightens, removed or relaxed loosens; values that cannot be ordered break both ways.
 */
export function boundBreaks(kind: 'lower' | 'upper', oldValue: unknown, newValue: unknown): Breaks {
  if (same(oldValue, newValue)) return NONE;
  if (oldValue === undefined) return TIGHTER;
  if (newValue === undefined) return LOOSER;
  const order = compareOrdered(oldValue, newValue);
  if (order === undefined) return BOTH;
  const tighter = kind === 'lower' ? order < 0 : order > 0;
  return tighter ? TIGHTER : LOOSER;
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

/** Value lists (enum, categories, const): removed values tighten, added ones loosen. */
export function listBreaks(
  oldValues: readonly unknown[] | undefined,
  newValues: readonly unknown[] | undefined,
): {
  removed: unknown[];
  added: unknown[];
} {
  const o = oldValues ?? [];
  const n = newValues ?? [];
  return {
    removed: o.filter((v) => !n.some((x) => same(x, v))),
    added: n.filter((v) => !o.some((x) => same(x, v))),
  };
}
