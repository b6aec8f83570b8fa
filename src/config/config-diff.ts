import type { Config } from './types.js';

/** One effective setting a pull request changes. */
export interface SettingChange {
  /** Dotted path of the key, e.g. `coverage.thresholds.patch`. */
  key: string;
  /** The value at the base; undefined when the base does not set it. */
  base: unknown;
  /** The value the pull request proposes; undefined when it removes it. */
  head: unknown;
  /** True when the change lowers the bar (a smaller minimum, a gate switched off, a waiver added). */
  loosens: boolean;
}

/** Keys whose value is a minimum: lowering or removing one loosens the gate. */
const MINIMUM = /(^|\.)(thresholds\.[a-z-]+|min-[a-z-]+|lines|branches|patch|overall|min|minimum)$/;
/** Keys whose value is a maximum or an allowance: raising one loosens the gate. */
const MAXIMUM = /(^|\.)(max-[a-z-]+|tolerance|max|maximum)$/;
/** Lists that grant exceptions: adding to one loosens the gate. */
const ALLOWANCES = /(^|\.)(waivers|exclude|ignore|allow|placeholders-allowed)(\.|$)/;

/**
 * Every effective setting that differs between the base config and the pull request's, flattened
 * to dotted keys (lists compared whole), with whether the change lowers the bar. The judgement of
 * "loosens" is a heuristic over the key's meaning; every change is listed either way.
 */
export function diffConfigs(base: Config, head: Config): SettingChange[] {
  const before = flatten(base);
  const after = flatten(head);
  const keys = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: SettingChange[] = [];
  // A whole section removed switches its gate off: said once, as such.
  for (const section of Object.keys(base)) {
    if (section !== '$schema' && section !== 'version' && head[section] === undefined) {
      changes.push({ key: section, base: 'configured', head: undefined, loosens: section !== 'report' });
    }
  }
  for (const key of keys) {
    if (changes.some((c) => key.startsWith(`${c.key}.`))) continue;
    const b = before.get(key);
    const h = after.get(key);
    if (JSON.stringify(b) === JSON.stringify(h)) continue;
    changes.push({ key, base: b, head: h, loosens: loosens(key, b, h) });
  }
  return changes;
}

function loosens(key: string, base: unknown, head: unknown): boolean {
  if (key.endsWith('.enabled')) return base !== false && head === false;
  if (key === 'report.fail-on') return rank(head) < rank(base);
  if (key === 'report.fail-on-error') return base !== false && head === false;
  if (key.endsWith('.compatibility')) return head === 'none' && base !== 'none';
  if (ALLOWANCES.test(key)) return listLength(head) > listLength(base);
  if (typeof base === 'number' || typeof head === 'number') {
    if (MINIMUM.test(key)) return head === undefined || (typeof base === 'number' && Number(head) < base);
    if (MAXIMUM.test(key)) return typeof head === 'number' && (base === undefined || head > Number(base));
  }
  return false;
}

function rank(failOn: unknown): number {
  return failOn === 'never' ? 0 : failOn === 'error' || failOn === undefined ? 1 : 2;
}

function listLength(value: unknown): number {
  return Array.isArray(value) ? value.length : value === undefined ? 0 : 1;
}

/** Flattens objects to dotted keys; arrays and scalars are leaves. Bounded depth (validated input). */
function flatten(
  value: unknown,
  prefix = '',
  out = new Map<string, unknown>(),
  depth = 0,
): Map<string, unknown> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value) && depth < 16) {
    for (const [k, v] of Object.entries(value)) {
      if (prefix === '' && k === '$schema') continue;
      flatten(v, prefix ? `${prefix}.${k}` : k, out, depth + 1);
    }
    return out;
  }
  if (prefix !== '') out.set(prefix, value);
  return out;
}
