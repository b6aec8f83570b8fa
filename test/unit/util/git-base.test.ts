import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../src/util/errors.js';
import { diffSinceMergeBase, resolveBase } from '../../../src/util/git.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
  }).trim();

/**
 * An upstream repository (main with 3 commits, feature forked after the first two and one commit
 * on top), and clones of it as an Actions checkout makes them: only the PR branch is local.
 */
let root: string;
let upstream: string;
let forkPoint: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mlqg-git-base-'));
  upstream = join(root, 'upstream');
  git(root, 'init', '-q', '-b', 'main', upstream);
  for (const n of [1, 2]) {
    writeFileSync(join(upstream, 'f.txt'), `${n}\n`);
    git(upstream, 'add', '.');
    git(upstream, 'commit', '-qm', `c${n}`);
  }
  forkPoint = git(upstream, 'rev-parse', 'HEAD');
  git(upstream, 'checkout', '-qb', 'feature');
  writeFileSync(join(upstream, 'g.txt'), 'feature\n');
  git(upstream, 'add', '.');
  git(upstream, 'commit', '-qm', 'feature');
  git(upstream, 'checkout', '-q', 'main');
  writeFileSync(join(upstream, 'f.txt'), '3\n');
  git(upstream, 'commit', '-qam', 'c3');
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

function clone(name: string, ...args: string[]): string {
  const dir = join(root, name);
  git(root, 'clone', '-q', ...args, `file://${upstream}`, dir);
  return dir;
}

async function failure(cwd: string, ref: string): Promise<InputError> {
  const error = await resolveBase(cwd, ref).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  return error as InputError;
}

describe('resolveBase: a base ref as the user means it', () => {
  it('resolves main to origin/main when only the remote branch exists (an Actions checkout), and says so', async () => {
    const dir = clone('full', '-b', 'feature');
    expect(() => git(dir, 'rev-parse', '--verify', '--quiet', 'refs/heads/main')).toThrow();
    const resolved = await resolveBase(dir, 'main');
    expect(resolved).toEqual({
      ref: 'origin/main',
      mergeBase: forkPoint,
      note: 'base "main" is not a local branch here; using origin/main',
    });
    expect(await resolveBase(dir, 'origin/main')).toEqual({ ref: 'origin/main', mergeBase: forkPoint });
  });

  it('tells a missing ref, a shallow clone and a directory outside git apart, each with its own fix', async () => {
    const full = clone('full2', '-b', 'feature');
    const missing = await failure(full, 'release-9');
    expect(missing.message).toBe(
      'base ref "release-9" does not exist in this repository (neither a local branch, tag or commit, nor origin/release-9)',
    );
    expect(missing.fix).toMatch(/git fetch origin release-9/);

    // fetch-depth: 1 of the PR branch, then the base branch fetched shallow too: both tips, no fork point.
    const shallow = clone('shallow', '--depth', '1', '-b', 'feature');
    git(shallow, 'fetch', '-q', '--depth', '1', 'origin', 'main:refs/remotes/origin/main');
    const cut = await failure(shallow, 'main');
    expect(cut.message).toBe(
      'shallow clone: the merge base of origin/main and HEAD is not in the fetched history',
    );
    expect(cut.fix).toMatch(/fetch-depth: 0/);

    // The default Actions checkout: one commit, no base branch at all.
    const single = clone('single', '--depth', '1', '--single-branch', '-b', 'feature');
    const absent = await failure(single, 'main');
    expect(absent.message).toMatch(/does not exist in this repository .*; the clone is shallow/);

    const outside = mkdtempSync(join(tmpdir(), 'mlqg-not-git-'));
    const notRepo = await failure(outside, 'main');
    expect(notRepo.message).toBe(`not a git repository: ${outside}`);
    // Only the gates that read a diff can take one instead: resolveBase alone does not offer it.
    expect(notRepo.fix).toBe('Run inside the repository checkout (actions/checkout first).');
    const viaDiff = (await diffSinceMergeBase(outside, 'main').catch((e: unknown) => e)) as InputError;
    expect(viaDiff.fix).toBe(
      'Run inside the repository checkout (actions/checkout first). Or pass --diff-file with a unified diff of the change.',
    );
    rmSync(outside, { recursive: true, force: true });
  });

  it('refuses a ref that git would read as an option', async () => {
    expect((await failure(upstream, '--output=/tmp/x')).message).toMatch(/not a valid git ref/);
  });
});
