import { describe, expect, it } from 'vitest';
import { diffTableSchema } from '../../../../../src/gates/data-schema/breaking/table-schema-diff.js';

const rules = (before: unknown, after: unknown) =>
  diffTableSchema(before, after).map((c) => c.rule.id.slice(12));

describe('diffTableSchema', () => {
  it('reports no change for identical schemas and for title/description edits', () => {
    const s = { fields: [{ name: 'a', type: 'integer', title: 'A' }], primaryKey: ['a'] };
    expect(rules(s, s)).toEqual([]);
    expect(
      rules(s, { ...s, fields: [{ name: 'a', type: 'integer', title: 'B', description: 'x' }] }),
    ).toEqual([]);
  });

  it('detects a rename (same type, same position) and names both columns', () => {
    const changes = diffTableSchema(
      {
        fields: [
          { name: 'a', type: 'integer' },
          { name: 'age', type: 'integer' },
        ],
      },
      {
        fields: [
          { name: 'a', type: 'integer' },
          { name: 'age_years', type: 'integer' },
        ],
      },
    );
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({
      rule: { id: 'data-schema/column-renamed' },
      message: 'column "age" renamed to "age_years"',
      pointer: '/fields/1',
    });
  });

  it('treats a different type at the same position as removed + added, not a rename', () => {
    expect(
      rules({ fields: [{ name: 'a', type: 'integer' }] }, { fields: [{ name: 'b', type: 'string' }] }).sort(),
    ).toEqual(['column-removed', 'required-column-added']); // under exact, data must have b (issue 12)
  });

  it('treats a v1 string primaryKey like the one-element array', () => {
    const fields = [{ name: 'id', type: 'integer' }];
    expect(rules({ fields, primaryKey: 'id' }, { fields, primaryKey: ['id'] })).toEqual([]);
    // Dropping the key also drops the required it implied: new data may leave id empty.
    expect(rules({ fields, primaryKey: 'id' }, { fields }).sort()).toEqual([
      'primary-key-changed',
      'required-removed',
    ]);
  });

  it('matches by name under fieldsMatch equal (reorder is fine) and by position under exact', () => {
    const a = { name: 'a', type: 'integer' };
    const b = { name: 'b', type: 'string' };
    expect(rules({ fields: [a, b], fieldsMatch: 'equal' }, { fields: [b, a], fieldsMatch: 'equal' })).toEqual(
      [],
    );
    expect(rules({ fields: [a, b] }, { fields: [b, a] })).toEqual(['column-reordered']);
  });

  it('adds columns as optional under superset/partial and as required under subset', () => {
    const a = { name: 'a', type: 'integer' };
    const b = { name: 'b', type: 'string' };
    expect(
      rules({ fields: [a], fieldsMatch: 'partial' }, { fields: [a, b], fieldsMatch: 'partial' }),
    ).toEqual(['optional-column-added']);
    expect(rules({ fields: [a], fieldsMatch: 'subset' }, { fields: [a, b], fieldsMatch: 'subset' })).toEqual([
      'required-column-added',
    ]);
  });

  it('orders numeric and ISO date bounds, and counts an unorderable change as tightened', () => {
    const f = (constraints: unknown, type = 'date') => ({ fields: [{ name: 'd', type, constraints }] });
    expect(rules(f({ minimum: '2020-01-01' }), f({ minimum: '2019-01-01' }))).toEqual([
      'constraint-loosened',
    ]);
    expect(rules(f({ minimum: '2020-01-01' }), f({ minimum: '2021-01-01' }))).toEqual([
      'constraint-tightened',
    ]);
    expect(rules(f({ minLength: 2 }, 'string'), f({ minLength: 1 }, 'string'))).toEqual([
      'constraint-loosened',
    ]);
    expect(rules(f({ maximum: 5 }, 'integer'), f({ maximum: 'x' }, 'integer'))).toEqual([
      'constraint-tightened',
    ]);
    expect(rules(f({}, 'string'), f({ unique: true }, 'string'))).toEqual(['constraint-tightened']);
    expect(rules(f({ pattern: '^a' }, 'string'), f({}, 'string'))).toEqual(['constraint-loosened']);
    expect(rules(f({}, 'string'), f({ enum: ['a'] }, 'string'))).toEqual(['constraint-tightened']);
  });

  it('type lattice: integer→number and anything→string widen; string→date narrows', () => {
    const t = (type: string) => ({ fields: [{ name: 'x', type }] });
    expect(rules(t('integer'), t('number'))).toEqual(['type-widened']);
    expect(rules(t('date'), t('string'))).toEqual(['type-widened']);
    expect(rules(t('string'), t('date'))).toEqual(['type-narrowed']);
    expect(rules({ fields: [{ name: 'x' }] }, t('integer'))).toEqual(['type-narrowed']);
    expect(rules(t('date'), t('boolean'))).toEqual(['type-changed']);
  });

  it('diffs field-level missingValues, categories and number lexical options', () => {
    const f = (more: Record<string, unknown>) => ({ fields: [{ name: 'x', type: 'number', ...more }] });
    expect(
      rules(f({ missingValues: ['NA'] }), f({ missingValues: [{ value: 'NA', label: 'n/a' }] })),
    ).toEqual([]);
    expect(rules(f({ missingValues: ['NA', '-'] }), f({ missingValues: ['NA'] }))).toEqual([
      'missing-value-removed',
    ]);
    expect(rules(f({ categories: ['a', 'b'] }), f({ categories: [{ value: 'a' }] }))).toEqual([
      'enum-value-removed',
    ]);
    expect(rules(f({ decimalChar: '.' }), f({ decimalChar: ',' }))).toEqual(['format-changed']);
    expect(rules(f({ format: 'default' }), f({}))).toEqual([]);
  });

  it('diffs unique keys and flags foreign key changes for review', () => {
    const fields = [{ name: 'a', type: 'integer' }];
    expect(rules({ fields }, { fields, uniqueKeys: [['a']] })).toEqual(['constraint-tightened']);
    expect(rules({ fields, foreignKeys: [] }, { fields, foreignKeys: [{ fields: ['a'] }] })).toEqual([
      'change-not-analysed',
    ]);
  });

  it('diffs the inline schemas of a Data Package by resource name', () => {
    const pkg = (type: string) => ({
      resources: [
        { name: 'other', path: 'o.csv' },
        { name: 'r', path: 'r.csv', schema: { fields: [{ name: 'x', type }] } },
      ],
    });
    const changes = diffTableSchema(pkg('integer'), { resources: [...pkg('boolean').resources].reverse() });
    expect(changes.map((c) => [c.rule.id, c.pointer, c.message])).toEqual([
      [
        'data-schema/type-changed',
        '/resources/0/schema/fields/0/type',
        'resource "r" column "x": type "integer" → "boolean"',
      ],
    ]);
  });
});
