import { describe, expect, it } from 'vitest';
import { judgeBudgets } from '../../../../src/gates/model-evaluation/judge/budgets.js';

describe('budgets', () => {
  const bench = {
    path: 'b.json',
    latencyMs: new Map([
      ['p95', 110],
      ['p99', 300],
    ]),
    throughputRps: 80,
  };
  const baseBench = { path: 'a.json', latencyMs: new Map([['p95', 100]]), throughputRps: 100 };

  it('holds each figure to its maximum and its growth against the baseline', () => {
    const { rows, findings } = judgeBudgets({
      model: 'm',
      budgets: {
        artifacts: [],
        sizeMb: { max: 50, maxGrowth: 0.1 },
        benchmarkFile: 'b.json',
        latencyMs: { p95: { max: 120, maxGrowth: 0.05 }, p99: { max: 250 } },
        throughputRps: { min: 50, maxGrowth: 0.1 },
      },
      sizeBytes: 12_000_000,
      baseSizeBytes: 10_000_000,
      sizePath: 'models/m',
      bench,
      baseBench,
    });
    // size 12 MB ≤ 50 but +20% > 10%; p95 110 ≤ 120 but +10% > 5%; p99 300 > 250; throughput 80 ≥ 50 but −20% > 10%.
    expect(rows.map((r) => [r.budget, r.candidate, r.baseline, r.growth, r.verdict])).toEqual([
      ['size', 12, 10, 0.2, 'fail'],
      ['latency p95', 110, 100, 0.1, 'fail'],
      ['latency p99', 300, null, null, 'fail'],
      ['throughput', 80, 100, -0.2, 'fail'],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      'm: size is 12 MB, up 20% from 10 MB at the baseline (allowed: 10%).',
      'm: latency p95 is 110 ms, up 10% from 100 ms at the baseline (allowed: 5%).',
      'm: latency p99 is 300 ms, over the budget of 250 ms.',
      'm: throughput is 80 requests/s, down 20% from 100 requests/s at the baseline (allowed: 10%).',
    ]);
    expect(findings[0]?.path).toBe('models/m');
  });

  it('cannot judge a configured figure the benchmark lacks', () => {
    const { rows, findings } = judgeBudgets({
      model: 'm',
      budgets: { artifacts: [], latencyMs: { p50: { max: 10 } } },
      bench,
    });
    expect(rows[0]).toMatchObject({ verdict: 'error', note: 'not measured' });
    expect(findings[0]?.rule).toBe('model-evaluation/budget-missing');
  });
});
