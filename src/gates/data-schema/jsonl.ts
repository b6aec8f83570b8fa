import { readFile, stat } from 'node:fs/promises';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { forEachByteLine, utf8Text } from '../../util/byte-lines.js';
import { InputError } from '../../util/errors.js';
import { keyPath } from '../../util/schema-errors.js';
import { readByteChunks } from '../../util/text-stream.js';
import type { RowFindings } from './row-findings.js';

/** Thrown inside the line callback to stop reading early (`sample-rows`). */
class Stop extends Error {}

const FIX = 'Fix the record (or the producer that wrote it), or relax the schema if the value is legitimate.';

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
      out.rows++;
      let value: unknown;
      try {
        value = JSON.parse(utf8Text(buf, s, end));
      } catch (error) {
        out.invalid(
          line,
          `line ${line}: not valid JSON: ${(error as Error).message}`,
          'Write one complete JSON value per line (no pretty-printing, no trailing commas).',
          'data-schema/invalid-json',
        );
        if (sampleRows !== undefined && out.rows >= sampleRows) throw new Stop();
        return;
      }
      if (!validate(value)) out.invalid(line, `line ${line}: ${describe(validate.errors ?? [])}.`, FIX);
      if (sampleRows !== undefined && out.rows >= sampleRows) throw new Stop();
    });
  } catch (error) {
    if (error instanceof Stop) return { complete: false };
    throw error;
  }
  return { complete: true };
}

/** Largest `.json` data file read whole; JSON Lines has no limit because it streams. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024;

/**
 * Validates a `.json` data file: the whole document against the schema, or — when the
 * document is an array and the schema does not describe an array — each element as a record.
 */
export async function validateJsonDocument(
  absPath: string,
  validate: ValidateFunction,
  out: RowFindings,
  schemaIsArray: boolean,
  sampleRows?: number,
): Promise<{ complete: boolean }> {
  const { size } = await stat(absPath);
  if (size > MAX_JSON_BYTES) {
    throw new InputError(
      `${out.path}: ${size} bytes is more than the ${MAX_JSON_BYTES / 1024 / 1024} MiB a .json data file may have`,
      { path: out.path },
      'Store large datasets as JSON Lines (.jsonl), which is validated as a stream.',
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(await readFile(absPath, 'utf8'));
  } catch (error) {
    throw new InputError(
      `${out.path}: not valid JSON: ${(error as Error).message}`,
      { path: out.path },
      'Fix the JSON syntax.',
    );
  }
  const records = Array.isArray(value) && !schemaIsArray ? value : [value];
  const limit = sampleRows === undefined ? records.length : Math.min(sampleRows, records.length);
  for (let i = 0; i < limit; i++) {
    out.rows++;
    if (!validate(records[i])) {
      out.invalid(
        1,
        `${records.length > 1 ? `record ${i + 1}` : 'document'}: ${describe(validate.errors ?? [])}.`,
        FIX,
      );
    }
  }
  return { complete: limit === records.length };
}

/** The first error as one phrase that names the key (`tenure_months`), the value and the rule. */
function describe(errors: ErrorObject[]): string {
  const e = errors[0];
  if (!e) return 'does not match the schema';
  const params = e.params as Record<string, unknown>;
  const where = e.instancePath === '' ? 'the record' : `"${keyPath(e.instancePath)}"`;
  switch (e.keyword) {
    case 'required':
      return `the record is missing required key "${keyPath(`${e.instancePath}/${String(params.missingProperty)}`)}"`;
    case 'additionalProperties':
      return `${where} has key "${String(params.additionalProperty)}", which the schema does not allow`;
    case 'enum':
      return `${where} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    default:
      return `${where} ${e.message ?? 'does not match the schema'}`;
  }
}
