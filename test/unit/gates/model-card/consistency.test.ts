import { describe, expect, it } from 'vitest';
import {
  claimedNumbers,
  compareMetrics,
  type MetricClaim,
  toolkitClaims,
} from '../../../../src/gates/model-card/consistency.js';
import type { CardMetadata } from '../../../../src/gates/model-card/metadata.js';

const claim = (name: string, value: unknown, split?: string, line = 10): MetricClaim => ({
  name,
  aliases: [],
  value,
  line,
  source: 'model-index',
  ...(split ? { split } : {}),
});
const options = { tolerance: 0.001, ignore: ['*.loss'], cardPath: 'README.md', metricsPath: 'metrics.json' };

describe('claimedNumbers', () => {
  it('reads numbers, numeric text and percentages', () => {
    expect(claimedNumbers(0.9)).toEqual([0.9]);
    expect(claimedNumbers(' 0.91 ')).toEqual([0.91]);
    expect(claimedNumbers('**91.2%**')).toEqual([0.912, 91.2]);
    expect(claimedNumbers('n/a')).toBeUndefined();
  });

  it('reads money as written in a card: a currency sign and thousands separators', () => {
    expect(claimedNumbers('12,345')).toEqual([12345]);
    expect(claimedNumbers('$12,345.60')).toEqual([12345.6]);
    expect(claimedNumbers('-$1,000')).toEqual([-1000]);
    expect(claimedNumbers('€ 9.5')).toEqual([9.5]);
    // Not groups of three: not a thousands separator (a decimal comma is not guessed at).
    expect(claimedNumbers('12,34')).toBeUndefined();
    expect(claimedNumbers('1,2345')).toBeUndefined();
  });
});

describe('compareMetrics', () => {
  it('accepts figures within the tolerance and percentages of fractions', () => {
    const file = new Map([
      ['test.accuracy', 0.9104],
      ['test.roc_auc', 0.95],
    ]);
    const r = compareMetrics([claim('accuracy', 0.91, 'test'), claim('ROC AUC', '95%')], file, options);
    expect(r.findings).toEqual([]);
    expect(r.checked).toBe(2);
  });

  it('reports a mismatch on the claim line, and a file metric the card does not state', () => {
    // |0.88 - 0.862| = 0.018 > 0.001
    const file = new Map([
      ['test.accuracy', 0.862],
      ['test.f1', 0.7],
      ['test.loss', 0.3],
    ]);
    const r = compareMetrics([claim('accuracy', 0.88, 'test', 7)], file, options);
    expect(r.findings.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ['model-card/metric-missing', 'warning', undefined],
      ['model-card/metric-mismatch', 'error', 7],
    ]);
    expect(r).toMatchObject({ mismatched: 1, missing: 1 });
  });

  it('matches splits: a validation claim is not compared with a test figure', () => {
    const file = new Map([['test.accuracy', 0.8]]);
    const r = compareMetrics([claim('accuracy', 0.95, 'validation')], file, options);
    expect(r.findings.map((f) => f.rule).sort()).toEqual([
      'model-card/metric-missing',
      'model-card/metric-unverified',
    ]);
  });

  it('checks an unsplit table claim against any figure of that name', () => {
    const file = new Map([
      ['test.accuracy', 0.8],
      ['val.accuracy', 0.82],
    ]);
    expect(compareMetrics([claim('Accuracy', '0.82')], file, options).findings).toEqual([]);
    expect(compareMetrics([claim('Accuracy', '0.9')], file, options).findings[0]?.rule).toBe(
      'model-card/metric-mismatch',
    );
  });
});

/**
 * performance_metrics of a real toolkit card: tensorflow/model-card-toolkit
 * model_card_toolkit/utils/testdata/cats_vs_dogs_v0_0_2.json (commit 74d7e6d): the overall
 * accuracy, then the slices "cat" and "Dog".
 */
const TOOLKIT_METRICS = [
  { type: 'accuracy', value: '0.9781249761581421', threshold: '0.5' },
  { type: 'accuracy', value: '0.9932885766029358', slice: 'cat', threshold: '0.5' },
  { type: 'accuracy', value: '0.9649122953414917', slice: 'Dog', threshold: '0.5' },
];

function toolkitCard(metrics: unknown[]): CardMetadata {
  return { value: { quantitative_analysis: { performance_metrics: metrics } }, lineOf: () => undefined };
}

