import { describe, expect, it } from 'vitest';
import { compileJsonSchema } from '../../../../src/gates/data-schema/json-schema.js';
import type { SchemaDocument } from '../../../../src/gates/data-schema/schema-files.js';
import { InputError } from '../../../../src/util/errors.js';

const doc = (path: string, value: unknown): SchemaDocument => ({ path, value, lineOf: () => 7 });
const noFiles = (p: string) => Promise.reject(new InputError(`${p}: schema file not found`, { path: p }));

describe('compileJsonSchema', () => {
  it('compiles each dialect and validates with formats', async () => {
    for (const uri of [
      'http://json-schema.org/draft-07/schema#',
      'https://json-schema.org/draft/2019-09/schema',
      'https://json-schema.org/draft/2020-12/schema',
    ]) {
      const c = await compileJsonSchema(
        doc('s.json', {
          $schema: uri,
          type: 'object',
          properties: { at: { type: 'string', format: 'date-time' } },
        }),
        noFiles,
      );
      expect(c.findings).toEqual([]);
      expect(c.validate?.({ at: '2024-01-01T00:00:00Z' })).toBe(true);
      expect(c.validate?.({ at: 'yesterday' })).toBe(false);
    }
  });

  it('reports meta-schema errors at the pointer with the line', async () => {
    const c = await compileJsonSchema(
      doc('s.json', { type: 'object', properties: { a: { type: 'strin' } } }),
      noFiles,
    );
    expect(c.validate).toBeUndefined();
    expect(c.findings[0]).toMatchObject({ rule: 'data-schema/schema-invalid', path: 's.json', line: 7 });
  });

  it('refuses remote refs, $async and unsupported dialects; flags ref loops', async () => {
    const remote = await compileJsonSchema(doc('s.json', { $ref: 'https://example.com/x.json' }), noFiles);
    expect(remote.findings.map((f) => f.rule)).toEqual(['data-schema/remote-ref']);
    const asyncSchema = await compileJsonSchema(doc('s.json', { $async: true, type: 'object' }), noFiles);
    expect(asyncSchema.findings.map((f) => f.rule)).toContain('data-schema/async-schema');
    const old = await compileJsonSchema(
      doc('s.json', { $schema: 'http://json-schema.org/draft-04/schema#' }),
      noFiles,
    );
    expect(old.findings.map((f) => f.rule)).toEqual(['data-schema/unsupported-dialect']);
    const loop = await compileJsonSchema(
      doc('s.json', { $defs: { a: { $ref: '#/$defs/b' }, b: { $ref: '#/$defs/a' } }, $ref: '#/$defs/a' }),
      noFiles,
    );
    expect(loop.findings.map((f) => f.rule)).toContain('data-schema/ref-loop');
    // A recursive schema that validates something on the way is fine.
    const tree = await compileJsonSchema(
      doc('s.json', { type: 'object', properties: { children: { type: 'array', items: { $ref: '#' } } } }),
      noFiles,
    );
    expect(tree.findings).toEqual([]);
    expect(tree.validate?.({ children: [{ children: [] }] })).toBe(true);
  });

  it('resolves local refs to other files without fetching', async () => {
    const files: Record<string, unknown> = {
      'schemas/defs.json': { $defs: { id: { type: 'string', pattern: '^ev-' } } },
    };
    const load = (p: string) => (files[p] ? Promise.resolve(doc(p, files[p])) : noFiles(p));
    const c = await compileJsonSchema(
      doc('schemas/event.json', {
        $id: 'https://example.com/event.json',
        type: 'object',
        properties: { id: { $ref: 'defs.json#/$defs/id' } },
      }),
      load,
    );
    expect(c.findings).toEqual([]);
    expect(c.referenced).toEqual(['schemas/defs.json']);
    expect(c.validate?.({ id: 'ev-1' })).toBe(true);
    expect(c.validate?.({ id: 'x' })).toBe(false);
    const missing = await compileJsonSchema(doc('s.json', { $ref: 'nope.json' }), load);
    expect(missing.findings.map((f) => f.rule)).toEqual(['data-schema/unresolved-ref']);
  });

  it('keeps $data off: a $data bound is a meta-schema error, not a live reference', async () => {
    const c = await compileJsonSchema(
      doc('s.json', { properties: { a: { type: 'number', maximum: { $data: '1/b' } } } }),
      noFiles,
    );
    expect(c.validate).toBeUndefined();
    expect(c.findings.map((f) => f.rule)).toContain('data-schema/schema-invalid');
  });
});
