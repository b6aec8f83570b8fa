import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { evaluateRegistryApproval } from '../../src/gates/registry-approval/evaluate.js';
import { NoTimeoutRetry, SageMakerRegistry } from '../../src/gates/registry-approval/sagemaker.js';
import type { RegistryApprovalSettings } from '../../src/gates/registry-approval/settings.js';
import {
  type FakeModelPackage,
  type SageMakerServer,
  startSageMakerServer,
} from '../helpers/sagemaker-server.js';
import { expectValidResult } from '../helpers/result-schema.js';

/**
 * The SageMaker client through the real @aws-sdk/client-sagemaker (awsJson1_1, SigV4) against a
 * loopback endpoint, reached with the SDK's `endpoint` option. Credentials come from the SDK's
 * default chain, here its environment step.
 */

const REGION = 'eu-west-1';
const ACCOUNT = '123456789012';
const KEY_ID = 'AKIAIOSFODNN7EXAMPLE';
const T0 = 1717000000; // epoch seconds, as awsJson1_1 sends timestamps

const PACKAGES: FakeModelPackage[] = [
  {
    ModelPackageGroupName: 'churn',
    ModelPackageVersion: 1,
    ModelApprovalStatus: 'Rejected',
    ApprovalDescription: 'AUC regression',
    CreationTime: T0,
    LastModifiedTime: T0 + 100,
    LastModifiedBy: { UserProfileName: 'dana' },
  },
  {
    ModelPackageGroupName: 'churn',
    ModelPackageVersion: 2,
    ModelApprovalStatus: 'Approved',
    CreationTime: T0 + 1000,
    LastModifiedTime: T0 + 2000,
    LastModifiedBy: { UserProfileName: 'dana' },
  },
  {
    ModelPackageGroupName: 'churn',
    ModelPackageVersion: 3,
    ModelApprovalStatus: 'PendingManualApproval',
    CreationTime: T0 + 3000,
  },
  {
    ModelPackageGroupName: 'churn',
    ModelPackageVersion: 4,
    ModelApprovalStatus: 'Approved',
    ModelPackageStatus: 'InProgress',
    CreationTime: T0 + 4000,
  },
];

