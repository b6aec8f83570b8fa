import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  fileAtCommit,
  mergeBase,
  sizeAtCommit,
} from '../../../../src/gates/model-evaluation/baseline/git-base.js';
import { artifactPatterns, sizeOnDisk } from '../../../../src/gates/model-evaluation/baseline/model-size.js';

function git(dir: string, ...args: string[]): string {
  return execFileSync(
    'git',
    ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    },
  );
}

describe('the baseline at the merge base', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'mlqg-git-'));
    git(dir, 'init', '-q', '-b', 'main');
    mkdirSync(join(dir, 'models', 'm'), { recursive: true });
    writeFileSync(join(dir, 'models', 'm', 'weights.bin'), 'x'.repeat(1000));
    writeFileSync(join(dir, 'models', 'm', 'card.md'), 'y'.repeat(10));
    writeFileSync(join(dir, 'metrics.json'), '{"accuracy": 0.8}\n');
    git(dir, 'add', '-A');
    git(dir, 'commit', '-q', '-m', 'base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    writeFileSync(join(dir, 'models', 'm', 'weights.bin'), 'x'.repeat(1500));
    writeFileSync(join(dir, 'metrics.json'), '{"accuracy": 0.85}\n');
    git(dir, 'commit', '-q', '-am', 'retrain');
  });

  it('reads a file as it was at the merge base, and nothing for a file that did not exist', async () => {
    const { commit: base } = await mergeBase(dir, 'main');
    const source = await fileAtCommit(dir, base, 'metrics.json', 1000);
    expect(source).toMatchObject({
      kind: 'text',
      path: `${base.slice(0, 7)}:metrics.json`,
      text: '{"accuracy": 0.8}\n',
    });
    expect(await fileAtCommit(dir, base, 'new.json', 1000)).toBeUndefined();
    await expect(fileAtCommit(dir, base, 'metrics.json', 5)).rejects.toThrow('more than the 5');
  });

  it('sums the artifact’s blob sizes at the base and on disk', async () => {
    const { commit: base } = await mergeBase(dir, 'main');
    const patterns = artifactPatterns('models/m', []);
    expect(await sizeAtCommit(dir, base, patterns)).toBe(1010);
    expect(await sizeOnDisk(dir, patterns)).toBe(1510);
    expect(await sizeAtCommit(dir, base, ['models/m/*.bin'])).toBe(1000);
    expect(await sizeOnDisk(dir, ['nothing/**'])).toBeUndefined();
  });

  it('refuses refs that are not commits or look like options', async () => {
    await expect(mergeBase(dir, '--output=/tmp/x')).rejects.toThrow('is not a valid git ref');
    await expect(mergeBase(dir, 'origin/nope')).rejects.toThrow(
      'base ref "origin/nope" does not exist in this repository',
    );
  });

  it('resolves `main` to origin/main when only the remote branch exists, as in an Actions checkout', async () => {
    const clone = mkdtempSync(join(tmpdir(), 'mlqg-git-clone-'));
    git(clone, 'clone', '-q', '--branch', 'feature', dir, '.');
    // The fork point, computed independently of the code under test: main's only commit.
    const forkPoint = git(dir, 'rev-parse', 'main').trim();
    expect(git(clone, 'branch', '--list', 'main').trim()).toBe('');
    expect(await mergeBase(clone, 'main')).toEqual({ commit: forkPoint, ref: 'origin/main' });
  });

  it('says "not a git repository" outside one, not that the ref is missing', async () => {
    const plain = mkdtempSync(join(tmpdir(), 'mlqg-no-git-'));
    await expect(mergeBase(plain, 'main')).rejects.toThrow(`not a git repository: ${plain}`);
  });
});
