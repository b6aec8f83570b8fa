import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverNotebooks, notebookFilter } from '../../../../src/gates/notebooks/discover.js';

let root: string;
let outside: string;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'mlqg-nb-discover-'));
  outside = mkdtempSync(join(tmpdir(), 'mlqg-nb-outside-'));
  const files = [
    'a.ipynb',
    'notebooks/b.ipynb',
    'notebooks/.ipynb_checkpoints/b-checkpoint.ipynb',
    'notebooks/deep/c.ipynb',
    'notebooks/notes.md',
    'node_modules/pkg/d.ipynb',
    '.venv/lib/site-packages/e.ipynb',
    'third_party/f.ipynb',
    '.git/g.ipynb',
  ];
  for (const file of files) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    writeFileSync(join(root, file), '{}');
  }
  writeFileSync(join(outside, 'secret.ipynb'), '{}');
  symlinkSync(outside, join(root, 'linked-dir'));
  symlinkSync(join(outside, 'secret.ipynb'), join(root, 'notebooks', 'link.ipynb'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('discoverNotebooks', () => {
  it('finds notebooks, skipping checkpoints, dependencies, VCS data, excludes and linked folders', async () => {
    const include = ['**/*.ipynb'];
    const found = await discoverNotebooks(root, include, notebookFilter(include, ['third_party/**']));
    // linked-dir/secret.ipynb is not listed: the link to a folder is not followed. The link to a
    // file is listed; reading it refuses it.
    expect(found).toEqual(['a.ipynb', 'notebooks/b.ipynb', 'notebooks/deep/c.ipynb', 'notebooks/link.ipynb']);
  });

  it('walks only below the static part of the globs', async () => {
    const include = ['notebooks/deep/**/*.ipynb', 'missing/**/*.ipynb'];
    expect(await discoverNotebooks(root, include, notebookFilter(include, []))).toEqual([
      'notebooks/deep/c.ipynb',
    ]);
  });

  it('takes a plain path as a glob that matches that file', async () => {
    const include = ['notebooks/b.ipynb', 'a.ipynb'];
    expect(await discoverNotebooks(root, include, notebookFilter(include, []))).toEqual([
      'a.ipynb',
      'notebooks/b.ipynb',
    ]);
  });

  it('filters changed files the same way', () => {
    const filter = notebookFilter(['**/*.ipynb'], ['third_party/**']);
    expect(
      ['a.ipynb', 'x/.ipynb_checkpoints/y.ipynb', 'third_party/f.ipynb', 'README.md'].filter(filter),
    ).toEqual(['a.ipynb']);
  });
});
