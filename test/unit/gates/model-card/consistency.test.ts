import { describe, expect, it } from 'vitest';
import {
  claimedNumbers,
  compareMetrics,
  type MetricClaim,
} from '../../../../src/gates/model-card/consistency.js';

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
