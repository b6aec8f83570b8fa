import { errorGateResult, userErrorFinding } from '../../result/error-result.js';
import type { GateContext } from '../../result/gate.js';
import { type Finding, type GateResult, type GateStatus, worstStatus } from '../../result/types.js';
import { UserError } from '../../util/errors.js';
import { MlflowChampion } from './baseline/mlflow-champion.js';
import type { ChampionRegistry } from './baseline/registry.js';
import type { RegistryFactory } from './baseline/resolve.js';
import { type S3Api, s3StatisticsReader, sdkS3Api } from './baseline/s3-statistics.js';
import { SageMakerChampion, sdkApi, type StatisticsReader } from './baseline/sagemaker-champion.js';
import { keyMetric, modelTables, summary, title } from './describe.js';
import { judgeModel, type ModelReport } from './judge-model.js';
import type { ModelEvaluationSettings, ModelSpec } from './settings.js';

/** What tests inject instead of the network. */
export interface EvaluationDeps {
  /** fetch for MLflow (default: the global fetch). */
  fetch?: typeof fetch;
  /** S3 for the SageMaker champion's statistics (default: @aws-sdk/client-s3). */
  s3?: S3Api;
  /** Reads a SageMaker statistics S3 URI whole (default: GetObject through `s3`, bounded). */
  readStatistics?: StatisticsReader;
  /** Replaces the registry clients altogether. */
  registry?: RegistryFactory;
}

/** The registry client of a model's baseline. */
function defaultRegistry(deps: EvaluationDeps): RegistryFactory {
  return async (model: ModelSpec): Promise<ChampionRegistry> => {
    const spec = model.baseline;
    if (spec.kind === 'mlflow') return new MlflowChampion(spec, deps.fetch);
    if (spec.kind !== 'sagemaker') throw new Error(`no registry for baseline kind ${spec.kind}`);
    const read =
      deps.readStatistics ??
      s3StatisticsReader(deps.s3 ?? (await sdkS3Api(spec)), { timeoutMs: spec.timeoutMs });
    return new SageMakerChampion(spec, await sdkApi(spec), read);
  };
}

/**
 * Runs the model evaluation gate: for every declared model, metrics from its predictions (or
 * metrics file), judged against thresholds, against its baseline (with a paired bootstrap
 * interval where both sides have predictions with ids), per slice, for fairness gaps, and
 * against size/latency budgets. Bad input is status `error` with findings; it never throws for it.
 */
export async function evaluateModelEvaluation(
  settings: ModelEvaluationSettings,
  ctx: GateContext,
  deps: EvaluationDeps = {},
): Promise<GateResult> {
  const registry = deps.registry ?? defaultRegistry(deps);
  const reports: ModelReport[] = [];
  const findings: Finding[] = [];
  try {
    for (const model of settings.models) {
      const judged = await judgeModel(model, settings, ctx, registry);
      reports.push(judged.report);
      findings.push(...judged.findings);
    }
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return errorGateResult('model-evaluation', 'Model evaluation could not be judged', [
      ...findings,
      userErrorFinding('model-evaluation', error),
    ]);
  }
  const status = reports.map((r) => r.status).reduce<GateStatus>(worstStatus, 'pass');
  const key = keyMetric(reports, settings);
  return {
    schemaVersion: 1,
    gate: 'model-evaluation',
    status: reports.length === 0 ? 'skip' : status,
    title: title(status, reports),
    summary: summary(reports, ctx.event.release),
    ...(key ? { keyMetric: key } : {}),
    metrics: {
      models: reports,
      tables: modelTables(reports),
      bootstrap: settings.bootstrap,
      release: ctx.event.release,
    },
    findings,
  };
}
