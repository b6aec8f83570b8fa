import type { GateContext } from '../../result/gate.js';
import type { Finding, GateStatus } from '../../result/types.js';
import { baselineSize, loadBaseline, type RegistryFactory } from './baseline/resolve.js';
import { loadCandidate } from './candidate.js';
import { metricInfo } from './catalog.js';
import type { Evidence } from './evidence.js';
import { type DifferenceInterval, pairedBootstrap } from './judge/bootstrap.js';
import { judgeBudgets } from './judge/budgets.js';
import { judgeMetric, type MetricCase } from './judge/judge-metric.js';
import { pairTables } from './judge/pairing.js';
import type { BudgetRow, GapRow, MetricRow, SliceRow } from './judge/rows.js';
import { judgeSlices } from './judge/slices.js';
import type { ModelEvaluationSettings, ModelSpec } from './settings.js';

/** One model's verdict and tables, as `metrics.models[]` publishes it. */
export interface ModelReport {
  name: string;
  task: string;
  status: GateStatus;
  primaryMetric: string;
  evaluation: Evidence['files'];
  baseline: { kind: string; label: string } | null;
  /** Paired bootstrap details, when candidate and baseline predictions could be joined. */
  pairing: {
    rows: number;
    unmatchedCandidate: number;
    unmatchedBaseline: number;
    labelMismatches: number;
    resamples: number;
    confidence: number;
    seed: number;
  } | null;
  table: MetricRow[];
  slices: SliceRow[];
  gaps: GapRow[];
  budgets: BudgetRow[];
  /** Classification: classes and the weighted confusion matrix (rows = true class). */
  confusion?: { classes: string[]; matrix: number[][] };
}

/** Rules whose findings mean the model could not be judged (status `error`, never a pass). */
const CANNOT_JUDGE = new Set(
  ['bad-input', 'not-measurable', 'baseline-unavailable', 'budget-missing', 'metric-missing'].map(
    (r) => `model-evaluation/${r}`,
  ),
);

/** Judges one model: evidence, baseline, metric table, slices, budgets. */
export async function judgeModel(
  model: ModelSpec,
  settings: ModelEvaluationSettings,
  ctx: GateContext,
  registry: RegistryFactory,
): Promise<{ report: ModelReport; findings: Finding[] }> {
  const candidate = await loadCandidate(model, settings);
  const report = emptyReport(model, candidate);
  const findings = [...candidate.findings];
  if (candidate.missing) {
    findings.push(noEvaluation(model, ctx.event.release));
    report.status = ctx.event.release ? 'fail' : 'warn';
    return { report, findings };
  }
  if (candidate.inputError) {
    report.status = 'error';
    return { report, findings };
  }
  const baseline = await loadBaseline(model, settings, ctx, registry);
  if (baseline) {
    findings.push(...baseline.findings);
    if (!baseline.missing) report.baseline = { kind: model.baseline.kind, label: baseline.label };
  }
  const usable = baseline && !baseline.missing && !baseline.inputError ? baseline : undefined;
  const intervals = bootstrap(model, settings, candidate, usable, report);
  for (const metric of tableMetrics(model, candidate)) {
    const judged = judgeMetric(metricCase(model, metric, candidate, usable, intervals));
    report.table.push(judged.row);
    findings.push(...judged.findings);
  }
  const size = await baselineSize(model, settings, usable);
  findings.push(...size.findings);
  const { findings: extraFindings, ...tables } = extras(model, candidate, {
    ...usable,
    ...(size.bytes !== undefined ? { sizeBytes: size.bytes } : {}),
  });
  Object.assign(report, tables);
  findings.push(...extraFindings);
  report.status = statusOf(findings, baseline?.inputError === true);
  return { report, findings };
}

function emptyReport(model: ModelSpec, candidate: Evidence): ModelReport {
  return {
    name: model.name,
    task: model.task,
    status: 'pass',
    primaryMetric: model.primaryMetric,
    evaluation: candidate.files,
    baseline: null,
    pairing: null,
    table: [],
    slices: [],
    gaps: [],
    budgets: [],
  };
}

/** What is known of one metric of the model, for judgeMetric. */
function metricCase(
  model: ModelSpec,
  metric: string,
  candidate: Evidence,
  baseline: Evidence | undefined,
  intervals: Map<string, DifferenceInterval | undefined>,
): MetricCase {
  const rule = model.rules.find((r) => r.metric === metric);
  const c = candidate.metrics.get(metric);
  const b = baseline?.metrics.get(metric);
  return {
    model: model.name,
    metric,
    greaterIsBetter: rule?.greaterIsBetter ?? metricInfo(metric)?.greaterIsBetter ?? true,
    ...(rule ? { rule } : {}),
    ...(c ? { candidate: c } : {}),
    ...(b ? { baseline: b } : {}),
    hasBaseline: baseline !== undefined,
    baselineLabel: baseline?.label ?? 'the baseline',
    ...intervalOf(intervals, metric),
  };
}

