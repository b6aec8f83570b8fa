import type { GateContext } from '../../../result/gate.js';
import type { Finding } from '../../../result/types.js';
import { metricsFromFile, readPredictionsStep } from '../candidate.js';
import { attempt, type Evidence, EvidenceBuilder, failure, type Step } from '../evidence.js';
import { type BenchmarkFigures, readBenchmark } from '../readers/benchmark-file.js';
import { loadMetricsFile } from '../readers/load-metrics.js';
import { MAX_PREDICTIONS_BYTES } from '../readers/predictions.js';
import { MAX_SMALL_FILE_BYTES } from '../readers/reported-metrics.js';
import { fileSource, type Source, sourceText } from '../readers/source.js';
import type { BaselineSpec, ModelEvaluationSettings, ModelSpec } from '../settings.js';
import { fileAtCommit, mergeBase, sizeAtCommit } from './git-base.js';
import { artifactPatterns } from './model-size.js';
import { type ChampionRegistry, ChampionRegistryError } from './registry.js';

type FileBaseline = Extract<BaselineSpec, { kind: 'file' }>;

/** Builds the registry client of a model's baseline; injected so tests need no server. */
export type RegistryFactory = (model: ModelSpec, ctx: GateContext) => Promise<ChampionRegistry>;

/**
 * A model's baseline evidence, or undefined when it has none (`from: none`). A baseline that is
 * not there (a model new at the base commit, no base ref) comes back `missing`, with a notice;
 * one that cannot be read comes back with `inputError`: a regression check that cannot run must
 * not read as a pass.
 */
export async function loadBaseline(
  model: ModelSpec,
  settings: ModelEvaluationSettings,
  ctx: GateContext,
  registry: RegistryFactory,
): Promise<Evidence | undefined> {
  switch (model.baseline.kind) {
    case 'none':
      return undefined;
    case 'base':
      return fromBase(model, settings);
    case 'file':
      return fromFiles(model.baseline, model, settings);
    default:
      return fromRegistry(model, ctx, registry);
  }
}

function missingFile(model: ModelSpec, path: string): Step<never> {
  return failure({
    severity: 'error',
    rule: 'model-evaluation/baseline-unavailable',
    path,
    message: `${model.name}: the baseline file ${path} does not exist.`,
    fix: 'Fix baseline.file, or produce the champion’s predictions/metrics before this gate runs.',
  });
}

/** The files of `from: file`: the champion's predictions, metrics file and benchmark in the checkout. */
async function fromFiles(
  spec: FileBaseline,
  model: ModelSpec,
  settings: ModelEvaluationSettings,
): Promise<Evidence> {
  const b = new EvidenceBuilder(spec.predictions?.path ?? spec.metricsFile?.path ?? 'the baseline file');
  const e = b.evidence;
  if (spec.predictions) {
    const p = spec.predictions;
    const source = b.take(await attempt(() => fileSource(settings.cwd, p.path, MAX_PREDICTIONS_BYTES)));
    if (!source) b.take(missingFile(model, p.path));
    const part = source
      ? b.take(await readPredictionsStep(source, p, { model, settings, skip: true }))
      : undefined;
    if (part) Object.assign(e, { rows: part.rows, metrics: part.metrics });
  }
  if (spec.metricsFile) {
    const m = spec.metricsFile;
    const reported = b.take(await attempt(() => loadMetricsFile(settings.cwd, m)));
    if (reported) e.metrics = b.take(metricsFromFile(reported, m.keys, model, e.metrics)) ?? e.metrics;
    else if (!e.inputError) b.take(missingFile(model, m.path));
  }
  if (spec.benchmarkFile) {
    const path = spec.benchmarkFile;
    const source = b.take(await attempt(() => fileSource(settings.cwd, path, MAX_SMALL_FILE_BYTES)));
    const bench = source ? b.take(await benchmarkStep(source)) : undefined;
    if (bench) e.bench = bench;
  }
  return e;
}

function benchmarkStep(source: Source): Promise<Step<BenchmarkFigures>> {
  return attempt(async () => readBenchmark(await sourceText(source), source.path));
}

