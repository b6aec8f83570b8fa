/**
 * One minimal schema pair per rule, with the severity expected in each mode, written by hand from
 * Confluent's definitions (BACKWARD: the new schema reads old data; FORWARD: the old schema reads
 * new data; FULL: both) and what the gate's validator accepts — not copied from the rule table
 * under test. "error" = the validator would reject data of the other side; otherwise the rule's
 * advisory level: "warning" for changes consumers may mind, "notice" for the rest.
 *
 * Changed by issue 12 (the old expectations were wrong by the validator): under fieldsMatch exact
 * a removed or added column fails old data's header (backward error); FULL is Confluent's FULL,
 * so every forward break is an error there too (it was a warning for loosenings); a property
 * added to an open JSON object breaks backward (old data may carry it with any value); anyOf is
 * analysed (composition-changed) instead of "not analysed".
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
    // fieldsMatch exact: old data's header a,b fails the new schema; new data lacks b, which the old needs.
    expect: { backward: 'error', forward: 'error', full: 'error' },
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
    // exact: old headers lack b; new headers have b, which the old exact header refuses.
    expect: { backward: 'error', forward: 'error', full: 'error' },
  },
  {
    rule: 'column-added-closed',
    kind: 'table-schema',
    // superset: data may omit fields but has no other column. Old data (a only) still passes;
    // new data may carry b, which the old schema refuses.
    before: ts([int('a')], { fieldsMatch: 'superset' }),
    after: ts([int('a'), str('b')], { fieldsMatch: 'superset' }),
    expect: { backward: 'notice', forward: 'error', full: 'error' },
  },
  {
    rule: 'optional-column-added',
    kind: 'json-schema',
    // An open object: old data may already carry "b" with any value, e.g. 5, which the new schema refuses.
    before: obj({ a: { type: 'integer' } }),
    after: obj({ a: { type: 'integer' }, b: { type: 'string' } }),
    expect: { backward: 'error', forward: 'notice', full: 'error' },
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
    expect: { backward: 'notice', forward: 'error', full: 'error' },
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
    expect: { backward: 'notice', forward: 'error', full: 'error' },
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
    expect: { backward: 'notice', forward: 'error', full: 'error' },
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
    expect: { backward: 'notice', forward: 'error', full: 'error' },
  },
  {
    rule: 'primary-key-changed',
    kind: 'table-schema',
    // Both columns required either way; unique a implies unique (a, b), not the reverse.
    before: ts(
      [int('a', { constraints: { required: true } }), str('b', { constraints: { required: true } })],
      {
        primaryKey: 'a',
      },
    ),
    after: ts(
      [int('a', { constraints: { required: true } }), str('b', { constraints: { required: true } })],
      {
        primaryKey: ['a', 'b'],
      },
    ),
    expect: { backward: 'warning', forward: 'error', full: 'error' },
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
    // New data may hold "NA" (missing), which the old integer column refuses.
    expect: { backward: 'notice', forward: 'error', full: 'error' },
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
    expect: { backward: 'notice', forward: 'error', full: 'error' },
  },
  {
    rule: 'composition-changed',
    kind: 'json-schema',
    // Old data may hold an integer, which no new branch accepts; every new value was valid before.
    before: obj({ a: { anyOf: [{ type: 'string' }, { type: 'integer' }] } }),
    after: obj({ a: { anyOf: [{ type: 'string' }] } }),
    expect: { backward: 'error', forward: 'notice', full: 'error' },
  },
  {
    rule: 'change-not-analysed',
    kind: 'table-schema',
    // The gate does not validate jsonSchema constraints, so no data is refused either way.
    before: ts([{ name: 'o', type: 'object', constraints: { jsonSchema: { type: 'object' } } }]),
    after: ts([{ name: 'o', type: 'object', constraints: { jsonSchema: { required: ['x'] } } }]),
    expect: { backward: 'warning', forward: 'warning', full: 'warning' },
  },
];
