import { afterEach, describe, expect, it } from 'vitest';
import { RegistryError } from '../../src/gates/registry-approval/client.js';
import { evaluateRegistryApproval } from '../../src/gates/registry-approval/evaluate.js';
import { MlflowRegistry, type MlflowOptions } from '../../src/gates/registry-approval/mlflow.js';
import type { RegistryApprovalSettings } from '../../src/gates/registry-approval/settings.js';
import { type MlflowServer, modelVersion, startMlflowServer } from '../helpers/mlflow-server.js';
import { expectValidResult } from '../helpers/result-schema.js';

/** The MLflow client against the loopback imitation of MLflow's REST API 2.0. */

const VERSIONS = [
  modelVersion({ name: 'churn', version: '1', current_stage: 'Archived' }),
  modelVersion({
    name: 'churn',
    version: '2',
    current_stage: 'Production',
    aliases: ['champion'],
    tags: [{ key: 'validation_status', value: 'approved' }],
  }),
  modelVersion({ name: 'churn', version: '3', tags: [{ key: 'validation_status', value: 'rejected' }] }),
  modelVersion({ name: 'churn', version: '4', status: 'PENDING_REGISTRATION', aliases: ['champion'] }),
];

const servers: MlflowServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function serve(options: Partial<Parameters<typeof startMlflowServer>[0]> = {}): Promise<MlflowServer> {
  const server = await startMlflowServer({ versions: VERSIONS, ...options });
  servers.push(server);
  return server;
}

function client(server: MlflowServer, options: Partial<MlflowOptions> = {}): MlflowRegistry {
  return new MlflowRegistry({
    trackingUri: `${server.url}/`,
    approval: { kind: 'alias', alias: 'champion' },
    timeoutMs: 2000,
    retries: 2,
    retryDelayMs: 10,
    ...options,
  });
}

const ref = (version?: string, alias?: string) => ({
  name: 'churn',
  ...(version ? { version } : {}),
  ...(alias ? { alias } : {}),
  origin: { description: 'test' },
});

function settings(models: Array<{ version?: string; alias?: string }>): RegistryApprovalSettings {
  return {
    cwd: '/nonexistent',
    registry: 'mlflow',
    release: false,
    models: models.map((m) => ({ name: 'churn', ...m, when: 'always' as const })),
    manifests: [],
    file: { path: 'x', approvers: { users: [], codeowners: false, teams: {} } },
    mlflow: { approval: { kind: 'alias', alias: 'champion' } },
  };
}

