/**
 * Breaking-change check of the data schema gate: compares each schema with its version at the
 * merge base of the base ref (read with git, nothing checked out), classifies every difference by
 * the rule table and the compatibility mode, and lets breaking changes through only with a major
 * version bump or a waiver.
 */
import { NO_BASE_FIX, notMeasuredFinding } from '../../../result/not-measured.js';
import type { Finding } from '../../../result/types.js';
import type { BaseVersion } from './base.js';
import { BaseError, loadBaseVersion, loadHistory, resolveMergeBase } from './base.js';
import { type SchemaChange, verdictOf } from './change.js';
import { diffJsonSchema } from './json-schema-diff.js';
import type { BaseMode } from './rules.js';
import { OPERATIONAL_RULES } from './rules.js';
import { diffTableSchema } from './table-schema-diff.js';
import { bumpAdvice, versionBump, WaiverBook } from './waivers.js';

export { RULES, RULE_LIST } from './rules.js';
export type { BreakingRule, Verdict } from './rules.js';

/** A schema file of the PR, parsed by the caller. */
export interface LoadedSchema {
  kind: 'json-schema' | 'table-schema';
  /** Repository-relative path (forward slashes); also the path read at the base commit. */
  path: string;
  value: unknown;
  /** 1-based line of the node at a JSON pointer in the new schema, when known. */
  lineOf?: (pointer: string) => number | undefined;
}

/** Confluent-style compatibility modes; `_transitive` compares with every earlier version. */
export type CompatibilityMode =
  'backward' | 'forward' | 'full' | 'none' | 'backward_transitive' | 'forward_transitive' | 'full_transitive';

/** A config `waivers:` entry that lets a breaking change through until it expires. */
export interface Waiver {
  /** Schema path or glob (picomatch). */
  schema: string;
  /** Rule id (`data-schema/column-removed` or `column-removed`); absent = every rule. */
  rule?: string;
  reason: string;
  /** Last day the waiver applies, YYYY-MM-DD (UTC). */
  expires: string;
}

/** What the breaking-change check needs. */
export interface BreakingSettings {
  cwd: string;
  /** Git ref to compare with; undefined = no comparison. */
  base?: string;
  mode: CompatibilityMode;
  waivers: Waiver[];
  /** Labels of the pull request. */
  labels: string[];
  /** A PR label that waives every breaking change of the PR. */
  waiverLabel?: string;
  now: Date;
  /** True in a pull request, where a base must exist: comparing without one is then an error. */
  inPullRequest: boolean;
}

/** Findings plus the counts the gate summarises. */
export interface BreakingReport {
  findings: Finding[];
  /** Breaking changes not allowed by a version bump or waiver. */
  breaking: number;
  /** Changes that only warn, plus compatible ones. */
  nonBreaking: number;
  /** Breaking changes allowed by a major version bump or a waiver. */
  waived: number;
  /** True when the comparison could not be made (no base in a pull request, a base git cannot find). */
  couldNotJudge?: boolean;
}

/** Runs the differ that fits the schema's kind. */
export function diffSchemas(kind: LoadedSchema['kind'], before: unknown, after: unknown): SchemaChange[] {
  return kind === 'table-schema' ? diffTableSchema(before, after) : diffJsonSchema(before, after);
}

function baseModeOf(mode: CompatibilityMode): BaseMode | undefined {
  if (mode === 'none') return undefined;
  return mode.replace(/_transitive$/, '') as BaseMode;
}

/**
 * The merge base to compare with, and a notice when the base was not used as given (`main` →
 * `origin/main`: said in the result, not guessed silently); or the error finding when there is
 * none — an input problem, status error, as in every other gate.
 */
async function mergeBaseOf(
  cwd: string,
  ref: string,
): Promise<{ mergeBase: string; notes: Finding[] } | { error: Finding }> {
  try {
    const { mergeBase, note } = await resolveMergeBase(cwd, ref);
    const notes: Finding[] = note
      ? [{ severity: 'notice', rule: 'data-schema/base-resolved', message: `${note}.` }]
      : [];
    return { mergeBase, notes };
  } catch (error) {
    if (!(error instanceof BaseError)) throw error;
    return {
      error: {
        severity: 'error',
        rule: OPERATIONAL_RULES.baseUnavailable.id,
        message: error.message,
        fix: error.fix,
      },
    };
  }
}

/**
 * Compares every schema with its base version(s) and reports breaking changes. Never throws for a
 * user's mistake: a missing base ref or an unreadable base version becomes a finding.
 */
