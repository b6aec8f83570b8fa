import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import schema from '../../../../src/gates/model-evaluation/config.schema.json' with { type: 'json' };
import { MODEL_EVALUATION_GATE } from '../../../../src/gates/model-evaluation/gate.js';
import type { GateContext, OptionValues } from '../../../../src/result/gate.js';
import { ConfigurationError } from '../../../../src/util/errors.js';

const CTX: GateContext = {
  cwd: '/repo',
  env: {},
  event: { name: 'pull_request', release: false, pullRequest: { number: 7, baseRef: 'main', labels: [] } },
  now: new Date(0),
};

function settings(section: unknown, options: OptionValues = {}, ctx = CTX) {
  return MODEL_EVALUATION_GATE.settings(section, options, ctx);
}

const MODEL = { name: 'churn', task: 'binary-classification', predictions: 'eval/p.csv' };

describe('the config schema', () => {
  const ajv = new Ajv({ strict: true, allowUnionTypes: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);

  it('is draft-07 with a description on every property', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (node === null || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties) {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (typeof v.description !== 'string') undocumented.push(`${path}.${k}`);
        }
      }
      for (const [k, v] of Object.entries(n)) walk(v, `${path}.${k}`);
    };
    walk(schema, '');
    expect(undocumented).toEqual([]);
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('accepts the documented shape and refuses unknown keys', () => {
    expect(
      validate({
        enabled: true,
        models: [{ ...MODEL, thresholds: { roc_auc: { min: 0.8, 'max-drop': 0.01 } } }],
      }),
    ).toBe(true);
    expect(validate({ models: [{ ...MODEL, treshold: {} }] })).toBe(false);
  });
});

