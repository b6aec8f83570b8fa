import { describe, expect, it } from 'vitest';
import type { DifferenceInterval } from '../../../../src/gates/model-evaluation/judge/bootstrap.js';
import { judgeMetric, type MetricCase } from '../../../../src/gates/model-evaluation/judge/judge-metric.js';

const BASE: MetricCase = {
  model: 'm',
  metric: 'roc_auc',
  greaterIsBetter: true,
  rule: { metric: 'roc_auc', greaterIsBetter: true, min: 0.8, maxDrop: 0.01 },
  candidate: { value: 0.85, path: 'p.csv' },
  baseline: { value: 0.9 },
  hasBaseline: true,
  baselineLabel: 'the champion',
};

function interval(lower: number, upper: number): DifferenceInterval {
  return {
    metric: 'roc_auc',
    difference: -0.05,
    lower,
    upper,
    confidence: 0.95,
    resamples: 1000,
    unmeasurable: 0,
  };
}

describe('judging one metric', () => {
  it('blocks a drop beyond the tolerance when the interval is entirely below 0', () => {
    const { row, findings } = judgeMetric({ ...BASE, interval: interval(-0.08, -0.02) });
    expect(row).toMatchObject({
      candidate: 0.85,
      baseline: 0.9,
      verdict: 'fail',
      ci: { lower: -0.08, upper: -0.02 },
    });
    expect(row.delta).toBeCloseTo(-0.05, 12);
    expect(findings.map((f) => [f.severity, f.rule])).toEqual([['error', 'model-evaluation/regression']]);
    expect(findings[0]?.message).toContain('[-0.08, -0.02] excludes 0');
    expect(findings[0]?.path).toBe('p.csv');
  });

  it('only warns when the interval includes 0: the drop may be noise', () => {
    const { row, findings } = judgeMetric({ ...BASE, interval: interval(-0.09, 0.01) });
    expect(row.verdict).toBe('warn');
    expect(findings.map((f) => [f.severity, f.rule])).toEqual([
      ['warning', 'model-evaluation/regression-not-significant'],
    ]);
  });

  it('for lower-is-better metrics the bad side is above 0', () => {
    const logLoss: MetricCase = {
      ...BASE,
      metric: 'log_loss',
      greaterIsBetter: false,
      rule: { metric: 'log_loss', greaterIsBetter: false, maxDrop: 0.005 },
      candidate: { value: 0.31 },
      baseline: { value: 0.3 },
    };
    expect(judgeMetric({ ...logLoss, interval: interval(0.002, 0.02) }).row.verdict).toBe('fail');
    expect(judgeMetric({ ...logLoss, interval: interval(-0.002, 0.02) }).row.verdict).toBe('warn');
  });

  it('without an interval blocks a drop beyond a configured tolerance, and warns when none is configured', () => {
    expect(judgeMetric(BASE).findings.map((f) => f.severity)).toEqual(['error']);
    const noTolerance = { ...BASE, rule: { metric: 'roc_auc', greaterIsBetter: true, min: 0.8 } };
    const judged = judgeMetric(noTolerance);
    expect(judged.row.verdict).toBe('warn');
    expect(judged.findings[0]?.fix).toContain('max-drop');
  });

  it('checks the absolute bound independently of the baseline', () => {
    const { findings } = judgeMetric({ ...BASE, candidate: { value: 0.79 }, hasBaseline: false });
    delete (findings[0] as { path?: string }).path;
    expect(findings).toEqual([
      {
        severity: 'error',
        rule: 'model-evaluation/threshold',
        message: 'm: roc_auc is 0.79, below the minimum 0.8.',
        fix: 'Improve the model until roc_auc ≥ 0.8, or lower thresholds.roc_auc.min with a reason in the PR.',
      },
    ]);
  });

  it('cannot judge a threshold on a metric that is not measurable or missing', () => {
    const nm = judgeMetric({ ...BASE, candidate: { value: null, reason: 'only one class in the labels' } });
    expect(nm.findings[0]).toMatchObject({ rule: 'model-evaluation/not-measurable', severity: 'error' });
    expect(nm.row).toMatchObject({ verdict: 'error', note: 'not measurable: only one class in the labels' });
    const missing: MetricCase = { ...BASE };
    delete missing.candidate;
    expect(judgeMetric(missing).findings[0]?.rule).toBe('model-evaluation/metric-missing');
  });

  it('says when the baseline lacks a metric a change rule needs', () => {
    const noValue: MetricCase = { ...BASE };
    delete noValue.baseline;
    expect(judgeMetric(noValue).findings[0]).toMatchObject({
      severity: 'warning',
      rule: 'model-evaluation/baseline-metric-missing',
    });
  });

  it('an unruled metric is information only', () => {
    const info: MetricCase = { ...BASE };
    delete info.rule;
    expect(judgeMetric(info)).toMatchObject({ row: { verdict: 'info', threshold: null }, findings: [] });
  });
});
