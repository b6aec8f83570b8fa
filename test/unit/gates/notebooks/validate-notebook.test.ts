import { describe, expect, it } from 'vitest';
import { parseNotebook } from '../../../../src/gates/notebooks/validate-notebook.js';
import { fixtureText } from './fixture-model.js';

const drafts = (path: string, text: string) => parseNotebook(path, text).drafts;

describe('parseNotebook', () => {
  it('accepts valid notebooks of every writer and minor version', () => {
    for (const file of [
      'executed.ipynb',
      'stripped.ipynb',
      'minified.ipynb',
      'indent4-string-source.ipynb',
      'format-4.4.ipynb',
      'format-4.6.ipynb',
    ]) {
      const parsed = parseNotebook(file, fixtureText(file));
      expect(parsed.ok, file).toBe(true);
      expect(parsed.drafts, file).toEqual([]);
    }
  });

  it('names a format 3 notebook with the conversion command, at its nbformat line', () => {
    // format-3.ipynb: "nbformat": 3 is on line 22.
    const [draft] = drafts('old/format 3.ipynb', fixtureText('format-3.ipynb'));
    expect(draft).toMatchObject({ rule: 'invalid', line: 22 });
    expect(draft?.message).toContain('format 3');
    expect(draft?.fix).toBe(
      "Convert it: `jupyter nbconvert --to notebook --nbformat 4 --inplace 'old/format 3.ipynb'`, then commit the result.",
    );
  });

  it('gives the line and column of malformed JSON, as Python json does', () => {
    // Python: "Unterminated string starting at: line 8 column 5".
    expect(drafts('t.ipynb', fixtureText('truncated.ipynb'))).toEqual([
      expect.objectContaining({
        rule: 'invalid',
        line: 8,
        message: 'Malformed JSON at line 8, column 5: unterminated string.',
      }),
    ]);
  });

  it('recognises merge conflict markers', () => {
    // Python: "Expecting value: line 46 column 1".
    const [draft] = drafts('m.ipynb', fixtureText('merge-conflict.ipynb'));
    expect(draft?.line).toBe(46);
    expect(draft?.message).toContain('unresolved merge conflict markers');
    expect(draft?.fix).toContain('nbdime');
  });

  it('reports schema problems at their lines, and a duplicate cell id', () => {
    // schema-invalid.ipynb, lines found in the file: cell 2 opens on line 13, cell 3's
    // execution_count is on line 29, cell 4's stream output opens on line 59, cell 5's cell_type
    // is on line 69 and its id on line 71.
    expect(drafts('s.ipynb', fixtureText('schema-invalid.ipynb')).map((d) => [d.line, d.message])).toEqual([
      [13, 'Not a valid nbformat 4.5 notebook: cell 2: missing required key "outputs".'],
      [
        29,
        'Not a valid nbformat 4.5 notebook: cell 3, execution_count: "2" is not allowed; expected integer or null.',
      ],
      [59, 'Not a valid nbformat 4.5 notebook: cell 4, output 1: missing required key "text".'],
      [
        69,
        'Not a valid nbformat 4.5 notebook: cell 5, cell_type: "heading" is not allowed; allowed: "code", "markdown", "raw".',
      ],
      [71, 'Cell 5 has the same id as cell 1; cell ids must be unique.'],
    ]);
  });

  it.each([
    ['[]', 'not a notebook'],
    ['"text"', 'not a notebook'],
    ['{"nbformat": 5, "nbformat_minor": 0}', 'declares nbformat 5'],
  ])('refuses %s', (text, fragment) => {
    const parsed = parseNotebook('x.ipynb', text);
    expect(parsed.ok).toBe(false);
    expect(parsed.drafts[0]?.message).toContain(fragment);
  });

  it('refuses nesting deeper than 256 levels', () => {
    const parsed = parseNotebook('x.ipynb', `{"cells": ${'['.repeat(100_000)}`);
    expect(parsed.drafts[0]?.message).toContain('nested deeper than 256 levels');
  });

  it('caps the schema problems of a hopeless file at 10, counting the rest', () => {
    const cells = Array.from({ length: 30 }, (_, i) => ({
      cell_type: 'code',
      id: `c${i}`,
      metadata: {},
      source: '',
    }));
    const found = drafts('x.ipynb', JSON.stringify({ cells, metadata: {}, nbformat: 4, nbformat_minor: 5 }));
    // 30 code cells each miss outputs and execution_count: 60 problems, 10 listed.
    expect(found).toHaveLength(10);
    expect(found[9]?.message).toContain('(and 50 more schema problem(s))');
  });
});
