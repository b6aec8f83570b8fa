import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { changedLines } from '../../src/gates/coverage/diff.js';
import { evaluateCoverage } from '../../src/gates/coverage/evaluate.js';
import { diffSinceMergeBase } from '../../src/util/git.js';
import type { CoverageSettings } from '../../src/gates/coverage/settings.js';
import type { Ratio } from '../../src/result/percent.js';
import type { GateResult } from '../../src/result/types.js';
import { makeExampleRepo } from '../helpers/example-repo.js';
import { EXAMPLE_PROJECT } from '../helpers/paths.js';

/** coverage.py's own TOTAL row from `coverage report` (Stmts, Miss, Branch, BrPart, Cover). */
function coveragePyTotals(): { statements: number; missing: number; branches: number; cover: string } {
  const text = readFileSync(join(EXAMPLE_PROJECT, 'reports', 'coverage-report.txt'), 'utf8');
  const row = text.split('\n').find((l) => l.startsWith('TOTAL'));
  const [, statements, missing, branches, , cover] = (row ?? '').split(/\s+/);
  return {
    statements: Number(statements),
    missing: Number(missing),
    branches: Number(branches),
    cover: cover ?? '',
  };
}

/** Covered branches from the Cobertura root, which coverage.py writes from the same data. */
function coberturaBranchTotals(): { covered: number; valid: number } {
  const xml = readFileSync(join(EXAMPLE_PROJECT, 'reports', 'coverage.xml'), 'utf8');
  return {
    covered: Number(/branches-covered="(\d+)"/.exec(xml)?.[1]),
    valid: Number(/branches-valid="(\d+)"/.exec(xml)?.[1]),
  };
}

function settings(dir: string, overrides: Partial<CoverageSettings> = {}): CoverageSettings {
  return {
    cwd: dir,
    reports: ['reports/coverage.xml'],
    pathMap: [],
    inPullRequest: false,
    exclude: [],
    thresholds: {},
    minChangedLines: 1,
    paths: [],
    ...overrides,
  };
}

