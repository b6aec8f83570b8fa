import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type RunActionResult, runCompositeAction } from '../helpers/composite-runner.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { stepNode } from '../helpers/runner-env.js';

/**
 * Which Node the composite steps run, and what a user sees without a usable one. `.ci/run` runs
 * test/e2e again under each supported Node (MLQG_E2E_NODE, test/e2e/node-matrix.config.ts); the
 * first test proves those runs did not quietly use the Node running vitest.
 */

const temp = mkdtempSync(join(tmpdir(), 'mlqg-node-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
const expectedNode = execFileSync(stepNode(), ['--version'], { encoding: 'utf8' }).trim();

/** A composite action that reports the `node` its step finds on PATH and runs the bundle with it. */
function probeAction(): string {
  const dir = mkdtempSync(join(temp, 'probe-'));
  writeFileSync(
    join(dir, 'action.yml'),
    [
      'name: probe',
      'description: which node a step runs',
      'outputs:',
      "  path: { description: p, value: '${{ steps.probe.outputs.path }}' }",
      "  version: { description: v, value: '${{ steps.probe.outputs.version }}' }",
      "  cli: { description: c, value: '${{ steps.probe.outputs.cli }}' }",
      'runs:',
      '  using: composite',
      '  steps:',
      '    - id: probe',
      '      shell: bash',
      '      env:',
      `        CLI: ${join(REPO_ROOT, 'dist', 'cli.js')}`,
      `        CHECK: ${join(REPO_ROOT, 'scripts', 'require-node.sh')}`,
      '      run: |',
      '        "$CHECK"',
      '        echo "path=$(command -v node)" >> "$GITHUB_OUTPUT"',
      '        echo "version=$(node --version)" >> "$GITHUB_OUTPUT"',
      '        echo "cli=$(node "$CLI" --version)" >> "$GITHUB_OUTPUT"',
      '',
    ].join('\n'),
  );
  return dir;
}

/** A PATH holding bash (the steps' shell) and, optionally, a fake `node` script. */
function pathWith(fakeNode?: string): string {
  const dir = mkdtempSync(join(temp, 'bin-'));
  const bash = execFileSync('bash', ['-c', 'command -v bash'], { encoding: 'utf8' }).trim();
  symlinkSync(bash, join(dir, 'bash'));
  if (fakeNode !== undefined) writeFileSync(join(dir, 'node'), fakeNode, { mode: 0o755 });
  return dir;
}

async function runCoverageWithPath(path: string): Promise<RunActionResult> {
  const workspace = join(temp, 'ws');
  mkdirSync(workspace, { recursive: true });
  const result = await runCompositeAction(join(REPO_ROOT, 'actions', 'coverage'), {
    workspace,
    env: { PATH: path },
  });
  rmSync(result.scratchDir, { recursive: true, force: true });
  return result;
}

describe('the Node the composite steps run', () => {
  it('is MLQG_E2E_NODE when set (else this Node), and the bundle runs under it', async () => {
    const result = await runCompositeAction(probeAction(), { workspace: temp });
    rmSync(result.scratchDir, { recursive: true, force: true });
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(realpathSync(result.outputs.path ?? '')).toBe(realpathSync(stepNode()));
    expect(result.outputs.version).toBe(expectedNode);
    expect(result.outputs.cli).toBe(version);
  });

  it('refuses a MLQG_E2E_NODE that is not a node binary, instead of testing another Node', () => {
    expect(() => stepNode({ MLQG_E2E_NODE: 'node' })).toThrow(/absolute path/);
    expect(() => stepNode({ MLQG_E2E_NODE: join(temp, 'missing', 'node') })).toThrow(/existing "node"/);
    expect(stepNode({})).toBe(process.execPath);
  });
});

describe('a runner without a usable Node (self-hosted, ARC)', () => {
  const expectAdvice = (result: RunActionResult, found: RegExp) => {
    expect(result.exitCode).toBe(2);
    expect(result.annotations).toHaveLength(1);
    const [error] = result.annotations;
    expect(error?.level).toBe('error');
    expect(error?.title).toBe('ml-quality-gates needs Node.js');
    expect(error?.message).toMatch(found);
    expect(error?.message).toContain('Node.js 20 or newer');
    expect(error?.message).toContain('actions/setup-node');
    expect(error?.message).toContain('node-version: 24');
  };

  it('no node on PATH: exit 2 and an error that says what to add', async () => {
    expectAdvice(await runCoverageWithPath(pathWith()), /^No node on PATH\./);
  });

  it('Node 18 on PATH: exit 2, naming the version found and the minimum', async () => {
    const node18 = '#!/bin/sh\ncase "$1" in --version) echo v18.19.1;; -p) echo 18;; esac\n';
    expectAdvice(await runCoverageWithPath(pathWith(node18)), /^Found node v18\.19\.1 on PATH;/);
  });

  it('a node that does not run (wrong architecture, missing libraries): exit 2, not a crash', async () => {
    expectAdvice(
      await runCoverageWithPath(pathWith('#!/bin/sh\nexit 126\n')),
      /^Found node that does not run/,
    );
  });
});
