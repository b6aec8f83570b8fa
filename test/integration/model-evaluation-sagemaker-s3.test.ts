import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { MODEL_EVALUATION_GATE } from '../../src/gates/model-evaluation/gate.js';
import type { ModelReport } from '../../src/gates/model-evaluation/judge-model.js';
import type { GateContext } from '../../src/result/gate.js';
import type { GateResult } from '../../src/result/types.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { type S3Server, type S3ServerOptions, startS3Server } from '../helpers/s3-server.js';
import {
  type FakeModelPackage,
  type SageMakerServer,
  startSageMakerServer,
} from '../helpers/sagemaker-server.js';

/**
 * The model evaluation gate's `from: sagemaker` baseline through the real AWS SDK
 * (@aws-sdk/client-sagemaker for the champion, @aws-sdk/client-s3 for its statistics), against a
 * loopback SageMaker (`baseline.endpoint`) and a loopback S3 (`baseline.s3-endpoint`) that
 * verifies every SigV4 signature with the test secret. Credentials come from the SDK's default
 * chain, here its environment step.
 */

const REGION = 'eu-west-1';
const ACCOUNT = '123456789012';
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const SECRET = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
const SESSION = 'session-token-example-0123456789';
const T0 = 1717000000;

/** A SageMaker model-quality report (the regression form Model Monitor writes). */
const quality = (mse: number, mae: number) =>
  JSON.stringify({
    version: 0,
    dataset: { item_count: 4, evaluation_time: '2024-06-01T00:00:00Z' },
    regression_metrics: {
      mae: { value: mae, standard_deviation: 0.01 },
      mse: { value: mse, standard_deviation: 0.02 },
      rmse: { value: Math.sqrt(mse), standard_deviation: 0.01 },
      r2: { value: 0.5, standard_deviation: 0.01 },
    },
  });

