import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleAction } from '../helpers/example-action.js';
import { expectValidResult } from '../helpers/result-schema.js';

/**
 * End-to-end: actions/model-card/action.yml run through the composite runner against the built
 * dist/cli.js, on the example project's pull request with its own config (three models: one
 * complete card, one with placeholders, one without a card).
 */
const example = exampleAction('model-card');
const run = (inputs: Record<string, string>) => example.run(inputs);

describe('actions/model-card', () => {
  it('fails the example: 1 of 3 cards complete, with outputs, result file and annotations', async () => {
    const result = await run({ summary: 'true' });
    expect(result.exitCode).toBe(1);
    const resultFile = join(result.runnerTemp, 'ml-quality-gates', 'model-card.json');
    expect(result.outputs).toMatchObject({
      status: 'fail',
      'result-file': resultFile,
      'cards-percent': '33.33', // 1/3, rounded down
      'cards-covered': '1',
      'cards-total': '3',
    });
    const doc = JSON.parse(readFileSync(resultFile, 'utf8'));
    expectValidResult(doc);
    expect(doc.gate).toBe('model-card');
    expect(doc.keyMetric.label).toBe('complete cards');
    // Annotations point at the card lines (10 per level; the rest are in the summary).
    expect(result.stdout).toContain(
      '::error title=model-card/placeholder,file=models/churn-ranker/README.md,line=15,',
    );
    expect(result.stdout).toContain(
      '::error title=model-card/section-empty,file=models/churn-ranker/README.md,line=13,',
    );
    expect(result.summary).toContain('churn-uplift');
  });

  it('passes one model chosen by input, under its own result id', async () => {
    const result = await run({ models: 'models/churn-classifier/', markers: 'none.onnx', id: 'classifier' });
    expect(result.exitCode).toBe(0);
    expect(result.outputs).toMatchObject({ status: 'pass', 'cards-percent': '100.00', 'cards-total': '1' });
    const doc = JSON.parse(
      readFileSync(join(result.runnerTemp, 'ml-quality-gates', 'classifier.json'), 'utf8'),
    );
    expectValidResult(doc);
    expect(doc.id).toBe('classifier');
  });

  it('refuses a bad input value as status error, exit 2', async () => {
    const result = await run({ preset: 'ieee' });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('ieee');
  });
});
