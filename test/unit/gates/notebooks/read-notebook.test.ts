import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readNotebook } from '../../../../src/gates/notebooks/read-notebook.js';

let root: string;
let outside: string;

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'mlqg-nb-read-')));
  outside = realpathSync(mkdtempSync(join(tmpdir(), 'mlqg-nb-read-outside-')));
  mkdirSync(join(root, '.git'));
  mkdirSync(join(root, 'nb'));
  writeFileSync(join(root, 'nb', 'ok.ipynb'), '{"cells": []}');
  writeFileSync(join(outside, 'passwd.ipynb'), 'root:x:0:0');
  writeFileSync(join(root, '.git', 'config'), '[core]');
  symlinkSync(join(outside, 'passwd.ipynb'), join(root, 'nb', 'out.ipynb'));
  symlinkSync(join(root, '.git', 'config'), join(root, 'nb', 'git.ipynb'));
  symlinkSync('ok.ipynb', join(root, 'nb', 'inside.ipynb'));
  symlinkSync(join(root, 'nb', 'missing.ipynb'), join(root, 'nb', 'dangling.ipynb'));
  writeFileSync(join(root, 'nb', 'binary.ipynb'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0a]));
  writeFileSync(join(root, 'nb', 'latin1.ipynb'), Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]));
  // 200 MB, sparse: nothing of it may be read.
  writeFileSync(join(root, 'nb', 'huge.ipynb'), '');
  truncateSync(join(root, 'nb', 'huge.ipynb'), 200 * 1024 * 1024);
  execFileSync('mkfifo', [join(root, 'nb', 'fifo.ipynb')]);
  mkdirSync(join(root, 'nb', 'dir.ipynb'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const MAX = 32 * 1024 * 1024;
const read = (path: string) => readNotebook(root, root, path, MAX);

describe('readNotebook', () => {
  it('reads a notebook, and a link that stays inside the repository', async () => {
    expect(await read('nb/ok.ipynb')).toEqual({ ok: true, text: '{"cells": []}', bytes: 13 });
    expect(await read('nb/inside.ipynb')).toMatchObject({ ok: true, bytes: 13 });
  });

  it.each([
    [
      'nb/out.ipynb',
      'unsafe-path',
      'nb/out.ipynb is a symbolic link that points outside the repository; it was not read.',
    ],
    [
      'nb/git.ipynb',
      'unsafe-path',
      'nb/git.ipynb is a symbolic link that points into the .git folder; it was not read.',
    ],
    ['nb/fifo.ipynb', 'unsafe-path', 'nb/fifo.ipynb is not a regular file; it was not read.'],
    ['nb/dir.ipynb', 'unsafe-path', 'nb/dir.ipynb is not a regular file; it was not read.'],
    [
      'nb/dangling.ipynb',
      'unsafe-path',
      'nb/dangling.ipynb cannot be opened (ENOENT: a link to a missing file?).',
    ],
    ['nb/binary.ipynb', 'invalid', 'nb/binary.ipynb is not a notebook: it holds NUL bytes (binary data).'],
    ['nb/latin1.ipynb', 'invalid', 'nb/latin1.ipynb is not a notebook: it is not valid UTF-8.'],
    [
      'nb/huge.ipynb',
      'too-large',
      'nb/huge.ipynb is 200 MiB, over the 32 MiB read limit: it was not read, so nothing else was checked.',
    ],
  ])('refuses %s (%s) without quoting it', async (path, rule, message) => {
    const result = await read(path);
    expect(result).toMatchObject({ ok: false, draft: { rule, message } });
    // Nothing of the file or the link's target is in the finding.
    expect(JSON.stringify(result)).not.toMatch(/root:x|\[core\]|mlqg-nb-read-outside/);
  });
});