describe('toolkit slices', () => {
  it('keeps a slice on its claim, and takes "", "overall" and no slice as the overall figure', () => {
    const claims = toolkitClaims(
      toolkitCard([
        ...TOOLKIT_METRICS,
        { type: 'auc', value: '0.9', slice: '' },
        { type: 'f1', value: '0.8', slice: 'Overall' },
      ]),
    );
    expect(claims.map((c) => [c.name, c.slice])).toEqual([
      ['accuracy', undefined],
      ['accuracy', 'cat'],
      ['accuracy', 'Dog'],
      ['auc', undefined],
      ['f1', undefined],
    ]);
  });

  it('compares the overall figure only: the slices are not in a file of overall figures', () => {
    // The file holds the card's own overall figure, so nothing disagrees; the two slices were
    // compared with 0.978... before (and failed, 0.993 - 0.978 > 0.001).
    const r = compareMetrics(
      toolkitClaims(toolkitCard(TOOLKIT_METRICS)),
      new Map([['accuracy', 0.9781249761581421]]),
      options,
    );
    expect(r.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        'model-card/metric-unverified',
        'README.md: accuracy (slice cat) = "0.9932885766029358" is not in metrics.json, so it could not be checked.',
      ],
      [
        'model-card/metric-unverified',
        'README.md: accuracy (slice Dog) = "0.9649122953414917" is not in metrics.json, so it could not be checked.',
      ],
    ]);
    expect(r).toMatchObject({ checked: 1, mismatched: 0, missing: 0 });
  });

  it('compares each slice with the same slice of the file, whatever the nesting', () => {
    const claims = toolkitClaims(toolkitCard(TOOLKIT_METRICS));
    const file = new Map([
      ['accuracy', 0.9781],
      ['slices.cat.accuracy', 0.9933],
      // "Dog" and "dog" are one slice, as metric names match.
      ['dog_accuracy', 0.96],
    ]);
    const r = compareMetrics(claims, file, options);
    // Only the Dog slice disagrees: |0.9649 - 0.96| = 0.0049 > 0.001.
    expect(r.findings.map((f) => f.rule)).toEqual(['model-card/metric-mismatch']);
    expect(r.findings[0]?.message).toContain(
      'the card states accuracy (slice Dog) = "0.9649122953414917", but metrics.json reports dog_accuracy = 0.96',
    );
    expect(r).toMatchObject({ checked: 3, mismatched: 1, missing: 0 });
  });

  it('does not let the overall claim stand for a slice of the file', () => {
    const claims = toolkitClaims(toolkitCard(TOOLKIT_METRICS.slice(0, 2)));
    // The overall claim 0.978 would agree with test.cat.accuracy = 0.978 if it could name it.
    const r = compareMetrics(claims, new Map([['test.cat.accuracy', 0.978]]), options);
    expect(r.findings.map((f) => f.rule).sort()).toEqual([
      'model-card/metric-mismatch', // the cat claim 0.993 vs 0.978
      'model-card/metric-unverified', // the overall claim: no overall figure
    ]);
  });
});

describe('per-metric tolerances', () => {
  it('judges R² by an absolute and an error in dollars by a relative bound', () => {
    const claims = [claim('r2', 0.912, 'test'), claim('mae_usd', 1234.57, 'test')];
    const file = new Map([
      ['test.r2', 0.9114],
      ['test.mae_usd', 1240],
    ]);
    const tolerances = [
      { metric: 'r2', absolute: 0.001, relative: 0 },
      { metric: 'mae_usd', absolute: 0, relative: 0.01 },
    ];
    // 0.0006 ≤ 0.001 and 5.43 ≤ 12.4 (1 % of 1240): both agree.
    expect(compareMetrics(claims, file, { ...options, tolerances }).findings).toEqual([]);
    // With the one default tolerance (0.001) the dollar figure cannot agree.
    expect(compareMetrics(claims, file, options).findings.map((f) => f.rule)).toEqual([
      'model-card/metric-mismatch',
    ]);
    // 1260 is 20 away from 1240, more than 12.4.
    const off = compareMetrics([claim('mae_usd', 1260, 'test')], new Map([['test.mae_usd', 1240]]), {
      ...options,
      tolerances,
    });
    expect(off.findings[0]?.message).toContain('reports test.mae_usd = 1240 (tolerance 1% = ±12.4)');
  });
});
