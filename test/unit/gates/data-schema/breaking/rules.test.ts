import { describe, expect, it } from 'vitest';
import { verdictOf } from '../../../../../src/gates/data-schema/breaking/change.js';
import { diffSchemas, RULE_LIST } from '../../../../../src/gates/data-schema/breaking/index.js';
import { RULE_EXAMPLES } from './rule-examples.js';

describe('rule table', () => {
  it('gives every rule a unique data-schema/ id and a one-line fix', () => {
    const ids = RULE_LIST.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULE_LIST) {
      expect(rule.id).toMatch(/^data-schema\/[a-z]+(-[a-z]+)*$/);
      expect(rule.fix).not.toMatch(/\n/);
      expect(rule.fix.length).toBeGreaterThan(10);
    }
  });

  it('has an example for every rule', () => {
    expect(new Set(RULE_EXAMPLES.map((e) => `data-schema/${e.rule}`))).toEqual(
      new Set(RULE_LIST.map((r) => r.id)),
    );
  });

  it.each(RULE_EXAMPLES)('$rule: the example produces exactly that rule', (example) => {
    const changes = diffSchemas(example.kind, example.before, example.after);
    expect(changes.map((c) => c.rule.id)).toEqual([`data-schema/${example.rule}`]);
  });

  it.each(RULE_EXAMPLES)('$rule: verdict per mode matches the hand-written expectation', (example) => {
    const [change] = diffSchemas(example.kind, example.before, example.after);
    if (!change) throw new Error('no change found');
    const severity = { breaking: 'error', warning: 'warning', ok: 'notice' } as const;
    expect({
      backward: severity[verdictOf(change, 'backward')],
      forward: severity[verdictOf(change, 'forward')],
      full: severity[verdictOf(change, 'full')],
    }).toEqual(example.expect);
  });
});
