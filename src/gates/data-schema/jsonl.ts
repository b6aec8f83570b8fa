import { readFile, stat } from 'node:fs/promises';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { InputError } from '../../util/errors.js';
import { keyPath } from '../../util/schema-errors.js';
import { forEachTextLine } from '../../util/text-lines.js';
import type { FileRange } from '../../util/text-stream.js';
import { elementLines } from './json-lines.js';
import type { DataProblem, RowFindings, RowSink } from './row-findings.js';

/** Thrown inside the line callback to stop reading early (`sample-rows`). */
class Stop extends Error {}

/** Where a JSON record is, and how its findings name it. */
interface RecordAt {
  line: number;
  record: number;
  /** `record 2`, `document`; a JSON Lines record is `line 3` (made only for a finding). */
  label?: string;
}

const labelOf = (at: RecordAt): string => at.label ?? `line ${at.line}`;

/**
 * Validates a JSON Lines file record by record with a schema compiled once. Lines are split
 * from chunks decoded once each (see `forEachTextLine`), so memory is one chunk plus one line
 * whatever the file size; blank lines are skipped, `\r\n` is tolerated, and a line that is not
 * JSON is an invalid row like any other. Returns whether the whole file was read.
 */
export async function validateJsonl(
  absPath: string,
  validate: ValidateFunction,
  out: RowFindings,
  sampleRows?: number,
): Promise<{ complete: boolean }> {
  const { complete } = await validateJsonlRange({ path: absPath }, out.path, validate, out, sampleRows);
  return { complete };
}

/**
 * Validates the lines of a JSON Lines file, or of the bytes [start, end) of one that start at a
 * line (a part read in a worker thread: its line and record numbers count from its start).
 * Returns whether every line was read, and how many lines there were.
 */
export async function validateJsonlRange(
  source: FileRange,
  displayPath: string,
  validate: ValidateFunction,
  out: RowSink,
  sampleRows?: number,
): Promise<{ complete: boolean; lines: number }> {
  const first = (source.start ?? 0) === 0;
  let lines = 0;
  try {
    lines = await forEachTextLine(source, displayPath, (text, start, end, line) => {
      const record = recordText(text, start, end, first && line === 1);
      if (record === undefined) return;
      out.row(lineProblems(record, validate, { line, record: out.rows + 1 }));
      if (sampleRows !== undefined && out.rows >= sampleRows) throw new Stop();
    });
  } catch (error) {
    if (error instanceof Stop) return { complete: false, lines };
    throw error;
  }
  return { complete: true, lines };
}

/**
 * The text of the record on text[start, end), or undefined for a blank line (spaces and tabs
 * only). As the gate always read it: a UTF-8 BOM opening the file is dropped, and so is one
 * U+FEFF where a line's content starts (the decoder each line went through dropped it).
 */
export function recordText(text: string, start: number, end: number, fileStart: boolean): string | undefined {
  let s = start;
  while (s < end && (text.charCodeAt(s) === 32 || text.charCodeAt(s) === 9)) s++;
  if (s === end) return undefined;
  if (fileStart && text.charCodeAt(start) === 0xfeff) s += 1;
  if (text.charCodeAt(s) === 0xfeff && s < end) s += 1;
  return text.slice(s, end);
}

/** The position a JSON Lines problem's message starts with (`line 3: `). */
export function jsonlPrefix(_record: number, line: number): string {
  return `line ${line}: `;
}

function lineProblems(text: string, validate: ValidateFunction, at: RecordAt): DataProblem[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [
      {
        line: at.line,
        record: at.record,
        column: '',
        rule: 'data-schema/invalid-json',
        message: `${labelOf(at)}: not valid JSON: ${(error as Error).message}`,
        fix: 'Write one complete JSON value per line (no pretty-printing, no trailing commas).',
      },
    ];
  }
  return recordProblems(value, validate, at);
}

/** Largest `.json` data file read whole; JSON Lines has no limit because it streams. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

/**
 * Validates a `.json` data file: the whole document against the schema, or — when the
 * document is an array and the schema does not describe an array — each element as a record,
 * each named by the line it starts on.
 */
