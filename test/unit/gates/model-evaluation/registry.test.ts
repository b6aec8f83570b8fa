import { describe, expect, it } from 'vitest';
import { MlflowChampion } from '../../../../src/gates/model-evaluation/baseline/mlflow-champion.js';
import { ChampionRegistryError } from '../../../../src/gates/model-evaluation/baseline/registry.js';
import {
  type S3Api,
  s3StatisticsReader,
} from '../../../../src/gates/model-evaluation/baseline/s3-statistics.js';
import {
  type SageMakerApi,
  SageMakerChampion,
} from '../../../../src/gates/model-evaluation/baseline/sagemaker-champion.js';
import type {
  MlflowBaselineSpec,
  SageMakerBaselineSpec,
} from '../../../../src/gates/model-evaluation/settings.js';

const SPEC: MlflowBaselineSpec = {
  kind: 'mlflow',
  model: 'churn',
  alias: 'champion',
  trackingUri: 'https://user:pw@mlflow.example.com/',
  token: 't0k',
  timeoutMs: 500,
  keys: {},
};

/** A fake fetch answering MLflow's documented shapes; records each request. */
function fakeMlflow(answers: Record<string, { status: number; body: unknown }>) {
  const requests: Array<{ url: string; authorization: string | undefined }> = [];
  const fetchFn = (async (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : input.toString();
    requests.push({
      url,
      authorization: (init?.headers as Record<string, string> | undefined)?.authorization,
    });
    const path = new URL(url).pathname.replace('/api/2.0/mlflow/', '');
    const a = answers[path] ?? { status: 404, body: 'not found' };
    return Promise.resolve(
      new Response(typeof a.body === 'string' ? a.body : JSON.stringify(a.body), { status: a.status }),
    );
  }) as typeof fetch;
  return { fetchFn, requests };
}

describe('MLflow champion', () => {
  it('reads the run metrics of the version behind the alias', async () => {
    const { fetchFn, requests } = fakeMlflow({
      'registered-models/alias': {
        status: 200,
        body: { model_version: { name: 'churn', version: '3', run_id: 'abcdef123456' } },
      },
      'runs/get': {
        status: 200,
        body: {
          run: {
            info: {},
            data: {
              metrics: [
                { key: 'roc_auc', value: 0.91, timestamp: 1, step: 0 },
                { key: 'log_loss', value: 0.3 },
                { key: 'bad', value: 'x' },
              ],
            },
          },
        },
      },
    });
    const champion = await new MlflowChampion(SPEC, fetchFn).championMetrics();
    expect(champion.label).toBe('churn@champion (version 3, run abcdef12)');
    expect(Object.fromEntries(champion.values)).toEqual({ roc_auc: 0.91, log_loss: 0.3 });
    expect(requests.map((r) => r.url)).toEqual([
      'https://user:pw@mlflow.example.com/api/2.0/mlflow/registered-models/alias?name=churn&alias=champion',
      'https://user:pw@mlflow.example.com/api/2.0/mlflow/runs/get?run_id=abcdef123456',
    ]);
    expect(requests[0]?.authorization).toBe('Bearer t0k');
  });

  it.each([
    [{ status: 401, body: { error_code: 'UNAUTHENTICATED' } }, 'auth', 'refused the credentials (HTTP 401)'],
    [
      { status: 404, body: { error_code: 'RESOURCE_DOES_NOT_EXIST', message: 'no alias' } },
      'not-found',
      'MLflow has no model version',
    ],
    [{ status: 500, body: 'oops' }, 'bad-response', 'answered registered-models/alias with HTTP 500'],
    [{ status: 200, body: { model_version: { version: '3' } } }, 'bad-response', 'has no run_id'],
    [{ status: 200, body: '<html>' }, 'bad-response', 'not JSON'],
  ])('maps %j to a %s failure, never leaking the URL’s credentials', async (answer, kind, message) => {
    const { fetchFn } = fakeMlflow({ 'registered-models/alias': answer });
    const error = await new MlflowChampion(SPEC, fetchFn).championMetrics().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ChampionRegistryError);
    expect(error).toMatchObject({ kind });
    expect((error as Error).message).toContain(message);
    expect((error as Error).message).not.toContain('pw');
  });

  it('gives up after the timeout', async () => {
    const hang = ((_: unknown, init?: RequestInit) =>
      new Promise((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          reject(Object.assign(new Error('aborted'), { name: 'TimeoutError' }));
        });
      })) as typeof fetch;
    await expect(
      new MlflowChampion({ ...SPEC, timeoutMs: 50 }, hang).championMetrics(),
    ).rejects.toMatchObject({ kind: 'timeout' });
  });
});

describe('SageMaker champion', () => {
  const spec: SageMakerBaselineSpec = {
    kind: 'sagemaker',
    modelPackage: 'churn-group',
    region: 'eu-west-1',
    timeoutMs: 1000,
    keys: {},
  };
  const api = (
    statisticsUri?: string,
    arn: string | null = 'arn:aws:sagemaker:eu-west-1:1:model-package/churn-group/4',
  ): SageMakerApi => ({
    latestApproved: () => Promise.resolve(arn ?? undefined),
    describe: (a) =>
      Promise.resolve({
        arn: a,
        version: 4,
        approval: 'Approved',
        ...(statisticsUri ? { statisticsUri } : {}),
      }),
  });

  it('reads the approved package’s statistics from S3 (injected S3 API) with the model-quality reader', async () => {
    const asked: string[] = [];
    const s3: S3Api = {
      getObject: (bucket, key) => {
        asked.push(`${bucket} ${key}`);
        const text =
          '{"binary_classification_metrics": {"auc": {"value": 0.91, "standard_deviation": 0.01},' +
          ' "recall": {"value": 0.7}, "confusion_matrix": {"0": {"0": 5}}}}';
        const body = (function* () {
          yield Buffer.from(text);
        })();
        return Promise.resolve({ body, discard: () => undefined });
      },
    };
    const champion = await new SageMakerChampion(
      spec,
      api('s3://bucket/eval/statistics.json'),
      s3StatisticsReader(s3, { timeoutMs: 1000 }),
    ).championMetrics();
    expect(asked).toEqual(['bucket eval/statistics.json']);
    expect(champion.label).toBe('churn-group version 4 (Approved)');
    // Each metric's value by SageMaker's own name; the matrix is not a metric.
    expect(Object.fromEntries(champion.values)).toEqual({ auc: 0.91, recall: 0.7 });
  });

  it('reads the statistics through an injected reader', async () => {
    const reader = () => Promise.resolve('{"binary_classification_metrics": {"auc": {"value": 0.9}}}');
    const parse = () => new Map([['auc', 0.9]]);
    const champion = await new SageMakerChampion(spec, api('s3://b/k'), reader, parse).championMetrics();
    expect(champion).toMatchObject({ label: 'churn-group version 4 (Approved)' });
    expect(Object.fromEntries(champion.values)).toEqual({ auc: 0.9 });
  });

  it('fails clearly without an approved package or without model metrics', async () => {
    const never = () => Promise.reject(new Error('S3 must not be read'));
    await expect(new SageMakerChampion(spec, api(undefined, null), never).championMetrics()).rejects.toThrow(
      'has no Approved model package',
    );
    await expect(new SageMakerChampion(spec, api(), never).championMetrics()).rejects.toThrow(
      'has no ModelMetrics.ModelQuality.Statistics',
    );
  });
});