export async function checkBreakingChanges(
  schemas: readonly LoadedSchema[],
  settings: BreakingSettings,
): Promise<BreakingReport> {
  const report: BreakingReport = { findings: [], breaking: 0, nonBreaking: 0, waived: 0 };
  const mode = baseModeOf(settings.mode);
  // NONE: nothing is ever breaking, so there is nothing to compare.
  if (mode === undefined || schemas.length === 0) return report;
  if (settings.base === undefined) {
    // Nothing unmeasured reads as met: the same words and status as every gate without a base.
    const finding = notMeasuredFinding({
      gate: 'data-schema',
      what: 'breaking changes',
      reason: 'no base ref',
      fix: NO_BASE_FIX,
      inPullRequest: settings.inPullRequest,
    });
    return { ...report, findings: [finding], couldNotJudge: settings.inPullRequest };
  }
  const base = await mergeBaseOf(settings.cwd, settings.base);
  if ('error' in base) return { ...report, findings: [base.error], couldNotJudge: true };
  const mergeBase = base.mergeBase;
  report.findings.push(...base.notes);
  const transitive = settings.mode.endsWith('_transitive');
  const book = new WaiverBook(settings.waivers, settings.labels, settings.waiverLabel, settings.now);
  for (const schema of schemas) {
    let versions: BaseVersion[];
    try {
      const latest = await loadBaseVersion(settings.cwd, mergeBase, schema.path);
      // A schema new in the PR has no base: nothing to be compatible with.
      if (latest === undefined) continue;
      versions = transitive ? await loadHistory(settings.cwd, mergeBase, schema.path) : [latest];
      if (versions.length === 0) versions = [latest];
    } catch (error) {
      if (!(error instanceof BaseError)) throw error;
      report.findings.push({
        severity: 'warning',
        path: schema.path,
        rule: OPERATIONAL_RULES.baseUnreadable.id,
        message: `${error.message}; breaking changes were not checked`,
        fix: error.fix,
      });
      continue;
    }
    const classified = classify({ schema, versions, mode, book });
    report.findings.push(...classified.findings);
    report.breaking += classified.breaking;
    report.nonBreaking += classified.nonBreaking;
    report.waived += classified.waived;
  }
  report.findings.push(...book.findings);
  return report;
}

/** What classifying one schema's changes needs. */
interface Classifying {
  schema: LoadedSchema;
  versions: readonly BaseVersion[];
  mode: BaseMode;
  book: WaiverBook;
}

/** The findings and counts for one schema against its base version(s). */
function classify({ schema, versions, mode, book }: Classifying): BreakingReport {
  const out: BreakingReport = { findings: [], breaking: 0, nonBreaking: 0, waived: 0 };
  // Transitive checks see the same change against several versions; report it once (the newest).
  const seen = new Set<string>();
  versions.forEach((version, index) => {
    const against = index === 0 ? '' : ` (against the version of ${version.commit.slice(0, 12)})`;
    for (const change of diffSchemas(schema.kind, version.value, schema.value)) {
      const key = `${change.rule.id}\0${change.message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const finding = judge(change, { schema, version, mode, book, against });
      out.findings.push(finding);
      if (finding.severity === 'error') out.breaking++;
      else if (finding.message.includes(': breaking under ')) out.waived++;
      else out.nonBreaking++;
    }
  });
  return out;
}

/** One change as a finding: breaking (an error unless a bump or waiver allows it), a warning, or a notice. */
function judge(
  change: SchemaChange,
  ctx: { schema: LoadedSchema; version: BaseVersion; mode: BaseMode; book: WaiverBook; against: string },
): Finding {
  const { schema, version, mode, against } = ctx;
  const verdict = verdictOf(change, mode);
  const line = schema.lineOf?.(change.pointer);
  const base: Finding = {
    severity: 'notice',
    message: '',
    path: schema.path,
    ...(line !== undefined ? { line } : {}),
    rule: change.rule.id,
    fix: change.rule.fix,
  };
  const directions = [
    change.breaks.backward ? 'old data fails the new schema' : '',
    change.breaks.forward ? 'new data fails the old schema' : '',
  ]
    .filter((s) => s !== '')
    .join(' and ');
  if (verdict !== 'breaking') {
    return {
      ...base,
      severity: verdict === 'warning' ? 'warning' : 'notice',
      message: `${change.message}${against}: ${verdict === 'warning' ? 'may break consumers' : 'compatible'} under ${mode} compatibility`,
    };
  }
  const allowance =
    versionBump(version.value, schema.value) ?? ctx.book.allowance(schema.path, change.rule.id);
  if (allowance) {
    return {
      ...base,
      message: `${change.message}${against}: breaking under ${mode} compatibility, allowed: ${allowance.reason}`,
    };
  }
  return {
    ...base,
    severity: 'error',
    message: `${change.message}${against}: breaking under ${mode} compatibility`,
    fix: `${change.rule.fix} Breaking because ${directions}. ${bumpAdvice(schema, version.value)}`,
  };
}
