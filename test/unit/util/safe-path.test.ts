import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assertReadable, staysInside, unsafeReason } from '../../../src/util/safe-path.js';

const base = mkdtempSync(join(tmpdir(), 'mlqg-safe-path-'));
const repo = join(base, 'repo');
afterAll(() => {
  rmSync(base, { recursive: true, force: true });
});

mkdirSync(join(repo, 'data'), { recursive: true });
mkdirSync(join(repo, '.git'), { recursive: true });
writeFileSync(join(repo, '.git', 'config'), '[core]\n');
writeFileSync(join(repo, 'data', 'ok.csv'), 'a\n1\n');
writeFileSync(join(base, 'outside.csv'), 'secret\n');
mkdirSync(join(base, 'elsewhere'));
writeFileSync(join(base, 'elsewhere', 'x.csv'), 'secret\n');
symlinkSync(join(base, 'outside.csv'), join(repo, 'data', 'out.csv'));
symlinkSync('ok.csv', join(repo, 'data', 'alias.csv'));
symlinkSync('../.git/config', join(repo, 'data', 'git.csv'));
symlinkSync('nowhere.csv', join(repo, 'data', 'dangling.csv'));
symlinkSync(join(base, 'elsewhere'), join(repo, 'linked-dir'));
execFileSync('mkfifo', [join(repo, 'data', 'pipe.csv')]);

describe('unsafeReason: the checkout is the boundary', () => {
  it.each([
    ['data/ok.csv', undefined],
    ['data/alias.csv', undefined], // a link to a file inside the repository is fine
    ['data/missing.csv', undefined], // missing: whoever reads it says so
    ['data/out.csv', 'resolves to a file outside the repository (through a symbolic link)'],
    ['linked-dir/x.csv', 'resolves to a file outside the repository (through a symbolic link)'],
    ['data/git.csv', 'resolves into .git (through a symbolic link)'],
    ['.git/config', 'is inside .git'],
    ['data/dangling.csv', 'is a symbolic link that points nowhere'],
    ['data/pipe.csv', 'is a FIFO (named pipe), not a regular file'],
    ['data', 'is a directory, not a regular file'],
  ])('%s → %s', async (path, reason) => {
    expect(await unsafeReason(repo, path)).toBe(reason);
  });

  it('assertReadable names the path and quotes nothing of the target', async () => {
    await expect(assertReadable(repo, 'data/out.csv')).rejects.toThrow(
      'data/out.csv resolves to a file outside the repository (through a symbolic link); it is not read',
    );
  });

  it('staysInside refuses absolute paths and .. segments only', () => {
    expect(['a/b.csv', '**/*.csv', '!tmp/**', 'a..b/c', '.hidden/x'].map(staysInside)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['/etc/passwd', '../x', 'a/../../b', 'C:/x', 'a\\..\\b'].map(staysInside)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
