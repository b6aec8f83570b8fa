import { describe, expect, it } from 'vitest';
import { diffJsonSchema } from '../../../../../src/gates/data-schema/breaking/json-schema-diff.js';

const rules = (before: unknown, after: unknown) =>
  diffJsonSchema(before, after).map((c) => c.rule.id.slice(12));

describe('diffJsonSchema', () => {
  it('recurses into nested properties and names the property path', () => {
    const s = (max: number) => ({
      type: 'object',
      properties: { user: { type: 'object', properties: { age: { type: 'integer', maximum: max } } } },
    });
    const changes = diffJsonSchema(s(120), s(100));
    expect(changes.map((c) => [c.rule.id, c.pointer, c.message])).toEqual([
      [
        'data-schema/constraint-tightened',
        '/properties/user/properties/age/maximum',
        'property "user.age": maximum 120 → 100',
      ],
    ]);
  });

  it('handles type arrays: null removed = non-null, null added = nullable, integer inside number', () => {
    const t = (type: unknown) => ({ type: 'object', properties: { a: { type } } });
    expect(rules(t(['string', 'null']), t('string'))).toEqual(['required-added']);
    expect(rules(t('string'), t(['string', 'null']))).toEqual(['required-removed']);
    expect(rules(t(['number', 'integer']), t('number'))).toEqual([]);
    expect(rules(t('string'), t(['string', 'integer']))).toEqual(['type-widened']);
    expect(rules(t(['string', 'integer']), t('string'))).toEqual(['type-narrowed']);
    expect(rules(t('number'), t('integer'))).toEqual(['type-narrowed']);
    expect(rules(t(['string', 'null']), t(['integer', 'null']))).toEqual(['type-changed']);
  });

  it('terminates on a self-referencing $ref and still finds a change inside the cycle', () => {
    const tree = (label: string) => ({
      $defs: {
        node: {
          type: 'object',
          properties: {
            label: { type: label },
            children: { type: 'array', items: { $ref: '#/$defs/node' } },
          },
        },
      },
      $ref: '#/$defs/node',
    });
    const changes = diffJsonSchema(tree('string'), tree('integer'));
    expect(changes.map((c) => [c.rule.id, c.pointer])).toEqual([
      ['data-schema/type-changed', '/$defs/node/properties/label/type'],
    ]);
    // Two definitions that reference each other also terminate.
    const mutual = { $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } }, $ref: '#/$defs/a' };
    expect(diffJsonSchema(mutual, mutual)).toEqual([]);
  });

  it('follows definitions (draft-07) and does not fetch remote refs', () => {
    const local = (min: number) => ({
      definitions: { pos: { type: 'integer', minimum: min } },
      properties: { n: { $ref: '#/definitions/pos' } },
    });
    expect(rules(local(0), local(1))).toEqual(['constraint-tightened']);
    const remote = (ref: string) => ({ properties: { n: { $ref: ref } } });
    expect(rules(remote('https://example.com/a.json'), remote('https://example.com/b.json'))).toEqual([
      'change-not-analysed',
    ]);
  });

  it('detects a property rename by identical schema, and removal otherwise', () => {
    const s = (props: Record<string, unknown>) => ({ type: 'object', properties: props });
    expect(
      rules(s({ a: { type: 'string', format: 'email' } }), s({ email: { type: 'string', format: 'email' } })),
    ).toEqual(['column-renamed']);
    expect(
      rules(s({ a: { type: 'string' }, b: { type: 'integer' } }), s({ b: { type: 'integer' } })),
    ).toEqual(['column-removed']);
  });

  it('adding a property: required, to a closed object, or optional', () => {
    const base = { type: 'object', properties: { a: {} }, additionalProperties: false };
    expect(rules(base, { ...base, properties: { a: {}, b: {} } })).toEqual(['column-added-closed']);
    expect(rules(base, { ...base, properties: { a: {}, b: {} }, required: ['b'] })).toEqual([
      'required-column-added',
    ]);
    expect(rules(base, { ...base, additionalProperties: true })).toEqual(['schema-opened']);
    expect(
      rules({ additionalProperties: { type: 'integer' } }, { additionalProperties: { type: 'number' } }),
    ).toEqual(['type-widened']);
  });

  it('diffs const, format, multipleOf, uniqueItems and draft-04 exclusive bounds', () => {
    expect(rules({ const: 'a' }, { const: 'b' }).sort()).toEqual(['enum-value-added', 'enum-value-removed']);
    expect(rules({ type: 'string' }, { type: 'string', format: 'date' })).toEqual(['format-changed']);
    expect(rules({ multipleOf: 10 }, { multipleOf: 5 })).toEqual(['constraint-loosened']);
    expect(rules({ multipleOf: 5 }, { multipleOf: 10 })).toEqual(['constraint-tightened']);
    expect(rules({ type: 'array' }, { type: 'array', uniqueItems: true })).toEqual(['constraint-tightened']);
    expect(rules({ minimum: 0 }, { minimum: 0, exclusiveMinimum: true })).toEqual(['constraint-tightened']);
  });

  it('diffs items, tuples and boolean schemas', () => {
    expect(rules({ items: { type: 'integer' } }, { items: { type: 'string' } })).toEqual(['type-changed']);
    // Issue 12: a list of integers → a tuple whose first item is an integer and the rest anything
    // is a widening (arrays past position 0 may now hold any value), not an incompatible change.
    expect(rules({ items: { type: 'integer' } }, { prefixItems: [{ type: 'integer' }] })).toEqual([
      'type-widened',
    ]);
    expect(rules({ prefixItems: [{}, {}] }, { prefixItems: [{}, { maxLength: 3 }] })).toEqual([
      'constraint-tightened',
    ]);
    expect(rules({ items: true }, { items: false })).toEqual(['constraint-tightened']);
    expect(rules({ type: 'array' }, { type: 'array', maxItems: 3 })).toEqual(['constraint-tightened']);
  });

  it('judges a tuple closed by items: false and one capped by maxItems by the arrays they admit', () => {
    // Worked by hand from the definition (backward: every array valid before is valid after;
    // forward: every array valid after was valid before).
    const breaks = (before: unknown, after: unknown) => {
      const all = diffJsonSchema(before, after);
      return { backward: all.some((c) => c.breaks.backward), forward: all.some((c) => c.breaks.forward) };
    };
    const s = { type: 'string' };
    // Both admit exactly [] and ["x"]: no change either way.
    expect(breaks({ prefixItems: [s], items: false }, { prefixItems: [s], maxItems: 1 })).toEqual({
      backward: false,
      forward: false,
    });
    expect(breaks({ prefixItems: [s], maxItems: 1 }, { prefixItems: [s], items: false })).toEqual({
      backward: false,
      forward: false,
    });
    // Closed after one item → any second item, at most two: only new arrays ([s, 1]) are added.
    expect(breaks({ prefixItems: [s], items: false }, { prefixItems: [s], maxItems: 2 })).toEqual({
      backward: false,
      forward: true,
    });
    // Position 1 can hold nothing under maxItems: 1, so dropping its schema changes nothing.
    expect(
      breaks({ prefixItems: [s, { type: 'integer' }], maxItems: 1 }, { prefixItems: [s], maxItems: 1 }),
    ).toEqual({ backward: false, forward: false });
    // draft-07 spelling: items as an array with additionalItems: false, capped to one item by maxItems.
    expect(
      breaks(
        { $schema: 'http://json-schema.org/draft-07/schema#', items: [s, s], additionalItems: false },
        {
          $schema: 'http://json-schema.org/draft-07/schema#',
          items: [s, s],
          additionalItems: false,
          maxItems: 1,
        },
      ),
    ).toEqual({ backward: true, forward: false });
    expect(diffJsonSchema({ type: 'array' }, { type: 'array', maxItems: 3 }).map((c) => c.message)).toEqual([
      'schema root: maxItems (none) → 3',
    ]);
  });

  it('returns nothing for non-object documents that are equal', () => {
    expect(diffJsonSchema(true, true)).toEqual([]);
    expect(diffJsonSchema({ title: 'a' }, { title: 'b', description: 'c' })).toEqual([]);
  });
});
