import type { Finding } from '../../../result/types.js';
import type { BenchmarkFigures } from '../readers/benchmark-file.js';
import type { BudgetRule, BudgetSettings } from '../settings.js';
import { fmt, pct } from './change.js';
import type { BudgetRow } from './rows.js';

/** What the budgets are judged on. */
export interface BudgetInputs {
  model: string;
  budgets: BudgetSettings;
  /** Bytes of the model's artifact files, and at the baseline, when known. */
  sizeBytes?: number;
  baseSizeBytes?: number;
  /** Where the size was measured, for findings (`models/churn-classifier`). */
  sizePath?: string;
  bench?: BenchmarkFigures;
  baseBench?: BenchmarkFigures;
}

/** One figure against its rule: `higherIsWorse` for size and latency, not for throughput. */
interface Figure {
  budget: string;
  unit: string;
  candidate: number | undefined;
  baseline: number | undefined;
  rule: BudgetRule;
  higherIsWorse: boolean;
  path?: string;
}

/**
 * Size, latency and throughput budgets: each figure against its maximum (minimum for
 * throughput) and its allowed growth (drop, for throughput) as a fraction of the baseline's.
 * Sizes are in MB (10⁶ bytes). A configured figure the benchmark file lacks is an error.
 */
export function judgeBudgets(inputs: BudgetInputs): { rows: BudgetRow[]; findings: Finding[] } {
  const b = inputs.budgets;
  const figures: Figure[] = [];
  if (b.sizeMb) {
    figures.push({
      budget: 'size',
      unit: 'MB',
      candidate: inputs.sizeBytes === undefined ? undefined : inputs.sizeBytes / 1e6,
      baseline: inputs.baseSizeBytes === undefined ? undefined : inputs.baseSizeBytes / 1e6,
      rule: b.sizeMb,
      higherIsWorse: true,
      ...(inputs.sizePath ? { path: inputs.sizePath } : {}),
    });
  }
  for (const [p, rule] of Object.entries(b.latencyMs)) {
    figures.push({
      budget: `latency ${p}`,
      unit: 'ms',
      candidate: inputs.bench?.latencyMs.get(p),
      baseline: inputs.baseBench?.latencyMs.get(p),
      rule,
      higherIsWorse: true,
      ...(b.benchmarkFile ? { path: b.benchmarkFile } : {}),
    });
  }
  if (b.throughputRps) {
    figures.push({
      budget: 'throughput',
      unit: 'requests/s',
      candidate: inputs.bench?.throughputRps,
      baseline: inputs.baseBench?.throughputRps,
      rule: b.throughputRps,
      higherIsWorse: false,
      ...(b.benchmarkFile ? { path: b.benchmarkFile } : {}),
    });
  }
  const rows: BudgetRow[] = [];
  const findings: Finding[] = [];
  for (const f of figures) {
    const judged = judgeFigure(inputs.model, f);
    rows.push(judged.row);
    findings.push(...judged.findings);
  }
  return { rows, findings };
}

function describe(rule: BudgetRule, higherIsWorse: boolean): string | null {
  const parts: string[] = [];
  if (rule.max !== undefined) parts.push(`≤ ${fmt(rule.max)}`);
  if (rule.min !== undefined) parts.push(`≥ ${fmt(rule.min)}`);
  if (rule.maxGrowth !== undefined)
    parts.push(`${higherIsWorse ? 'growth' : 'drop'} ≤ ${pct(rule.maxGrowth)}`);
  return parts.length > 0 ? parts.join(', ') : null;
}

function judgeFigure(model: string, f: Figure): { row: BudgetRow; findings: Finding[] } {
  const growth =
    f.candidate !== undefined && f.baseline !== undefined && f.baseline !== 0
      ? (f.candidate - f.baseline) / f.baseline
      : null;
  const row: BudgetRow = {
    budget: f.budget,
    unit: f.unit,
    candidate: f.candidate ?? null,
    baseline: f.baseline ?? null,
    growth,
    limit: describe(f.rule, f.higherIsWorse),
    verdict: 'pass',
  };
  const at = f.path ? { path: f.path } : {};
  if (f.candidate === undefined) {
    row.verdict = 'error';
    row.note = 'not measured';
    const fix =
      f.budget === 'size'
        ? 'Check the model path and artifacts globs.'
        : 'Have the benchmark step write this figure (benchmark-file), or remove the budget.';
    return {
      row,
      findings: [
        {
          severity: 'error',
          rule: 'model-evaluation/budget-missing',
          ...at,
          message: `${model}: the ${f.budget} budget has no measured figure.`,
          fix,
        },
      ],
    };
  }
  const value = f.candidate;
  const findings = overBudget(f, value, growth).map(({ what, fix }): Finding => ({
    severity: 'error',
    rule: 'model-evaluation/budget',
    ...at,
    message: `${model}: ${f.budget} is ${fmt(value)} ${f.unit}, ${what}.`,
    fix,
  }));
  if (findings.length > 0) row.verdict = 'fail';
  return { row, findings };
}

/** The bounds a measured figure breaks, in words, each with its fix. */
function overBudget(f: Figure, value: number, growth: number | null): Array<{ what: string; fix: string }> {
  const out: Array<{ what: string; fix: string }> = [];
  if (f.rule.max !== undefined && value > f.rule.max) {
    const how = f.budget === 'size' ? 'smaller (quantise, prune, drop unused artifacts)' : 'faster';
    out.push({
      what: `over the budget of ${fmt(f.rule.max)} ${f.unit}`,
      fix: `Make the model ${how} or raise the budget with a reason.`,
    });
  }
  if (f.rule.min !== undefined && value < f.rule.min) {
    out.push({
      what: `under the minimum of ${fmt(f.rule.min)} ${f.unit}`,
      fix: 'Make serving faster, or lower the minimum with a reason.',
    });
  }
  if (
    f.rule.maxGrowth !== undefined &&
    growth !== null &&
    (f.higherIsWorse ? growth : -growth) > f.rule.maxGrowth
  ) {
    out.push({
      what: `${f.higherIsWorse ? 'up' : 'down'} ${pct(Math.abs(growth))} from ${fmt(f.baseline as number)} ${f.unit} at the baseline (allowed: ${pct(f.rule.maxGrowth)})`,
      fix: 'Find what made it grow, or raise the allowed growth with a reason.',
    });
  }
  return out;
}
