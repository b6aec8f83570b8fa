import { describe, expect, it } from 'vitest';
import { diffConfigs } from '../../../src/config/config-diff.js';

describe('diffConfigs: what a pull request changes in the gates it is judged by', () => {
  it('lists each changed setting with whether it lowers the bar', () => {
    const base = {
      coverage: { thresholds: { lines: 80, patch: 90 }, exclude: ['web/test/**'] },
      'data-schema': { compatibility: 'full' as const, waivers: [] },
      'model-card': { 'min-words': 5, metrics: { tolerance: 0.0005 } },
      report: { 'fail-on': 'error' as const },
    };
    const head = {
      coverage: { thresholds: { lines: 85, patch: 50 }, exclude: ['web/test/**', 'src/**'] },
      'data-schema': {
        compatibility: 'none' as const,
        waivers: [{ schema: 'data/a.json', reason: 'r', expires: '2030-01-01' }],
      },
      'model-card': { enabled: false, 'min-words': 5, metrics: { tolerance: 0.01 } },
      report: { 'fail-on': 'never' as const },
    };
    // Worked out by hand: every key whose value differs, sorted, and the direction of each.
    expect(diffConfigs(base, head).map((c) => [c.key, c.base, c.head, c.loosens])).toEqual([
      ['coverage.exclude', ['web/test/**'], ['web/test/**', 'src/**'], true],
      ['coverage.thresholds.lines', 80, 85, false],
      ['coverage.thresholds.patch', 90, 50, true],
      ['data-schema.compatibility', 'full', 'none', true],
      ['data-schema.waivers', [], [{ schema: 'data/a.json', reason: 'r', expires: '2030-01-01' }], true],
      ['model-card.enabled', undefined, false, true],
      ['model-card.metrics.tolerance', 0.0005, 0.01, true],
      ['report.fail-on', 'error', 'never', true],
    ]);
  });

  it('reports a removed section once, as switching the gate off, and nothing for equal configs', () => {
    const base = { coverage: { thresholds: { lines: 80 } }, 'model-card': { models: 'models/*/' } };
    expect(diffConfigs(base, { coverage: { thresholds: { lines: 80 } } })).toEqual([
      { key: 'model-card', base: 'configured', head: undefined, loosens: true },
    ]);
    expect(diffConfigs(base, structuredClone(base))).toEqual([]);
    // Removing a minimum loosens; adding one tightens.
    expect(diffConfigs({ coverage: { thresholds: { lines: 80 } } }, { coverage: {} })[0]?.loosens).toBe(true);
    expect(diffConfigs({ coverage: {} }, { coverage: { thresholds: { lines: 80 } } })[0]?.loosens).toBe(
      false,
    );
  });
});
