import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCsv } from '../../../../src/gates/data-schema/csv.js';
import { evaluateDataSchema } from '../../../../src/gates/data-schema/evaluate.js';
import { compileJsonSchema } from '../../../../src/gates/data-schema/json-schema.js';
import { dataSchemaSettings } from '../../../../src/gates/data-schema/parse-settings.js';
import { compileField } from '../../../../src/gates/data-schema/table-field.js';
import type { TableField } from '../../../../src/gates/data-schema/table-types.js';
import { InputError } from '../../../../src/util/errors.js';
import type { Finding } from '../../../../src/result/types.js';

/** Issue 12 (validation) and issue 11 (hostile input): each expectation is written by hand from the spec it cites. */
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'mlqg-ds-spec-'));
  dirs.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}
const field = (f: Partial<TableField>) => {
  const c = compileField({ name: 'x', ...f }, [''], false);
  if (typeof c === 'string') throw new Error(c);
  return c;
};

describe('CSV records are placed on the physical line where they start', () => {
  async function starts(text: string): Promise<Array<[string, number]>> {
    const dir = repo({ 'd.csv': text });
    const seen: Array<[string, number]> = [];
    await readCsv(
      { absPath: join(dir, 'd.csv'), displayPath: 'd.csv' },
      { delimiter: ',', header: true },
      {
        header: (cells, line) => (seen.push([cells?.[0] ?? '', line]), true),
        row: (cells, at) => void seen.push([cells[0] ?? '', at.line]),
      },
    );
    return seen;
  }
  it('LF, CRLF, quoted newlines and quoted CRLFs, blank lines, a BOM', async () => {
    // Lines by hand: 1 header, 2-3 record "1" (quoted newline), 4 blank, 5 record "2", 6-8 record "3".
    expect(await starts('h,v\n1,"x\ny"\n\n2,z\n3,"p\nq\nr"\n')).toEqual([
      ['h', 1],
      ['1', 2],
      ['2', 5],
      ['3', 6],
    ]);
    // The same with CRLF everywhere, inside the quotes too (csv-parse counts those twice).
    expect(await starts('h,v\r\n1,"x\r\ny"\r\n\r\n2,z\r\n3,"p\r\nq\r\nr"\r\n')).toEqual([
      ['h', 1],
      ['1', 2],
      ['2', 5],
      ['3', 6],
    ]);
    expect(await starts('\ufeff\n\nh,v\n1,2')).toEqual([
      ['h', 3],
      ['1', 4],
    ]);
  });
});

describe('Table Schema v2 types', () => {
  it('number reads NaN, INF and -INF in any case; integer does not', () => {
    for (const s of ['NaN', 'nan', 'INF', 'inf', '-INF', '-Inf'])
      expect(field({ type: 'number' }).check(s)).toBeUndefined();
    for (const s of ['NaN', 'INF', '-INF'])
      expect(field({ type: 'integer' }).check(s)).toMatch(/not a valid integer/);
  });
  it('default datetime is XML Schema dateTime: the T is required', () => {
    expect(field({ type: 'datetime' }).check('2024-01-26T15:00:00')).toBeUndefined();
    expect(field({ type: 'datetime' }).check('2024-01-26T15:00:00.300-05:00')).toBeUndefined();
    expect(field({ type: 'datetime' }).check('2024-01-26 15:00:00')).toMatch(/not a valid datetime/);
  });
  it('a strptime date format checks the calendar (31 February does not exist; 2024 is a leap year, 2023 not)', () => {
    const dmy = field({ type: 'date', format: '%d/%m/%Y' });
    expect(dmy.check('31/02/2024')).toBeDefined();
    expect(dmy.check('29/02/2024')).toBeUndefined();
    expect(dmy.check('29/02/2023')).toBeDefined();
    expect(
      field({ type: 'datetime', format: '%d/%m/%Y %H:%M:%S' }).check('12/11/2018 09:15:32'),
    ).toBeUndefined();
  });
  it('a pattern runs in linear time; lookaround and backreferences are refused', () => {
    const evil = field({ type: 'string', constraints: { pattern: '(a+)+b' } });
    // On a backtracking engine this check takes 2^100000 steps and never returns; RE2 is linear.
    expect(evil.check(`${'a'.repeat(100_000)}c`)).toMatch(/pattern/);
    expect(compileField({ name: 'x', constraints: { pattern: '(?=a)a' } }, [''], false)).toMatch(/lookahead/);
    expect(compileField({ name: 'x', constraints: { pattern: '(a)\\1' } }, [''], false)).toMatch(
      /backreference/,
    );
  });
});