describe('settings', () => {
  it('applies defaults: columns, primary metric, baseline from the PR base, bootstrap', async () => {
    const s = await settings({ models: [MODEL] });
    expect(s.base).toBe('origin/main');
    expect(s.bootstrap).toEqual({ enabled: true, resamples: 1000, confidence: 0.95, seed: 42 });
    expect(s.models[0]).toMatchObject({
      name: 'churn',
      primaryMetric: 'roc_auc',
      baseline: { kind: 'base' },
      predictions: {
        path: 'eval/p.csv',
        format: 'csv',
        columns: { label: 'label', score: 'score', groups: [] },
        invalidRows: 'error',
      },
      classes: { decisionThreshold: 0.5, scoreKind: 'probability' },
    });
  });

  it('takes classes and the positive class as YAML writes them (numbers, booleans, text)', async () => {
    const s = await settings({ models: [{ ...MODEL, classes: [0, 1.0], 'positive-class': 1 }] });
    expect(s.models[0]?.classes).toMatchObject({ classes: ['0', '1'], positiveClass: '1' });
    const b = await settings({ models: [{ ...MODEL, classes: [false, true] }] });
    expect(b.models[0]?.classes.classes).toEqual(['false', 'true']);
  });

  it('merges section thresholds under a model’s own, by canonical name', async () => {
    const s = await settings({
      thresholds: { AUC: { min: 0.7 }, log_loss: { max: 0.5 } },
      models: [{ ...MODEL, thresholds: { roc_auc: { 'max-drop': 0.01 } } }],
    });
    expect(s.models[0]?.rules).toEqual([
      { metric: 'roc_auc', greaterIsBetter: true, min: 0.7, maxDrop: 0.01 },
      { metric: 'log_loss', greaterIsBetter: false, max: 0.5 },
    ]);
  });

  it.each([
    [
      { models: [{ ...MODEL, thresholds: { lift: { min: 1 } } }] },
      'model-evaluation.models[0].thresholds.lift: "lift" is not a metric the gate knows',
    ],
    [{ models: [{ ...MODEL, thresholds: { roc_auc: { min: 0.9, max: 0.8 } } }] }, 'min 0.9 is above max 0.8'],
    [
      { models: [{ ...MODEL, thresholds: { roc_auc: { 'min-absolute-change': 0 } } }] },
      'must be positive (as in MLflow)',
    ],
    [
      { models: [{ ...MODEL, thresholds: { rmse: { max: 3 } } }] },
      'rmse is not computed for binary-classification predictions',
    ],
    [{ models: [{ name: 'x', task: 'regression' }] }, 'neither predictions nor metrics-file is set'],
    [{ models: [{ ...MODEL, predictions: '../../etc/passwd.csv' }] }, 'is not a path inside the repository'],
    [{ models: [{ ...MODEL, predictions: 'eval/p.xlsx' }] }, 'cannot tell the format of "eval/p.xlsx"'],
    [{ models: [MODEL, MODEL] }, 'the name "churn" is used twice'],
    [
      { models: [{ ...MODEL, baseline: { from: 'mlflow', model: 'churn', alias: 'champion' } }] },
      'baseline.tracking-uri is required with from: mlflow',
    ],
    [
      { models: [{ ...MODEL, slices: { columns: ['r'], 'max-gap': { demographic_parity_ratio: 0.1 } } }] },
      'a ratio has a minimum',
    ],
    [
      {
        models: [
          {
            ...MODEL,
            task: 'regression',
            predictions: 'p.csv',
            slices: { columns: ['r'], 'max-gap': { equalized_odds_difference: 0.1 } },
          },
        ],
      },
      'are defined for binary classifiers',
    ],
    [
      { models: [{ ...MODEL, budgets: { 'size-mb': { max: 1 } } }] },
      'the model has no path and no budgets.artifacts',
    ],
    [
      { models: [{ ...MODEL, columns: { prediction: 'yhat' }, thresholds: { roc_auc: { min: 0.5 } } }] },
      'roc_auc needs scores',
    ],
    [{}, 'model-evaluation.models is empty'],
  ])('refuses %j: %s', async (section, message) => {
    const promise = settings(section);
    await expect(promise).rejects.toBeInstanceOf(ConfigurationError);
    await expect(promise).rejects.toThrow(message);
  });

  it('describes one model from options alone', async () => {
    const s = await settings(undefined, {
      predictions: 'p.jsonl',
      task: 'regression',
      threshold: ['rmse<=3', 'r2>=0.5'],
      'max-drop': ['rmse=0.1'],
      baseline: 'champion.jsonl',
      seed: 7,
    });
    expect(s.models[0]).toMatchObject({
      name: 'model',
      predictions: { format: 'jsonl', columns: { label: 'label', prediction: 'prediction' } },
      baseline: { kind: 'file', predictions: { path: 'champion.jsonl' } },
      rules: [
        { metric: 'rmse', max: 3, maxDrop: 0.1 },
        { metric: 'r2', min: 0.5 },
      ],
    });
    expect(s.bootstrap.seed).toBe(7);
    await expect(settings(undefined, { predictions: 'p.csv' })).rejects.toThrow('--task is required');
  });

  it('narrows to --models and refuses one-model options over several models', async () => {
    const two = { models: [MODEL, { ...MODEL, name: 'other' }] };
    expect((await settings(two, { models: ['other'] })).models.map((m) => m.name)).toEqual(['other']);
    await expect(settings(two, { models: ['nope'] })).rejects.toThrow('no model named "nope"');
    await expect(settings(two, { threshold: ['roc_auc>=0.8'] })).rejects.toThrow(
      'applies to one model, but 2 are configured',
    );
  });

  it('takes MLflow credentials from the environment and lists them as secrets', async () => {
    const ctx = {
      ...CTX,
      env: { MLFLOW_TRACKING_URI: 'https://mlflow.example.com', MLFLOW_TRACKING_TOKEN: 'tok-123' },
    };
    const s = await settings(
      { models: [{ ...MODEL, baseline: { from: 'mlflow', model: 'churn', alias: 'champion' } }] },
      {},
      ctx,
    );
    expect(s.models[0]?.baseline).toMatchObject({
      kind: 'mlflow',
      trackingUri: 'https://mlflow.example.com',
      token: 'tok-123',
      timeoutMs: 10000,
    });
    expect(MODEL_EVALUATION_GATE.secrets?.(s)).toEqual(['tok-123']);
    const overridden = await settings(
      { models: [{ ...MODEL, baseline: { from: 'mlflow', model: 'churn', alias: 'champion' } }] },
      { 'mlflow-token': 'opt-9' },
      ctx,
    );
    expect(MODEL_EVALUATION_GATE.secrets?.(overridden)).toEqual(['opt-9']);
  });

  it('sends MLflow credentials only to the server the workflow names, not one the config names', async () => {
    const ctx = {
      ...CTX,
      env: { MLFLOW_TRACKING_URI: 'https://mlflow.example.com', MLFLOW_TRACKING_TOKEN: 'tok-123' },
    };
    const baseline = {
      from: 'mlflow',
      model: 'churn',
      alias: 'champion',
      'tracking-uri': 'https://attacker.example.net',
    };
    const s = await settings({ models: [{ ...MODEL, baseline }] }, {}, ctx);
    expect(s.models[0]?.baseline).toMatchObject({ trackingUri: 'https://attacker.example.net' });
    expect(s.models[0]?.baseline).not.toHaveProperty('token');
    const same = await settings(
      { models: [{ ...MODEL, baseline: { ...baseline, 'tracking-uri': 'https://mlflow.example.com/' } }] },
      {},
      ctx,
    );
    expect(same.models[0]?.baseline).toHaveProperty('token', 'tok-123');
  });

  it('reads a SageMaker baseline: region from AWS_REGION, the two endpoint overrides, the deadline', async () => {
    const ctx = {
      ...CTX,
      env: {
        AWS_REGION: 'eu-central-1',
        AWS_ENDPOINT_URL_SAGEMAKER: 'https://api.sagemaker.vpce.example/',
        AWS_ENDPOINT_URL_S3: 'https://bucket.vpce-1.s3.eu-central-1.vpce.amazonaws.com',
      },
    };
    const baseline = {
      from: 'sagemaker',
      'model-package': 'churn-group',
      endpoint: 'https://api.sagemaker.vpce.example',
      's3-endpoint': 'https://bucket.vpce-1.s3.eu-central-1.vpce.amazonaws.com',
      'timeout-ms': 2500,
    };
    const s = await settings({ models: [{ ...MODEL, baseline }] }, {}, ctx);
    expect(s.models[0]?.baseline).toEqual({
      kind: 'sagemaker',
      modelPackage: 'churn-group',
      region: 'eu-central-1',
      endpoint: 'https://api.sagemaker.vpce.example',
      s3Endpoint: 'https://bucket.vpce-1.s3.eu-central-1.vpce.amazonaws.com',
      timeoutMs: 2500,
      keys: {},
    });
    const plain = await settings(
      { models: [{ ...MODEL, baseline: { from: 'sagemaker', 'model-package': 'g' } }] },
      {},
      ctx,
    );
    // Without a config value the workflow's own endpoints are used.
    expect(plain.models[0]?.baseline).toMatchObject({
      endpoint: 'https://api.sagemaker.vpce.example/',
      s3Endpoint: 'https://bucket.vpce-1.s3.eu-central-1.vpce.amazonaws.com',
    });
    const regional = await settings(
      { models: [{ ...MODEL, baseline: { from: 'sagemaker', 'model-package': 'g' } }] },
      {},
      { ...CTX, env: { AWS_REGION: 'eu-central-1' } },
    );
    expect(regional.models[0]?.baseline).not.toHaveProperty('s3Endpoint');
    expect(regional.models[0]?.baseline).not.toHaveProperty('endpoint');
  });

  it('refuses an endpoint only the config names: the job would sign requests to a host a pull request chose', async () => {
    const baseline = { from: 'sagemaker', 'model-package': 'g', 's3-endpoint': 'https://collector.example' };
    const attempt = settings(
      { models: [{ ...MODEL, baseline }] },
      {},
      { ...CTX, env: { AWS_REGION: 'eu-central-1' } },
    );
    await expect(attempt).rejects.toThrow(
      /s3-endpoint: "https:\/\/collector\.example" is named only by the config file/,
    );
    // Another origin in the workflow does not vouch for it either.
    const other = settings(
      { models: [{ ...MODEL, baseline }] },
      {},
      { ...CTX, env: { AWS_REGION: 'eu-central-1', AWS_ENDPOINT_URL: 'https://s3.internal.example' } },
    );
    await expect(other).rejects.toThrow(/named only by the config file/);
  });

  it('declares the gate contract: id, options, schema', async () => {
    expect(MODEL_EVALUATION_GATE.id).toBe('model-evaluation');
    expect(MODEL_EVALUATION_GATE.recomputable).toBe(true);
    expect(MODEL_EVALUATION_GATE.options.find((o) => o.name === 'mlflow-token')?.secret).toBe(true);
    expect(
      ((await MODEL_EVALUATION_GATE.configSchema()).properties as Record<string, unknown>).enabled,
    ).toBeDefined();
  });
});
