import { describe, expect, it } from 'vitest';
import { checkChange, describeRule } from '../../../../src/gates/model-evaluation/judge/change.js';
import type { MetricRule } from '../../../../src/gates/model-evaluation/settings.js';

const up = (r: Partial<MetricRule>): MetricRule => ({ metric: 'roc_auc', greaterIsBetter: true, ...r });
const down = (r: Partial<MetricRule>): MetricRule => ({ metric: 'log_loss', greaterIsBetter: false, ...r });

/**
 * Expected outcomes worked out by hand from MLflow's `_validate`
 * (mlflow/models/evaluation/validation.py) for its two rules, and from the drop definitions.
 */
describe('change against the baseline', () => {
  it('min-absolute-change (MLflow): higher is better needs candidate ≥ baseline + change', () => {
    expect(checkChange(up({ minAbsoluteChange: 0.01 }), 0.91, 0.9).improvementMissing).toBeUndefined(); // 0.91 ≥ 0.91
    expect(checkChange(up({ minAbsoluteChange: 0.02 }), 0.91, 0.9).improvementMissing).toContain(
      'at least 0.92',
    );
    // lower is better: candidate ≤ baseline − change
    expect(checkChange(down({ minAbsoluteChange: 0.05 }), 0.3, 0.35).improvementMissing).toBeUndefined();
    expect(checkChange(down({ minAbsoluteChange: 0.05 }), 0.31, 0.35).improvementMissing).toContain(
      'at most 0.3',
    );
  });

  it('min-relative-change (MLflow): (c − b)/b ≥ change, or (b − c)/b for lower is better', () => {
    // (1 − 0.9)/0.9 = 0.111 ≥ 0.1; (0.98 − 0.9)/0.9 = 0.0889 < 0.1. (Like MLflow, the relative
    // check is in floating point: (0.99 − 0.9)/0.9 is 0.09999999999999996 there too.)
    expect(checkChange(up({ minRelativeChange: 0.1 }), 1, 0.9).improvementMissing).toBeUndefined();
    expect(checkChange(up({ minRelativeChange: 0.1 }), 0.98, 0.9).improvementMissing).toContain('got 8.89%');
    // (0.4 − 0.3)/0.4 = 0.25 ≥ 0.2
    expect(checkChange(down({ minRelativeChange: 0.2 }), 0.3, 0.4).improvementMissing).toBeUndefined();
    // A baseline of 0 falls back to "better by 1e-10".
    expect(checkChange(up({ minRelativeChange: 0.5 }), 1e-9, 0).improvementMissing).toBeUndefined();
    expect(checkChange(up({ minRelativeChange: 0.5 }), 0, 0).improvementMissing).toContain('baseline of 0');
  });

  it('max-drop allows a drop up to the amount, in the metric’s bad direction', () => {
    expect(checkChange(up({ maxDrop: 0.01 }), 0.895, 0.9).tooLarge).toBeUndefined();
    expect(checkChange(up({ maxDrop: 0.01 }), 0.88, 0.9).tooLarge).toBe(
      'worse by 0.02 (2.22%), more than max-drop 0.01 allows',
    );
    expect(checkChange(down({ maxDrop: 0.01 }), 0.305, 0.3).tooLarge).toBeUndefined();
    expect(checkChange(down({ maxDrop: 0.01 }), 0.32, 0.3).tooLarge).toContain('worse by 0.02');
    // Improvements are never too large.
    expect(checkChange(up({ maxDrop: 0 }), 0.95, 0.9).tooLarge).toBeUndefined();
  });

  it('max-relative-drop is a fraction of |baseline|, so a negative baseline (R²) keeps its meaning', () => {
    // r2: −0.2 → −0.25 is worse by 0.05 = 25% of |−0.2|
    const r2 = { metric: 'r2', greaterIsBetter: true, maxRelativeDrop: 0.2 };
    expect(checkChange(r2, -0.25, -0.2).tooLarge).toContain('25%');
    expect(checkChange(r2, -0.22, -0.2).tooLarge).toBeUndefined();
    // A baseline of 0 allows no drop at all.
    expect(checkChange({ ...r2, maxRelativeDrop: 0.5 }, -0.001, 0).tooLarge).toBeDefined();
  });

  it('describes the rule for the table', () => {
    expect(describeRule(up({ min: 0.8, maxDrop: 0.01, maxRelativeDrop: 0.02 }))).toBe(
      '≥ 0.8, drop ≤ 0.01, drop ≤ 2%',
    );
    expect(describeRule(up({}))).toBeNull();
  });
});
