import type { Finding } from '../../../result/types.js';
import type { MetricValue } from '../metrics/value.js';
import type { MetricRule } from '../settings.js';
import type { DifferenceInterval } from './bootstrap.js';
import { checkChange, describeRule, fmt, hasChangeRule } from './change.js';
import type { MetricRow, Verdict } from './rows.js';

/** A metric value with where it came from. */
export interface SourcedValue extends MetricValue {
  /** File the value was read or computed from (repository-relative). */
  path?: string;
  line?: number;
}

/** What is known of one metric of one model. */
export interface MetricCase {
  model: string;
  metric: string;
  greaterIsBetter: boolean;
  rule?: MetricRule;
  candidate?: SourcedValue;
  /** Undefined when there is no baseline at all; a value with null when it is not measurable there. */
  baseline?: SourcedValue;
  /** Whether a baseline exists for the model (a missing metric in it is then worth saying). */
  hasBaseline: boolean;
  /** The baseline in words, for messages: `the base commit 1a2b3c4`, `churn@champion`. */
  baselineLabel: string;
  interval?: DifferenceInterval;
}

/** Findings about a metric (without its location) and a note for its row. */
interface Judged {
  findings: Array<Omit<Finding, 'path' | 'line'>>;
  note?: string;
}

/**
 * Judges one metric: absolute bounds, change against the baseline (MLflow's rules and drops,
 * see change.ts) and, when a paired bootstrap interval exists, whether a regression is real: it
 * blocks only when the interval lies entirely on the bad side of zero; otherwise it is a
 * warning. Without an interval a drop beyond a configured tolerance blocks, and a drop with no
 * tolerance configured is a warning.
 */
export function judgeMetric(c: MetricCase): { row: MetricRow; findings: Finding[] } {
  const iv = c.interval;
  const row: MetricRow = {
    metric: c.metric,
    greaterIsBetter: c.greaterIsBetter,
    candidate: c.candidate?.value ?? null,
    baseline: c.baseline?.value ?? null,
    delta: null,
    ci: iv ? { lower: iv.lower, upper: iv.upper, confidence: iv.confidence, resamples: iv.resamples } : null,
    threshold: c.rule ? describeRule(c.rule) : null,
    verdict: c.rule ? 'pass' : 'info',
  };
  if (row.candidate !== null && row.baseline !== null) row.delta = row.candidate - row.baseline;
  const judged = judge(c);
  if (judged.note !== undefined) row.note = judged.note;
  row.verdict = judged.findings.reduce<Verdict>((v, f) => worse(v, verdictOf(f)), row.verdict);
  const at = {
    ...(c.candidate?.path ? { path: c.candidate.path } : {}),
    ...(c.candidate?.line ? { line: c.candidate.line } : {}),
  };
  return { row, findings: judged.findings.map((f) => ({ ...f, ...at })) };
}

/** The verdict a finding gives its row. */
function verdictOf(f: Omit<Finding, 'path' | 'line'>): Verdict {
  if (f.rule === 'model-evaluation/not-measurable' || f.rule === 'model-evaluation/metric-missing')
    return 'error';
  return f.severity === 'error' ? 'fail' : f.severity === 'warning' ? 'warn' : 'pass';
}

function judge(c: MetricCase): Judged {
  if (!c.rule)
    return c.candidate?.value === null
      ? { findings: [], note: `not measurable: ${c.candidate.reason ?? ''}` }
      : { findings: [] };
  if (!c.candidate) {
    return {
      note: 'missing',
      findings: [
        {
          severity: 'error',
          rule: 'model-evaluation/metric-missing',
          message: `${c.model}: ${c.metric} has a threshold but the evaluation has no such metric.`,
          fix: `Compute ${c.metric} from a predictions file, add it to the metrics file, or map its key with keys.${c.metric}.`,
        },
      ],
    };
  }
  const value = c.candidate.value;
  if (value === null) {
    return {
      note: `not measurable: ${c.candidate.reason ?? ''}`,
      findings: [
        {
          severity: 'error',
          rule: 'model-evaluation/not-measurable',
          message: `${c.model}: ${c.metric} is not measurable on the evaluation rows (${c.candidate.reason ?? 'no value'}), so its threshold cannot be judged.`,
          fix: 'Evaluate on a hold-out set that has every class (and rows with non-zero weight).',
        },
      ],
    };
  }
  const compared = compare(c, c.rule, value);
  return {
    findings: [...bounds(c, c.rule, value), ...compared.findings],
    ...(compared.note !== undefined ? { note: compared.note } : {}),
  };
}

