import { describe, expect, it } from 'vitest';
import { combineResults } from '../../../src/report/combine.js';
import { gate } from './fixtures.js';

const none = { expect: [], searched: '/tmp/results' };

describe('combineResults', () => {
  it('orders gates coverage, data-schema, model-card, registry-approval, then others by id', () => {
    const { results, problems } = combineResults(
      ['zeta', 'registry-approval', 'model-card', 'alpha', 'coverage', 'data-schema'].map((g, i) => ({
        result: gate({ gate: g, status: 'pass' }),
        origin: `f${i}.json`,
      })),
      [],
      none,
    );
    expect(problems).toEqual([]);
    expect(results.map((r) => r.gate)).toEqual([
      'coverage',
      'data-schema',
      'model-card',
      'registry-approval',
      'alpha',
      'zeta',
    ]);
  });

  it('two results for one gate are an error naming both files, shown as the report row first', () => {
    const { results, problems } = combineResults(
      [
        { result: gate({ gate: 'coverage', status: 'pass' }), origin: 'a/coverage.json' },
        { result: gate({ gate: 'coverage', status: 'fail' }), origin: 'b/coverage.json' },
      ],
      [],
      none,
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toMatch(
      /a\/coverage\.json \(pass\) and b\/coverage\.json \(fail\), conflicting/,
    );
    expect(results.map((r) => `${r.gate}:${r.status}`)).toEqual(['report:error', 'coverage:pass']);
  });

  it('identical duplicates are an error too; distinct ids of one gate are not', () => {
    const same = gate({ gate: 'coverage', status: 'pass' });
    expect(
      combineResults(
        [
          { result: same, origin: 'x' },
          { result: { ...same }, origin: 'y' },
        ],
        [],
        none,
      ).problems[0]?.message,
    ).toMatch(/identical/);
    const shards = combineResults(
      [
        { result: gate({ gate: 'coverage', id: 'coverage-py', status: 'pass' }), origin: 'x' },
        { result: gate({ gate: 'coverage', id: 'coverage-js', status: 'pass' }), origin: 'y' },
      ],
      [],
      none,
    );
    expect(shards.problems).toEqual([]);
    expect(shards.results.map((r) => r.id)).toEqual(['coverage-js', 'coverage-py']);
  });

  it('an expected gate without a result, and no result at all, are errors', () => {
    const missing = combineResults(
      [{ result: gate({ gate: 'coverage', status: 'pass' }), origin: 'x' }],
      [],
      {
        expect: [
          { id: 'coverage', because: 'config' },
          { id: 'model-card', because: 'config' },
          { id: 'registry-approval', because: 'expect' },
        ],
        searched: 's',
      },
    );
    // Each missing gate is its own error row, named as the gate (not a row of the report's problems).
    expect(missing.problems).toEqual([]);
    expect(missing.results.map((r) => [r.gate, r.status])).toEqual([
      ['coverage', 'pass'],
      ['model-card', 'error'],
      ['registry-approval', 'error'],
    ]);
    const [, card, registry] = missing.results;
    expect(card?.findings.map((f) => [f.severity, f.rule])).toEqual([['error', 'report/missing-result']]);
    expect(card?.findings[0]?.message).toBe(
      'No result for model-card, which the config enables: its step crashed before writing one, was skipped by an `if:`, or ran in another job whose result artifact is missing (looked in s).',
    );
    expect(registry?.findings[0]?.message).toMatch(
      /^No result for registry-approval, which report.expect names:/,
    );
    const empty = combineResults([], [], none);
    expect(empty.problems.map((p) => p.rule)).toEqual(['report/no-results']);
    expect(empty.results).toHaveLength(1);
    expect(empty.results[0]).toMatchObject({ gate: 'report', status: 'error' });
  });
});