describe('coverage gate on the example project (real coverage.py and Node reports)', () => {
  let repo: { dir: string; base: string; head: string };
  beforeAll(async () => {
    repo = await makeExampleRepo();
  });

  it.each(['reports/coverage.xml', 'reports/coverage.json'])(
    "totals of %s equal coverage.py's own",
    async (report) => {
      const result = await evaluateCoverage(settings(repo.dir, { reports: [report] }));
      const totals = coveragePyTotals();
      const branches = coberturaBranchTotals();
      const lines = result.metrics.lines as Ratio;
      expect(lines.total).toBe(totals.statements);
      expect(lines.total - lines.covered).toBe(totals.missing);
      expect((result.metrics.branches as Ratio).total).toBe(totals.branches);
      expect((result.metrics.branches as Ratio).covered).toBe(branches.covered);
      // coverage.py's Cover column (precision = 2) is the statements+branches figure.
      expect(((result.metrics.overall as Ratio).percent ?? 0).toFixed(2)).toBe(totals.cover.replace('%', ''));
    },
  );

  it('measures the pull request against its base like diff-cover (Python and JavaScript merged)', async () => {
    const result = await evaluateCoverage(
      // Node's LCOV also measures the test files; the example's config excludes them too.
      settings(repo.dir, {
        reports: ['reports/coverage.xml', 'reports/web.lcov.info'],
        base: repo.base,
        exclude: ['web/test/**'],
      }),
    );
    const patch = result.metrics.patch as Ratio & { files: Array<{ path: string; missing: number[] }> };
    expect({ covered: patch.covered, total: patch.total }).toEqual({ covered: 57, total: 64 });
    expect(
      Object.fromEntries(patch.files.filter((f) => f.missing.length).map((f) => [f.path, f.missing])),
    ).toEqual({
      'src/churn/evaluate.py': [73],
      'src/churn/serve.py': [103],
      'src/churn/train.py': [146, 152, 153],
      'web/src/client.mjs': [44, 45],
    });
    const ranges = result.findings
      .filter((f) => f.rule === 'coverage/patch-uncovered')
      .map((f) => [f.path, f.line, f.endLine]);
    expect(ranges).toContainEqual(['src/churn/train.py', 152, 153]);
    expect(ranges).toContainEqual(['web/src/client.mjs', 44, 45]);
  });

  it('gives the same patch figures from the committed diff file', async () => {
    const fromGit = await evaluateCoverage(settings(repo.dir, { base: repo.base }));
    const fromFile = await evaluateCoverage(settings(repo.dir, { diffFile: 'changes.diff' }));
    expect(fromFile.metrics.patch).toEqual(fromGit.metrics.patch);
  });

  it('warns about a changed source file that no report contains', async () => {
    const result = await evaluateCoverage(settings(repo.dir, { base: repo.base }));
    const absent = result.findings.filter((f) => f.rule === 'coverage/file-not-in-report');
    expect(absent.map((f) => f.path)).toEqual(['scripts/export_model.py']);
    expect(result.status).toBe('warn');
  });

  it('fails on each kind of threshold and passes when they are met', async () => {
    const check = async (
      t: CoverageSettings['thresholds'],
      extra: Partial<CoverageSettings> = {},
    ): Promise<GateResult> =>
      evaluateCoverage(settings(repo.dir, { base: repo.base, thresholds: t, ...extra }));
    expect((await check({ lines: 80.26 })).status).toBe('warn'); // 301/375 = 80.266…%
    expect((await check({ lines: 80.27 })).status).toBe('fail');
    expect((await check({ patch: 86.84 })).status).toBe('warn'); // 33/38 = 86.842…%
    expect((await check({ patch: 86.85 })).status).toBe('fail');
    expect((await check({ branches: 90 })).status).toBe('fail'); // 141/168 = 83.9%
    const perFile = await check({ file: 84 }); // train.py is 76/95 = 80 %
    expect(perFile.status).toBe('fail');
    expect(perFile.findings.filter((f) => f.rule === 'coverage/file-threshold').map((f) => f.path)).toEqual([
      'src/churn/serve.py',
      'src/churn/train.py',
    ]);
    const perPath = await check({}, { paths: [{ glob: 'src/churn/serve.py', patch: 100 }] });
    expect(perPath.status).toBe('fail');
    expect(perPath.findings.map((f) => f.message).join('\n')).toContain(
      'Patch coverage of src/churn/serve.py',
    );
  });

  it('never reads an unmeasured patch threshold as met: a warning outside a pull request, an error inside', async () => {
    // Line coverage of the example is 301/375 = 80.27%, so only the patch threshold is in question.
    const thresholds = { lines: 80, patch: 90 };
    const local = await evaluateCoverage(settings(repo.dir, { thresholds }));
    expect(local.status).toBe('warn');
    expect(local.summary).not.toMatch(/All thresholds met/);
    expect(local.summary).toMatch(/1 threshold\(s\) not measured/);
    const finding = local.findings.find((f) => f.rule === 'coverage/not-measured');
    expect(finding).toMatchObject({
      severity: 'warning',
      message: 'patch coverage: not measured (no base ref)',
    });

    const inPr = await evaluateCoverage(settings(repo.dir, { thresholds, inPullRequest: true }));
    expect(inPr.status).toBe('error');
    expect(inPr.findings.find((f) => f.rule === 'coverage/not-measured')?.severity).toBe('error');

    // With the base, the same threshold is measured: the example's patch is 33/38 = 86.84% < 90%.
    const measured = await evaluateCoverage(settings(repo.dir, { thresholds, base: repo.base }));
    expect(measured.status).toBe('fail');
    expect(measured.findings.some((f) => f.rule === 'coverage/not-measured')).toBe(false);
  });

  it('never says "All thresholds met" when the patch minimum was not applied (no measured changed line)', async () => {
    // Against HEAD itself nothing changed, so the patch minimum has nothing to apply to.
    const { execFileSync } = await import('node:child_process');
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: repo.dir, encoding: 'utf8' }).trim();
    const result = await evaluateCoverage(
      settings(repo.dir, { base: head, thresholds: { lines: 80, patch: 90 } }),
    );
    expect(result.findings.map((f) => f.rule)).toContain('coverage/patch-too-small');
    expect(result.summary).not.toMatch(/All thresholds met/);
    expect(result.summary).toContain('the patch minimum was not applied');
  });

  it('names the base it used when the given one is only a remote branch', async () => {
    const { execFileSync } = await import('node:child_process');
    const clone = join(repo.dir, '..', 'clone');
    execFileSync('git', ['clone', '-q', '-b', repo.head, `file://${repo.dir}`, clone]);
    const result = await evaluateCoverage(settings(clone, { base: repo.base, thresholds: { patch: 50 } }));
    expect(result.findings).toContainEqual({
      severity: 'notice',
      rule: 'coverage/base-resolved',
      message: `base "${repo.base}" is not a local branch here; using origin/${repo.base}.`,
    });
    expect(result.metrics.patch).toMatchObject({ covered: 33, total: 38 });
  });

  it('fails when coverage drops more than the tolerance against a baseline result', async () => {
    const baselineDir = repo.dir;
    const baseline = {
      schemaVersion: 1,
      gate: 'coverage',
      status: 'pass',
      title: '',
      summary: '',
      metrics: { lines: { covered: 303, total: 375, percent: 80.8 } },
      findings: [],
    };
    writeFileSync(join(baselineDir, 'baseline.json'), JSON.stringify(baseline));
    const within = await evaluateCoverage(
      settings(repo.dir, { baseline: { file: 'baseline.json', maxDrop: 0.6, required: true } }),
    );
    expect(within.status).toBe('pass');
    const beyond = await evaluateCoverage(
      settings(repo.dir, { baseline: { file: 'baseline.json', maxDrop: 0.5, required: true } }),
    );
    expect(beyond.status).toBe('fail');
    expect(beyond.findings.map((f) => f.rule)).toContain('coverage/baseline-drop');
  });

  it('is an error, with the paths it tried, when no changed line maps onto the report', async () => {
    // The report of a build that packaged the code under another name (a common Docker layout).
    const xml = readFileSync(join(repo.dir, 'reports', 'coverage.xml'), 'utf8')
      .replace('<source>src</source>', '<source>/opt/app/lib</source>')
      .replaceAll('filename="churn/', 'filename="churn_service/');
    writeFileSync(join(repo.dir, 'renamed.xml'), xml);
    const result = await evaluateCoverage(settings(repo.dir, { base: repo.base, reports: ['renamed.xml'] }));
    expect(result.status).toBe('error');
    expect(result.findings[0]?.rule).toBe('coverage/paths-do-not-match');
    expect(result.findings[0]?.message).toMatch(/"churn_service\/\w+\.py" → tried "[^"]+"/);
    expect(result.findings[0]?.fix).toMatch(/path-map/);
  });

  it('is the same error without a base when no report path is a file of the repository', async () => {
    // The case: the reports of another tree pass "PASS 85.32%" when no base is given.
    // Every filename="churn/…" under <source>/opt/app/lib</source> becomes churn_service/…,
    // which is neither tracked in the example repository nor on disk.
    const xml = readFileSync(join(repo.dir, 'reports', 'coverage.xml'), 'utf8')
      .replace('<source>src</source>', '<source>/opt/app/lib</source>')
      .replaceAll('filename="churn/', 'filename="churn_service/');
    writeFileSync(join(repo.dir, 'elsewhere.xml'), xml);
    const result = await evaluateCoverage(settings(repo.dir, { reports: ['elsewhere.xml'] }));
    expect(result.status).toBe('error');
    expect(result.findings.map((f) => f.rule)).toEqual(['coverage/paths-do-not-match']);
    expect(result.findings[0]?.message).toMatch(
      /^No coverage report path maps onto a file of the repository/,
    );
    // Each sample names the report's path and the repository paths it was tried as.
    expect(result.findings[0]?.message).toMatch(/"churn_service\/\w+\.py" → tried "[^"]+"/);
    expect(result.findings[0]?.fix).toMatch(/path-map/);
    // With a path-map entry onto the real directory, the same report is judged as usual.
    const mapped = await evaluateCoverage(
      settings(repo.dir, {
        reports: ['elsewhere.xml'],
        pathMap: [{ from: 'churn_service/', to: 'src/churn/' }],
      }),
    );
    expect(mapped.status).toBe('pass');
  });

  it('takes uncommitted changes into the diff, numbered as in the working tree', async () => {
    const copy = await makeExampleRepo();
    const committed = changedLines((await diffSinceMergeBase(copy.dir, copy.base)).diff, 'committed');
    const before = committed.find((f) => f.path === 'src/churn/evaluate.py')?.addedLines ?? [];
    // Two lines inserted at the top shift every committed change in the file down by two.
    const path = join(copy.dir, 'src', 'churn', 'evaluate.py');
    writeFileSync(path, `# local edit\n# another\n${readFileSync(path, 'utf8')}`);
    const withEdit = changedLines((await diffSinceMergeBase(copy.dir, copy.base)).diff, 'working tree');
    const after = withEdit.find((f) => f.path === 'src/churn/evaluate.py')?.addedLines ?? [];
    expect(after).toEqual([1, 2, ...before.map((l) => l + 2)]);
  });

  it.each([['-output=/tmp/x'], ['--help']])(
    'rejects a base ref that git would read as an option (%s)',
    async (base) => {
      const result = await evaluateCoverage(settings(repo.dir, { base }));
      expect(result.status).toBe('error');
      expect(result.findings[0]?.message).toMatch(/is not a valid git ref/);
    },
  );

  it('rejects a report with an absurd line number instead of allocating for it', async () => {
    writeFileSync(
      join(repo.dir, 'huge-line.xml'),
      '<coverage><packages><package><classes><class filename="src/churn/data.py"><lines><line number="4000000000" hits="1"/></lines></class></classes></package></packages></coverage>',
    );
    const result = await evaluateCoverage(settings(repo.dir, { reports: ['huge-line.xml'] }));
    expect(result.status).toBe('error');
    expect(result.findings[0]?.message).toMatch(
      /huge-line\.xml: src\/churn\/data\.py has line number 4000000000/,
    );
  });
});
