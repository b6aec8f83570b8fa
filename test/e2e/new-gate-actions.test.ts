// End to end: the model-evaluation and notebooks composite actions through the composite runner
// against the built dist/cli.js, on the example project with its own config.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleAction } from '../helpers/example-action.js';
import { expectValidResult } from '../helpers/result-schema.js';

const evaluation = exampleAction('model-evaluation');
const notebooks = exampleAction('notebooks');

describe('actions/model-evaluation', () => {
  it('warns on the example: log loss worse than the champion but within the bootstrap interval', async () => {
    const result = await evaluation.run({});
    // Warn exits 0: the regression is not significant (95% interval of the change includes 0).
    expect(result.exitCode).toBe(0);
    const file = join(result.runnerTemp, 'ml-quality-gates', 'model-evaluation.json');
    expect(result.outputs).toMatchObject({ status: 'warn', 'result-file': file });
    const doc = JSON.parse(readFileSync(file, 'utf8'));
    expectValidResult(doc);
    // scikit-learn's log_loss on evaluation/churn-classifier/predictions.csv (module test derivation).
    expect(doc.keyMetric.value).toBeCloseTo(0.2988505351608171, 12);
    expect(result.summary).toBe('');
  });

  it('fails when an input threshold is out of reach (inputs override the config)', async () => {
    const result = await evaluation.run({ models: 'churn-classifier', threshold: 'roc_auc>=0.99' });
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('fail');
  });
});

describe('actions/notebooks', () => {
  it('fails the example: one notebook clean, the other leaks and ran out of order, annotated at its lines', async () => {
    const result = await notebooks.run({});
    expect(result.exitCode).toBe(1);
    expect(result.outputs.status).toBe('fail');
    const annotated = result.annotations.filter((a) => a.file === 'notebooks/reports/churn-drivers.ipynb');
    expect(annotated.length).toBeGreaterThan(0);
    expect(annotated.every((a) => typeof a.line === 'number')).toBe(true);
    // The fake token in the notebook is never printed, whole or in part beyond the redacted form.
    expect(`${result.stdout}${result.stderr}`).not.toContain('FAKE-demo-key');
  });
});
