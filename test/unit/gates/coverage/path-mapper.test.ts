import { describe, expect, it } from 'vitest';
import { PathMapper } from '../../../../src/gates/coverage/path-mapper.js';

const ROOT = '/work/repo';
const KNOWN = new Set([
  'src/churn/train.py',
  'src/churn/serve.py',
  'ml/src/churn/features.py',
  'web/src/client.mjs',
  'pkg/api/handler.go',
  'a/utils.py',
  'b/utils.py',
]);
const mapper = () => new PathMapper(ROOT, KNOWN, [{ from: '/app/', to: 'src/' }], false);

describe('PathMapper', () => {
  it.each([
    ['repository-relative', 'src/churn/train.py', [], 'src/churn/train.py'],
    ['absolute under the root', '/work/repo/web/src/client.mjs', [], 'web/src/client.mjs'],
    ['relative to a <sources> root', 'churn/serve.py', ['/work/repo/src'], 'src/churn/serve.py'],
    ['relative to a relative source root', 'churn/serve.py', ['src'], 'src/churn/serve.py'],
    [
      'absolute from another machine',
      '/home/runner/work/repo/repo/src/churn/train.py',
      [],
      'src/churn/train.py',
    ],
    ['relative to a subdirectory', 'churn/features.py', [], 'ml/src/churn/features.py'],
    ['a Go import path', 'github.com/acme/repo/pkg/api/handler.go', [], 'pkg/api/handler.go'],
    ['Windows separators', 'src\\churn\\train.py', [], 'src/churn/train.py'],
    ['Windows absolute', 'C:\\agent\\_work\\1\\s\\src\\churn\\train.py', [], 'src/churn/train.py'],
    ['a declared rewrite', '/app/churn/train.py', [], 'src/churn/train.py'],
    ['a ./ prefix', './src/churn/train.py', [], 'src/churn/train.py'],
  ])('maps %s', (_what, reportPath, roots, expected) => {
    const result = mapper().map(reportPath, roots);
    expect(result).toMatchObject({ path: expected, matched: true });
  });

  it('takes a path under the root the way path.relative does, however the root and path are written', () => {
    // Absolute paths under the root are cut by a slice when already normal; anything else
    // (dot segments, doubled or trailing slashes, the root itself) goes through path.relative.
    // The first candidate tried is the path relative to the root, found without guessing.
    const cases: Array<[string, string]> = [
      ['/work/repo/src/churn/train.py', 'src/churn/train.py'],
      ['/work/repo/src/../src/churn/train.py', 'src/churn/train.py'],
      ['/work/repo/./src/churn/train.py', 'src/churn/train.py'],
      ['/work/repo//src/churn/train.py', 'src/churn/train.py'],
      ['/work/repo/src/churn/../churn/serve.py', 'src/churn/serve.py'],
      ['/work/repo/../repo/a/utils.py', 'a/utils.py'],
    ];
    for (const root of ['/work/repo', '/work/repo/', '/work/./repo']) {
      const m = new PathMapper(root, KNOWN, [], false);
      for (const [reportPath, expected] of cases)
        expect(m.map(reportPath), `${root} ${reportPath}`).toEqual({ path: expected, matched: true, tried: [expected] });
      // A sibling directory whose name starts like the root's is not under it: found by suffix.
      expect(m.map('/work/repository/src/churn/train.py').tried).toEqual(['/work/repository/src/churn/train.py']);
      expect(m.map('/work/repo/not-tracked.py')).toMatchObject({ path: 'not-tracked.py', matched: false });
    }
  });

  it('does not guess between two files with the same name', () => {
    const result = mapper().map('/elsewhere/utils.py');
    expect(result.matched).toBe(false);
  });

  it('does not match a bare file name against a deeper path', () => {
    expect(mapper().map('/x/train.py').matched).toBe(false);
  });

  it('reports what it tried when nothing matches', () => {
    const result = mapper().map('lib/unknown.py', ['/work/repo/src']);
    expect(result.matched).toBe(false);
    expect(result.tried).toEqual(['src/lib/unknown.py', 'lib/unknown.py']);
  });
});