function intervalOf(
  intervals: Map<string, DifferenceInterval | undefined>,
  metric: string,
): { interval?: DifferenceInterval } {
  const interval = intervals.get(metric);
  return interval ? { interval } : {};
}

/** Rows: the primary metric, then the rules' metrics, then everything else measured. */
function tableMetrics(model: ModelSpec, candidate: Evidence): string[] {
  return [
    ...new Set([model.primaryMetric, ...model.rules.map((r) => r.metric), ...candidate.metrics.keys()]),
  ];
}

function bootstrap(
  model: ModelSpec,
  settings: ModelEvaluationSettings,
  candidate: Evidence,
  baseline: Evidence | undefined,
  report: ModelReport,
): Map<string, DifferenceInterval | undefined> {
  const b = settings.bootstrap;
  const candidateTable = candidate.rows?.table;
  const baselineTable = baseline?.rows?.table;
  if (!b.enabled || !candidateTable || !baselineTable) return new Map();
  const pair = pairTables(candidateTable, baselineTable);
  if (!pair || pair.candidate.n === 0) return new Map();
  report.pairing = {
    rows: pair.candidate.n,
    unmatchedCandidate: pair.unmatchedCandidate,
    unmatchedBaseline: pair.unmatchedBaseline,
    labelMismatches: pair.labelMismatches,
    resamples: b.resamples,
    confidence: b.confidence,
    seed: b.seed,
  };
  const metrics = [...new Set([model.primaryMetric, ...model.rules.map((r) => r.metric)])];
  return pairedBootstrap(pair, metrics, b);
}

/** Slices, fairness gaps, budgets and the confusion matrix of a model, with their findings. */
function extras(
  model: ModelSpec,
  candidate: Evidence,
  baseline: Partial<Evidence>,
): Pick<ModelReport, 'slices' | 'gaps' | 'budgets' | 'confusion'> & { findings: Finding[] } {
  const out: ReturnType<typeof extras> = { slices: [], gaps: [], budgets: [], findings: [] };
  const path = candidate.files.predictions ?? '';
  if (model.slices && candidate.rows) {
    const s = judgeSlices(
      { model: model.name, rows: candidate.rows, primary: model.primaryMetric, path },
      model.slices,
    );
    Object.assign(out, { slices: s.slices, gaps: s.gaps });
    out.findings.push(...s.findings);
  }
  if (model.budgets) {
    const b = judgeBudgets({
      model: model.name,
      budgets: model.budgets,
      ...(candidate.sizeBytes !== undefined ? { sizeBytes: candidate.sizeBytes } : {}),
      ...(baseline.sizeBytes !== undefined ? { baseSizeBytes: baseline.sizeBytes } : {}),
      ...(model.path ? { sizePath: model.path } : {}),
      ...(candidate.bench ? { bench: candidate.bench } : {}),
      ...(baseline.bench ? { baseBench: baseline.bench } : {}),
    });
    out.budgets = b.rows;
    out.findings.push(...b.findings);
  }
  const t = candidate.rows;
  if (t && t.task !== 'regression' && t.classes.length <= 50) {
    const { matrix, k } = t.evaluator().confusion();
    out.confusion = {
      classes: t.classes,
      matrix: t.classes.map((_, r) => Array.from(matrix.subarray(r * k, r * k + k))),
    };
  }
  return out;
}

function noEvaluation(model: ModelSpec, release: boolean): Finding {
  const files = [model.predictions?.path, model.metricsFile?.path].filter(
    (p): p is string => p !== undefined,
  );
  return {
    severity: release ? 'error' : 'warning',
    rule: 'model-evaluation/no-evaluation',
    message: `${model.name}: no evaluation found (looked for ${files.join(' and ')})${release ? '; a release must not ship a model without one' : ''}.`,
    fix: 'Run the evaluation step before this gate so it writes the predictions or metrics file.',
  };
}

function statusOf(findings: Finding[], baselineError: boolean): GateStatus {
  if (baselineError || findings.some((f) => f.rule !== undefined && CANNOT_JUDGE.has(f.rule))) return 'error';
  if (findings.some((f) => f.severity === 'error')) return 'fail';
  return findings.some((f) => f.severity === 'warning') ? 'warn' : 'pass';
}
