import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { place, schemaProblems } from '../../../../src/gates/notebooks/nbformat-schema.js';
import { REPO_ROOT } from '../../../helpers/paths.js';
import { fixtureText } from './fixture-model.js';

const SCHEMA_DIR = join(REPO_ROOT, 'schema', 'notebooks');
const MINORS = [0, 1, 2, 3, 4, 5];
const schemaOf = (minor: number): unknown =>
  JSON.parse(readFileSync(join(SCHEMA_DIR, `nbformat.v4.${minor}.schema.json`), 'utf8'));

/**
 * Keywords whose meaning is the same in draft-04 (what nbformat's schemas declare) and draft-07
 * (what ajv applies). draft-04's boolean exclusiveMinimum/Maximum and `id` are not in the list.
 */
const SAME_IN_BOTH = new Set([
  '$schema',
  '$ref',
  'description',
  'type',
  'properties',
  'additionalProperties',
  'patternProperties',
  'required',
  'items',
  'oneOf',
  'anyOf',
  'allOf',
  'enum',
  'minimum',
  'maximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'uniqueItems',
  'definitions',
  'default',
  'not',
  // Upstream slips that are unknown keywords, ignored by every draft (so by nbformat and the gate
  // alike): "item" for "items" under metadata.authors (v4.2+), and cell metadata's
  // jupyter.source_hidden / outputs_hidden written beside "properties" instead of inside (v4.3+).
  'item',
  'source_hidden',
  'outputs_hidden',
]);

/**
 * Every keyword a schema uses. Names under properties, patternProperties and definitions are not
 * keywords; nbformat groups shared definitions one level deeper, under definitions.misc.
 */
function keywords(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => keywords(n, out));
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      out.add(key);
      if (key === 'properties' || key === 'definitions' || key === 'patternProperties') {
        for (const [name, schema] of Object.entries(value as object)) {
          if (key === 'definitions' && name === 'misc')
            Object.values(schema as object).forEach((v) => keywords(v, out));
          else keywords(schema, out);
        }
      } else keywords(value, out);
    }
  }
  return out;
}

describe('vendored nbformat schemas', () => {
  it('are the upstream files: canonical JSON hashes recorded in schema/notebooks/NOTICE.md', () => {
    const notice = readFileSync(join(SCHEMA_DIR, 'NOTICE.md'), 'utf8');
    for (const minor of MINORS) {
      const hash = createHash('sha256')
        .update(JSON.stringify(schemaOf(minor)))
        .digest('hex');
      expect(notice, `nbformat.v4.${minor}.schema.json`).toContain(
        `| nbformat.v4.${minor}.schema.json | ${hash} |`,
      );
    }
  });

  it.each(MINORS)('v4.%i uses only keywords draft-07 reads as draft-04 does', (minor) => {
    const used = [...keywords(schemaOf(minor))].filter((k) => !SAME_IN_BOTH.has(k));
    expect(used).toEqual([]);
  });
});

describe('schemaProblems', () => {
  it.each(['executed.ipynb', 'stripped.ipynb', 'out-of-order.ipynb', 'format-4.4.ipynb', 'format-4.6.ipynb'])(
    'finds none in %s, which Python nbformat 5.5 validates',
    (file) => {
      const notebook = JSON.parse(fixtureText(file)) as Record<string, unknown>;
      expect(schemaProblems(notebook, notebook.nbformat_minor as number)).toEqual([]);
    },
  );

  it('names each broken cell once, by the branch its type names (as nbformat does)', () => {
    const notebook = JSON.parse(fixtureText('schema-invalid.ipynb')) as Record<string, unknown>;
    // Python nbformat 5.5 (jsonschema) reports cells[1], [2], [3] and [4] of this fixture: the
    // missing outputs, the string count, the stream without text, the "heading" cell type.
    expect(schemaProblems(notebook, 5)).toEqual([
      { pointer: '/cells/1', message: 'cell 2: missing required key "outputs"' },
      {
        pointer: '/cells/2/execution_count',
        message: 'cell 3, execution_count: "2" is not allowed; expected integer or null',
      },
      { pointer: '/cells/3/outputs/0', message: 'cell 4, output 1: missing required key "text"' },
      {
        pointer: '/cells/4/cell_type',
        message: 'cell 5, cell_type: "heading" is not allowed; allowed: "code", "markdown", "raw"',
      },
    ]);
  });

  it('holds a format 4.4 notebook to 4.4 (no cell ids) and a 4.5 one to 4.5 (ids required)', () => {
    const notebook = JSON.parse(fixtureText('stripped.ipynb')) as { cells: Array<Record<string, unknown>> };
    expect(schemaProblems(notebook, 4)[0]).toEqual({
      pointer: '/cells/0/id',
      message: 'cell 1: unknown key "id"; allowed here: cell_type, metadata, attachments, source',
    });
    delete notebook.cells[0]?.id;
    expect(schemaProblems(notebook, 5)).toEqual([
      { pointer: '/cells/0', message: 'cell 1: missing required key "id"' },
    ]);
  });

  it('reports top-level problems and an output of unknown type', () => {
    const notebook = {
      nbformat: 4,
      nbformat_minor: 5,
      metadata: { kernelspec: { name: 'python3' } },
      cells: [
        {
          cell_type: 'code',
          id: 'a',
          metadata: {},
          source: '',
          execution_count: null,
          outputs: [{ output_type: 'widget' }],
        },
      ],
    };
    expect(schemaProblems(notebook, 5).map((p) => p.message)).toEqual([
      'metadata.kernelspec: missing required key "display_name"',
      'cell 1, output 1, output_type: "widget" is not allowed; allowed: "execute_result", "display_data", "stream", "error"',
    ]);
  });
});

describe('place', () => {
  it.each([
    ['', '(top level)'],
    ['/metadata/kernelspec', 'metadata.kernelspec'],
    ['/cells/0', 'cell 1'],
    ['/cells/3/outputs/1/data', 'cell 4, output 2, data'],
  ])('%j reads as %j', (pointer, text) => {
    expect(place(pointer)).toBe(text);
  });
});
