import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type DifferenceInterval,
  pairedBootstrap,
} from '../../../../src/gates/model-evaluation/judge/bootstrap.js';
import { type PairedTables, pairTables } from '../../../../src/gates/model-evaluation/judge/pairing.js';
import { quantiles } from '../../../../src/gates/model-evaluation/judge/percentile.js';
import { Xoshiro128 } from '../../../../src/gates/model-evaluation/judge/prng.js';
import type { PredictionTable } from '../../../../src/gates/model-evaluation/table.js';
import { closeTo, runPython, seeded, sklearnMissing } from './python.js';

const SCRIPT = join(import.meta.dirname, 'bootstrap-reference.py');
const missing = sklearnMissing();

/** A binary table with ids r0…r(n-1); predictions are score ≥ 0.5. */
function binaryTable(
  labels: number[],
  scores: number[],
  ids = labels.map((_, i) => `r${i}`),
): PredictionTable {
  return {
    task: 'binary-classification',
    n: labels.length,
    classes: ['0', '1'],
    labelClass: Int32Array.from(labels),
    predClass: Int32Array.from(scores, (s) => (s >= 0.5 ? 1 : 0)),
    score: Float64Array.from(scores),
    scoreKind: 'probability',
    groups: [],
    ids,
    where: 'line',
  };
}

describe('numpy percentiles', () => {
  it('interpolates linearly between closest ranks (numpy "linear")', () => {
    // np.percentile([1, 2, 3, 4], [0, 25, 50, 90, 100]) = [1, 1.75, 2.5, 3.7, 4]
    const got = quantiles([4, 1, 3, 2], [0, 0.25, 0.5, 0.9, 1]);
    expect(got.map((x) => Number(x.toFixed(12)))).toEqual([1, 1.75, 2.5, 3.7, 4]);
  });
});

describe('pairing candidate and baseline rows', () => {
  it('joins on ids, drops rows in one file only and rows whose labels differ', () => {
    const c = binaryTable([1, 0, 1, 0], [0.9, 0.2, 0.4, 0.6], ['a', 'b', 'c', 'd']);
    const b = binaryTable([1, 1, 0], [0.7, 0.3, 0.1], ['c', 'b', 'a']);
    const pair = pairTables(c, b);
    // a: labels 1 vs 0 → mismatch; b: 0 vs 1 → mismatch; c: 1 vs 1 → kept; d: no partner.
    expect(pair).toMatchObject({
      unmatchedCandidate: 1,
      unmatchedBaseline: 0,
      labelMismatches: 2,
      firstMismatch: 'a',
    });
    expect(Array.from(pair?.candidate.score ?? [])).toEqual([0.4]);
    expect(Array.from(pair?.baseline.score ?? [])).toEqual([0.7]);
  });
});

describe(`paired bootstrap equals a replay with scikit-learn${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it.skipIf(missing !== undefined)(
    'same draws, same intervals for ROC AUC, accuracy, log loss and recall',
    () => {
      const rnd = seeded(7);
      const n = 150;
      const y: number[] = [];
      const sc: number[] = [];
      const sb: number[] = [];
      for (let i = 0; i < n; i++) {
        const label = rnd() < 0.3 ? 1 : 0;
        y.push(label);
        // Ties (two decimals) and a candidate slightly better than the baseline.
        sc.push(
          Math.round(Math.min(1, Math.max(0, 0.35 + (label ? 0.25 : -0.05) + (rnd() - 0.5) * 0.6)) * 100) /
            100,
        );
        sb.push(
          Math.round(Math.min(1, Math.max(0, 0.35 + (label ? 0.2 : 0) + (rnd() - 0.5) * 0.6)) * 100) / 100,
        );
      }
      const settings = { enabled: true, resamples: 200, confidence: 0.9, seed: 1234 };
      const metrics = ['roc_auc', 'accuracy', 'log_loss', 'recall'];
      const pair = pairTables(binaryTable(y, sc), binaryTable(y, sb)) as PairedTables;
      const ours = pairedBootstrap(pair, metrics, settings);
      const theirs = runPython(SCRIPT, {
        y,
        score_candidate: sc,
        score_baseline: sb,
        ...settings,
        metrics,
      }) as Record<string, { lower: number; upper: number; resamples: number }> & { first_u32: number[] };
      const rng = new Xoshiro128(1234);
      expect(Array.from({ length: 5 }, () => rng.nextU32())).toEqual(theirs.first_u32);
      for (const metric of metrics) {
        const got = ours.get(metric) as DifferenceInterval;
        const want = theirs[metric] as { lower: number; upper: number; resamples: number };
        expect(got.resamples, metric).toBe(want.resamples);
        expect(closeTo(got.lower, want.lower), `${metric} lower ${got.lower} vs ${want.lower}`).toBe(true);
        expect(closeTo(got.upper, want.upper), `${metric} upper ${got.upper} vs ${want.upper}`).toBe(true);
      }
    },
  );

  it('is reproducible: the same seed gives the same interval, another seed another one', () => {
    const rnd = seeded(3);
    const y = Array.from({ length: 80 }, () => (rnd() < 0.5 ? 1 : 0));
    const s = y.map((l) => Math.min(1, Math.max(0, l * 0.3 + rnd() * 0.7)));
    const pair = pairTables(
      binaryTable(y, s),
      binaryTable(
        y,
        s.map((x) => 1 - x),
      ),
    ) as PairedTables;
    const run = (seed: number) =>
      pairedBootstrap(pair, ['roc_auc'], { enabled: true, resamples: 100, confidence: 0.95, seed }).get(
        'roc_auc',
      );
    expect(run(5)).toEqual(run(5));
    expect(run(5)?.lower).not.toBe(run(6)?.lower);
  });
});

describe('drawing a resample', () => {
  it('draws the same indexes as calling below(n) n times', () => {
    const n = 1000;
    const counts = new Uint32Array(n);
    new Xoshiro128(99).drawCounts(counts);
    const rng = new Xoshiro128(99);
    const expected = new Uint32Array(n);
    for (let j = 0; j < n; j++) {
      const at = rng.below(n);
      expected[at] = (expected[at] ?? 0) + 1;
    }
    expect(Array.from(counts)).toEqual(Array.from(expected));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(n);
  });
});
