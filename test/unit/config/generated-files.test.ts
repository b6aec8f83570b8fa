import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { composeConfigSchema } from '../../../src/config/compose-schema.js';
import { validate as generatedValidator } from '../../../src/config/config-validator.generated.js';
import { parseConfig } from '../../../src/config/parse-config.js';
import { parseYaml } from '../../../src/util/yaml.js';
import { EXAMPLE_PROJECT, REPO_ROOT } from '../../helpers/paths.js';

describe('files generated from the gate registry', () => {
  it('schema/config.schema.json and every config.generated.ts equal a fresh generation', () => {
    // Exit 1 with the stale file's name when a section schema changed without `npm run generate`.
    expect(() =>
      execFileSync(process.execPath, ['scripts/generate.mjs', '--check'], { cwd: REPO_ROOT, stdio: 'pipe' }),
    ).not.toThrow();
  });

  it('hoists shared definitions and refuses two different ones under one name', () => {
    const globList = { type: 'string' };
    const composed = composeConfigSchema([
      { id: 'a-gate', schema: { type: 'object', definitions: { globList } } },
      { id: 'b', schema: { type: 'object', definitions: { globList } } },
    ]);
    expect(composed.properties).toMatchObject({ 'a-gate': { $ref: '#/definitions/aGate' } });
    expect(composed.definitions).toEqual({ aGate: { type: 'object' }, b: { type: 'object' }, globList });
    expect(() =>
      composeConfigSchema([
        { id: 'a', schema: { definitions: { globList } } },
        { id: 'b', schema: { definitions: { globList: { type: 'array' } } } },
      ]),
    ).toThrow(/section b redefines "globList" differently/);
  });
});

/**
 * The validator generated at build time (ajv standalone code) must be the validator ajv
 * compiles at run time from schema/config.schema.json with the options parse-config used:
 * the same error objects, in the same order, for every document. The corpus is the example
 * project's config and every single-key mutation of it (each value replaced by values of other
 * types, each key deleted, an unknown key added to each object), so every keyword of the schema
 * on that path fails at least once.
 */
describe('the generated config validator', () => {
  const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'config.schema.json'), 'utf8')) as object;
  const runtime = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true, verbose: true }).compile(
    schema,
  );
  const yaml = readFileSync(join(EXAMPLE_PROJECT, '.github', 'ml-quality-gates.yml'), 'utf8');
  const example = parseYaml(yaml, 'ml-quality-gates.yml').value as Record<string, unknown>;

  const REPLACEMENTS: unknown[] = [
    'x',
    '../outside',
    '',
    42,
    -1,
    0.5,
    1e9,
    true,
    null,
    [],
    ['a', 1],
    {},
    { bogus: 1 },
  ];

  function* mutations(
    node: unknown,
    path: Array<string | number>,
  ): Generator<Array<string | number | symbol>> {
    if (Array.isArray(node)) {
      for (const [i, child] of node.entries()) yield* mutations(child, [...path, i]);
      return;
    }
    if (typeof node !== 'object' || node === null) return;
    yield [...path, ADD];
    for (const [key, child] of Object.entries(node)) {
      yield [...path, key, DELETE];
      for (let r = 0; r < REPLACEMENTS.length; r++) yield [...path, key, r];
      yield* mutations(child, [...path, key]);
    }
  }
  const ADD = Symbol('add an unknown key');
  const DELETE = Symbol('delete the key');

  function mutate(path: Array<string | number | symbol>): unknown {
    const copy = structuredClone(example) as Record<string | number, unknown>;
    let node = copy;
    for (let i = 0; i < path.length - 2; i++)
      node = node[path[i] as string] as Record<string | number, unknown>;
    const key = path[path.length - 2] as string;
    const op = path[path.length - 1];
    if (op === ADD) (node[key] as Record<string, unknown>)['not-a-key'] = 1;
    else if (op === DELETE) Reflect.deleteProperty(node, key);
    else node[key] = REPLACEMENTS[op as number];
    return copy;
  }

  it('gives exactly the errors of ajv compiling schema/config.schema.json at run time', () => {
    const documents: unknown[] = [example, {}, { version: 2 }, [], 'text', null];
    for (const path of mutations(example, [])) {
      if (path.length === 1 && path[0] === ADD) documents.push({ ...example, 'not-a-key': 1 });
      else if (path.length >= 2) documents.push(mutate(path));
    }
    let invalid = 0;
    for (const document of documents) {
      const expected = runtime(document);
      expect(generatedValidator(document)).toBe(expected);
      if (!expected) invalid++;
      expect(generatedValidator.errors ?? null).toEqual(runtime.errors ?? null);
    }
    // The corpus exercises the schema: hundreds of invalid documents, not a handful.
    expect(documents.length).toBeGreaterThan(1000);
    expect(invalid).toBeGreaterThan(documents.length / 2);
  });

  it('parseConfig reports what the schema finds, naming the file, line, key and value', () => {
    expect(() => parseConfig('version: 1\ncoverage:\n  thresholds:\n    lines: high\n', 'c.yml')).toThrow(
      'c.yml:4: coverage.thresholds.lines: "high" is not allowed; expected number',
    );
    expect(() => parseConfig('version: 1\ncoverage:\n  colour: red\n', 'c.yml')).toThrow(
      /^c\.yml:3: coverage\.colour: unknown key "colour"; allowed here: enabled, /,
    );
  });
});
