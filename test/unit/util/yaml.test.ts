import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/util/errors.js';
import { parseYaml } from '../../../src/util/yaml.js';

describe('parseYaml', () => {
  it('parses a mapping and knows the line of each key', () => {
    const doc = parseYaml(
      'version: 1\ncoverage:\n  reports:\n    - a.xml\n    - b.info\n  thresholds:\n    lines: 80\n',
      'c.yml',
    );
    expect(doc.value).toEqual({
      version: 1,
      coverage: { reports: ['a.xml', 'b.info'], thresholds: { lines: 80 } },
    });
    expect(doc.lineOf('/coverage/thresholds/lines')).toBe(7);
    expect(doc.lineOf('/coverage/reports/1')).toBe(5);
    expect(doc.lineOf('/coverage/thresholds/missing')).toBe(6);
  });

  it('rejects duplicate keys with the line', () => {
    expect(() => parseYaml('a: 1\nb: 2\na: 3\n', 'dup.yml')).toThrow(
      /dup\.yml:3: invalid YAML: duplicated mapping key/,
    );
  });

  it('rejects a 10-level alias bomb without expanding it', () => {
    let bomb = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n';
    for (let i = 0; i < 10; i++) {
      const prev = String.fromCharCode(97 + i);
      const name = String.fromCharCode(98 + i);
      bomb += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]\n`;
    }
    expect(() => parseYaml(bomb, 'bomb.yml')).toThrow(/alias bomb/);
  });

  it('does not construct custom types (no code execution tags)', () => {
    expect(() => parseYaml('x: !!js/function "function(){}"\n', 'evil.yml')).toThrow(InputError);
  });

  it('rejects deep nesting', () => {
    expect(() => parseYaml(`${'['.repeat(200)}${']'.repeat(200)}`, 'deep.yml')).toThrow(InputError);
  });

  it('rejects several documents', () => {
    expect(() => parseYaml('a: 1\n---\nb: 2\n', 'multi.yml')).toThrow(/2 YAML documents/);
  });
});
