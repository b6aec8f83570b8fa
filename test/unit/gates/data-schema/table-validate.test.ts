import { describe, expect, it } from 'vitest';
import { RowFindings } from '../../../../src/gates/data-schema/row-findings.js';
import { checkTableSchema } from '../../../../src/gates/data-schema/table-schema.js';
import { hash53, TableValidator } from '../../../../src/gates/data-schema/table-validate.js';

function validator(schema: object, limit = 10, maxKeys = 100) {
  const { contract, findings } = checkTableSchema({
    path: 't.schema.json',
    value: schema,
    lineOf: () => undefined,
  });
  expect(findings).toEqual([]);
  if (!contract) throw new Error('no contract');
  const out = new RowFindings('t.csv', limit);
  const v = new TableValidator(contract, 't.csv', maxKeys);
  let record = 0;
  return {
    v: {
      header: (cells: string[] | undefined, line: number) => v.header(cells, line).ok,
      row: (cells: string[], line: number) => {
        out.row(v.row(cells, { line, record: ++record }));
      },
      extraFindings: () => v.extraFindings(),
    },
    out,
  };
}

const SCHEMA = {
  fields: [
    { name: 'id', type: 'integer' },
    { name: 'name', type: 'string' },
  ],
  primaryKey: ['id'],
};

describe('TableValidator', () => {
  it('checks fieldsMatch modes on the header', () => {
    expect(validator(SCHEMA).v.header(['id', 'name'], 1)).toBe(true);
    expect(validator(SCHEMA).v.header(['name', 'id'], 1)).toBe(false);
    expect(validator({ ...SCHEMA, fieldsMatch: 'equal' }).v.header(['name', 'id'], 1)).toBe(true);
    expect(validator({ ...SCHEMA, fieldsMatch: 'subset' }).v.header(['name', 'id', 'extra'], 1)).toBe(true);
    expect(validator({ ...SCHEMA, fieldsMatch: 'superset' }).v.header(['id'], 1)).toBe(true);
    expect(validator({ ...SCHEMA, fieldsMatch: 'superset' }).v.header(['id', 'extra'], 1)).toBe(false);
    expect(validator({ ...SCHEMA, fieldsMatch: 'partial' }).v.header(['other'], 1)).toBe(false);
  });

  it('finds duplicate primary keys (by value: 01 = 1), bad cells and wrong cell counts, capped', () => {
    const { v, out } = validator(SCHEMA, 2);
    v.header(['id', 'name'], 1);
    v.row(['1', 'a'], 2);
    v.row(['01', 'b'], 3);
    v.row(['x', 'c'], 4);
    v.row(['3'], 5);
    v.row(['4', 'd'], 6);
    expect(out.rows).toBe(5);
    expect(out.invalidRows).toBe(3);
    const all = out.all();
    expect(all).toHaveLength(3);
    expect(all[0]?.message).toMatch(/primary key \(id\) "1" repeats the row on line 2/);
    expect(all[1]?.message).toMatch(/"x" is not a valid integer/);
    expect(all[2]?.rule).toBe('data-schema/more-invalid-rows');
    expect(all[2]?.message).toMatch(/^1 more invalid row/);
  });

  it('stops the unique check at the key bound with a notice', () => {
    const { v, out } = validator(SCHEMA, 10, 2);
    v.header(['id', 'name'], 1);
    for (let i = 0; i < 5; i++) v.row([String(i), 'n'], i + 2);
    expect(out.invalidRows).toBe(0);
    expect(v.extraFindings()[0]?.rule).toBe('data-schema/unique-not-checked');
  });

  it('rejects descriptors that break the profile or name unknown key fields', () => {
    const doc = (value: unknown) => ({ path: 't.json', value, lineOf: () => 3 });
    expect(checkTableSchema(doc({ fields: [{ type: 'string' }] })).findings[0]?.message).toMatch(/name/);
    expect(checkTableSchema(doc({ fields: [{ name: 'a', type: 'text' }] })).findings[0]?.rule).toBe(
      'data-schema/schema-invalid',
    );
    expect(
      checkTableSchema(doc({ fields: [{ name: 'a' }], primaryKey: ['b'] })).findings[0]?.message,
    ).toMatch(/"b" is not one of the fields/);
    expect(checkTableSchema(doc({ fields: [{ name: 'a' }, { name: 'a' }] })).findings[0]?.message).toMatch(
      /used twice/,
    );
  });

  it('hashes to distinct 53-bit integers', () => {
    const seen = new Set<number>();
    for (let i = 0; i < 100_000; i++) seen.add(hash53(`${i}\u0000`));
    expect(seen.size).toBe(100_000);
    expect(Number.isSafeInteger(hash53('abc'))).toBe(true);
  });
});
