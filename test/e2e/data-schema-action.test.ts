import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleAction } from '../helpers/example-action.js';
import { expectValidResult } from '../helpers/result-schema.js';

/**
 * End-to-end: actions/data-schema/action.yml through the composite runner against the built
 * dist/cli.js, on the example project's pull request with its own config (three datasets; one
 * invalid CSV row, one invalid JSONL record, one breaking schema change against main).
 */
const example = exampleAction('data-schema');
const run = (inputs: Record<string, string>) => example.run(inputs);

describe('actions/data-schema', () => {
  it('fails the example with outputs, result file and annotations at the rows', async () => {
    const result = await run({});
    expect(result.exitCode).toBe(1);
    const resultFile = join(result.runnerTemp, 'ml-quality-gates', 'data-schema.json');
    expect(result.outputs).toMatchObject({
      status: 'fail',
      'result-file': resultFile,
      'datasets-covered': '1', // only the Parquet file passes
      'datasets-total': '3',
      'rows-covered': '108', // 40 + 30 + 40 rows, 2 invalid
      'rows-total': '110',
    });
    const doc = JSON.parse(readFileSync(resultFile, 'utf8'));
    expectValidResult(doc);
    expect(doc.keyMetric).toMatchObject({ label: 'invalid rows', value: 2 });
    // One job summary per job (the report's, verdict first): a gate action writes none by default.
    expect(result.summary).toBe('');
    expect(result.stdout).toContain('::error title=data-schema/invalid-row,file=data/customers.csv,line=19,');
    expect(result.stdout).toContain('::error title=data-schema/invalid-row,file=data/events.jsonl,line=23,');
  });

  it('passes the Parquet dataset alone, under its own result id, without a base', async () => {
    const result = await run({ datasets: 'data/*.parquet', compatibility: 'none', id: 'features' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ status: 'pass', 'datasets-total': '1', 'rows-total': '40' });
    const doc = JSON.parse(
      readFileSync(join(result.runnerTemp, 'ml-quality-gates', 'features.json'), 'utf8'),
    );
    expectValidResult(doc);
    expect(doc.id).toBe('features');
  });

  it('refuses a bad input value as status error, exit 2', async () => {
    const result = await run({ compatibility: 'sideways' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('sideways');
  });
});
