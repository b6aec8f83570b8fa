import { describe, expect, it } from 'vitest';
import { compileStrptime } from '../../../../src/gates/data-schema/strptime.js';
import { type CompiledField, compileField } from '../../../../src/gates/data-schema/table-field.js';
import type { TableField } from '../../../../src/gates/data-schema/table-types.js';

function field(f: Partial<TableField>, missing: string[] = [''], pk = false): CompiledField {
  const c = compileField({ name: 'x', ...f }, missing, pk);
  if (typeof c === 'string') throw new Error(c);
  return c;
}

describe('Table Schema types', () => {
  it('casts integers and numbers, with group and decimal characters', () => {
    expect(field({ type: 'integer' }).check('42')).toBeUndefined();
    expect(field({ type: 'integer' }).check('4.2')).toMatch(/not a valid integer/);
    expect(field({ type: 'number' }).check('-1.5e3')).toBeUndefined();
    expect(field({ type: 'number' }).check('INF')).toBeUndefined();
    expect(field({ type: 'number' }).check('1,5')).toMatch(/not a valid number/);
    expect(field({ type: 'number', decimalChar: ',', groupChar: '.' }).check('1.234,5')).toBeUndefined();
    expect(field({ type: 'number', bareNumber: false }).check('€ 12.50')).toBeUndefined();
  });

  it('checks dates on the calendar, datetimes, times, years and durations', () => {
    expect(field({ type: 'date' }).check('2024-02-29')).toBeUndefined();
    expect(field({ type: 'date' }).check('2023-02-29')).toMatch(/not a valid date/);
    expect(field({ type: 'date', format: '%d/%m/%Y' }).check('31/12/2024')).toBeUndefined();
    expect(field({ type: 'date', format: '%d/%m/%Y' }).check('2024-12-31')).toMatch(/format %d\/%m\/%Y/);
    expect(field({ type: 'datetime' }).check('2024-05-01T08:15:00Z')).toBeUndefined();
    expect(field({ type: 'datetime' }).check('2024-05-01T25:15:00Z')).toBeDefined();
    expect(field({ type: 'time' }).check('23:59:59')).toBeUndefined();
    expect(field({ type: 'year' }).check('1999')).toBeUndefined();
    expect(field({ type: 'yearmonth' }).check('1999-13')).toBeDefined();
    expect(field({ type: 'duration' }).check('P1Y2M3DT4H')).toBeUndefined();
    expect(field({ type: 'duration' }).check('P')).toBeDefined();
  });

  it('reads booleans with custom values, geopoints and JSON cells', () => {
    expect(field({ type: 'boolean' }).check('TRUE')).toBeUndefined();
    expect(field({ type: 'boolean' }).check('yes')).toBeDefined();
    expect(field({ type: 'boolean', trueValues: ['yes'], falseValues: ['no'] }).check('yes')).toBeUndefined();
    expect(field({ type: 'geopoint' }).check('13.4, 52.5')).toBeUndefined();
    expect(field({ type: 'geopoint' }).check('200, 52.5')).toBeDefined();
    expect(field({ type: 'object' }).check('{"a":1}')).toBeUndefined();
    expect(field({ type: 'array' }).check('{"a":1}')).toBeDefined();
    expect(field({ type: 'list', itemType: 'integer' }).check('1,2,x')).toBeDefined();
  });

  it('applies constraints, missing values and required', () => {
    const tenure = field({ type: 'integer', constraints: { required: true, minimum: 0, maximum: 120 } });
    expect(tenure.check('-1')).toBe('must be at least 0');
    expect(tenure.check('121')).toBe('must be at most 120');
    expect(tenure.check('')).toMatch(/required/);
    expect(field({ type: 'integer' }).check('')).toBeUndefined();
    expect(field({ type: 'integer' }, ['NA']).check('NA')).toBeUndefined();
    expect(field({ type: 'integer', missingValues: ['-'] }, ['NA']).check('NA')).toMatch(
      /not a valid integer/,
    );
    expect(field({ type: 'string' }, [''], true).check('')).toMatch(/required/);
    expect(
      field({ type: 'string', constraints: { pattern: '[0-9]{4}-[A-Z]{5}' } }).check('7795-CFOCW'),
    ).toBeUndefined();
    expect(field({ type: 'string', constraints: { pattern: '[0-9]{4}' } }).check('12345')).toMatch(/pattern/);
    expect(field({ type: 'integer', constraints: { enum: [1, 2] } }).check('02')).toBeUndefined();
    expect(field({ type: 'string', constraints: { enum: ['a'] } }).check('b')).toMatch(/allowed values/);
    expect(field({ type: 'string', categories: [{ value: 'a' }] }).check('b')).toMatch(/categories/);
    expect(field({ type: 'string', constraints: { maxLength: 3 } }).check('abcd')).toMatch(/at most 3/);
    expect(field({ type: 'date', constraints: { minimum: '2020-01-01' } }).check('2019-12-31')).toMatch(
      /at least/,
    );
  });

  it('refuses unknown types and formats and bad patterns', () => {
    expect(compileField({ name: 'x', type: 'decimal' }, [''], false)).toMatch(/unknown type/);
    expect(compileField({ name: 'x', type: 'string', format: 'ip' }, [''], false)).toMatch(
      /unknown string format/,
    );
    expect(compileField({ name: 'x', constraints: { pattern: '(' } }, [''], false)).toMatch(
      /not a valid regular expression/,
    );
    expect(compileStrptime('%Q')).toMatch(/%Q is not a directive/);
  });
});
