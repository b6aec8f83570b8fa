import { describe, expect, it } from 'vitest';
import { blocks, decideVerdict, DEFAULT_POLICY } from '../../../src/report/verdict.js';
import { gate } from './fixtures.js';

describe('decideVerdict', () => {
  it('blocks on a failing gate with the default policy, exit 1, conclusion failure', () => {
    const v = decideVerdict(
      [gate({ gate: 'coverage', status: 'fail' }), gate({ gate: 'model-card', status: 'pass' })],
      DEFAULT_POLICY,
    );
    expect(v).toMatchObject({
      status: 'fail',
      blocking: true,
      failed: ['coverage'],
      blockingIds: ['coverage'],
      conclusion: 'failure',
      state: 'failure',
      exitCode: 1,
    });
  });

  it('an error blocks with exit 2 and state error, unless fail-on-error is false', () => {
    const results = [gate({ gate: 'coverage', status: 'error' })];
    expect(decideVerdict(results, DEFAULT_POLICY)).toMatchObject({
      blocking: true,
      exitCode: 2,
      state: 'error',
      conclusion: 'failure',
    });
    expect(decideVerdict(results, { failOn: 'error', failOnError: false })).toMatchObject({
      blocking: false,
      exitCode: 0,
      conclusion: 'neutral',
      failed: ['coverage'],
    });
  });

  it('a failure among errors exits 1 (a failure, not only an inability to judge)', () => {
    const v = decideVerdict(
      [gate({ gate: 'a', status: 'error' }), gate({ gate: 'b', status: 'fail' })],
      DEFAULT_POLICY,
    );
    expect(v).toMatchObject({ exitCode: 1, state: 'failure', blockingIds: ['a', 'b'] });
  });

  it('warnings block only with fail-on: warning; never blocks nothing', () => {
    const results = [gate({ gate: 'a', status: 'warn' })];
    expect(decideVerdict(results, DEFAULT_POLICY)).toMatchObject({ blocking: false, conclusion: 'neutral' });
    expect(decideVerdict(results, { failOn: 'warning', failOnError: true })).toMatchObject({
      blocking: true,
      exitCode: 1,
    });
    expect(
      decideVerdict([gate({ gate: 'a', status: 'fail' })], { failOn: 'never', failOnError: true }),
    ).toMatchObject({
      blocking: false,
      exitCode: 0,
      conclusion: 'neutral',
    });
  });

  it('all skipped is reported as neutral, never left pending; all pass is success', () => {
    expect(decideVerdict([gate({ gate: 'a', status: 'skip' })], DEFAULT_POLICY)).toMatchObject({
      status: 'skip',
      conclusion: 'neutral',
      exitCode: 0,
    });
    expect(
      decideVerdict(
        [gate({ gate: 'a', status: 'pass' }), gate({ gate: 'b', status: 'skip' })],
        DEFAULT_POLICY,
      ),
    ).toMatchObject({
      status: 'pass',
      conclusion: 'success',
    });
  });

  it('uses result ids, so two shards of one gate are told apart', () => {
    const v = decideVerdict([gate({ gate: 'coverage', id: 'coverage-py', status: 'fail' })], DEFAULT_POLICY);
    expect(v.failed).toEqual(['coverage-py']);
  });

  it.each([
    ['pass', false],
    ['skip', false],
    ['warn', false],
    ['fail', true],
    ['error', true],
  ] as const)('blocks(%s) under the default policy is %s', (status, expected) => {
    expect(blocks(status, DEFAULT_POLICY)).toBe(expected);
  });
});