describe('MLflow registry client', () => {
  it('reads a version with GET model-versions/get and judges it by alias', async () => {
    const server = await serve();
    const record = await client(server).lookup(ref('2'));
    expect(record).toMatchObject({
      name: 'churn',
      version: '2',
      state: 'approved',
      status: 'alias @champion',
    });
    expect(record.link).toBe(`${server.url}/#/models/churn/versions/2`);
    expect(record.registeredBy).toBe('dana@example.com');
    expect(record.updatedAt).toBe(new Date(1717100000000).toISOString());
    expect(server.requests).toEqual([
      { method: 'GET', url: '/api/2.0/mlflow/model-versions/get?name=churn&version=2' },
    ]);
  });

  it('resolves an alias with GET registered-models/alias', async () => {
    const server = await serve();
    const record = await client(server).lookup(ref(undefined, 'champion'));
    expect(record).toMatchObject({ version: '2', state: 'approved' });
    expect(server.requests[0]?.url).toBe('/api/2.0/mlflow/registered-models/alias?name=churn&alias=champion');
  });

  it('judges by tag and by legacy stage when configured so', async () => {
    const server = await serve();
    const byTag = client(server, { approval: { kind: 'tag', key: 'validation_status', value: 'approved' } });
    expect((await byTag.lookup(ref('2'))).state).toBe('approved');
    expect(await byTag.lookup(ref('3'))).toMatchObject({
      state: 'rejected',
      status: 'tag validation_status=rejected',
    });
    expect(await byTag.lookup(ref('1'))).toMatchObject({
      state: 'pending',
      status: 'no tag validation_status',
    });
    const byStage = client(server, { approval: { kind: 'stage', stage: 'Production' } });
    expect((await byStage.lookup(ref('2'))).state).toBe('approved');
    expect(await byStage.lookup(ref('1'))).toMatchObject({ state: 'rejected', status: 'stage Archived' });
    expect((await byStage.lookup(ref('3'))).state).toBe('pending');
  });

  it('fails a version that carries the alias but is not READY', async () => {
    const server = await serve();
    expect(await client(server).lookup(ref('4'))).toMatchObject({
      state: 'not-ready',
      status: 'status PENDING_REGISTRATION',
    });
  });

  it('maps RESOURCE_DOES_NOT_EXIST to not-found, a bare 404 to a wrong URL', async () => {
    const server = await serve();
    const missing = await client(server)
      .lookup(ref('99'))
      .catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(RegistryError);
    expect(missing).toMatchObject({ kind: 'not-found', httpStatus: 404 });
    expect((missing as Error).message).toContain('RESOURCE_DOES_NOT_EXIST');
    const wrong = new MlflowRegistry({
      trackingUri: `${server.url}/not-mlflow`,
      approval: { kind: 'alias', alias: 'champion' },
      timeoutMs: 2000,
      retries: 0,
    });
    await expect(wrong.lookup(ref('2'))).rejects.toMatchObject({ kind: 'bad-request', httpStatus: 404 });
  });

  it('sends a bearer token, and basic auth when user and password are set', async () => {
    const bearer = await serve({ token: 's3cret-token' });
    expect((await client(bearer, { token: 's3cret-token' }).lookup(ref('2'))).state).toBe('approved');
    expect(bearer.requests[0]?.authorization).toBe('Bearer s3cret-token');
    const basic = await serve({ basic: { username: 'ci', password: 'pw' } });
    const both = client(basic, { token: 'ignored', username: 'ci', password: 'pw' });
    expect((await both.lookup(ref('2'))).state).toBe('approved');
    expect(basic.requests[0]?.authorization).toBe(`Basic ${Buffer.from('ci:pw').toString('base64')}`);
  });

  it('tells 401 from 403, without retrying, and never echoes the token', async () => {
    const server = await serve({ token: 'right' });
    const none = await client(server)
      .lookup(ref('2'))
      .catch((e: unknown) => e);
    expect(none).toMatchObject({ kind: 'auth', httpStatus: 401 });
    expect((none as Error).message).toContain('401 unauthenticated');
    const wrong = await client(server, { token: 'wrong-token-value' })
      .lookup(ref('2'))
      .catch((e: unknown) => e);
    expect(wrong).toMatchObject({ kind: 'auth', httpStatus: 403 });
    expect((wrong as Error).message).toContain('403 permission denied');
    expect((wrong as Error).message).not.toContain('wrong-token-value');
    expect(server.requests).toHaveLength(2);
  });

  it('retries a 503 and then succeeds', async () => {
    const server = await serve({ failFirst: 2 });
    expect((await client(server).lookup(ref('2'))).state).toBe('approved');
    expect(server.requests).toHaveLength(3);
  });

  it('gives up after the bounded retries on persistent 5xx', async () => {
    const server = await serve({ failFirst: 10 });
    const error = await client(server, { retries: 1 })
      .lookup(ref('2'))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'server', httpStatus: 503, attempts: 2 });
    expect(server.requests).toHaveLength(2);
  });

  it('times out on a slow server without retrying', async () => {
    const server = await serve({ delayMs: 1500 });
    const error = await client(server, { timeoutMs: 200 })
      .lookup(ref('2'))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'timeout' });
    expect((error as Error).message).toContain('within 200 ms');
    expect(server.requests).toHaveLength(1);
  });

  // docs/registry-approval.md: "network errors and 5xx are retried `retries` times ...; 4xx and
  // timeouts are not retried". So with retries: 2 every kind of timeout costs exactly 1 request.
  it('does not retry a registry that accepts the request and never answers', async () => {
    const server = await serve({ hang: true });
    const error = await client(server, { timeoutMs: 200, retries: 2 })
      .lookup(ref('2'))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'timeout', attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it('does not retry a body that stops half-way', async () => {
    const server = await serve({ stallBody: true });
    const error = await client(server, { timeoutMs: 200, retries: 2 })
      .lookup(ref('2'))
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'timeout', attempts: 1 });
    expect(server.requests).toHaveLength(1);
  });

  it("does not retry undici's own connect timeout (its 10 s limit, before the request's)", async () => {
    let calls = 0;
    // What fetch rejects with when undici gives up connecting (UND_ERR_CONNECT_TIMEOUT).
    const connectTimeout: typeof fetch = () => {
      calls++;
      const cause = Object.assign(new Error('Connect Timeout Error'), { code: 'UND_ERR_CONNECT_TIMEOUT' });
      return Promise.reject(new TypeError('fetch failed', { cause }));
    };
    const registry = new MlflowRegistry({
      trackingUri: 'http://192.0.2.1:5000',
      approval: { kind: 'alias', alias: 'champion' },
      timeoutMs: 30_000,
      retries: 2,
      retryDelayMs: 1,
      fetch: connectTimeout,
    });
    const error = await registry.lookup(ref('2')).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'timeout', attempts: 1 });
    expect((error as Error).message).toContain('UND_ERR_CONNECT_TIMEOUT');
    expect(calls).toBe(1);
  });

  it('reports a closed port as unreachable after retrying', async () => {
    const server = await serve();
    const url = server.url;
    await servers.pop()?.close();
    const unreachable = new MlflowRegistry({
      trackingUri: url,
      approval: { kind: 'alias', alias: 'champion' },
      timeoutMs: 1000,
      retries: 1,
      retryDelayMs: 10,
    });
    await expect(unreachable.lookup(ref('2'))).rejects.toMatchObject({ kind: 'unreachable', attempts: 2 });
  });
});

