import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { disparities, groupRates } from '../../../../src/gates/model-evaluation/judge/fairness.js';
import { judgeSlices } from '../../../../src/gates/model-evaluation/judge/slices.js';
import { inMemoryRows } from '../../../../src/gates/model-evaluation/prediction-rows.js';
import type { SliceSettings } from '../../../../src/gates/model-evaluation/settings.js';
import type { GroupColumn, PredictionTable } from '../../../../src/gates/model-evaluation/table.js';
import { closeTo, runPython, seeded, sklearnMissing } from './python.js';

/** A binary table from (group, label, prediction[, weight]) rows; scores follow the predictions. */
function table(rows: Array<[string, number, number, number?]>): PredictionTable {
  const values = [...new Set(rows.map((r) => r[0]))];
  const group: GroupColumn = {
    name: 'group',
    values,
    codes: Int32Array.from(rows, (r) => values.indexOf(r[0])),
  };
  const weighted = rows.some((r) => r[3] !== undefined);
  return {
    task: 'binary-classification',
    n: rows.length,
    classes: ['0', '1'],
    labelClass: Int32Array.from(rows, (r) => r[1]),
    predClass: Int32Array.from(rows, (r) => r[2]),
    score: Float64Array.from(rows, (r, i) => (r[2] ? 0.6 : 0.4) + i * 1e-4),
    scoreKind: 'probability',
    ...(weighted ? { weight: Float64Array.from(rows, (r) => r[3] ?? 1) } : {}),
    groups: [group],
    where: 'line',
  };
}

// Group A: (y, ŷ) = (1,1) (1,1) (1,0) (0,1) (0,0) (0,0); group B: (1,1) (1,0) (0,0) (0,0).
const HAND = table([
  ['A', 1, 1],
  ['A', 1, 1],
  ['A', 1, 0],
  ['A', 0, 1],
  ['A', 0, 0],
  ['A', 0, 0],
  ['B', 1, 1],
  ['B', 1, 0],
  ['B', 0, 0],
  ['B', 0, 0],
]);

describe('Fairlearn’s disparities', () => {
  it('match values worked out by hand', () => {
    const rates = groupRates(inMemoryRows(HAND), 0, [0, 1]);
    // A: selection 3/6, TPR 2/3, FPR 1/3. B: selection 1/4, TPR 1/2, FPR 0/2.
    expect(rates).toEqual([
      { value: 'A', selectionRate: 0.5, truePositiveRate: 2 / 3, falsePositiveRate: 1 / 3 },
      { value: 'B', selectionRate: 0.25, truePositiveRate: 0.5, falsePositiveRate: 0 },
    ]);
    const d = disparities(rates);
    // DPD 0.5 − 0.25; DPR 0.25/0.5; EOD max(2/3 − 1/2, 1/3 − 0) = 1/3; EOR min(0.5/(2/3), 0/(1/3)) = 0
    expect(d.demographic_parity_difference).toEqual({ value: 0.25, between: ['B', 'A'] });
    expect(d.demographic_parity_ratio.value).toBe(0.5);
    expect(d.equalized_odds_difference.value).toBeCloseTo(1 / 3, 15);
    expect(d.equalized_odds_ratio.value).toBe(0);
  });

  it('leave a group without positives out of the TPR spread (Fairlearn would count its TPR as 0)', () => {
    const t = table([
      ['A', 1, 1],
      ['A', 0, 0],
      ['B', 0, 1],
      ['B', 0, 0],
    ]);
    const rates = groupRates(inMemoryRows(t), 0, [0, 1]);
    expect(rates[1]?.truePositiveRate).toBeNull();
    expect(disparities(rates).equalized_odds_difference.value).toBeNull();
    expect(disparities(rates).equalized_odds_difference.note).toBe(
      'fewer than two judged groups with a defined true positive rate',
    );
  });

  const missing = sklearnMissing();
  it.skipIf(missing !== undefined)(
    `equal Fairlearn’s definitions replayed with scikit-learn${missing ? ` (skipped: ${missing})` : ''}`,
    () => {
      const rnd = seeded(11);
      const rows: Array<[string, number, number, number]> = [];
      for (let i = 0; i < 3000; i++) {
        const g = ['north', 'south', 'east', 'west'][Math.floor(rnd() * 4)] as string;
        const y = rnd() < (g === 'east' ? 0.2 : 0.35) ? 1 : 0;
        const yhat = rnd() < (y ? 0.7 : g === 'west' ? 0.25 : 0.1) ? 1 : 0;
        rows.push([g, y, yhat, Math.round(rnd() * 300) / 100 + 0.01]);
      }
      const t = table(rows);
      const column = t.groups[0] as GroupColumn;
      const ours = disparities(
        groupRates(
          inMemoryRows(t),
          0,
          column.values.map((_, i) => i),
        ),
      );
      const theirs = runPython(join(import.meta.dirname, 'fairness-reference.py'), {
        y: rows.map((r) => r[1]),
        yhat: rows.map((r) => r[2]),
        group: rows.map((r) => r[0]),
        weight: rows.map((r) => r[3]),
      }) as Record<string, number>;
      for (const [metric, value] of Object.entries(theirs)) {
        const got = ours[metric as keyof typeof ours].value;
        expect(got !== null && closeTo(got, value), `${metric}: ${String(got)} vs ${value}`).toBe(true);
      }
    },
  );
});

describe('slices', () => {
  const settings: SliceSettings = {
    columns: ['group'],
    minRows: 5,
    min: { recall: 0.6 },
    max: {},
    maxGap: { demographic_parity_difference: 0.2, recall: 0.5 },
    minRatio: {},
  };

  it('judges slices with enough rows, reports smaller ones without judging them', () => {
    const out = judgeSlices(
      { model: 'm', rows: inMemoryRows(HAND), primary: 'accuracy', path: 'p.csv' },
      settings,
    );
    // A has 6 rows (recall 2/3 ≥ 0.6); B has 4 < 5 rows: shown, not judged, though its recall 0.5 < 0.6.
    expect(out.slices.map((s) => [s.value, s.rows, s.judged, s.verdict, s.metrics.recall])).toEqual([
      ['A', 6, true, 'pass', 2 / 3],
      ['B', 4, false, 'not judged', 0.5],
    ]);
    // With one judged group there is no gap to measure.
    expect(out.gaps.map((g) => [g.metric, g.value, g.verdict])).toEqual([
      ['recall gap', null, 'not judged'],
      ['demographic_parity_difference', null, 'not judged'],
    ]);
    expect(out.findings).toEqual([]);
  });

  it('fails a judged slice under its minimum and a gap over its limit, with the slice in the message', () => {
    const out = judgeSlices(
      { model: 'm', rows: inMemoryRows(HAND), primary: 'accuracy', path: 'p.csv' },
      { ...settings, minRows: 1 },
    );
    expect(out.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'model-evaluation/slice-threshold',
        'm: recall on group=B (4 rows) is 0.5, below the slice minimum 0.6.',
      ],
      [
        'model-evaluation/fairness',
        'm: demographic_parity_difference over group is 0.25 (between group=B and group=A); the limit is ≤ 0.2.',
      ],
    ]);
    expect(out.gaps.find((g) => g.metric === 'recall gap')).toMatchObject({
      verdict: 'pass',
      between: ['B', 'A'],
    });
  });
});
