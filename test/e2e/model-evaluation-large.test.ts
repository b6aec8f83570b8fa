// End to end: a predictions file larger than one chunk (262,144 rows) through the built
// dist/cli.js — the rows stream through a scratch file and the curves come from an external sort.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/paths.js';
import { expectValidResult } from '../helpers/result-schema.js';

const ROWS = 300_000;

/**
 * A closed-form file (no random generator): every third row positive, a score mixing the label with a
 * scrambled index (many ties: three decimals), four regions of 75,000 rows interleaved by fours.
 */
function predictions(): string {
  const rows = ['label,score,region'];
  for (let i = 0; i < ROWS; i++) {
    const label = (i * 7) % 3 === 0 ? 1 : 0;
    const score = ((((i * 7919) % 1000) / 1000) * 0.6 + label * 0.4).toFixed(3);
    rows.push(`${label},${score},${['north', 'south', 'east', 'west'][(i >> 2) % 4] as string}`);
  }
  return `${rows.join('\n')}\n`;
}

const CONFIG = `model-evaluation:
  models:
    - name: big
      task: binary-classification
      predictions: p.csv
      columns: { label: label, score: score, groups: [region] }
      baseline: { from: none }
      thresholds:
        roc_auc: { min: 0.9 }
      slices:
        columns: [region]
        min: { roc_auc: 0.9 }
`;

describe('model evaluation of 300,000 predictions through dist (chunked, external sort)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mlqg-large-eval-'));
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives scikit-learn’s figures for all rows and each slice, and leaves no scratch file', () => {
    const repo = join(dir, 'repo');
    const scratch = join(dir, 'tmp');
    mkdirSync(join(repo, '.github'), { recursive: true });
    mkdirSync(scratch);
    writeFileSync(join(repo, 'p.csv'), predictions());
    writeFileSync(join(repo, '.github', 'ml-quality-gates.yml'), CONFIG);
    const run = spawnSync(
      process.execPath,
      [join(REPO_ROOT, 'dist', 'cli.js'), 'model-evaluation', '--format', 'json'],
      {
        cwd: repo,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, TMPDIR: scratch },
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout) as {
      status: string;
      metrics: {
        models: Array<{
          table: Array<{ metric: string; candidate: number }>;
          slices: Array<{ value: string; rows: number; metrics: Record<string, number> }>;
        }>;
      };
    };
    expectValidResult(result);
    expect(result.status).toBe('pass');
    const model = result.metrics.models[0];
    const metric = (name: string) => model?.table.find((r) => r.metric === name)?.candidate;
    // /usr/bin/python3: y, s, g from p.csv; sklearn.metrics.roc_auc_score(y, s) = 0.944456,
    // average_precision_score(y, s) = 0.9132284277147774, accuracy_score(y, s >= 0.5) = 0.8333…
    expect(metric('roc_auc')).toBeCloseTo(0.944456, 12);
    expect(metric('pr_auc')).toBeCloseTo(0.9132284277147774, 12);
    expect(metric('accuracy')).toBeCloseTo(0.8333333333333334, 12);
    // roc_auc_score(y[g == v], s[g == v]) per region.
    expect(model?.slices.map((s) => [s.value, s.rows])).toEqual([
      ['north', 75_000],
      ['south', 75_000],
      ['east', 75_000],
      ['west', 75_000],
    ]);
    const expected: Record<string, number> = {
      north: 0.944688,
      south: 0.944692,
      east: 0.944688,
      west: 0.944692,
    };
    for (const s of model?.slices ?? [])
      expect(s.metrics.roc_auc).toBeCloseTo(expected[s.value] as number, 12);
    expect(readdirSync(scratch)).toEqual([]);
  });
});
