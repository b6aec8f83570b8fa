import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import v40 from '../../../schema/notebooks/nbformat.v4.0.schema.json' with { type: 'json' };
import v41 from '../../../schema/notebooks/nbformat.v4.1.schema.json' with { type: 'json' };
import v42 from '../../../schema/notebooks/nbformat.v4.2.schema.json' with { type: 'json' };
import v43 from '../../../schema/notebooks/nbformat.v4.3.schema.json' with { type: 'json' };
import v44 from '../../../schema/notebooks/nbformat.v4.4.schema.json' with { type: 'json' };
import v45 from '../../../schema/notebooks/nbformat.v4.5.schema.json' with { type: 'json' };
import { describeSchemaError, foldSchemaErrors, keyPath, valueAtPointer } from '../../util/schema-errors.js';

/**
 * nbformat's own JSON Schemas (jupyter/nbformat, BSD-3-Clause, vendored unchanged in
 * schema/notebooks/), one per minor version of format 4. They declare draft-04, but use only
 * keywords whose meaning draft-07 kept (a unit test checks the keyword list), so ajv's draft-07
 * validator applies them as written.
 */
const SCHEMAS: readonly object[] = [v40, v41, v42, v43, v44, v45];

/** The newest minor version the vendored schemas know. */
export const LATEST_MINOR = SCHEMAS.length - 1;

const CELL_BRANCHES: Record<string, string> = {
  code: 'code_cell',
  markdown: 'markdown_cell',
  raw: 'raw_cell',
};
const OUTPUT_BRANCHES: Record<string, string> = {
  execute_result: 'execute_result',
  display_data: 'display_data',
  stream: 'stream',
  error: 'error',
};

/** One schema violation, with the JSON pointer of the value at fault. */
export interface SchemaProblem {
  pointer: string;
  /** `cell 4, output 1: missing required key "text"` */
  message: string;
}

/** Validators for one minor version: the whole notebook and its definitions by name. */
class MinorSchema {
  // verbose: errors carry their schema, so an unknown key's message can list the allowed ones.
  private readonly ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: false,
    logger: false,
    validateSchema: false,
  });
  readonly notebook: ValidateFunction;

  constructor(
    schema: object,
    /** A notebook from a newer minor: nbformat relaxes the schema the same way. */
    readonly future: boolean,
  ) {
    const body = future ? relaxed(schema) : schema;
    this.ajv.addSchema(body, 'nbformat');
    this.notebook = this.definition('');
  }

  definition(name: string): ValidateFunction {
    const validate = this.ajv.getSchema(name === '' ? 'nbformat' : `nbformat#/definitions/${name}`);
    if (!validate) throw new Error(`nbformat schema has no definition ${name}`);
    return validate;
  }
}

const compiled = new Map<string, MinorSchema>();

/** The compiled schema for a notebook's minor version (compiled once per process). */
function schemaFor(minor: number): MinorSchema {
  const future = minor > LATEST_MINOR;
  const index = Math.min(Math.max(minor, 0), LATEST_MINOR);
  const key = future ? 'future' : String(index);
  let schema = compiled.get(key);
  if (!schema) {
    schema = new MinorSchema(SCHEMAS[index] ?? v45, future);
    compiled.set(key, schema);
  }
  return schema;
}

/**
 * Validates a format-4 notebook against the schema of its `nbformat_minor` (the newest one,
 * relaxed as nbformat does, for a minor from the future). Cells and outputs are judged against
 * the branch their `cell_type` / `output_type` names, so a broken code cell reads as one problem,
 * not as three failed alternatives.
 */
export function schemaProblems(notebook: Record<string, unknown>, minor: number): SchemaProblem[] {
  const schema = schemaFor(minor);
  if (passes(schema.notebook, notebook)) return [];
  const cells = Array.isArray(notebook.cells) ? (notebook.cells as unknown[]) : undefined;
  // Cells are judged one by one below; the notebook without them gives the top-level problems.
  const errors = errorsOf(schema.notebook, cells ? { ...notebook, cells: [] } : notebook);
  cells?.forEach((cell, i) => {
    errors.push(...prefixed(`/cells/${i}`, cellErrors(schema, cell)));
  });
  return errors.map((e) => describe(e, notebook));
}

