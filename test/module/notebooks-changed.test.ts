import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTEBOOKS_GATE } from '../../src/gates/notebooks/gate.js';
import type { GateContext } from '../../src/result/gate.js';
import { FIXTURES } from '../helpers/paths.js';
import { expectValidResult } from '../helpers/result-schema.js';

const STRIPPED = readFileSync(join(FIXTURES, 'notebooks', 'stripped.ipynb'), 'utf8');
const EXECUTED = readFileSync(join(FIXTURES, 'notebooks', 'executed.ipynb'), 'utf8');

let dir: string;
const git = (...args: string[]) =>
  execFileSync(
    'git',
    ['-c', 'user.name=T', '-c', 'user.email=t@example.com', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd: dir,
      env: { ...process.env, GIT_CONFIG_GLOBAL: devNull, GIT_CONFIG_NOSYSTEM: '1' },
      encoding: 'utf8',
    },
  );

/*
 * main: a.ipynb, b.ipynb, c.ipynb, old.ipynb (all stripped). The pull request (branch feature)
 * rewrites a.ipynb with outputs, deletes b.ipynb, renames old.ipynb to moved/new.ipynb, adds
 * d.ipynb and a README; c.ipynb is not in the commit, but a local edit to it is left unstaged,
 * which a local run sees as a change too. The work tree holds a, c, d and moved/new.
 */
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlqg-nb-changed-'));
  git('init', '--quiet', '--initial-branch=main');
  for (const name of ['a', 'b', 'c', 'old']) writeFileSync(join(dir, `${name}.ipynb`), STRIPPED);
  git('add', '.');
  git('commit', '--quiet', '-m', 'base');
  git('checkout', '--quiet', '-b', 'feature');
  writeFileSync(join(dir, 'a.ipynb'), EXECUTED);
  rmSync(join(dir, 'b.ipynb'));
  mkdirSync(join(dir, 'moved'));
  renameSync(join(dir, 'old.ipynb'), join(dir, 'moved', 'new.ipynb'));
  writeFileSync(join(dir, 'd.ipynb'), STRIPPED);
  writeFileSync(join(dir, 'README.md'), '# notes\n');
  git('add', '--all');
  git('commit', '--quiet', '-m', 'feature');
  writeFileSync(join(dir, 'c.ipynb'), EXECUTED);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const ctx = (): GateContext => ({
  cwd: dir,
  env: {},
  event: { name: 'local', release: false },
  now: new Date(),
});

describe('changed-only', () => {
  it('judges the notebooks changed since the merge base: modified, added, renamed, and a local edit', async () => {
    const result = await NOTEBOOKS_GATE.evaluate(
      await NOTEBOOKS_GATE.settings({ 'changed-only': true }, { base: 'main' }, ctx()),
      ctx(),
    );
    expectValidResult(result);
    const judged = (result.metrics.notebooks as Array<{ path: string; status: string }>).map((n) => [
      n.path,
      n.status,
    ]);
    // a and c now keep outputs (stripped policy: fail); d and moved/new are stripped. b is gone.
    expect(judged).toEqual([
      ['a.ipynb', 'fail'],
      ['c.ipynb', 'fail'],
      ['d.ipynb', 'pass'],
      ['moved/new.ipynb', 'pass'],
    ]);
    // Five paths added or changed: a, c (unstaged), d, moved/new (renamed), README.md; b, deleted,
    // is left out.
    expect(result.metrics).toMatchObject({ scope: 'changed', base: 'main', changedFiles: 5 });
    expect(result.summary).toContain(
      'Judged the 4 notebook(s) among the 5 file(s) changed since the merge base with main.',
    );
  });

  it('resolves a branch that exists only as origin/<branch> (an Actions checkout) and names the ref used', async () => {
    // `trunk` is no local branch; origin/trunk is main's commit, so the change set is the one above.
    git('update-ref', 'refs/remotes/origin/trunk', 'main');
    const result = await NOTEBOOKS_GATE.evaluate(
      await NOTEBOOKS_GATE.settings({ 'changed-only': true }, { base: 'trunk' }, ctx()),
      ctx(),
    );
    git('update-ref', '-d', 'refs/remotes/origin/trunk');
    expect(result.metrics).toMatchObject({ scope: 'changed', base: 'origin/trunk', changedFiles: 5 });
  });

  it('judges every notebook, and says so, when no base is known', async () => {
    const result = await NOTEBOOKS_GATE.evaluate(
      await NOTEBOOKS_GATE.settings({ 'changed-only': true }, {}, ctx()),
      ctx(),
    );
    expect(result.metrics.scope).toBe('all-no-base');
    expect(result.summary).toMatch(
      /^changed-only is set but no base ref was given .*, so all 4 notebook\(s\) were judged\./,
    );
  });

  it('is an error result, with the fix, when the base is not in the clone', async () => {
    const result = await NOTEBOOKS_GATE.evaluate(
      await NOTEBOOKS_GATE.settings({ 'changed-only': true }, { base: 'origin/nope' }, ctx()),
      ctx(),
    );
    expectValidResult(result);
    expect(result.status).toBe('error');
    expect(result.findings).toEqual([
      expect.objectContaining({
        rule: 'notebooks/bad-input',
        message: 'base ref "origin/nope" does not exist in this repository',
        fix: expect.stringContaining('fetch-depth: 0') as string,
      }),
    ]);
  });
});