/** `from: base`: the model's own files as they were at the merge base with the base ref. */
async function fromBase(model: ModelSpec, settings: ModelEvaluationSettings): Promise<Evidence> {
  const b = new EvidenceBuilder('the base commit');
  const e = b.evidence;
  const ref = settings.base;
  if (!ref) {
    b.take({
      findings: [
        noBaseline(
          model,
          'baseline.from is base, but there is no base ref (not a pull request, no --base); compared with nothing',
          'Pass --base origin/main (or the base input) outside pull_request workflows.',
        ),
      ],
      failed: false,
    });
    return { ...e, missing: true };
  }
  const base = b.take(await attempt(() => mergeBase(settings.cwd, ref)));
  if (!base) return e;
  const { commit } = base;
  e.label = `the base commit ${commit.slice(0, 7)} (${base.ref})`;
  let found = false;
  const at = (path: string, max: number) => attempt(() => fileAtCommit(settings.cwd, commit, path, max));
  if (model.predictions) {
    const p = model.predictions;
    const source = b.take(await at(p.path, MAX_PREDICTIONS_BYTES));
    const part = source
      ? b.take(await readPredictionsStep(source, p, { model, settings, skip: true }))
      : undefined;
    found ||= source !== undefined;
    if (part) Object.assign(e, { rows: part.rows, metrics: part.metrics });
  }
  const m = model.metricsFile;
  if (m && m.format !== 'mlflow-run') {
    const source = b.take(await at(m.path, MAX_SMALL_FILE_BYTES));
    const reported = source
      ? b.take(await attempt(() => loadMetricsFile(settings.cwd, m, source)))
      : undefined;
    found ||= reported !== undefined;
    if (reported) e.metrics = b.take(metricsFromFile(reported, m.keys, model, e.metrics)) ?? e.metrics;
  }
  const bench = model.budgets?.benchmarkFile;
  const benchSource = bench ? b.take(await at(bench, MAX_SMALL_FILE_BYTES)) : undefined;
  const figures = benchSource ? b.take(await benchmarkStep(benchSource)) : undefined;
  if (figures) e.bench = figures;
  if (!found && !e.inputError) {
    b.take({
      findings: [
        noBaseline(
          model,
          `the evaluation files do not exist at ${e.label}; the model is new, so nothing is compared`,
        ),
      ],
      failed: false,
    });
    return { ...e, missing: true };
  }
  return e;
}

function noBaseline(model: ModelSpec, why: string, fix?: string): Finding {
  return {
    severity: 'notice',
    rule: 'model-evaluation/no-baseline',
    message: `${model.name}: ${why}.`,
    ...(fix ? { fix } : {}),
  };
}

/** `from: mlflow` / `from: sagemaker`: the champion's metrics in the registry. */
async function fromRegistry(
  model: ModelSpec,
  ctx: GateContext,
  registry: RegistryFactory,
): Promise<Evidence> {
  const b = new EvidenceBuilder(`the ${model.baseline.kind} champion`);
  const e = b.evidence;
  try {
    const champion = await (await registry(model, ctx)).championMetrics();
    e.label = champion.label;
    const values = new Map([...champion.values].map(([k, value]) => [k, { value }]));
    const keys =
      model.baseline.kind === 'mlflow' || model.baseline.kind === 'sagemaker' ? model.baseline.keys : {};
    e.metrics =
      b.take(
        metricsFromFile(
          { path: champion.label, values, format: model.baseline.kind },
          keys,
          model,
          e.metrics,
        ),
      ) ?? e.metrics;
  } catch (error) {
    if (!(error instanceof ChampionRegistryError)) throw error;
    b.take(
      failure({
        severity: 'error',
        rule: 'model-evaluation/baseline-unavailable',
        message: `${model.name}: the baseline could not be read: ${error.message}.`,
        fix: error.fix,
      }),
    );
  }
  return e;
}

/**
 * The model's artifact size to compare with: the baseline's, or else — whatever the metric
 * baseline is — the size at the merge base with the base ref, since the artifact lives in the
 * repository. Undefined (with a notice) when git cannot tell.
 */
export async function baselineSize(
  model: ModelSpec,
  settings: ModelEvaluationSettings,
  baseline: Evidence | undefined,
): Promise<{ bytes?: number; findings: Finding[] }> {
  if (!model.budgets?.sizeMb) return { findings: [] };
  if (baseline?.sizeBytes !== undefined) return { bytes: baseline.sizeBytes, findings: [] };
  const ref = settings.base;
  if (!ref) return { findings: [] };
  const patterns = artifactPatterns(model.path, model.budgets.artifacts);
  const step = await attempt(async () =>
    sizeAtCommit(settings.cwd, (await mergeBase(settings.cwd, ref)).commit, patterns),
  );
  const findings = step.findings.map((f) =>
    noBaseline(model, `the size at the base could not be measured: ${f.message}`),
  );
  return step.value === undefined ? { findings } : { bytes: step.value, findings };
}