/** The champion (v2) has a key S3 must see encoded: a space and a plus sign. */
const V2_KEY = 'churn/v2/model quality+stats.json';
const pkg = (version: number, status: FakeModelPackage['ModelApprovalStatus'], key: string) => ({
  ModelPackageGroupName: 'churn',
  ModelPackageVersion: version,
  ModelApprovalStatus: status,
  CreationTime: T0 + version * 1000,
  ModelMetrics: {
    ModelQuality: { Statistics: { ContentType: 'application/json', S3Uri: `s3://ml-eval/${key}` } },
  },
});
// The newest Approved one is v2: v1 is older, v3 is newer but not approved.
const PACKAGES: FakeModelPackage[] = [
  pkg(1, 'Approved', 'churn/v1/statistics.json'),
  pkg(2, 'Approved', V2_KEY),
  pkg(3, 'PendingManualApproval', 'churn/v3/statistics.json'),
];
const OBJECTS = {
  'ml-eval/churn/v1/statistics.json': quality(2.0, 1.5),
  [`ml-eval/${V2_KEY}`]: quality(1.0, 0.8),
  'ml-eval/churn/v3/statistics.json': quality(9.0, 9.0),
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlqg-s3-'));
  mkdirSync(join(dir, 'eval'));
  // Errors |y − ŷ| = 1, 0, 2, 0: MSE = (1 + 0 + 4 + 0) / 4 = 1.25, MAE = (1 + 0 + 2 + 0) / 4 = 0.75.
  writeFileSync(join(dir, 'eval', 'predictions.csv'), 'label,prediction\n1,2\n2,2\n3,5\n4,4\n');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const servers: Array<{ close(): Promise<void> }> = [];
beforeEach(() => {
  vi.stubEnv('AWS_ACCESS_KEY_ID', KEY_ID);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', SECRET);
  vi.stubEnv('AWS_SESSION_TOKEN', SESSION);
  vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/aws-config');
  vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/aws-credentials');
  vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
  vi.stubEnv('AWS_PROFILE', '');
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(
  s3Options: Partial<S3ServerOptions> = {},
  packages: FakeModelPackage[] = PACKAGES,
): Promise<{ sm: SageMakerServer; s3: S3Server }> {
  const sm = await startSageMakerServer({ region: REGION, account: ACCOUNT, packages, accessKeyId: KEY_ID });
  const s3 = await startS3Server({
    region: REGION,
    accessKeyId: KEY_ID,
    secretAccessKey: SECRET,
    objects: OBJECTS,
    ...s3Options,
  });
  servers.push(sm, s3);
  return { sm, s3 };
}

async function gate(servers: { sm: SageMakerServer; s3: S3Server }, timeoutMs = 5000): Promise<GateResult> {
  const section = {
    models: [
      {
        name: 'churn-ltv',
        task: 'regression',
        predictions: 'eval/predictions.csv',
        baseline: {
          from: 'sagemaker',
          'model-package': 'churn',
          region: REGION,
          endpoint: servers.sm.url,
          // localhost, not an IP: without path-style addressing the SDK would ask ml-eval.localhost.
          's3-endpoint': servers.s3.url.replace('127.0.0.1', 'localhost'),
          'timeout-ms': timeoutMs,
        },
        thresholds: { mse: { 'max-drop': 0.1 }, mae: { 'max-drop': 0.01 } },
      },
    ],
  };
  const ctx: GateContext = {
    cwd: dir,
    // The workflow names the endpoints too: a config's endpoint alone is refused (the job's
    // credentials sign every request to it).
    env: {
      AWS_ENDPOINT_URL_SAGEMAKER: section.models[0]?.baseline.endpoint,
      AWS_ENDPOINT_URL_S3: section.models[0]?.baseline['s3-endpoint'],
    },
    event: { name: 'pull_request', release: false },
    now: new Date('2024-06-04T16:00:00Z'),
  };
  const result = await MODEL_EVALUATION_GATE.evaluate(
    await MODEL_EVALUATION_GATE.settings(section, {}, ctx),
    ctx,
  );
  expectValidResult(result);
  return result;
}

function unavailable(r: GateResult) {
  expect(r.status).toBe('error');
  const f = r.findings.find((x) => x.rule === 'model-evaluation/baseline-unavailable');
  expect(f).toBeDefined();
  // Neither the secret key nor the session token reaches the result.
  expect(JSON.stringify(r)).not.toContain(SECRET);
  expect(JSON.stringify(r)).not.toContain(SESSION);
  return { message: f?.message ?? '', fix: f?.fix ?? '' };
}

describe('SageMaker champion with its statistics on S3 (real AWS SDK, loopback endpoints)', () => {
  it('finds the newest Approved package, reads its statistics from S3, and judges the regression', async () => {
    const servers = await serve();
    const r = await gate(servers);
    expect(servers.sm.problems).toEqual([]);
    expect(servers.s3.problems).toEqual([]);
    expect(servers.s3.calls).toEqual([{ method: 'GET', bucket: 'ml-eval', key: V2_KEY }]);
    const report = (r.metrics.models as ModelReport[])[0] as ModelReport;
    expect(report.baseline).toMatchObject({ kind: 'sagemaker', label: 'churn version 2 (Approved)' });
    const rows = Object.fromEntries(report.table.map((t) => [t.metric, t]));
    // MSE 1.25 vs the champion's 1.0: worse by 0.25 > max-drop 0.1 → fails.
    expect(rows.mse?.candidate).toBeCloseTo(1.25, 12);
    expect(rows.mse).toMatchObject({ baseline: 1.0, verdict: 'fail' });
    // MAE 0.75 vs 0.8: better → passes.
    expect(rows.mae?.candidate).toBeCloseTo(0.75, 12);
    expect(rows.mae).toMatchObject({ baseline: 0.8, verdict: 'pass' });
    expect(r.status).toBe('fail');
  });

  it('passes against an older champion it does better than (the values come from S3, not a default)', async () => {
    // Only v1 approved: MSE 1.25 vs 2.0 and MAE 0.75 vs 1.5 are both improvements.
    const servers = await serve({}, [pkg(1, 'Approved', 'churn/v1/statistics.json')]);
    const r = await gate(servers);
    expect(servers.s3.calls).toEqual([{ method: 'GET', bucket: 'ml-eval', key: 'churn/v1/statistics.json' }]);
    const rows = Object.fromEntries(
      (r.metrics.models as ModelReport[])[0]?.table.map((t) => [t.metric, t]) ?? [],
    );
    expect(rows.mse).toMatchObject({ baseline: 2.0, verdict: 'pass' });
    expect(rows.mae).toMatchObject({ baseline: 1.5, verdict: 'pass' });
    expect(r.status).toBe('pass');
  });

  it('a statistics object that is gone: NoSuchKey, naming the URI', async () => {
    const servers = await serve({ objects: {} });
    const { message, fix } = unavailable(await gate(servers));
    expect(message).toContain(`s3://ml-eval/${V2_KEY} do not exist (NoSuchKey)`);
    expect(fix).toContain(`restore s3://ml-eval/${V2_KEY}`);
  });

  it('a role without s3:GetObject: AccessDenied, naming the permission, bucket and key', async () => {
    const servers = await serve({ denied: [`ml-eval/${V2_KEY}`] });
    const { message, fix } = unavailable(await gate(servers));
    expect(message).toContain(`S3 denied s3:GetObject on s3://ml-eval/${V2_KEY} (AccessDenied)`);
    expect(fix).toContain(`Allow s3:GetObject on arn:aws:s3:::ml-eval/${V2_KEY}`);
  });

  it('a wrong secret key: S3 checks the signature and refuses the credentials', async () => {
    const servers = await serve({ secretAccessKey: 'another-secret-key-entirely' });
    const { message } = unavailable(await gate(servers));
    expect(message).toContain('S3 refused the credentials');
    expect(message).toContain('SignatureDoesNotMatch');
    expect(servers.s3.calls).toEqual([]);
  });

  it('an object without end is cut off at the 10 MiB bound, not read to the end', async () => {
    const servers = await serve({ endless: [`ml-eval/${V2_KEY}`] });
    const { message } = unavailable(await gate(servers));
    expect(message).toContain('is larger than the 10 MiB the gate reads for a metrics file');
    // What the server managed to write before the client hung up: the bound plus socket buffers.
    expect(servers.s3.endlessBytes()).toBeLessThan(10 * 1024 * 1024 + 8 * 1024 * 1024);
  });

  it('an S3 that does not answer in time: a timeout, not a hang', async () => {
    const servers = await serve({ delayMs: 3000 });
    const { message, fix } = unavailable(await gate(servers, 300));
    expect(message).toContain('S3 did not answer within 300 ms');
    expect(fix).toContain('timeout-ms');
  });
});
