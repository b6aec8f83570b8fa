import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataSchemaSettings } from '../../src/gates/data-schema/parse-settings.js';
import { evaluateDataSchema } from '../../src/gates/data-schema/evaluate.js';
import type { Finding, GateResult } from '../../src/result/types.js';
import { expectValidResult } from '../helpers/result-schema.js';

/** Hostile datasets and schemas: each must become a finding naming the file, never a crash or a hang. */
const TABLE = JSON.stringify({
  fields: [
    { name: 'a', type: 'integer' },
    { name: 'b', type: 'string' },
  ],
});
const FILES: Record<string, string> = {
  'unclosed.csv': 'a,b\n1,"never closed\n2,x\n',
  'unclosed.schema.json': TABLE,
  'bad-json.jsonl': '{"a": 1}\n{"a": \n{"a": 3}\n',
  'bad-json.schema.json': JSON.stringify({ type: 'object' }),
  'not-json.jsonl': '{"a":1}\n',
  'not-json.schema.json': 'this is { not json',
  'bad-yaml.jsonl': '{"a":1}\n',
  'bad-yaml.schema.yaml': 'type: object\n  properties: [\n',
  'bomb.jsonl': '{"a":1}\n',
  'bomb.schema.yaml': `a: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h,*h]\nj: [*i,*i,*i,*i,*i,*i,*i,*i,*i,*i]\n`,
  'loop.jsonl': '{"a":1}\n',
  'loop.schema.json': JSON.stringify({
    $ref: '#/$defs/a',
    $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } },
  }),
  'data-ref.jsonl': '{"a":1,"b":0}\n',
  'data-ref.schema.json': JSON.stringify({ properties: { a: { maximum: { $data: '1/b' } } } }),
  'async.jsonl': '{"a":1}\n',
  'async.schema.json': JSON.stringify({ $async: true, type: 'object' }),
  'remote.jsonl': '{"a":1}\n',
  'remote.schema.json': JSON.stringify({ $ref: 'http://169.254.169.254/latest/meta-data' }),
  'not-parquet.parquet': 'PAR1 but not really',
  'not-parquet.schema.json': TABLE,
  'huge-footer.parquet': `PAR1${'x'.repeat(16)}\u00ff\u00ff\u00ff\u007fPAR1`,
  'huge-footer.schema.json': TABLE,
};

let dir: string;
let result: GateResult;
let rssGrowth: number;
const SIZE = 2 * 1024 * 1024 * 1024;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlqg-data-hostile-'));
  mkdirSync(join(dir, 'data'));
  for (const [name, content] of Object.entries(FILES))
    writeFileSync(join(dir, 'data', name), content, 'latin1');
  // Two 2 GB files of NUL bytes, sparse (no disk used): one CSV, one JSONL.
  for (const name of ['huge.csv', 'huge.jsonl']) {
    writeFileSync(join(dir, 'data', name), '');
    truncateSync(join(dir, 'data', name), SIZE);
  }
  writeFileSync(join(dir, 'data', 'huge.schema.json'), TABLE);
  writeFileSync(join(dir, 'data', 'huge-jsonl.schema.json'), '{}');
  const before = process.memoryUsage().rss;
  result = await evaluateDataSchema(
    dataSchemaSettings(
      {
        datasets: ['data/*'],
        schemas: [
          { rule: 'map', map: { 'data/huge.jsonl': 'data/huge-jsonl.schema.json' } },
          { rule: 'same-name' },
        ],
      },
      {},
      dir,
    ),
  );
  rssGrowth = process.memoryUsage().rss - before;
}, 120_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const at = (path: string): Finding[] => result.findings.filter((f) => f.path === `data/${path}`);

describe('data-schema on hostile input', () => {
  it('finishes as status error with a valid result, bounded in memory', () => {
    expectValidResult(result);
    expect(result.status).toBe('error');
    // The 2 GB files are refused after one record/line cap (16 MiB / 64 MiB), not read whole.
    expect(rssGrowth).toBeLessThan(600 * 1024 * 1024);
  });

  it('names the line of unparseable CSV and JSON Lines', () => {
    expect(at('unclosed.csv')[0]).toMatchObject({ rule: 'data-schema/bad-input' });
    expect(at('unclosed.csv')[0]?.message).toMatch(/not valid CSV/);
    expect(at('bad-json.jsonl').map((f) => [f.rule, f.line])).toEqual([['data-schema/invalid-json', 2]]);
  });

  it('reports schemas that are not JSON, bad YAML and the alias bomb as unparseable', () => {
    expect(at('not-json.schema.json')[0]).toMatchObject({ rule: 'data-schema/schema-unparseable', line: 1 });
    expect(at('bad-yaml.schema.yaml')[0]?.rule).toBe('data-schema/schema-unparseable');
    expect(at('bomb.schema.yaml')[0]?.message).toMatch(/alias/);
  });

  it('refuses $ref loops, $async, remote refs and $data bounds', () => {
    expect(at('loop.schema.json').map((f) => f.rule)).toContain('data-schema/ref-loop');
    expect(at('async.schema.json').map((f) => f.rule)).toContain('data-schema/async-schema');
    expect(at('remote.schema.json').map((f) => f.rule)).toEqual(['data-schema/remote-ref']);
    expect(at('data-ref.schema.json').map((f) => f.rule)).toContain('data-schema/schema-invalid');
  });

  it('refuses files that are not Parquet and footers claiming more than the file holds', () => {
    expect(at('not-parquet.parquet')[0]?.message).toMatch(/not a Parquet file/);
    expect(at('huge-footer.parquet')[0]?.message).toMatch(/footer claims/);
  });

  it('stops on the 2 GB files at the record and line caps', () => {
    expect(at('huge.csv')[0]?.message).toMatch(/not valid CSV/);
    expect(at('huge.jsonl')[0]?.message).toMatch(/line longer than/);
  });

  it('reads only sample-rows of a big file', async () => {
    const big = join(dir, 'big');
    mkdirSync(join(big, 'data'), { recursive: true });
    writeFileSync(join(big, 'data', 'rows.csv'), `a,b\n${'1,x\n'.repeat(200_000)}`);
    writeFileSync(join(big, 'data', 'rows.schema.json'), TABLE);
    const sampled = await evaluateDataSchema(
      dataSchemaSettings({ datasets: 'data/*.csv', compatibility: 'none' }, { 'sample-rows': 100 }, big),
    );
    expect(sampled.status).toBe('pass');
    expect(sampled.metrics.rowsChecked).toBe(100);
  });
});
