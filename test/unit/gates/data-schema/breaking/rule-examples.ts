/**
 * One minimal schema pair per rule, with the severity expected in each mode, written by hand from
 * Confluent's definitions (BACKWARD: the new schema reads old data; FORWARD: the old schema reads
 * new data) and the proposed table for FULL — not copied from the rule table under test.
 */
type Sev = 'error' | 'warning' | 'notice';
export interface RuleExample {
  rule: string;
  kind: 'json-schema' | 'table-schema';
  before: unknown;
  after: unknown;
  expect: { backward: Sev; forward: Sev; full: Sev };
}

const ts = (fields: unknown[], extra: Record<string, unknown> = {}) => ({ fields, ...extra });
const int = (name: string, more: Record<string, unknown> = {}) => ({ name, type: 'integer', ...more });
const str = (name: string, more: Record<string, unknown> = {}) => ({ name, type: 'string', ...more });
const obj = (properties: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  type: 'object',
  properties,
  ...extra,
});

export const RULE_EXAMPLES: RuleExample[] = [
  {
    rule: 'column-removed',
    kind: 'table-schema',
    before: ts([int('a'), str('b')]),
    after: ts([int('a')]),
    // Old data with an extra column still reads with the new schema; old consumers lose the column.
    expect: { backward: 'warning', forward: 'error', full: 'error' },
  },
  {
    rule: 'column-renamed',
    kind: 'table-schema',
    before: ts([int('a'), str('b')]),
    after: ts([int('a'), str('c')]),
    expect: { backward: 'error', forward: 'error', full: 'error' },
  },
  {
    rule: 'required-column-added',
    kind: 'table-schema',
    before: ts([int('a')]),
    after: ts([int('a'), str('b', { constraints: { required: true } })]),
    expect: { backward: 'error', forward: 'warning', full: 'error' },
  },
  {
    rule: 'column-added-closed',
    kind: 'table-schema',
    before: ts([int('a')]),
    after: ts([int('a'), str('b')]),
    expect: { backward: 'warning', forward: 'error', full: 'warning' },
  },
  {
    rule: 'optional-column-added',
    kind: 'json-schema',
    before: obj({ a: { type: 'integer' } }),
    after: obj({ a: { type: 'integer' }, b: { type: 'string' } }),
    expect: { backward: 'notice', forward: 'notice', full: 'notice' },
  },
  {
    rule: 'column-reordered',
    kind: 'table-schema',
    before: ts([int('a'), str('b')]),
    after: ts([str('b'), int('a')]),
    expect: { backward: 'error', forward: 'error', full: 'error' },
  },
  {
    rule: 'type-changed',
    kind: 'table-schema',
    before: ts([int('a')]),
    after: ts([{ name: 'a', type: 'boolean' }]),
    expect: { backward: 'error', forward: 'error', full: 'error' },
  },
  {
    rule: 'type-narrowed',
    kind: 'table-schema',
    before: ts([{ name: 'a', type: 'number' }]),
    after: ts([int('a')]),
    expect: { backward: 'error', forward: 'notice', full: 'error' },
  },
  {
    rule: 'type-widened',
    kind: 'json-schema',
    before: obj({ a: { type: 'integer' } }),
    after: obj({ a: { type: 'number' } }),
    expect: { backward: 'notice', forward: 'error', full: 'warning' },
  },
  {
    rule: 'required-added',
    kind: 'table-schema',
    before: ts([int('a')]),
    after: ts([int('a', { constraints: { required: true } })]),
    expect: { backward: 'error', forward: 'notice', full: 'error' },
  },
  {
    rule: 'required-removed',
    kind: 'json-schema',
    before: obj({ a: { type: 'integer' } }, { required: ['a'] }),
    after: obj({ a: { type: 'integer' } }),
    expect: { backward: 'notice', forward: 'error', full: 'warning' },
  },
  {
    rule: 'enum-value-removed',
    kind: 'table-schema',
    before: ts([str('a', { constraints: { enum: ['x', 'y'] } })]),
    after: ts([str('a', { constraints: { enum: ['x'] } })]),
    expect: { backward: 'error', forward: 'notice', full: 'error' },
  },
  {
    rule: 'enum-value-added',
    kind: 'json-schema',
    before: obj({ a: { enum: ['x'] } }),
    after: obj({ a: { enum: ['x', 'y'] } }),
    expect: { backward: 'notice', forward: 'error', full: 'warning' },
  },
  {
    rule: 'constraint-tightened',
    kind: 'table-schema',
    before: ts([int('a', { constraints: { maximum: 100 } })]),
    after: ts([int('a', { constraints: { maximum: 50 } })]),
    expect: { backward: 'error', forward: 'notice', full: 'error' },
  },
  {
    rule: 'constraint-loosened',
    kind: 'json-schema',
    before: obj({ a: { type: 'string', maxLength: 10 } }),
    after: obj({ a: { type: 'string', maxLength: 20 } }),
    expect: { backward: 'notice', forward: 'error', full: 'warning' },
  },
  {
    rule: 'primary-key-changed',
    kind: 'table-schema',
    before: ts([int('a'), str('b')], { primaryKey: 'a' }),
    after: ts([int('a'), str('b')], { primaryKey: ['a', 'b'] }),
    expect: { backward: 'error', forward: 'error', full: 'error' },
  },
  {
    rule: 'missing-value-removed',
    kind: 'table-schema',
    before: ts([int('a')], { missingValues: ['', 'NA'] }),
    after: ts([int('a')], { missingValues: [''] }),
    expect: { backward: 'error', forward: 'notice', full: 'error' },
  },
  {
    rule: 'missing-value-added',
    kind: 'table-schema',
    before: ts([int('a')]),
    after: ts([int('a')], { missingValues: ['', 'NA'] }),
    expect: { backward: 'notice', forward: 'error', full: 'warning' },
  },
  {
    rule: 'format-changed',
    kind: 'table-schema',
    before: ts([{ name: 'd', type: 'date', format: '%Y-%m-%d' }]),
    after: ts([{ name: 'd', type: 'date', format: '%d/%m/%Y' }]),
    expect: { backward: 'error', forward: 'error', full: 'error' },
  },
  {
    rule: 'schema-closed',
    kind: 'json-schema',
    before: obj({ a: { type: 'integer' } }),
    after: obj({ a: { type: 'integer' } }, { additionalProperties: false }),
    expect: { backward: 'error', forward: 'notice', full: 'error' },
  },
  {
    rule: 'schema-opened',
    kind: 'table-schema',
    before: ts([int('a')], { fieldsMatch: 'equal' }),
    after: ts([int('a')], { fieldsMatch: 'partial' }),
    expect: { backward: 'notice', forward: 'error', full: 'warning' },
  },
  {
    rule: 'change-not-analysed',
    kind: 'json-schema',
    before: obj({ a: { anyOf: [{ type: 'string' }, { type: 'integer' }] } }),
    after: obj({ a: { anyOf: [{ type: 'string' }] } }),
    expect: { backward: 'warning', forward: 'warning', full: 'warning' },
  },
];
