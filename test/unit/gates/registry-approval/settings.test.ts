import { describe, expect, it } from 'vitest';
import {
  parseApproval,
  parseModelSpec,
  registryApprovalSettings,
} from '../../../../src/gates/registry-approval/parse-settings.js';
import type {
  ModelReference,
  RegistryClient,
  VersionRecord,
} from '../../../../src/gates/registry-approval/client.js';
import { RegistryError } from '../../../../src/gates/registry-approval/client.js';
import { evaluateRegistryApproval } from '../../../../src/gates/registry-approval/evaluate.js';
import { ConfigurationError } from '../../../../src/util/errors.js';
import { expectValidResult } from '../../../helpers/result-schema.js';

describe('registry approval settings', () => {
  it('parses approval rules and model specs', () => {
    expect(parseApproval('alias:@champion')).toEqual({ kind: 'alias', alias: 'champion' });
    expect(parseApproval('tag:validation_status=approved')).toEqual({
      kind: 'tag',
      key: 'validation_status',
      value: 'approved',
    });
    expect(parseApproval('stage:Production')).toEqual({ kind: 'stage', stage: 'Production' });
    expect(() => parseApproval('tag:novalue')).toThrow(ConfigurationError);
    expect(parseModelSpec('churn:3')).toMatchObject({ name: 'churn', version: '3' });
    expect(parseModelSpec('cat.schema.churn@champion')).toMatchObject({
      name: 'cat.schema.churn',
      alias: 'champion',
    });
    const arn = 'arn:aws:sagemaker:us-east-1:123456789012:model-package/churn/3';
    expect(parseModelSpec(arn)).toEqual({ name: arn, when: 'always' });
    expect(() => parseModelSpec('churn:')).toThrow(/NAME:VERSION/);
  });

  it('takes MLflow credentials from the environment, basic auth and token alike', () => {
    const { connection } = registryApprovalSettings(
      { registry: 'mlflow' },
      {},
      {
        cwd: '/repo',
        release: false,
        env: {
          MLFLOW_TRACKING_URI: 'https://mlflow.example.com',
          MLFLOW_TRACKING_TOKEN: 't',
          MLFLOW_TRACKING_USERNAME: 'u',
          MLFLOW_TRACKING_PASSWORD: 'p',
        },
      },
    );
    expect(connection).toEqual({
      kind: 'mlflow',
      trackingUri: 'https://mlflow.example.com',
      token: 't',
      username: 'u',
      password: 'p',
      timeoutMs: 10_000,
      retries: 2,
    });
  });

  it('refuses missing connection details and an in-repo registry without approvers', () => {
    expect(() =>
      registryApprovalSettings({ registry: 'mlflow' }, {}, { cwd: '/r', env: {}, release: false }),
    ).toThrow(/no MLflow tracking URI/);
    expect(() =>
      registryApprovalSettings(
        { registry: 'mlflow' },
        {},
        { cwd: '/r', release: false, env: { MLFLOW_TRACKING_URI: 'databricks' } },
      ),
    ).toThrow(/http\(s\) URL/);
    expect(() =>
      registryApprovalSettings({ registry: 'sagemaker' }, {}, { cwd: '/r', env: {}, release: false }),
    ).toThrow(/no AWS region/);
    expect(() => registryApprovalSettings({}, {}, { cwd: '/r', env: {}, release: false })).toThrow(
      /needs allowed approvers/,
    );
    const { connection } = registryApprovalSettings(
      { registry: 'sagemaker' },
      {},
      {
        cwd: '/r',
        release: false,
        env: {
          AWS_REGION: 'eu-west-1',
          AWS_ENDPOINT_URL_SAGEMAKER: 'http://127.0.0.1:1',
        },
      },
    );
    expect(connection).toMatchObject({
      kind: 'sagemaker',
      region: 'eu-west-1',
      endpoint: 'http://127.0.0.1:1',
    });
  });

  it('uses a config file endpoint only when the workflow names the same origin', () => {
    const config = {
      registry: 'sagemaker' as const,
      sagemaker: { region: 'eu-west-1', endpoint: 'https://collector.example' },
    };
    // The pull request's config alone cannot send the job's signed requests elsewhere.
    expect(() => registryApprovalSettings(config, {}, { cwd: '/r', release: false, env: {} })).toThrow(
      'registry-approval.sagemaker.endpoint: "https://collector.example" is named only by the config file',
    );
    const vouched = registryApprovalSettings(
      config,
      {},
      {
        cwd: '/r',
        release: false,
        env: { AWS_ENDPOINT_URL_SAGEMAKER: 'https://collector.example/' },
      },
    );
    expect(vouched.connection).toMatchObject({ endpoint: 'https://collector.example' });
    // The action's own input is the workflow's word: it wins over the config.
    const input = registryApprovalSettings(
      config,
      { 'sagemaker-endpoint': 'https://vpce.example' },
      {
        cwd: '/r',
        release: false,
        env: {},
      },
    );
    expect(input.connection).toMatchObject({ endpoint: 'https://vpce.example' });
  });
});

/** A registry that answers from a table, or throws the given error. */
function fakeClient(answers: Record<string, Partial<VersionRecord> | RegistryError>): RegistryClient {
  return {
    kind: 'mlflow',
    lookup: (r: ModelReference) => {
      const a = answers[r.version ?? ''];
      if (a instanceof RegistryError) return Promise.reject(a);
      return Promise.resolve({
        name: r.name,
        version: r.version ?? '',
        state: 'approved',
        status: 'x',
        ...a,
      });
    },
  };
}

describe('status judgement', () => {
  const settings = (versions: string[], release = false) => ({
    cwd: '/nonexistent',
    registry: 'mlflow' as const,
    release,
    models: versions.map((version) => ({ name: 'm', version, when: 'always' as const })),
    manifests: [],
    file: { path: 'x', approvers: { users: [], codeowners: false, teams: {} } },
    mlflow: { approval: { kind: 'alias' as const, alias: 'champion' } },
  });

  it('passes only when every version is approved', async () => {
    const result = await evaluateRegistryApproval(settings(['1', '2']), fakeClient({}));
    expectValidResult(result);
    expect(result.status).toBe('pass');
    expect(result.keyMetric).toEqual({ label: 'approved versions', value: 100, unit: '%', threshold: 100 });
  });

  it('fails on not approved and not found; error beats fail when the registry cannot answer', async () => {
    const fail = await evaluateRegistryApproval(
      settings(['1', '2', '3']),
      fakeClient({
        '2': { state: 'pending', detail: 'awaiting approval' },
        '3': new RegistryError('not-found', 'gone'),
      }),
    );
    expect(fail.status).toBe('fail');
    expect(fail.metrics).toMatchObject({ failed: 2, errors: 0 });
    const error = await evaluateRegistryApproval(
      settings(['1', '2']),
      fakeClient({ '1': { state: 'rejected' }, '2': new RegistryError('timeout', 'slow') }),
    );
    expectValidResult(error);
    expect(error.status).toBe('error');
    expect(error.findings.map((f) => f.rule)).toEqual([
      'registry-approval/rejected',
      'registry-approval/registry-timeout',
    ]);
    expect(error.findings.every((f) => f.fix)).toBe(true);
  });

  it('skips a pull request that references nothing, but fails such a release', async () => {
    expect((await evaluateRegistryApproval(settings([]), fakeClient({}))).status).toBe('skip');
    const release = await evaluateRegistryApproval(settings([], true), fakeClient({}));
    expectValidResult(release);
    expect(release.status).toBe('fail');
    expect(release.findings[0]?.rule).toBe('registry-approval/no-models');
  });
});
