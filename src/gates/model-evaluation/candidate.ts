import { artifactPatterns, sizeOnDisk } from './baseline/model-size.js';
import {
  attempt,
  type Evidence,
  EvidenceBuilder,
  rowFindings,
  sourced,
  type Step,
  withReported,
} from './evidence.js';
import type { SourcedValue } from './judge/judge-metric.js';
import { type BenchmarkFigures, readBenchmark } from './readers/benchmark-file.js';
import { loadMetricsFile } from './readers/load-metrics.js';
import { MAX_PREDICTIONS_BYTES, type PredictionsRead, readPredictions } from './readers/predictions.js';
import { MAX_SMALL_FILE_BYTES, type ReportedMetrics } from './readers/reported-metrics.js';
import { resolveNames } from './readers/resolve-names.js';
import { fileSource, type Source, sourceText } from './readers/source.js';
import {
  type ModelEvaluationSettings,
  type ModelSpec,
  type PredictionsSpec,
  ROWS_PER_CHUNK,
} from './settings.js';
import type { PredictionRows } from './prediction-rows.js';

/** The metric names a model's rules and report want from a metrics file. */
export function wantedMetrics(model: ModelSpec): string[] {
  return [...new Set([model.primaryMetric, ...model.rules.map((r) => r.metric)])];
}

/** How a predictions file is read into evidence. */
export interface ReadContext {
  model: ModelSpec;
  settings: ModelEvaluationSettings;
  /** Skip bad rows whatever the config says (a baseline's history is not this PR's to fix). */
  skip?: boolean;
}

/** What a predictions file gives a side. */
export interface PredictionsPart {
  path: string;
  rows: PredictionRows;
  metrics: Map<string, SourcedValue>;
}

/**
 * Reads a predictions source: rows into a table, bad rows into findings, the table's metrics.
 * A file that cannot be used is a failed step.
 */
export async function readPredictionsStep(
  source: Source,
  spec: PredictionsSpec,
  ctx: ReadContext,
): Promise<Step<PredictionsPart>> {
  const { model, settings } = ctx;
  // Only the paired bootstrap needs the rows themselves (to join them on their ids); without
  // it the rows stream through disk past ROWS_PER_CHUNK and memory stays flat.
  const keepIds = spec.columns.id !== undefined && settings.bootstrap.enabled;
  const options = { keepIds, rowsPerChunk: settings.rowsPerChunk ?? ROWS_PER_CHUNK };
  const attempted = await attempt(() =>
    readPredictions(source, spec, model.task, model.classes, {
      maxProblems: settings.maxFindingsPerFile,
      ...options,
    }),
  );
  const read = attempted.value;
  if (!read) return attempted as Step<never>;
  const skipping = ctx.skip === true || spec.invalidRows === 'skip';
  const findings = rowFindings(read, spec, source.path, skipping);
  const unusable = fileProblem(read, spec, skipping);
  if (unusable || !read.rows) {
    const problem = unusable ?? { message: 'no rows', fix: 'Write the predictions before this gate runs.' };
    return {
      findings: [
        ...findings,
        {
          severity: 'error',
          rule: 'model-evaluation/bad-input',
          path: source.path,
          message: `${source.path}: ${problem.message}`,
          fix: problem.fix,
        },
      ],
      failed: true,
    };
  }
  for (const g of read.truncatedGroups) {
    findings.push({
      severity: 'warning',
      rule: 'model-evaluation/too-many-groups',
      path: source.path,
      message: `group column ${JSON.stringify(g)} has more than 1000 values; the rest share the slice "(other)".`,
      fix: 'Slice by a column with few values (a region, not a customer id).',
    });
  }
  return {
    value: {
      path: source.path,
      rows: read.rows,
      metrics: sourced(read.rows.evaluator().all(), source.path),
    },
    findings,
    failed: false,
  };
}

/** Why a read file cannot be judged at all, and the fix; undefined when it can. */
function fileProblem(
  read: PredictionsRead,
  spec: PredictionsSpec,
  skipping: boolean,
): { message: string; fix: string } | undefined {
  if (read.truncated)
    return {
      message: `more than ${spec.maxRows} rows (max-rows)`,
      fix: 'Raise predictions.max-rows, or evaluate on a sample.',
    };
  if (read.fileProblem) {
    const positive = read.fileProblem.includes('positive class');
    return {
      message: read.fileProblem,
      fix: positive
        ? 'Set positive-class to the class the score is the probability of.'
        : 'Have the evaluation step write its predictions before this gate runs.',
    };
  }
  if (read.badRows > 0 && !skipping) {
    return {
      message: `${read.badRows} row(s) with bad values; the metrics would not be those of the evaluation set`,
      fix: 'Fix the rows listed, or set invalid-rows: skip to drop them (they are then counted in a warning).',
    };
  }
  return undefined;
}