function bounds(c: MetricCase, rule: MetricRule, value: number): Judged['findings'] {
  const out: Judged['findings'] = [];
  const fail = (bound: string, fix: string) => ({
    severity: 'error' as const,
    rule: 'model-evaluation/threshold',
    message: `${c.model}: ${c.metric} is ${fmt(value)}, ${bound}.`,
    fix,
  });
  if (rule.min !== undefined && !(value >= rule.min)) {
    out.push(
      fail(
        `below the minimum ${fmt(rule.min)}`,
        `Improve the model until ${c.metric} ≥ ${fmt(rule.min)}, or lower thresholds.${c.metric}.min with a reason in the PR.`,
      ),
    );
  }
  if (rule.max !== undefined && !(value <= rule.max)) {
    out.push(
      fail(
        `above the maximum ${fmt(rule.max)}`,
        `Improve the model until ${c.metric} ≤ ${fmt(rule.max)}, or raise thresholds.${c.metric}.max with a reason in the PR.`,
      ),
    );
  }
  return out;
}

function compare(c: MetricCase, rule: MetricRule, value: number): Judged {
  if (!c.hasBaseline) return { findings: [] };
  if (!c.baseline) {
    if (!hasChangeRule(rule)) return { findings: [] };
    return {
      findings: [
        {
          severity: 'warning',
          rule: 'model-evaluation/baseline-metric-missing',
          message: `${c.model}: ${c.baselineLabel} has no ${c.metric}, so the change rule was not checked.`,
          fix: `Record ${c.metric} for the baseline too (same metrics file layout), or remove the change rule.`,
        },
      ],
    };
  }
  const baseline = c.baseline.value;
  if (baseline === null) return { findings: [], note: `baseline not measurable: ${c.baseline.reason ?? ''}` };
  const check = checkChange(rule, value, baseline);
  const findings: Judged['findings'] = [];
  if (check.improvementMissing) {
    findings.push({
      severity: 'error',
      rule: 'model-evaluation/min-change',
      message: `${c.model}: ${c.metric} ${fmt(value)} vs ${fmt(baseline)} in ${c.baselineLabel} ${check.improvementMissing}.`,
      fix: 'The rule requires the candidate to beat the baseline (MLflow min_*_change); improve the model or relax the rule.',
    });
  }
  const r = regression(c, { rule, value, baseline, tooLarge: check.tooLarge });
  return { findings: [...findings, ...r.findings], ...(r.note !== undefined ? { note: r.note } : {}) };
}

/** A candidate value against its baseline value under a rule, with the drop checkChange found. */
interface Comparison {
  rule: MetricRule;
  value: number;
  baseline: number;
  tooLarge: string | undefined;
}

function regression(c: MetricCase, { rule, value, baseline, tooLarge }: Comparison): Judged {
  const tolerance = rule.maxDrop !== undefined || rule.maxRelativeDrop !== undefined;
  const dropped = c.greaterIsBetter ? value < baseline : value > baseline;
  const over = tolerance ? tooLarge : dropped ? `worse by ${fmt(Math.abs(value - baseline))}` : undefined;
  if (over === undefined) return { findings: [] };
  const iv = c.interval;
  const vs = `${fmt(value)} vs ${fmt(baseline)} in ${c.baselineLabel}`;
  const fix = `Find what made ${c.metric} worse before merging, or raise the allowed drop with a reason in the PR.`;
  if (iv) {
    const real = c.greaterIsBetter ? iv.upper < 0 : iv.lower > 0;
    const ci = `${Math.round(iv.confidence * 100)}% interval of the difference [${fmt(iv.lower)}, ${fmt(iv.upper)}]`;
    const finding = real
      ? {
          severity: 'error' as const,
          rule: 'model-evaluation/regression',
          message: `${c.model}: ${c.metric} ${vs}: ${over}; the ${ci} excludes 0, so the regression is real.`,
          fix,
        }
      : {
          severity: 'warning' as const,
          rule: 'model-evaluation/regression-not-significant',
          message: `${c.model}: ${c.metric} ${vs}: ${over}, but the ${ci} includes 0: the drop may be noise.`,
          fix: 'Evaluate on more rows to tell noise from a real regression.',
        };
    return { findings: [finding], note: over };
  }
  if (tolerance) {
    return {
      findings: [
        {
          severity: 'error',
          rule: 'model-evaluation/regression',
          message: `${c.model}: ${c.metric} ${vs}: ${over}.`,
          fix: `${fix} With predictions and an id column on both sides, the gate tells noise from real regressions.`,
        },
      ],
      note: over,
    };
  }
  return {
    note: over,
    findings: [
      {
        severity: 'warning',
        rule: 'model-evaluation/regression',
        message: `${c.model}: ${c.metric} ${vs}: ${over}; no allowed drop is configured and no interval could be computed, so this does not block.`,
        fix: `Set thresholds.${c.metric}.max-drop to make regressions block, or give predictions with an id column so the gate can test significance.`,
      },
    ],
  };
}

const ORDER: Verdict[] = ['info', 'not judged', 'pass', 'warn', 'fail', 'error'];

/** The worse of two verdicts. */
export function worse(a: Verdict, b: Verdict): Verdict {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
