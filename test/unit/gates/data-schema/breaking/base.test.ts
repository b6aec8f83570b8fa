import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  BaseError,
  loadBaseVersion,
  loadHistory,
  resolveMergeBase,
} from '../../../../../src/gates/data-schema/breaking/base.js';
import { GitRepo } from './git-repo.js';

const repos: GitRepo[] = [];
function repo(): GitRepo {
  const r = new GitRepo();
  repos.push(r);
  return r;
}
afterAll(() => {
  for (const r of repos) r.remove();
});

describe('base version from git', () => {
  it('reads the schema at the merge base, not at the tip of the base branch', async () => {
    const r = repo();
    const fork = r.commit({ 's.json': { v: 1 } });
    r.git('checkout', '-q', '-b', 'pr');
    r.commit({ 's.json': { v: 3 } });
    r.git('checkout', '-q', 'main');
    r.commit({ 's.json': { v: 2 } }, 'main moved on');
    r.git('checkout', '-q', 'pr');
    const { mergeBase, note } = await resolveMergeBase(r.dir, 'main');
    expect(mergeBase).toBe(fork);
    expect(note).toBeUndefined();
    expect(await loadBaseVersion(r.dir, mergeBase, 's.json')).toEqual({
      commit: fork,
      path: 's.json',
      value: { v: 1 },
    });
  });

  it('returns undefined for a schema that is new in the PR', async () => {
    const r = repo();
    const c = r.commit({ 'a.json': {} });
    expect(await loadBaseVersion(r.dir, c, 'new.json')).toBeUndefined();
  });

  it('parses YAML bases with the safe YAML parser', async () => {
    const r = repo();
    const c = r.commit({ 'schema.yaml': 'fields:\n  - name: a\n    type: integer\n' });
    expect((await loadBaseVersion(r.dir, c, 'schema.yaml'))?.value).toEqual({
      fields: [{ name: 'a', type: 'integer' }],
    });
  });

  it('reports a base that does not parse as a BaseError', async () => {
    const r = repo();
    const c = r.commit({ 'bad.json': '{ not json' });
    await expect(loadBaseVersion(r.dir, c, 'bad.json')).rejects.toBeInstanceOf(BaseError);
  });

  it('refuses option-like and empty refs without running git with them', async () => {
    const r = repo();
    r.commit({ 'a.json': {} });
    await expect(resolveMergeBase(r.dir, '--output=/tmp/x')).rejects.toThrow(/not a valid git ref/);
    await expect(resolveMergeBase(r.dir, '')).rejects.toThrow(/not a valid git ref/);
    await expect(resolveMergeBase(r.dir, 'main two')).rejects.toThrow(/not a valid git ref/);
  });

  it('explains a missing base ref with fetch-depth: 0', async () => {
    const r = repo();
    r.commit({ 'a.json': {} });
    const error = await resolveMergeBase(r.dir, 'origin/main').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BaseError);
    expect((error as BaseError).message).toBe(
      'base ref "origin/main" does not exist in this repository, so schema changes cannot be compared',
    );
    expect((error as BaseError).fix).toContain('fetch-depth: 0');
  });

  it('reads base: main as origin/main in a clone where only the remote branch exists (an Actions checkout)', async () => {
    const upstream = repo();
    const fork = upstream.commit({ 's.json': { v: 1 } });
    const clone = repo();
    clone.git('fetch', '-q', upstream.dir, 'main:refs/remotes/origin/main');
    clone.git('checkout', '-q', '-b', 'pr', 'origin/main');
    clone.commit({ 's.json': { v: 2 } });
    // The clone's own main was never created (git init made it unborn): only origin/main exists.
    expect(() => clone.git('rev-parse', '--verify', '--quiet', 'refs/heads/main')).toThrow();
    expect(await resolveMergeBase(clone.dir, 'main')).toEqual({
      mergeBase: fork,
      note: 'base "main" is not a local branch here; using origin/main',
    });
  });

  it('says the directory is not a git repository, rather than that the ref is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-not-git-'));
    try {
      const error = await resolveMergeBase(dir, 'main').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BaseError);
      expect((error as BaseError).message).toMatch(/not (inside )?a git (repository|work tree)/i);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lists distinct earlier versions newest first, following a rename', async () => {
    const r = repo();
    // Long enough that git sees "rename with a small edit" (it detects renames by similarity).
    const pad = Array.from({ length: 40 }, (_, i) => `column-${i}`);
    const c1 = r.commit({ 'old.json': { v: 1, pad } });
    r.commit({ 'other.json': {} });
    r.git('rm', '-q', 'old.json');
    r.commit({ 'new.json': { v: 2, pad } }, 'rename and edit');
    const c3 = r.commit({ 'new.json': { v: 3, pad } });
    const history = await loadHistory(r.dir, c3, 'new.json');
    expect(history.map((h) => (h.value as { v: number }).v)).toEqual([3, 2, 1]);
    expect(history[2]).toMatchObject({ commit: c1, path: 'old.json' });
  });
});