/** A metrics file's values merged under the computed ones, with ambiguity and disagreement findings. */
export function metricsFromFile(
  reported: ReportedMetrics,
  keys: Readonly<Record<string, string>>,
  model: ModelSpec,
  computed: ReadonlyMap<string, SourcedValue>,
): Step<Map<string, SourcedValue>> {
  const resolved = resolveNames(reported, keys, wantedMetrics(model));
  const merged = withReported(computed, resolved, model.name);
  const ambiguous = resolved.problems.map((p) => ({
    severity: 'warning' as const,
    rule: 'model-evaluation/metric-key',
    path: reported.path,
    message: `${model.name}: ${p.message}.`,
    fix: `Name the key with metrics-file.keys.${p.metric} (a JSON pointer such as /test/${p.metric}).`,
  }));
  return { ...merged, findings: [...ambiguous, ...merged.findings] };
}

/** Everything the checkout says of a model: predictions, metrics file, benchmark, size. */
export async function loadCandidate(model: ModelSpec, settings: ModelEvaluationSettings): Promise<Evidence> {
  const b = new EvidenceBuilder(model.predictions?.path ?? model.metricsFile?.path ?? model.name);
  const e = b.evidence;
  const cwd = settings.cwd;
  let found = false;
  if (model.predictions) {
    const spec = model.predictions;
    const source = b.take(await attempt(() => fileSource(cwd, spec.path, MAX_PREDICTIONS_BYTES)));
    if (source) {
      found = true;
      const part = b.take(await readPredictionsStep(source, spec, { model, settings }));
      e.files.predictions = source.path;
      if (part)
        Object.assign(e, {
          rows: part.rows,
          metrics: part.metrics,
          files: { ...e.files, rows: part.rows.n },
        });
    }
  }
  if (model.metricsFile) {
    const spec = model.metricsFile;
    const reported = b.take(await attempt(() => loadMetricsFile(cwd, spec)));
    if (reported) {
      found = true;
      e.files.metricsFile = reported.path;
      e.metrics = b.take(metricsFromFile(reported, spec.keys, model, e.metrics)) ?? e.metrics;
    }
  }
  e.missing = !found && !e.inputError;
  const budget = b.take(await budgetInputs(model, cwd));
  if (budget?.bench) e.bench = budget.bench;
  if (budget?.sizeBytes !== undefined) e.sizeBytes = budget.sizeBytes;
  if (budget?.benchmarkFile) e.files.benchmarkFile = budget.benchmarkFile;
  return e;
}

/** The benchmark figures and artifact size the budgets need. */
async function budgetInputs(
  model: ModelSpec,
  cwd: string,
): Promise<Step<{ bench?: BenchmarkFigures; sizeBytes?: number; benchmarkFile?: string }>> {
  const budgets = model.budgets;
  if (!budgets) return { findings: [], failed: false };
  const b = new EvidenceBuilder('budgets');
  const out: { bench?: BenchmarkFigures; sizeBytes?: number; benchmarkFile?: string } = {};
  if (budgets.benchmarkFile) {
    const path = budgets.benchmarkFile;
    const source = b.take(await attempt(() => fileSource(cwd, path, MAX_SMALL_FILE_BYTES)));
    if (source) {
      out.benchmarkFile = path;
      const bench = b.take(await attempt(async () => readBenchmark(await sourceText(source), path)));
      if (bench) out.bench = bench;
    } else if (!b.evidence.inputError) {
      const missing = {
        severity: 'error' as const,
        rule: 'model-evaluation/budget-missing',
        path,
        message: `${model.name}: the benchmark file ${path} does not exist.`,
        fix: 'Run the latency benchmark before this gate and write its results there.',
      };
      b.take({ findings: [missing], failed: false });
    }
  }
  if (budgets.sizeMb) {
    const size = b.take(
      await attempt(() => sizeOnDisk(cwd, artifactPatterns(model.path, budgets.artifacts))),
    );
    if (size !== undefined) out.sizeBytes = size;
  }
  // Budget inputs never make the metrics unjudgeable: their findings (bad-input, budget-missing)
  // make the model's status error on their own.
  return { value: out, findings: b.evidence.findings, failed: false };
}