const servers: SageMakerServer[] = [];
beforeEach(() => {
  // Only the environment step of the default chain may answer: no profile files, no IMDS.
  vi.stubEnv('AWS_ACCESS_KEY_ID', KEY_ID);
  vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
  vi.stubEnv('AWS_SESSION_TOKEN', 'session-token-example');
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
  options: Partial<Parameters<typeof startSageMakerServer>[0]> = {},
): Promise<SageMakerServer> {
  const server = await startSageMakerServer({
    region: REGION,
    account: ACCOUNT,
    packages: PACKAGES,
    accessKeyId: KEY_ID,
    ...options,
  });
  servers.push(server);
  return server;
}

const client = (server: SageMakerServer, timeoutMs = 3000, retries = 1) =>
  new SageMakerRegistry({ region: REGION, endpoint: server.url, timeoutMs, retries, retryDelayMs: 10 });

const ref = (name: string, version?: string, alias?: string) => ({
  name,
  ...(version ? { version } : {}),
  ...(alias ? { alias } : {}),
  origin: { description: 'test' },
});

const arn = (v: number) => `arn:aws:sagemaker:${REGION}:${ACCOUNT}:model-package/churn/${v}`;

describe('SageMaker registry client (real AWS SDK, loopback endpoint)', () => {
  it('describes a package by ARN: Approved passes, with who and when', async () => {
    const server = await serve();
    const record = await client(server).lookup(ref(arn(2)));
    expect(server.problems).toEqual([]);
    expect(server.calls).toEqual([
      { target: 'SageMaker.DescribeModelPackage', body: { ModelPackageName: arn(2) } },
    ]);
    expect(record).toMatchObject({
      name: 'churn',
      version: '2',
      state: 'approved',
      status: 'Approved',
      approvedBy: 'dana',
      approvedAt: new Date((T0 + 2000) * 1000).toISOString(),
    });
    expect(record.link).toContain(`region=${REGION}`);
  });

  it('finds a group version through ListModelPackages, then describes it', async () => {
    const server = await serve();
    expect(await client(server).lookup(ref('churn', '3'))).toMatchObject({
      state: 'pending',
      detail: expect.stringContaining('awaiting approval'),
    });
    expect(await client(server).lookup(ref('churn', '1'))).toMatchObject({
      state: 'rejected',
      detail: 'rejected: AUC regression',
    });
    expect(server.problems).toEqual([]);
    expect(server.calls[0]).toEqual({
      target: 'SageMaker.ListModelPackages',
      body: {
        ModelPackageGroupName: 'churn',
        ModelPackageType: 'Versioned',
        SortBy: 'CreationTime',
        SortOrder: 'Descending',
        MaxResults: 100,
      },
    });
    expect(server.calls[1]).toEqual({
      target: 'SageMaker.DescribeModelPackage',
      body: { ModelPackageName: arn(3) },
    });
  });

  it('takes the newest package of a group without a version, and fails it when not Completed', async () => {
    const server = await serve();
    const record = await client(server).lookup(ref('churn'));
    expect(record).toMatchObject({ version: '4', state: 'not-ready' });
    expect(server.calls[0]?.body).toMatchObject({ MaxResults: 1, SortOrder: 'Descending' });
  });

  it('maps a missing package and a missing version to not-found', async () => {
    const server = await serve();
    await expect(client(server).lookup(ref(arn(9)))).rejects.toMatchObject({ kind: 'not-found' });
    await expect(client(server).lookup(ref('churn', '9'))).rejects.toMatchObject({ kind: 'not-found' });
  });

  it('maps refused credentials to auth, and no credentials at all to auth', async () => {
    const server = await serve({ accessKeyId: 'AKIAOTHERKEY00000000' });
    await expect(client(server).lookup(ref(arn(2)))).rejects.toMatchObject({ kind: 'auth' });
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    const error = await client(server)
      .lookup(ref(arn(2)))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'auth' });
    expect((error as Error).message).toContain('no AWS credentials');
  });

  it('retries a 500 within maxAttempts', async () => {
    const server = await serve({ failFirst: 1 });
    expect((await client(server, 3000, 2).lookup(ref(arn(2)))).state).toBe('approved');
    expect(server.calls).toHaveLength(2);
  });

  it('times out on a slow endpoint', async () => {
    const server = await serve({ delayMs: 2000 });
    // The server holds its answer 2 s; the client gives up at 300 ms (0 retries): a timeout.
    await expect(client(server, 300, 0).lookup(ref(arn(2)))).rejects.toMatchObject({ kind: 'timeout' });
  });

  // docs/registry-approval.md: "4xx and timeouts are not retried". The SDK's own standard
  // strategy retries a TimeoutError as transient (3 attempts by default): a hanging registry
  // would cost (1 + retries) timeouts per version.
  it('does not retry a timeout, even with retries left', async () => {
    const server = await serve({ delayMs: 5000 });
    const error = await client(server, 300, 2)
      .lookup(ref(arn(2)))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'timeout', attempts: 1 });
    expect(server.received()).toBe(1);
  });

  it('still retries a 500 with the same retries (5xx are retried)', async () => {
    const server = await serve({ failFirst: 2 });
    expect((await client(server, 3000, 2).lookup(ref(arn(2)))).state).toBe('approved');
    expect(server.received()).toBe(3);
  });

  it('reports a closed port as unreachable', async () => {
    const server = await serve();
    await servers.pop()?.close();
    await expect(client(server, 1000, 0).lookup(ref(arn(2)))).rejects.toMatchObject({ kind: 'unreachable' });
  });

  it('feeds the gate: approved, pending and rejected give fail with one finding each', async () => {
    const server = await serve();
    const settings: RegistryApprovalSettings = {
      cwd: '/nonexistent',
      registry: 'sagemaker',
      release: true,
      models: ['2', '3', '1'].map((version) => ({ name: 'churn', version, when: 'always' as const })),
      manifests: [],
      file: { path: 'x', approvers: { users: [], codeowners: false, teams: {} } },
      mlflow: { approval: { kind: 'alias', alias: 'champion' } },
    };
    const result = await evaluateRegistryApproval(settings, client(server));
    expectValidResult(result);
    expect(result.status).toBe('fail');
    expect(result.metrics.mode).toBe('release');
    expect(result.findings.map((f) => f.rule)).toEqual([
      'registry-approval/approved',
      'registry-approval/pending',
      'registry-approval/rejected',
    ]);
    expect(result.findings[1]?.message).toContain('awaiting approval');
  });
});

describe('NoTimeoutRetry (the retry strategy the client gives the SDK)', () => {
  const token = (count: number) => ({ getRetryCount: () => count, getRetryDelay: () => 0 });

  it('refuses a timeout, a client error and the last attempt; allows throttling and transient errors', async () => {
    const retry = new NoTimeoutRetry(3, 100);
    const timeout = Object.assign(new Error('socket timed out'), { name: 'TimeoutError' });
    await expect(
      retry.refreshRetryTokenForRetry(token(0), { error: timeout, errorType: 'TRANSIENT' }),
    ).rejects.toThrow();
    const etimedout = Object.assign(new Error('x'), { code: 'ETIMEDOUT' });
    await expect(
      retry.refreshRetryTokenForRetry(token(0), { error: etimedout, errorType: 'TRANSIENT' }),
    ).rejects.toThrow();
    await expect(retry.refreshRetryTokenForRetry(token(0), { errorType: 'CLIENT_ERROR' })).rejects.toThrow();
    // Attempt 3 of 3 failed: no fourth.
    await expect(retry.refreshRetryTokenForRetry(token(2), { errorType: 'TRANSIENT' })).rejects.toThrow();
    // Back-off doubles from the base: 100 ms before retry 1, 200 ms before retry 2.
    const first = await retry.refreshRetryTokenForRetry(token(0), { errorType: 'THROTTLING' });
    const second = await retry.refreshRetryTokenForRetry(first, { errorType: 'TRANSIENT' });
    expect([
      first.getRetryCount(),
      first.getRetryDelay(),
      second.getRetryCount(),
      second.getRetryDelay(),
    ]).toEqual([1, 100, 2, 200]);
  });
});
