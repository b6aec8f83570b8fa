import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type NotebookModel, notebookModel } from '../../../../src/gates/notebooks/notebook-model.js';
import { parseLocatedJson } from '../../../../src/gates/notebooks/parse-located-json.js';
import { FIXTURES } from '../../../helpers/paths.js';

/** The notebook fixtures (test/fixtures/notebooks, written by make_notebooks.py). */
export const NOTEBOOK_FIXTURES = join(FIXTURES, 'notebooks');

/** A fixture's text. */
export function fixtureText(name: string): string {
  return readFileSync(join(NOTEBOOK_FIXTURES, name), 'utf8');
}

/** A notebook model from a fixture file or from a notebook value (saved as Jupyter saves it). */
export function modelOf(source: string | object): NotebookModel {
  const text = typeof source === 'string' ? fixtureText(source) : `${JSON.stringify(source, null, 1)}\n`;
  return notebookModel(parseLocatedJson(text));
}

/** A minimal nbformat 4.5 notebook around the given cells. */
export function notebookWith(cells: object[], metadata: object = {}): object {
  return { cells, metadata, nbformat: 4, nbformat_minor: 5 };
}

let nextId = 0;

/** A code cell as Jupyter writes it. */
export function codeCell(
  source: string | string[],
  count: number | null = null,
  outputs: object[] = [],
): object {
  nextId++;
  return { cell_type: 'code', execution_count: count, id: `cell${nextId}`, metadata: {}, outputs, source };
}

/** A stream output. */
export function stream(text: string | string[]): object {
  return { name: 'stdout', output_type: 'stream', text };
}
