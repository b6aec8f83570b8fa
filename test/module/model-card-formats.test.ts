import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/parse-config.js';
import { evaluateModelCard } from '../../src/gates/model-card/evaluate.js';
import { modelCardSettings } from '../../src/gates/model-card/parse-settings.js';
import type { GateResult } from '../../src/result/types.js';
import { expectValidResult } from '../helpers/result-schema.js';

/**
 * The whole gate, config file included, on cards written the way others write them: a Model
 * Card Toolkit card with slices, a Hugging Face card whose front matter follows a blank line, a
 * regression card judged with per-metric tolerances.
 */
const CONFIG = `
model-card:
  models: 'models/*/'
  preset: none
  metrics:
    file: '{model}/metrics.json'
    tolerance: 0.0005
    tolerances:
      r2: { absolute: 0.001 }
      mae_usd: { relative: 0.01 }
`;

/** The performance_metrics of model-card-toolkit's testdata/cats_vs_dogs_v0_0_2.json (commit 74d7e6d). */
const TOOLKIT_CARD = {
  schema_version: '0.0.2',
  model_details: { name: 'cats-vs-dogs' },
  quantitative_analysis: {
    performance_metrics: [
      { type: 'accuracy', value: '0.9781249761581421', threshold: '0.5' },
      { type: 'accuracy', value: '0.9932885766029358', slice: 'cat', threshold: '0.5' },
      { type: 'accuracy', value: '0.9649122953414917', slice: 'Dog', threshold: '0.5' },
    ],
  },
};

const FILES: Record<string, string> = {
  'models/toolkit/model_card.json': JSON.stringify(TOOLKIT_CARD, null, 2),
  'models/toolkit/metrics.json': JSON.stringify({
    accuracy: 0.97812,
    slices: { cat: { accuracy: 0.99329 }, dog: { accuracy: 0.96491 } },
  }),
  // A blank line, then the block: huggingface_hub reads it, so its licence is checked.
  'models/blank-line/README.md': '\n---\nlicense: Apache 2.0\n---\n# Churn\n\nA churn model.\n',
  'models/regression/README.md': [
    '---',
    'license: mit',
    '---',
    '# House prices',
    '',
    '| Metric | Value |',
    '| --- | --- |',
    '| R2 | 0.912 |',
    '| MAE USD | $12,345 |',
    '',
  ].join('\n'),
  // |0.912 - 0.9114| = 0.0006 ≤ 0.001; |12345 - 12400| = 55 ≤ 1 % of 12400 = 124 (and far
  // more than the default 0.0005).
  'models/regression/metrics.json': JSON.stringify({ r2: 0.9114, mae_usd: 12400 }),
};

let dir: string;
let result: GateResult;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlqg-card-formats-'));
  for (const [path, text] of Object.entries({ ...FILES, '.github/ml-quality-gates.yml': CONFIG })) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  for (const m of ['toolkit', 'blank-line', 'regression'])
    writeFileSync(join(dir, 'models', m, 'model.pkl'), '');
  const config = parseConfig(CONFIG, '.github/ml-quality-gates.yml');
  result = await evaluateModelCard(modelCardSettings(config['model-card'] ?? {}, {}, dir));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const modelStatus = (dir: string) =>
  (result.metrics.models as Array<{ dir: string; status: string; metrics?: unknown }>).find(
    (m) => m.dir === dir,
  );
const errorsOf = (prefix: string) =>
  result.findings.filter((f) => f.path?.startsWith(prefix) && f.severity === 'error').map((f) => f.rule);

describe('model card gate on cards written by others', () => {
  it('is a valid result that fails on the one bad licence only', () => {
    expectValidResult(result);
    expect(result.status).toBe('fail');
    expect(errorsOf('models/')).toEqual(['model-card/license-unknown']);
  });

  it('passes a toolkit card whose slices match the file slice by slice', () => {
    expect(modelStatus('models/toolkit')).toMatchObject({
      status: 'pass',
      metrics: { checked: 3, mismatched: 0, missing: 0 },
    });
  });

  it('reads the front matter after a blank line, at its card line', () => {
    const licence = result.findings.find((f) => f.rule === 'model-card/license-unknown');
    expect(licence).toMatchObject({ path: 'models/blank-line/README.md', line: 3 });
    expect(licence?.message).toContain('"Apache 2.0"');
  });

  it('judges each figure with its own tolerance from the config', () => {
    expect(modelStatus('models/regression')).toMatchObject({
      status: 'pass',
      metrics: { checked: 2, mismatched: 0, missing: 0 },
    });
  });
});
