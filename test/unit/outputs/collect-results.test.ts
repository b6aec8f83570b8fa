import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { collectResultFiles } from '../../../src/outputs/collect-results.js';
import { ConfigurationError } from '../../../src/util/errors.js';

const root = mkdtempSync(join(tmpdir(), 'mlqg-collect-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe('collectResultFiles: the workspace is the boundary', () => {
  it('refuses results paths that leave the working directory', async () => {
    for (const source of ['../elsewhere', '/tmp/results', 'results/../../x']) {
      await expect(collectResultFiles({ sources: [source], cwd: root })).rejects.toThrow(ConfigurationError);
    }
  });

  it('names a result file that links out of the workspace and reads nothing from it', async () => {
    const ws = join(root, 'ws');
    mkdirSync(join(ws, 'results'), { recursive: true });
    const outside = join(root, 'secret.json');
    writeFileSync(
      outside,
      '{"schemaVersion":1,"gate":"coverage","status":"pass","title":"SECRET","summary":"s","metrics":{},"findings":[]}',
    );
    symlinkSync(outside, join(ws, 'results', 'coverage.json'));
    const got = await collectResultFiles({ sources: ['results'], cwd: ws });
    expect(got.sourced).toEqual([]);
    expect(got.problems).toEqual([
      expect.objectContaining({
        rule: 'report/unsafe-path',
        message:
          'results/coverage.json resolves to a file outside the repository (through a symbolic link); it is not read.',
      }),
    ]);
    expect(JSON.stringify(got.problems)).not.toContain('SECRET');
  });
});
