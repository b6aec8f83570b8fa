import { describe, expect, it } from 'vitest';
import { keyMetric } from '../../../../src/gates/data-schema/describe.js';

describe("data-schema's key metric is the figure that decided the status", () => {
  it('shows breaking changes when they, not rows, failed the gate', () => {
    expect(keyMetric(0, 3, 1)).toEqual({
      label: 'breaking changes',
      value: 1,
      threshold: 0,
      direction: 'max',
    });
  });
  it('shows invalid rows when there are any, and when nothing failed', () => {
    expect(keyMetric(2, 3, 1)).toMatchObject({ label: 'invalid rows', value: 2 });
    expect(keyMetric(0, 3, 0)).toMatchObject({ label: 'invalid rows', value: 0 });
    expect(keyMetric(0, 0, 0)).toMatchObject({ label: 'invalid rows', value: null });
  });
});
