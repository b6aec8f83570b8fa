import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load-config.js';
import { registryApprovalSettings } from '../../src/gates/registry-approval/parse-settings.js';
import { isReleaseEvent } from '../../src/result/gate-context.js';
import { evaluateRegistryApproval } from '../../src/gates/registry-approval/evaluate.js';
import { FileRegistry } from '../../src/gates/registry-approval/file.js';
import { makeExampleRepo } from '../helpers/example-repo.js';
import { expectValidResult } from '../helpers/result-schema.js';

/**
 * The registry approval gate on the example project as configured in its
 * .github/ml-quality-gates.yml: registry/models.yml holds version 2 (rejected), 3 (approved by
 * dana, a CODEOWNERS owner of src/churn/) and 4 (pending); deploy/serving.yml deploys version 3.
 */
let repo: { dir: string };
beforeAll(async () => {
  repo = await makeExampleRepo();
});
afterAll(() => {
  rmSync(join(repo.dir, '..'), { recursive: true, force: true });
});

async function evaluate(env: NodeJS.ProcessEnv, model?: string[]) {
  const { config } = await loadConfig(undefined, repo.dir);
  const { settings } = registryApprovalSettings(config['registry-approval'] ?? {}, model ? { model } : {}, {
    cwd: repo.dir,
    env,
    release: isReleaseEvent(env.GITHUB_EVENT_NAME, env.GITHUB_REF),
  });
  const client = new FileRegistry({
    cwd: repo.dir,
    path: settings.file.path,
    approvers: settings.file.approvers,
  });
  return evaluateRegistryApproval(settings, client);
}

describe('registry approval on the example project', () => {
  it('passes the pull request: the deployed version 3 is approved', async () => {
    const result = await evaluate({ GITHUB_EVENT_NAME: 'pull_request' });
    expectValidResult(result);
    expect(result.status).toBe('pass');
    expect(result.metrics.versions).toEqual([
      expect.objectContaining({
        name: 'churn-classifier',
        version: '3',
        state: 'approved',
        approvedBy: 'dana',
        approvedAt: '2024-05-28',
        source: 'deploy/serving.yml (model.version)',
      }),
    ]);
    expect(result.findings[0]).toMatchObject({ path: 'deploy/serving.yml', line: 7 });
  });

  it('on a tag push also checks the champion alias bound to the release', async () => {
    const result = await evaluate({ GITHUB_EVENT_NAME: 'push', GITHUB_REF: 'refs/tags/v1.0.0' });
    expect(result.status).toBe('pass');
    expect(result.metrics).toMatchObject({ mode: 'release', approved: { covered: 2, total: 2 } });
  });

  it('fails the pending version 4 and the rejected version 2', async () => {
    const result = await evaluate({}, ['churn-classifier:4', 'churn-classifier:2']);
    expectValidResult(result);
    expect(result.status).toBe('fail');
    // 3 from the manifest is approved; 4 pending; 2 rejected with its note.
    expect(result.metrics.approved).toEqual({ covered: 1, total: 3, percent: (1 / 3) * 100 });
    expect(result.findings.map((f) => [f.rule, f.severity])).toEqual([
      ['registry-approval/pending', 'error'],
      ['registry-approval/rejected', 'error'],
      ['registry-approval/approved', 'notice'],
    ]);
    expect(result.findings[1]?.message).toContain('recall on long-tenure customers');
  });
});
