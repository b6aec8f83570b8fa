import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODEL_EVALUATION_GATE } from '../../src/gates/model-evaluation/gate.js';
import type { ModelReport } from '../../src/gates/model-evaluation/judge-model.js';
import type { GateContext } from '../../src/result/gate.js';
import type { GateResult } from '../../src/result/types.js';
import { expectValidResult } from '../helpers/result-schema.js';

/** Files a pull request could hold, each read by one model; every one must end in `error`, with where and why. */
const FILES: Record<string, string | Buffer> = {
  'nan.csv': 'id,label,score\na,1,0.9\nb,0,NaN\nc,1,0.4\n',
  'outside.csv': 'id,label,score\na,1,0.9\nb,2,0.1\n',
  'range.csv': 'id,label,score\na,1,1.5\nb,0,0.1\n',
  'empty.csv': '',
  'header.csv': 'id,label,score\n',
  'columns.csv': 'id,y,p\na,1,0.9\n',
  'quote.csv': 'id,label,score\na,1,0.9\nb,"0,0.1\n',
  'long.jsonl': `{"label": 1, "score": 0.5}\n{"label": 0, "score": 0.5, "pad": "${'x'.repeat(2 << 20)}"}\n`,
  'garbage.parquet': Buffer.from([
    0x50, 0x41, 0x52, 0x31, 1, 2, 3, 0xff, 0xff, 0xff, 0x7f, 0x50, 0x41, 0x52, 0x31,
  ]),
  'corrupt.parquet': Buffer.concat([
    Buffer.from('PAR1'),
    Buffer.alloc(20, 0xee),
    Buffer.from([10, 0, 0, 0]),
    Buffer.from('PAR1'),
  ]),
  'binary.csv': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)),
  'bomb.yaml': `a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n`,
  'deep.json': `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
  'good.csv': 'id,label,score\na,1,0.9\nb,0,0.1\n',
  'bench.json': '{"latency_ms": ',
};

const models = [
  ['nan', { predictions: 'nan.csv' }],
  ['outside', { predictions: 'outside.csv', classes: ['0', '1'] }],
  ['range', { predictions: 'range.csv' }],
  ['empty', { predictions: 'empty.csv' }],
  ['header', { predictions: 'header.csv' }],
  ['columns', { predictions: 'columns.csv' }],
  ['quote', { predictions: 'quote.csv' }],
  ['long', { predictions: 'long.jsonl' }],
  ['garbage', { predictions: 'garbage.parquet' }],
  ['corrupt', { predictions: 'corrupt.parquet' }],
  ['binary', { predictions: 'binary.csv' }],
  ['bomb', { 'metrics-file': 'bomb.yaml' }],
  ['deep', { 'metrics-file': 'deep.json' }],
  ['directory', { predictions: 'dir.csv' }],
  [
    'bench',
    {
      predictions: 'good.csv',
      budgets: { 'benchmark-file': 'bench.json', 'latency-ms': { p95: { max: 1 } } },
    },
  ],
] as const;

describe('model evaluation gate on hostile files', () => {
  let result: GateResult;
  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-hostile-'));
    for (const [name, body] of Object.entries(FILES)) writeFileSync(join(dir, name), body);
    mkdirSync(join(dir, 'dir.csv'));
    const section = {
      models: models.map(([name, extra]) => ({
        name,
        task: 'binary-classification',
        baseline: { from: 'none' },
        ...extra,
      })),
    };
    const ctx: GateContext = {
      cwd: dir,
      env: {},
      event: { name: 'pull_request', release: false },
      now: new Date(0),
    };
    result = await MODEL_EVALUATION_GATE.evaluate(
      await MODEL_EVALUATION_GATE.settings(section, {}, ctx),
      ctx,
    );
  });

  it('never passes, never throws: every model is error and the result is valid', () => {
    expectValidResult(result);
    expect(result.status).toBe('error');
    const statuses = Object.fromEntries(
      (result.metrics.models as ModelReport[]).map((m) => [m.name, m.status]),
    );
    expect(statuses).toEqual(Object.fromEntries(models.map(([name]) => [name, 'error'])));
  });

  it.each([
    ['nan.csv', 3, 'line 3, column 3 "score": the score is NaN.'],
    ['outside.csv', 3, 'line 3, column 2 "label": the label "2" is not one of the classes "0", "1".'],
    ['range.csv', 2, 'line 2, column 3 "score": the score 1.5 is not a probability in [0, 1].'],
    ['long.jsonl', 2, 'line 2: the line is longer than 1048576 bytes.'],
  ])('names the file, line and column of a bad row: %s', (path, line, message) => {
    expect(result.findings).toContainEqual(
      expect.objectContaining({ rule: 'model-evaluation/bad-row', path, line, message }),
    );
  });

  it.each([
    ['empty.csv', 'the file is empty'],
    ['header.csv', 'the file has no rows'],
    ['columns.csv', 'no column "label", "score" (the file has "id", "y", "p")'],
    ['quote.csv', 'not valid CSV'],
    ['garbage.parquet', 'the Parquet footer claims 2147483647 bytes'],
    ['corrupt.parquet', 'not a readable Parquet file'],
    ['bomb.yaml', 'alias'],
    ['deep.json', 'invalid YAML'],
    ['dir.csv', 'is a directory'],
    ['bench.json', 'not valid JSON'],
  ])('reports an unusable file as bad input: %s', (path, words) => {
    const finding = result.findings.find((f) => f.path === path && f.severity === 'error');
    expect(finding?.message).toContain(words);
    expect(finding?.fix).toBeTruthy();
  });
});
