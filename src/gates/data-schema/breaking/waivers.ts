import picomatch from 'picomatch';
import type { Finding } from '../../../result/types.js';
import { isObject } from './change.js';
import type { Waiver } from './index.js';
import { OPERATIONAL_RULES } from './rules.js';

/** Why a breaking change is allowed through, as the report shows it. */
export interface Allowance {
  /** E.g. `waived by PR label "schema-break"`, or `version 1.4.0 → 2.0.0 (major bump)`. */
  reason: string;
}

/** The major part of a `version` (`2`, `"2.1.0"`, `"v3"`), or undefined when there is none. */
export function majorOf(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return Math.floor(value);
  if (typeof value !== 'string') return undefined;
  const match = /^\s*v?(\d+)(?:[.\-+]|\s*$)/i.exec(value);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/** The top-level `version` of a Table Schema, Data Package or JSON Schema document. */
export function versionOf(schema: unknown): unknown {
  return isObject(schema) ? schema.version : undefined;
}

/**
 * The allowance a major version bump gives: the new `version`'s major part is greater than the
 * base's. A base without a version cannot be compared, so adding one is not a bump.
 */
export function versionBump(baseSchema: unknown, newSchema: unknown): Allowance | undefined {
  const before = majorOf(versionOf(baseSchema));
  const after = majorOf(versionOf(newSchema));
  if (before === undefined || after === undefined || after <= before) return undefined;
  return {
    reason: `version ${String(versionOf(baseSchema))} → ${String(versionOf(newSchema))} is a major bump`,
  };
}

/**
 * What a major bump would take for this schema, said beside a breaking change. A base without a
 * `version` cannot be compared, so "bump the major version" alone is a dead end there: say so,
 * and say what counts — per format, where the gate reads `version`.
 */
export function bumpAdvice(
  schema: { kind: 'json-schema' | 'table-schema'; path: string; value: unknown },
  baseSchema: unknown,
): string {
  const where =
    schema.kind === 'json-schema'
      ? 'a top-level "version" keyword (an annotation JSON Schema validators ignore), e.g. "version": "2.0.0"'
      : isObject(schema.value) && Array.isArray(schema.value.resources)
        ? 'the Data Package\'s top-level "version" (a standard property), e.g. "version": "2.0.0"'
        : 'a top-level "version" property of the Table Schema descriptor, e.g. "version": "2.0.0"';
  const before = versionOf(baseSchema);
  if (majorOf(before) === undefined) {
    return `A version bump cannot allow it here: the base version of ${schema.path} has no ${before === undefined ? '"version"' : `readable "version" (${JSON.stringify(before)})`}, so there is nothing to compare a bump with. What counts is ${where} whose major part is greater than the base's; add a version to the base branch first (e.g. "1.0.0"), or use a waiver for this change.`;
  }
  return `A major bump counts: set ${where.replace(/e\.g\. "version": "2\.0\.0"/, `with a major part above ${String(majorOf(before))}`)}.`;
}

/** Today as YYYY-MM-DD in UTC, the form waiver expiries are written in. */
export function isoDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a waiver's `schema` (a path or glob) matches a repository-relative schema path. */
export function waiverMatchesPath(waiver: Waiver, path: string): boolean {
  return waiver.schema === path || picomatch(waiver.schema, { dot: true })(path);
}

/** Whether a waiver's optional `rule` names `ruleId` (`data-schema/column-removed` or `column-removed`). */
export function waiverMatchesRule(waiver: Waiver, ruleId: string): boolean {
  if (waiver.rule === undefined || waiver.rule === '' || waiver.rule === '*') return true;
  return waiver.rule === ruleId || `data-schema/${waiver.rule}` === ruleId;
}

/** A waiver is active through its expiry day (inclusive). */
export function isActive(waiver: Waiver, now: Date): boolean {
  return DAY.test(waiver.expires) && waiver.expires >= isoDay(now);
}

/** Decides, per schema, whether a breaking change is waived, and reports expired waivers. */
export class WaiverBook {
  private readonly label: string | undefined;
  private readonly reportedExpired = new Set<Waiver>();
  /** Warnings for expired or malformed waivers that matched a checked schema. */
  readonly findings: Finding[] = [];

  constructor(
    private readonly waivers: readonly Waiver[],
    labels: readonly string[],
    waiverLabel: string | undefined,
    private readonly now: Date,
  ) {
    this.label =
      waiverLabel !== undefined && waiverLabel !== '' && labels.includes(waiverLabel)
        ? waiverLabel
        : undefined;
  }

  /** The allowance for a breaking change of `ruleId` in `path`, if any waiver covers it. */
  allowance(path: string, ruleId: string): Allowance | undefined {
    if (this.label !== undefined) return { reason: `waived by PR label "${this.label}"` };
    for (const waiver of this.waivers) {
      if (!waiverMatchesPath(waiver, path) || !waiverMatchesRule(waiver, ruleId)) continue;
      if (isActive(waiver, this.now)) {
        return { reason: `waived until ${waiver.expires}: ${waiver.reason}` };
      }
      this.reportExpired(waiver, path);
    }
    return undefined;
  }

  /** An expired waiver is reported once, as a warning, so it gets cleaned up. */
  private reportExpired(waiver: Waiver, path: string): void {
    if (this.reportedExpired.has(waiver)) return;
    this.reportedExpired.add(waiver);
    const valid = DAY.test(waiver.expires);
    this.findings.push({
      severity: 'warning',
      path,
      rule: OPERATIONAL_RULES.waiverExpired.id,
      message: valid
        ? `waiver for ${waiver.schema}${waiver.rule ? ` (${waiver.rule})` : ''} expired on ${waiver.expires}: ${waiver.reason}`
        : `waiver for ${waiver.schema} has an invalid expiry ${JSON.stringify(waiver.expires)} (expected YYYY-MM-DD), so it does not apply`,
      fix: valid ? OPERATIONAL_RULES.waiverExpired.fix : 'Write expires as YYYY-MM-DD.',
    });
  }
}
