import { describe, expect, it } from 'vitest';
import { checkRepositoryMapping } from '../../../../src/gates/coverage/findings.js';
import { LineSet } from '../../../../src/gates/coverage/line-set.js';
import type { MergedFile } from '../../../../src/gates/coverage/store.js';

/** A merged file as the store keeps it; only the mapping fields matter here. */
function file(reportPath: string, matched: boolean, tried: string[]): MergedFile {
  return {
    path: tried[0] ?? reportPath,
    measured: new LineSet(),
    covered: new LineSet(),
    records: 1,
    reportPath,
    matched,
    tried,
    formats: new Set(['cobertura']),
  };
}

describe('checkRepositoryMapping', () => {
  it('is an error naming up to three report paths and what each was tried as, when none maps', () => {
    const files = [
      file('/build/app/a.py', false, ['/build/app/a.py']),
      file('pkg/b.py', false, ['src/pkg/b.py', 'pkg/b.py']),
      file('pkg/c.py', false, ['pkg/c.py']),
      file('pkg/d.py', false, ['pkg/d.py']),
    ];
    const finding = checkRepositoryMapping(files);
    expect(finding).toMatchObject({ severity: 'error', rule: 'coverage/paths-do-not-match' });
    expect(finding?.message).toBe(
      'No coverage report path maps onto a file of the repository: none of the 4 file(s) the reports measure is among its tracked files or on disk. ' +
        'Report paths seen: "/build/app/a.py" → tried "/build/app/a.py"; "pkg/b.py" → tried "src/pkg/b.py", "pkg/b.py"; "pkg/c.py" → tried "pkg/c.py".',
    );
    expect(finding?.fix).toMatch(/coverage\.path-map/);
  });

  it('says nothing when one file maps, or when there is no file at all (another check says so)', () => {
    expect(checkRepositoryMapping([file('x.py', false, ['x.py']), file('src/a.py', true, ['src/a.py'])])).toBe(
      undefined,
    );
    expect(checkRepositoryMapping([])).toBe(undefined);
  });
});