export async function validateJsonDocument(
  absPath: string,
  validate: ValidateFunction,
  out: RowFindings,
  options: { schemaIsArray: boolean; sampleRows?: number },
): Promise<{ complete: boolean }> {
  const { size } = await stat(absPath);
  if (size > MAX_JSON_BYTES) {
    throw new InputError(
      `${out.path}: ${size} bytes is more than the ${MAX_JSON_BYTES / 1024 / 1024} MiB a .json data file may have`,
      { path: out.path },
      'Store large datasets as JSON Lines (.jsonl), which is validated as a stream.',
    );
  }
  const text = await readFile(absPath, 'utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new InputError(
      `${out.path}: not valid JSON: ${(error as Error).message}`,
      { path: out.path },
      'Fix the JSON syntax.',
    );
  }
  const asRecords = Array.isArray(value) && !options.schemaIsArray;
  const records: unknown[] = asRecords ? (value as unknown[]) : [value];
  const lines = elementLines(text, asRecords);
  const limit =
    options.sampleRows === undefined ? records.length : Math.min(options.sampleRows, records.length);
  for (let i = 0; i < limit; i++) {
    const label = records.length > 1 || asRecords ? `record ${i + 1}` : 'document';
    out.row(recordProblems(records[i], validate, { line: lines(i), record: i + 1, label }));
  }
  return { complete: limit === records.length };
}

const FIX = 'Fix the record (or the producer that wrote it), or relax the schema if the value is legitimate.';

/**
 * Every problem ajv finds in one record, each with the JSON pointer of the value it is about.
 * A record nested too deeply for the validator's recursion is one problem, not a crash.
 */
function recordProblems(value: unknown, validate: ValidateFunction, at: RecordAt): DataProblem[] {
  let valid: boolean;
  try {
    valid = validate(value);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return [
      {
        line: at.line,
        record: at.record,
        column: '',
        message: `${labelOf(at)}: the record is nested too deeply to validate.`,
        fix: FIX,
      },
    ];
  }
  if (valid) return [];
  return relevantErrors(validate.errors ?? []).map((e) => ({
    line: at.line,
    record: at.record,
    column: pointerOf(e),
    message: `${labelOf(at)}: ${describe(e)}.`,
    fix: FIX,
  }));
}

/**
 * The errors a person needs: the errors inside the branches of a failed `anyOf`/`oneOf` are
 * folded into that keyword's own error (which branch "should" have matched is a guess), the
 * bare `if` error is dropped (its `then`/`else` errors say what is wrong), and repeats go.
 */
export function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (/\/(anyOf|oneOf)\/\d+\//.test(e.schemaPath) || /\/not\//.test(e.schemaPath) || e.keyword === 'if')
      continue;
    const key = `${e.instancePath}\u0000${e.keyword}\u0000${JSON.stringify(e.params)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  return out.length > 0 ? out : errors.slice(0, 1);
}

/** The JSON pointer of the value an error is about (a missing or extra key points at the key). */
function pointerOf(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  const escape = (k: unknown) => String(k).replace(/~/g, '~0').replace(/\//g, '~1');
  if (e.keyword === 'required') return `${e.instancePath}/${escape(params.missingProperty)}`;
  if (e.keyword === 'additionalProperties' || e.keyword === 'unevaluatedProperties')
    return `${e.instancePath}/${escape(params.additionalProperty ?? params.unevaluatedProperty)}`;
  if (e.keyword === 'dependentRequired' || e.keyword === 'dependencies')
    return `${e.instancePath}/${escape(params.missingProperty)}`;
  return e.instancePath;
}

/** One error as a phrase that names the key (`tenure_months`), the value and the rule. */
function describe(e: ErrorObject): string {
  const params = e.params as Record<string, unknown>;
  const where = e.instancePath === '' ? 'the record' : `"${keyPath(e.instancePath)}"`;
  switch (e.keyword) {
    case 'required':
      return `the record is missing required key "${keyPath(`${e.instancePath}/${String(params.missingProperty)}`)}"`;
    case 'additionalProperties':
      return `${where} has key "${String(params.additionalProperty)}", which the schema does not allow`;
    case 'unevaluatedProperties':
      return `${where} has key "${String(params.unevaluatedProperty)}", which the schema does not allow`;
    case 'enum':
      return `${where} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${where} ${e.message ?? 'does not match the schema'}`;
  }
}
