import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PredictionRows } from '../../../../src/gates/model-evaluation/prediction-rows.js';
import { readPredictions } from '../../../../src/gates/model-evaluation/readers/predictions.js';
import { allCases, type DifferentialCase } from './sklearn-cases.js';
import { closeTo, runPython, sklearnMissing } from './python.js';

const SCRIPT = join(import.meta.dirname, 'sklearn-reference.py');
const missing = sklearnMissing();

/**
 * Every metric the gate computes from a predictions file equals scikit-learn's on the same rows
 * (to 1e-9 relative), and is "not measurable" exactly where scikit-learn raises, warns or returns
 * NaN. The cases are generated from fixed seeds (sklearn-cases.ts), read through the gate's CSV
 * reader, and given to /usr/bin/python3 + sklearn (sklearn-reference.py) as JSON.
 */
describe(`metrics equal scikit-learn's${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const cases = allCases();
  let reference: { sklearn: string; results: Array<Record<string, number | null>> };
  beforeAll(() => {
    if (missing) return;
    reference = runPython(
      SCRIPT,
      cases.map((c) => c.python),
    ) as typeof reference;
  });

  it.skipIf(missing !== undefined).each(cases.map((c, i) => [c.name, i, c] as const))(
    '%s',
    async (_name, i, c: DifferentialCase) => {
      const read = await readPredictions(
        { kind: 'text', path: 'predictions.csv', text: c.csv },
        c.spec,
        c.task,
        c.classes,
        { maxProblems: 5 },
      );
      if (c.spec.invalidRows === 'error') expect(read.problems).toEqual([]);
      expect(read.rows, read.fileProblem).toBeDefined();
      const ours = (read.rows as PredictionRows).evaluator().all();
      const theirs = reference.results[i] ?? {};
      const mismatches: string[] = [];
      for (const [metric, expected] of Object.entries(theirs)) {
        const got = ours.get(metric);
        if (got === undefined) mismatches.push(`${metric}: not computed (sklearn ${String(expected)})`);
        else if (
          expected === null ? got.value !== null : got.value === null || !closeTo(got.value, expected)
        ) {
          mismatches.push(
            `${metric}: ours ${String(got.value)} (${got.reason ?? ''}), sklearn ${String(expected)}`,
          );
        }
      }
      for (const metric of ours.keys())
        if (!(metric in theirs)) mismatches.push(`${metric}: not checked against sklearn`);
      expect(mismatches).toEqual([]);
    },
  );
});
