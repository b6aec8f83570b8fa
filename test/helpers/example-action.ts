import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { type RunActionOptions, type RunActionResult, runCompositeAction } from './composite-runner.js';
import { makeExampleRepo } from './example-repo.js';
import { REPO_ROOT } from './paths.js';

/** A gate's composite action run on the example project's repository, as a workflow step. */
export interface ExampleAction {
  /** The example repository (`main` base, `feature` head checked out). */
  repo: () => { dir: string; base: string; head: string };
  /** Runs actions/<name> with these inputs; the run's scratch directories are removed after the file. */
  run(
    inputs: Record<string, string>,
    options?: Omit<RunActionOptions, 'workspace' | 'inputs'>,
  ): Promise<RunActionResult>;
}

/**
 * The set-up every gate's end-to-end test shares: the built bundle must exist, the example
 * repository is made once per file, and everything is removed afterwards. Call it at the top
 * level of a test file.
 */
export function exampleAction(name: string): ExampleAction {
  const actionDir = join(REPO_ROOT, 'actions', name);
  let repo: { dir: string; base: string; head: string } | undefined;
  const scratch: string[] = [];
  beforeAll(async () => {
    expect(existsSync(join(REPO_ROOT, 'dist', 'cli.js')), 'dist/ is built by the global setup').toBe(true);
    repo = await makeExampleRepo();
  });
  afterAll(() => {
    for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
    if (repo) rmSync(join(repo.dir, '..'), { recursive: true, force: true });
  });
  const current = () => {
    if (!repo) throw new Error('exampleAction: the repository is made in beforeAll');
    return repo;
  };
  return {
    repo: current,
    run: async (inputs, options = {}) => {
      const result = await runCompositeAction(actionDir, {
        eventName: 'push',
        ...options,
        workspace: current().dir,
        inputs,
      });
      scratch.push(result.scratchDir);
      return result;
    },
  };
}