describe('JSON Schema $ref siblings (draft-07 §8.3: ignored; 2019-09 and later: applied)', () => {
  const noFiles = (p: string) => Promise.reject(new InputError(p, { path: p }));
  const schema = (uri: string) => ({
    $schema: uri,
    definitions: { s: { type: 'string' } },
    $ref: '#/definitions/s',
    maxLength: 2,
  });
  it('draft-07 ignores maxLength beside $ref; 2020-12 applies it', async () => {
    const d7 = await compileJsonSchema(
      { path: 's.json', value: schema('http://json-schema.org/draft-07/schema#'), lineOf: () => undefined },
      noFiles,
    );
    const d20 = await compileJsonSchema(
      {
        path: 's.json',
        value: { ...schema('https://json-schema.org/draft/2020-12/schema') },
        lineOf: () => undefined,
      },
      noFiles,
    );
    expect(d7.validate?.('abcdef')).toBe(true);
    expect(d20.validate?.('abcdef')).toBe(false);
    expect(d7.validate?.(5)).toBe(false);
  });
  it('refuses a JSON Schema pattern RE2 cannot run, with a finding at its line', async () => {
    const c = await compileJsonSchema(
      { path: 's.json', value: { pattern: '^(?!x)' }, lineOf: () => 4 },
      noFiles,
    );
    expect(c.findings.map((f) => [f.rule, f.line])).toEqual([['data-schema/unsupported-regex', 4]]);
  });
  it('a schema nested past the depth limit is a finding, not a stack overflow', async () => {
    let deep: unknown = { type: 'string' };
    for (let i = 0; i < 5_000; i++) deep = { items: deep };
    const c = await compileJsonSchema({ path: 's.json', value: deep, lineOf: () => undefined }, noFiles);
    expect(c.findings.map((f) => f.rule)).toContain('data-schema/schema-too-deep');
  });
});

async function run(files: Record<string, string>, config: Record<string, unknown> = {}) {
  const dir = repo(files);
  return {
    dir,
    result: await evaluateDataSchema(
      dataSchemaSettings({ datasets: ['data/*'], compatibility: 'none', ...config }, {}, dir),
    ),
  };
}
const rows = (findings: Finding[]) => findings.filter((f) => f.rule === 'data-schema/invalid-row');

