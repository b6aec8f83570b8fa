import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { breaksOf } from '../../../../../src/gates/data-schema/breaking/change.js';
import { RULE_LIST } from '../../../../../src/gates/data-schema/breaking/index.js';
import { diffJsonSchema } from '../../../../../src/gates/data-schema/breaking/json-schema-diff.js';
import { REPO_ROOT } from '../../../../helpers/paths.js';

/**
 * Issue 12: the rule table in docs/data-schema-breaking.md and the differ must be one truth, and
 * every place where the gate deliberately differs from Confluent must be written down and linked
 * from the README. The doc is hand-written, so this test holds it to the code (`RULE_LIST`) cell by
 * cell, and holds the Confluent examples the doc cites to the differ.
 */
const DOC = readFileSync(join(REPO_ROOT, 'docs', 'data-schema-breaking.md'), 'utf8');
const README = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

/** The rule table's rows by rule id: [rule, change, backward, forward, otherwise, fix]. */
function docRows(): Map<string, string[]> {
  const rows = DOC.split('\n')
    .filter((line) => line.startsWith('| `data-schema/'))
    .map((line) =>
      line
        .slice(2, -2)
        .split(' | ')
        .map((cell) => cell.trim()),
    );
  return new Map(rows.map((cells) => [String(cells[0]).replaceAll('`', ''), cells]));
}

describe('docs/data-schema-breaking.md', () => {
  it('lists every rule of the code, and only those, with the code’s texts and advisory level', () => {
    const rows = docRows();
    expect([...rows.keys()].sort()).toEqual(RULE_LIST.map((r) => r.id).sort());
    for (const rule of RULE_LIST) {
      const advisory = rule.advisory === 'ok' ? 'OK' : 'W';
      expect(rows.get(rule.id)?.slice(1), rule.id).toEqual([
        rule.description,
        rule.backwardWhen,
        rule.forwardWhen,
        advisory,
        rule.fix,
      ]);
    }
  });

  it('has the section on deliberate differences from Confluent, linked from the README', () => {
    const heading = '### Where the gate deliberately differs from Confluent Schema Registry';
    expect(DOC).toContain(heading);
    // GitHub's anchor for that heading: lower case, spaces to hyphens.
    expect(README).toContain(
      '(docs/data-schema-breaking.md#where-the-gate-deliberately-differs-from-confluent-schema-registry)',
    );
  });

  it('the Confluent differences it cites hold in the differ', () => {
    // Confluent: REQUIRED_ATTRIBUTE_WITH_DEFAULT_ADDED is compatible. By hand: old data {} is valid
    // under the old schema and fails `required: ["b"]` (validators do not fill defaults).
    const withDefault = breaksOf(
      diffJsonSchema(
        { type: 'object', properties: { a: { type: 'string' } } },
        {
          type: 'object',
          properties: { a: { type: 'string' }, b: { type: 'string', default: 'x' } },
          required: ['b'],
        },
      ),
    );
    expect(withDefault.backward).toBe(true);
    // Confluent: SUM_TYPE_EXTENDED is compatible. By hand: 1 was valid under oneOf [number] and
    // matches both branches of oneOf [number, integer], so it fails the new schema.
    expect(
      breaksOf(
        diffJsonSchema({ oneOf: [{ type: 'number' }] }, { oneOf: [{ type: 'number' }, { type: 'integer' }] }),
      ).backward,
    ).toBe(true);
    // Disjoint branches: every old value (a string) still matches exactly one branch.
    expect(
      breaksOf(
        diffJsonSchema({ oneOf: [{ type: 'string' }] }, { oneOf: [{ type: 'string' }, { type: 'integer' }] }),
      ).backward,
    ).toBe(false);
  });
});