function cellErrors(schema: MinorSchema, cell: unknown): ErrorObject[] {
  if (passes(schema.definition('cell'), cell)) return [];
  const shape = typeShape(cell, 'cell_type', CELL_BRANCHES);
  if (typeof shape !== 'string') return [shape];
  const record = cell as Record<string, unknown>;
  if (shape !== 'code_cell' || !Array.isArray(record.outputs))
    return errorsOf(schema.definition(shape), cell);
  const outputs = record.outputs as unknown[];
  const errors = errorsOf(schema.definition(shape), { ...record, outputs: [] });
  outputs.forEach((output, k) => {
    errors.push(...prefixed(`/outputs/${k}`, outputErrors(schema, output)));
  });
  return errors;
}

function outputErrors(schema: MinorSchema, output: unknown): ErrorObject[] {
  if (passes(schema.definition('output'), output)) return [];
  const shape = typeShape(output, 'output_type', OUTPUT_BRANCHES);
  return typeof shape === 'string' ? errorsOf(schema.definition(shape), output) : [shape];
}

/**
 * The schema branch a cell or output's type field names, or the one error that says why there
 * is none (not an object, no type field, an unknown type).
 */
function typeShape(value: unknown, field: string, branches: Record<string, string>): string | ErrorObject {
  const error = (instancePath: string, keyword: string, params: Record<string, unknown>): ErrorObject => ({
    instancePath,
    keyword,
    params,
    schemaPath: '',
  });
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return error('', 'type', { type: 'object' });
  const type = (value as Record<string, unknown>)[field];
  if (type === undefined) return error('', 'required', { missingProperty: field });
  const branch = typeof type === 'string' && Object.hasOwn(branches, type) ? branches[type] : undefined;
  return branch ?? error(`/${field}`, 'enum', { allowedValues: Object.keys(branches) });
}

/** A validation as a plain boolean (ajv's type guard would narrow the value to `never`). */
function passes(validate: ValidateFunction, value: unknown): boolean {
  return validate(value);
}

function errorsOf(validate: ValidateFunction, value: unknown): ErrorObject[] {
  validate(value);
  // ajv gives a multi-type keyword's types as an array: "integer or null" reads better.
  const errors = (validate.errors ?? []).map((e) => {
    const types = (e.params as { type?: unknown }).type;
    return Array.isArray(types) ? { ...e, params: { ...e.params, type: types.join(' or ') } } : e;
  });
  return foldSchemaErrors(errors);
}

function prefixed(prefix: string, errors: ErrorObject[]): ErrorObject[] {
  return errors.map((e) => ({ ...e, instancePath: `${prefix}${e.instancePath}` }));
}

/** The message with the pointer written for people: `cell 4, output 1: …` (1-based). */
function describe(error: ErrorObject, notebook: unknown): SchemaProblem {
  const { pointer, message } = describeSchemaError(error, (p) => valueAtPointer(notebook, p));
  // An unknown key is its object's problem (`cell 1: unknown key "id"`), at the key's line.
  const at = error.keyword === 'additionalProperties' ? error.instancePath : pointer;
  return { pointer, message: `${place(at)}: ${message.slice(keyPath(pointer).length + 2)}` };
}

/** `/cells/3/outputs/0/text` → `cell 4, output 1, text`. */
export function place(pointer: string): string {
  const parts = pointer.split('/').slice(1);
  const names: string[] = [];
  let i = 0;
  if (parts[0] === 'cells' && /^\d+$/.test(parts[1] ?? '')) {
    names.push(`cell ${Number(parts[1]) + 1}`);
    i = 2;
    if (parts[2] === 'outputs' && /^\d+$/.test(parts[3] ?? '')) {
      names.push(`output ${Number(parts[3]) + 1}`);
      i = 4;
    }
  }
  const rest = parts.slice(i);
  if (rest.length > 0 || names.length === 0) names.push(keyPath(rest.length > 0 ? `/${rest.join('/')}` : ''));
  return names.join(', ');
}

/** nbformat's handling of a newer minor: every `additionalProperties` relaxed, unknown cell and output types allowed. */
function relaxed(schema: object): object {
  const copy = JSON.parse(JSON.stringify(schema), (key, value: unknown) =>
    key === 'additionalProperties' ? true : value,
  ) as { definitions: Record<string, { oneOf?: unknown[] }> };
  copy.definitions.cell?.oneOf?.push({ $ref: '#/definitions/unrecognized_cell' });
  copy.definitions.output?.oneOf?.push({ $ref: '#/definitions/unrecognized_output' });
  return copy;
}
