import { readFile, stat } from 'node:fs/promises';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { forEachByteLine, utf8Text } from '../../util/byte-lines.js';
import { InputError } from '../../util/errors.js';
import { keyPath } from '../../util/schema-errors.js';
import { readByteChunks } from '../../util/text-stream.js';
import { elementLines } from './json-lines.js';
import type { DataProblem, RowFindings } from './row-findings.js';

/** Thrown inside the line callback to stop reading early (`sample-rows`). */
class Stop extends Error {}

/** Where a JSON record is, and how its findings name it. */
interface RecordAt {
  line: number;
  record: number;
  /** `line 3`, `record 2`, `document`. */
  label: string;
}

/**
 * Validates a JSON Lines file record by record with a schema compiled once. Lines are split
 * from the raw bytes (the repo's byte-lines helper), so memory is one chunk plus one line
 * whatever the file size; blank lines are skipped, `\r\n` is tolerated, and a line that is not
 * JSON is an invalid row like any other. Returns whether the whole file was read.
 */
export async function validateJsonl(
  absPath: string,
  validate: ValidateFunction,
  out: RowFindings,
  sampleRows?: number,
): Promise<{ complete: boolean }> {
  try {
    await forEachByteLine(readByteChunks(absPath), out.path, (buf, start, end, line) => {
      // Skip blank lines without decoding them.
      let s = start;
      while (s < end && (buf[s] === 32 || buf[s] === 9)) s++;
      if (s === end) return;
      if (line === 1 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) s += 3; // UTF-8 BOM
      const at = { line, record: out.rows + 1, label: `line ${line}` };
      out.row(lineProblems(utf8Text(buf, s, end), validate, at));
      if (sampleRows !== undefined && out.rows >= sampleRows) throw new Stop();
    });
  } catch (error) {
    if (error instanceof Stop) return { complete: false };
    throw error;
  }
  return { complete: true };
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
        message: `${at.label}: not valid JSON: ${(error as Error).message}`,
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
        message: `${at.label}: the record is nested too deeply to validate.`,
        fix: FIX,
      },
    ];
  }
  if (valid) return [];
  return relevantErrors(validate.errors ?? []).map((e) => ({
    line: at.line,
    record: at.record,
    column: pointerOf(e),
    message: `${at.label}: ${describe(e)}.`,
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
