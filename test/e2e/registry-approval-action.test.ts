import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunActionResult, runCompositeAction } from '../helpers/composite-runner.js';
import { makeExampleRepo } from '../helpers/example-repo.js';
import { type MlflowServer, modelVersion, startMlflowServer } from '../helpers/mlflow-server.js';
import { expectValidResult } from '../helpers/result-schema.js';
import { type SageMakerServer, startSageMakerServer } from '../helpers/sagemaker-server.js';
import { REPO_ROOT } from '../helpers/paths.js';

/**
 * End to end: actions/registry-approval/action.yml through the composite runner against the built
 * dist/cli.js, on the example project (in-repo registry), and against loopback MLflow and
 * SageMaker endpoints.
 */

const ACTION_DIR = join(REPO_ROOT, 'actions', 'registry-approval');
const TOKEN = 'mlflow-secret-token-4711';

let repo: { dir: string };
let mlflow: MlflowServer;
let sagemaker: SageMakerServer;
const scratch: string[] = [];

beforeAll(async () => {
  expect(existsSync(join(REPO_ROOT, 'dist', 'cli.js'))).toBe(true);
  repo = await makeExampleRepo();
  mlflow = await startMlflowServer({
    token: TOKEN,
    versions: [
      modelVersion({ name: 'churn-classifier', version: '3', aliases: ['champion'] }),
      modelVersion({ name: 'churn-classifier', version: '4' }),
    ],
  });
  sagemaker = await startSageMakerServer({
    region: 'us-east-1',
    account: '123456789012',
    accessKeyId: 'AKIAIOSFODNN7EXAMPLE',
    packages: [
      {
        ModelPackageGroupName: 'churn',
        ModelPackageVersion: 5,
        ModelApprovalStatus: 'Approved',
        CreationTime: 1717000000,
      },
      {
        ModelPackageGroupName: 'churn',
        ModelPackageVersion: 6,
        ModelApprovalStatus: 'PendingManualApproval',
        CreationTime: 1717100000,
      },
    ],
  });
});
afterAll(async () => {
  await mlflow.close();
  await sagemaker.close();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
  rmSync(join(repo.dir, '..'), { recursive: true, force: true });
});

async function run(
  inputs: Record<string, string>,
  env: Record<string, string> = {},
  eventName = 'pull_request',
): Promise<RunActionResult> {
  const result = await runCompositeAction(ACTION_DIR, {
    workspace: repo.dir,
    inputs,
    eventName,
    env: { NO_PROXY: '127.0.0.1,localhost', ...env },
  });
  scratch.push(result.scratchDir);
  return result;
}

function resultDocument(
  result: RunActionResult,
): Record<string, unknown> & { status: string; findings: Array<Record<string, unknown>> } {
  const doc = JSON.parse(
    readFileSync(join(result.runnerTemp, 'ml-quality-gates', 'registry-approval.json'), 'utf8'),
  );
  expectValidResult(doc);
  return doc;
}

describe('actions/registry-approval', () => {
  it('passes the example: the deployed version 3 is approved by a CODEOWNERS owner', async () => {
    const result = await run({});
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({
      status: 'pass',
      'approved-count': '1',
      'total-count': '1',
      'approved-percent': '100.00',
    });
    const doc = resultDocument(result);
    expect(doc.findings[0]).toMatchObject({
      rule: 'registry-approval/approved',
      path: 'deploy/serving.yml',
      line: 7,
    });
    // The job summary is the report's: a gate writes its own section only with summary: true.
    expect(result.summary).toBe('');
  });

  it('fails the pending and rejected versions of the example registry, with annotations', async () => {
    const result = await run({ models: 'churn-classifier:3\nchurn-classifier:4\nchurn-classifier:2' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'fail', 'approved-count': '1', 'total-count': '3' });
    const rules = resultDocument(result).findings.map((f) => f.rule);
    expect(rules).toEqual([
      'registry-approval/approved',
      'registry-approval/pending',
      'registry-approval/rejected',
    ]);
    expect(result.annotations.filter((a) => a.level === 'error').map((a) => a.title)).toEqual([
      'registry-approval/pending',
      'registry-approval/rejected',
    ]);
  });

  it('in release mode (a release event) also checks the champion alias', async () => {
    const result = await run({}, {}, 'release');
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ status: 'pass', 'total-count': '2' });
  });

  it('checks MLflow with a token input that never reaches the log', async () => {
    const result = await run({
      registry: 'mlflow',
      'mlflow-tracking-uri': mlflow.url,
      'mlflow-token': TOKEN,
      models: 'churn-classifier:3\nchurn-classifier:4',
    });
    expect(result.exitCode).toBe(1);
    expect(result.outputs).toMatchObject({ status: 'fail', 'approved-count': '1', 'total-count': '2' });
    expect(result.stdout).toContain(`::add-mask::${TOKEN}`);
    expect(result.stdout.replaceAll(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
    expect(
      readFileSync(join(result.runnerTemp, 'ml-quality-gates', 'registry-approval.json'), 'utf8'),
    ).not.toContain(TOKEN);
    expect(mlflow.requests.every((r) => r.authorization === `Bearer ${TOKEN}`)).toBe(true);
  });

  it('is error with exit code 2 when MLflow refuses the token', async () => {
    const result = await run({
      registry: 'mlflow',
      'mlflow-tracking-uri': mlflow.url,
      'mlflow-token': 'wrong',
      models: 'churn-classifier:3',
    });
    expect(result.exitCode).toBe(2);
    expect(resultDocument(result).findings[0]).toMatchObject({ rule: 'registry-approval/registry-auth' });
  });

  it('checks SageMaker through the real SDK with credentials from the environment (as OIDC sets them)', async () => {
    const result = await run(
      { registry: 'sagemaker', 'sagemaker-endpoint': sagemaker.url, models: 'churn:5\nchurn:6' },
      {
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
        AWS_SESSION_TOKEN: 'session-token-example',
        AWS_EC2_METADATA_DISABLED: 'true',
      },
    );
    expect(sagemaker.problems).toEqual([]);
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(1);
    // churn:5 approved, churn:6 pending, and the example's deploy manifest (churn-classifier:3)
    // names a group this SageMaker account does not have.
    expect(result.outputs).toMatchObject({ status: 'fail', 'approved-count': '1', 'total-count': '3' });
    const doc = resultDocument(result);
    expect(doc.findings.map((f) => f.rule)).toEqual([
      'registry-approval/approved',
      'registry-approval/pending',
      'registry-approval/not-found',
    ]);
    expect(doc.findings[1]?.message).toContain('awaiting approval');
    expect(sagemaker.calls.map((c) => c.target)).toContain('SageMaker.DescribeModelPackage');
  });
});