describe('data findings', () => {
  it('a 0-byte CSV has no header: a finding, not a valid table of 0 rows', async () => {
    const { result } = await run({
      'data/e.csv': '',
      'data/e.schema.json': JSON.stringify({ fields: [{ name: 'a' }] }),
    });
    expect(result.status).toBe('fail');
    expect(result.findings.map((f) => [f.rule, f.path])).toEqual([['data-schema/header', 'data/e.csv']]);
    // Its rows were never read: the summary says so, not "(sampled)" (no sample-rows was set).
    expect(result.summary).toContain(
      'data/e.csv: fail against data/e.schema.json, 0 row(s) (rows not read).',
    );
  });
  it('"(sampled)" only where sample-rows cut the reading', async () => {
    const schema = JSON.stringify({ fields: [{ name: 'a', type: 'integer' }] });
    const files = { 'data/s.csv': 'a\n1\n2\n3\n', 'data/s.schema.json': schema };
    const { result: sampled } = await run(files, { 'sample-rows': 2 });
    expect(sampled.summary).toContain('data/s.csv: pass against data/s.schema.json, 2 row(s) (sampled).');
    const { result: whole } = await run(files);
    expect(whole.summary).toContain('data/s.csv: pass against data/s.schema.json, 3 row(s).');
  });
  it('every problem of a row, each with its column and record number', async () => {
    const schema = {
      fields: [
        { name: 'id', type: 'integer' },
        { name: 'age', type: 'integer', constraints: { minimum: 0 } },
        { name: 'v', type: 'number' },
      ],
    };
    const { result } = await run({
      'data/t.csv': 'id,age,v\n1,2,3\nx,-1,y\n',
      'data/t.schema.json': JSON.stringify(schema),
    });
    // Row 2 (line 3) has three problems: id "x" not an integer, age -1 below 0, v "y" not a number.
    expect(rows(result.findings).map((f) => [f.line, f.record, f.column])).toEqual([
      [3, 2, 'id'],
      [3, 2, 'age'],
      [3, 2, 'v'],
    ]);
    expect(result.metrics).toMatchObject({ rowsChecked: 2, invalidRows: 1 });
  });
  it('.json array records are named by the line they start on, with JSON pointers', async () => {
    const json = '[\n  {"a": 1},\n  {\n    "a": "x"\n  },\n  {"b": 2}\n]\n';
    const schema = { type: 'object', properties: { a: { type: 'integer' } }, required: ['a'] };
    const { result } = await run({ 'data/r.json': json, 'data/r.schema.json': JSON.stringify(schema) });
    // Record 2 starts on line 3; record 3 on line 6 and lacks "a".
    expect(rows(result.findings).map((f) => [f.line, f.record, f.column])).toEqual([
      [3, 2, '/a'],
      [6, 3, '/a'],
    ]);
  });
  it('JSON Lines findings carry the record number and pointer; a record nested past the stack is a finding', async () => {
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    const schema = { $defs: { n: { type: 'array', items: { $ref: '#/$defs/n' } } }, $ref: '#/$defs/n' };
    const { result } = await run({
      'data/n.jsonl': `[]\n\n${deep}\n{"x":1}\n`,
      'data/n.schema.json': JSON.stringify(schema),
    });
    expect(rows(result.findings).map((f) => [f.line, f.record, f.column])).toEqual([
      [3, 2, ''],
      [4, 3, ''],
    ]);
  });
});

describe('hostile paths', () => {
  it('refuses data files that link out of the repository or into .git, quoting nothing from them', async () => {
    const outside = repo({ 'secret.csv': 'a\nTOPSECRET\n' });
    const dir = repo({
      'data/ok.schema.json': JSON.stringify({ fields: [{ name: 'a' }] }),
      '.git/config': 'x',
    });
    symlinkSync(join(outside, 'secret.csv'), join(dir, 'data', 'leak.csv'));
    symlinkSync(join(dir, '.git', 'config'), join(dir, 'data', 'git.csv'));
    const result = await evaluateDataSchema(dataSchemaSettings({ datasets: ['data/*.csv'] }, {}, dir));
    const unsafe = result.findings.filter((f) => f.rule === 'data-schema/unsafe-path');
    expect(unsafe.map((f) => f.path)).toEqual(['data/git.csv', 'data/leak.csv']);
    expect(JSON.stringify(result)).not.toContain('TOPSECRET');
  });
  it('refuses config globs and paths that leave the root', () => {
    expect(() => dataSchemaSettings({ datasets: ['../*.csv'] }, {}, '/r')).toThrow(/leaves the repository/);
    expect(() => dataSchemaSettings({ datasets: ['/etc/*.csv'] }, {}, '/r')).toThrow(/leaves the repository/);
    expect(() =>
      dataSchemaSettings(
        { datasets: ['d/*.csv'], schemas: [{ rule: 'map', map: { 'd/a.csv': '../s.json' } }] },
        {},
        '/r',
      ),
    ).toThrow(/leaves the repository/);
  });
});
