import type { GateContext } from '../../result/gate.js';
import { ConfigurationError } from '../../util/errors.js';
import type { BaselineConfig } from './config-section.js';
import { parseMetricsFile, parsePredictions, safePath } from './parse-files.js';
import type { BaselineSpec, ColumnNames, MlflowBaselineSpec } from './settings.js';
import { trustedEndpoint } from '../../util/trusted-endpoint.js';

const DEFAULT_TIMEOUT_MS = 10_000;

/** Scheme, host and port of a URL ('' when it is not one). */
function origin(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}

/** Reads one required key of a baseline entry. */
type Need = (value: string | undefined, field: string, fix: string) => string;

/** A model's baseline from the config; credentials from the documented environment variables. */
export function parseBaseline(
  config: BaselineConfig | undefined,
  columns: ColumnNames,
  ctx: GateContext,
  key: string,
): BaselineSpec {
  const c = config ?? { from: 'base' };
  const k = `${key}.baseline`;
  const need: Need = (value, field, fix) => {
    if (value === undefined || value === '')
      throw new ConfigurationError(`${k}.${field} is required with from: ${c.from}`, undefined, fix);
    return value;
  };
  switch (c.from) {
    case 'none':
    case 'base':
      return { kind: c.from };
    case 'file':
      return fileBaseline(c, columns, k);
    case 'mlflow':
      return mlflowBaseline(c, ctx, k, need);
    case 'sagemaker':
      return {
        kind: 'sagemaker',
        modelPackage: need(
          c['model-package'],
          'model-package',
          `Set ${k}.model-package to the model package group (or a package ARN).`,
        ),
        region: need(
          c.region ?? ctx.env.AWS_REGION ?? ctx.env.AWS_DEFAULT_REGION,
          'region',
          `Set ${k}.region or AWS_REGION.`,
        ),
        ...awsEndpoints(c, ctx.env, k),
        timeoutMs: c['timeout-ms'] ?? DEFAULT_TIMEOUT_MS,
        keys: c.keys ?? {},
      };
  }
}

/**
 * The SageMaker and S3 endpoint overrides: each from the workflow's environment
 * (`AWS_ENDPOINT_URL_SAGEMAKER` / `AWS_ENDPOINT_URL_S3`, else `AWS_ENDPOINT_URL`), or from the
 * config only when the workflow names the same origin (the job's credentials sign every request).
 */
function awsEndpoints(
  c: BaselineConfig,
  env: GateContext['env'],
  k: string,
): { endpoint?: string; s3Endpoint?: string } {
  const endpoint = trustedEndpoint({
    config: { key: `${k}.endpoint`, value: c.endpoint },
    workflow: [
      { name: 'AWS_ENDPOINT_URL_SAGEMAKER', value: env.AWS_ENDPOINT_URL_SAGEMAKER },
      { name: 'AWS_ENDPOINT_URL', value: env.AWS_ENDPOINT_URL },
    ],
  });
  const s3Endpoint = trustedEndpoint({
    config: { key: `${k}.s3-endpoint`, value: c['s3-endpoint'] },
    workflow: [
      { name: 'AWS_ENDPOINT_URL_S3', value: env.AWS_ENDPOINT_URL_S3 },
      { name: 'AWS_ENDPOINT_URL', value: env.AWS_ENDPOINT_URL },
    ],
  });
  return { ...(endpoint ? { endpoint } : {}), ...(s3Endpoint ? { s3Endpoint } : {}) };
}

function fileBaseline(c: BaselineConfig, columns: ColumnNames, k: string): BaselineSpec {
  if (!c.predictions && !c['metrics-file']) {
    throw new ConfigurationError(
      `${k}: from: file names neither predictions nor metrics-file`,
      undefined,
      `Set ${k}.predictions (the champion's predictions on the same rows) or ${k}.metrics-file.`,
    );
  }
  return {
    kind: 'file',
    ...(c.predictions ? { predictions: parsePredictions(c.predictions, columns, `${k}.predictions`) } : {}),
    ...(c['metrics-file'] ? { metricsFile: parseMetricsFile(c['metrics-file'], `${k}.metrics-file`) } : {}),
    ...(c['benchmark-file'] ? { benchmarkFile: safePath(c['benchmark-file'], `${k}.benchmark-file`) } : {}),
  };
}

function mlflowBaseline(c: BaselineConfig, ctx: GateContext, k: string, need: Need): MlflowBaselineSpec {
  const env = ctx.env;
  const trackingUri = need(
    c['tracking-uri'] ?? env.MLFLOW_TRACKING_URI,
    'tracking-uri',
    `Set ${k}.tracking-uri or the MLFLOW_TRACKING_URI environment variable.`,
  );
  if (!/^https?:\/\//.test(trackingUri)) {
    throw new ConfigurationError(
      `${k}.tracking-uri: ${JSON.stringify(trackingUri.replace(/\/\/[^@/]*@/, '//…@'))} is not an http(s) URL`,
      undefined,
      'Use the tracking server URL, e.g. https://mlflow.example.com.',
    );
  }
  // The config arrives with the pull request; the credentials come from the workflow. They are
  // sent only to the server the workflow itself names (MLFLOW_TRACKING_URI), so a config cannot
  // point them at a server of its choosing.
  const trusted =
    env.MLFLOW_TRACKING_URI !== undefined && origin(env.MLFLOW_TRACKING_URI) === origin(trackingUri);
  return {
    kind: 'mlflow',
    model: need(c.model, 'model', `Set ${k}.model to the registered model name.`),
    alias: need(c.alias, 'alias', `Set ${k}.alias to the champion's alias (e.g. champion).`),
    trackingUri,
    ...(trusted && env.MLFLOW_TRACKING_TOKEN ? { token: env.MLFLOW_TRACKING_TOKEN } : {}),
    ...(trusted && env.MLFLOW_TRACKING_USERNAME ? { username: env.MLFLOW_TRACKING_USERNAME } : {}),
    ...(trusted && env.MLFLOW_TRACKING_PASSWORD ? { password: env.MLFLOW_TRACKING_PASSWORD } : {}),
    timeoutMs: c['timeout-ms'] ?? DEFAULT_TIMEOUT_MS,
    keys: c.keys ?? {},
  };
}
