import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCoverage } from '../../src/gates/coverage/evaluate.js';
import type { CoverageSettings } from '../../src/gates/coverage/settings.js';
import { CONFORMANCE_DIR, SHARED_CONFORMANCE_DIR } from '../helpers/paths.js';

/**
 * diff-cover's own integration cases (shared/conformance/diff-cover/cases.json): the same diff
 * and reports must give the same changed-line totals and the same uncovered lines.
 */
interface Case {
  name: string;
  diff: string;
  reports: string[];
  repoRoot?: string;
  expected: { total: number; missing: number; missingLines: Record<string, number[]> };
}

const dir = join(CONFORMANCE_DIR, 'diff-cover');
const { cases } = JSON.parse(readFileSync(join(dir, 'cases.json'), 'utf8')) as { cases: Case[] };

function settings(c: Case): CoverageSettings {
  return {
    cwd: dir,
    root: c.repoRoot ?? dir,
    reports: c.reports,
    diffFile: c.diff,
    pathMap: [],
    inPullRequest: false,
    exclude: [],
    thresholds: {},
    minChangedLines: 1,
    paths: [],
  };
}

describe('diff-cover conformance', () => {
  it('has cases to run', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  for (const c of cases) {
    it(c.name, async () => {
      const result = await evaluateCoverage(settings(c));
      expect(result.status, JSON.stringify(result.findings)).not.toBe('error');
      const patch = result.metrics.patch as {
        covered: number;
        total: number;
        files: Array<{ path: string; missing: number[] }>;
      };
      expect(patch.total).toBe(c.expected.total);
      expect(patch.total - patch.covered).toBe(c.expected.missing);
      const missing = Object.fromEntries(
        patch.files.filter((f) => f.missing.length > 0).map((f) => [f.path, f.missing]),
      );
      expect(missing).toEqual(c.expected.missingLines);
    });
  }
});

describe.skipIf(SHARED_CONFORMANCE_DIR === undefined)('vendored conformance cases', () => {
  it('equal the shared upstream copy (re-copy them when upstream adds cases)', () => {
    const upstream = join(SHARED_CONFORMANCE_DIR as string, 'diff-cover');
    for (const name of readdirSync(upstream)) {
      expect(readFileSync(join(dir, name)), name).toEqual(readFileSync(join(upstream, name)));
    }
  });
});