describe('an alias no version carries', () => {
  // MLflow's stores answer get_model_version_by_alias for an unset alias with
  // MlflowException("Registered model alias <a> not found.", INVALID_PARAMETER_VALUE): HTTP 400.
  it('is the registry saying "no such alias" (400 INVALID_PARAMETER_VALUE), not an outage', async () => {
    const server = await serve();
    const error = await client(server)
      .lookup(ref(undefined, 'staging'))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RegistryError);
    expect(error).toMatchObject({ kind: 'no-alias', httpStatus: 400, attempts: 1 });
    expect((error as Error).message).toBe(
      'model churn has no alias staging (MLflow answered INVALID_PARAMETER_VALUE: Registered model alias staging not found)',
    );
  });

  it('reads the same words in a 404 RESOURCE_DOES_NOT_EXIST the same way', async () => {
    const server = await serve({ aliasMiss: '404' });
    await expect(client(server).lookup(ref(undefined, 'staging'))).rejects.toMatchObject({
      kind: 'no-alias',
      httpStatus: 404,
    });
  });

  it('keeps a missing model not-found and any other 400 a refused request', async () => {
    const server = await serve();
    const missing = await client(server)
      .lookup({ name: 'nope', alias: 'champion', origin: { description: 'test' } })
      .catch((e: unknown) => e);
    expect(missing).toMatchObject({ kind: 'not-found', httpStatus: 404 });
    // An empty alias: 400 INVALID_PARAMETER_VALUE "Missing value for required parameter".
    await expect(client(server).lookup({ ...ref(), alias: '' })).rejects.toMatchObject({
      kind: 'bad-request',
      httpStatus: 400,
    });
  });

  it('fails the gate with "model churn has no alias champion"', async () => {
    const server = await serve({
      versions: VERSIONS.map((v) => ({ ...v, aliases: [] })),
    });
    const result = await evaluateRegistryApproval(settings([{ alias: 'champion' }]), client(server));
    expectValidResult(result);
    expect(result.status).toBe('fail');
    expect(result.metrics).toMatchObject({ failed: 1, errors: 0 });
    expect(result.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        rule: 'registry-approval/no-alias',
        message:
          'churn@champion (from config (registry-approval.models)) is not approved in the MLflow Model Registry: model churn has no alias champion (MLflow answered INVALID_PARAMETER_VALUE: Registered model alias champion not found).',
        fix: expect.stringContaining('set_registered_model_alias'),
      }),
    ]);
    expect((result.metrics.versions as Array<{ state: string }>)[0]?.state).toBe('no-alias');
  });
});

describe('registry approval gate through MLflow', () => {
  it('fails on a missing and a not-approved version, with distinct rules', async () => {
    const server = await serve();
    const result = await evaluateRegistryApproval(
      settings([{ version: '2' }, { version: '3' }, { version: '99' }]),
      client(server),
    );
    expectValidResult(result);
    expect(result.status).toBe('fail');
    expect(result.metrics.approved).toEqual({ covered: 1, total: 3, percent: (1 / 3) * 100 });
    expect(result.keyMetric).toMatchObject({ label: 'approved versions', threshold: 100 });
    expect(result.findings.map((f) => f.rule)).toEqual([
      'registry-approval/approved',
      'registry-approval/pending',
      'registry-approval/not-found',
    ]);
    expect(result.findings.every((f) => f.severity === 'notice' || f.fix)).toBe(true);
  });

  it('is error, not fail, when the registry refuses the credentials', async () => {
    const server = await serve({ token: 'right' });
    const result = await evaluateRegistryApproval(
      settings([{ version: '2' }]),
      client(server, { token: 'nope' }),
    );
    expectValidResult(result);
    expect(result.status).toBe('error');
    expect(result.findings[0]).toMatchObject({ rule: 'registry-approval/registry-auth', severity: 'error' });
  });
});
