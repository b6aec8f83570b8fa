import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateCoverage } from '../../src/gates/coverage/evaluate.js';
import type { Ratio } from '../../src/result/percent.js';
import { makeExampleRepo } from '../helpers/example-repo.js';

/**
 * Differential tests against the real diff-cover (Debian package `diff-cover`; .ci/run installs
 * it). Both tools read the same report and the same git history; their figures must agree.
 * Outside CI the suite is skipped when diff-cover is not installed; in CI it must run.
 */
const hasDiffCover = spawnSync('diff-cover', ['--version']).status === 0;
if (!hasDiffCover && process.env.CI)
  throw new Error('CI must have diff-cover installed (.ci/run installs it)');

interface DiffCoverJson {
  total_num_lines: number;
  total_num_violations: number;
  src_stats: Record<string, { violation_lines: number[] }>;
}

function diffCover(dir: string, report: string): DiffCoverJson {
  const out = join(dir, '..', `diff-cover-${Date.now()}-${Math.random()}.json`);
  execFileSync('diff-cover', [report, '--compare-branch', 'main', '--json-report', out, '-q'], { cwd: dir });
  return JSON.parse(readFileSync(out, 'utf8')) as DiffCoverJson;
}

async function ours(dir: string, report: string) {
  const result = await evaluateCoverage({
    cwd: dir,
    reports: [report],
    base: 'main',
    pathMap: [],
    inPullRequest: false,
    exclude: [],
    thresholds: {},
    minChangedLines: 1,
    paths: [],
  });
  expect(result.status, JSON.stringify(result.findings)).not.toBe('error');
  const patch = result.metrics.patch as Ratio & { files: Array<{ path: string; missing: number[] }> };
  return {
    total: patch.total,
    missing: patch.total - patch.covered,
    violations: Object.fromEntries(
      patch.files.filter((f) => f.missing.length > 0).map((f) => [f.path, f.missing]),
    ),
  };
}

function theirs(json: DiffCoverJson) {
  return {
    total: json.total_num_lines,
    missing: json.total_num_violations,
    violations: Object.fromEntries(
      Object.entries(json.src_stats)
        .filter(([, s]) => s.violation_lines.length > 0)
        .map(([path, s]) => [path, [...s.violation_lines].sort((a, b) => a - b)]),
    ),
  };
}

/** A small seeded generator, so a failing case can be replayed. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Six edits at random lines: change a line, insert one, or delete one. */
function randomEdits(text: string, random: () => number, round: number): string {
  const lines = text.split('\n');
  for (let edit = 0; edit < 6; edit++) {
    const at = Math.floor(random() * lines.length);
    const kind = random();
    if (kind < 0.4) lines[at] = `${lines[at]}  # edited ${round}-${edit}`;
    else if (kind < 0.7) lines.splice(at, 0, `# inserted ${round}-${edit}`);
    else lines.splice(at, 1);
  }
  return lines.join('\n');
}

function git(dir: string, args: string[]): void {
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], {
    cwd: dir,
    stdio: 'ignore',
  });
}

describe.skipIf(!hasDiffCover)('patch coverage agrees with diff-cover', () => {
  let repo: { dir: string };
  beforeAll(async () => {
    repo = await makeExampleRepo();
  });

  it.each(['reports/coverage.xml', 'reports/web.lcov.info'])(
    'on the example pull request (%s)',
    async (report) => {
      expect(await ours(repo.dir, report)).toEqual(theirs(diffCover(repo.dir, report)));
    },
  );

  it('on random edits of the example sources (seeded)', async () => {
    const random = prng(20261123);
    const files = [
      'src/churn/train.py',
      'src/churn/serve.py',
      'src/churn/evaluate.py',
      'src/churn/data.py',
      'web/src/client.mjs',
    ];
    for (let round = 0; round < 4; round++) {
      git(repo.dir, ['checkout', '-q', '-B', `random-${round}`, 'feature']);
      for (const file of files) {
        if (random() < 0.3) continue;
        const path = join(repo.dir, file);
        writeFileSync(path, randomEdits(readFileSync(path, 'utf8'), random, round));
      }
      git(repo.dir, ['commit', '-q', '-am', `random edits ${round}`]);
      for (const report of ['reports/coverage.xml', 'reports/web.lcov.info']) {
        expect(await ours(repo.dir, report), `round ${round}, ${report}`).toEqual(
          theirs(diffCover(repo.dir, report)),
        );
      }
    }
  });
});
