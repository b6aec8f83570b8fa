import { describe, expect, it } from 'vitest';
import { mapWithBudget } from '../../../../src/gates/notebooks/budget-pool.js';

describe('mapWithBudget', () => {
  it('keeps the order, never exceeds the budget, and runs an oversized task alone', async () => {
    const weights = [30, 30, 30, 100, 10, 60, 5];
    let inFlight = 0;
    let weightInFlight = 0;
    let maxWeight = 0;
    let maxTasks = 0;
    const aloneWhenHeavy: boolean[] = [];
    const results = await mapWithBudget(
      weights.map((w, i) => ({ w, i })),
      (item) => Promise.resolve(item.w),
      { concurrency: 3, budget: 64 },
      async (item) => {
        inFlight++;
        weightInFlight += Math.min(item.w, 64);
        maxTasks = Math.max(maxTasks, inFlight);
        maxWeight = Math.max(maxWeight, weightInFlight);
        if (item.w > 64) aloneWhenHeavy.push(inFlight === 1);
        await new Promise((r) => setTimeout(r, 2));
        inFlight--;
        weightInFlight -= Math.min(item.w, 64);
        return item.i * 10;
      },
    );
    expect(results).toEqual([0, 10, 20, 30, 40, 50, 60]);
    expect(maxTasks).toBeLessThanOrEqual(3);
    expect(maxWeight).toBeLessThanOrEqual(64);
    expect(aloneWhenHeavy).toEqual([true]);
  });

  it('handles no items', async () => {
    expect(
      await mapWithBudget(
        [],
        () => Promise.resolve(1),
        { concurrency: 4, budget: 1 },
        () => Promise.resolve(1),
      ),
    ).toEqual([]);
  });
});
