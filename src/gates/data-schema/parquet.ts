import { open } from 'node:fs/promises';
import {
  asyncBufferFromFile,
  type FileMetaData,
  parquetMetadataAsync,
  parquetSchema,
  type SchemaTree,
} from 'hyparquet';
import type { Finding } from '../../result/types.js';
import { InputError } from '../../util/errors.js';
import type { TableContract } from './table-schema.js';

/** Footers larger than this are refused before anything is parsed (a real one is kilobytes). */
const MAX_FOOTER_BYTES = 64 * 1024 * 1024;

/** The Table Schema types a Parquet column can hold, from its physical and logical type. */
export function tableTypesOf(node: SchemaTree): string[] {
  const e = node.element;
  const logical = e.logical_type?.type;
  const converted = e.converted_type;
  if (node.children.length > 0) {
    if (logical === 'LIST' || converted === 'LIST') return ['array', 'list'];
    return ['object'];
  }
  if (logical === 'DATE' || converted === 'DATE') return ['date'];
  if (logical === 'TIMESTAMP' || converted === 'TIMESTAMP_MILLIS' || converted === 'TIMESTAMP_MICROS')
    return ['datetime'];
  if (logical === 'TIME' || converted === 'TIME_MILLIS' || converted === 'TIME_MICROS') return ['time'];
  if (logical === 'DECIMAL' || converted === 'DECIMAL') return ['number'];
  if (logical === 'JSON' || converted === 'JSON') return ['object', 'array', 'string'];
  if (
    logical === 'STRING' ||
    logical === 'ENUM' ||
    logical === 'UUID' ||
    converted === 'UTF8' ||
    converted === 'ENUM'
  )
    return ['string'];
  switch (e.type) {
    case 'BOOLEAN':
      return ['boolean'];
    case 'INT32':
    case 'INT64':
      return ['integer', 'year'];
    case 'INT96':
      return ['datetime'];
    case 'FLOAT':
    case 'DOUBLE':
      return ['number'];
    default:
      return ['string']; // BYTE_ARRAY / FIXED_LEN_BYTE_ARRAY without annotation: binary
  }
}

/** What a Parquet footer says, for the report. */
export interface ParquetInfo {
  rows: number;
  columns: number;
}

/**
 * Reads only the footer of a Parquet file (hyparquet, pure JS; the data pages are never read)
 * and checks its columns against the Table Schema: every field present as `fieldsMatch` asks,
 * column types compatible with field types (a `number` field accepts integer columns; `any`
 * accepts everything), and required fields free of nulls where the row-group statistics
 * count them.
 */
export async function checkParquet(
  absPath: string,
  path: string,
  contract: TableContract,
): Promise<{ findings: Finding[]; info: ParquetInfo }> {
  await checkFooterFrame(absPath, path);
  const { metadata, tree } = await readFooter(absPath, path);
  const columns = new Map<string, Column>(
    tree.children.map((c, i) => [c.element.name, { node: c, index: i }]),
  );
  const findings = [
    ...columnSetFindings(tree, columns, contract, path),
    ...fieldFindings(metadata, columns, contract, path),
  ];
  return { findings, info: { rows: Number(metadata.num_rows), columns: tree.children.length } };
}

/** A top-level column of the file: its schema node and its position. */
interface Column {
  node: SchemaTree;
  index: number;
}

/** Parses the footer into metadata and schema tree; a footer hyparquet cannot parse is an input error. */
async function readFooter(
  absPath: string,
  path: string,
): Promise<{ metadata: FileMetaData; tree: SchemaTree }> {
  try {
    const metadata = await parquetMetadataAsync(await asyncBufferFromFile(absPath));
    return { metadata, tree: parquetSchema(metadata) };
  } catch (error) {
    throw new InputError(
      `${path}: not a readable Parquet file: ${(error as Error).message}`,
      { path },
      'Rewrite the file with a Parquet writer (pyarrow, polars, DuckDB); it may be truncated.',
    );
  }
}

/** One finding on the file, its message prefixed with the path so it reads alone in the report. */
function parquetFinding(
  path: string,
  message: string,
  fix: string,
  rule = 'data-schema/parquet-schema',
): Finding {
  return { severity: 'error', rule, path, message: `${path}: ${message}`, fix };
}

/** The column set against the fields, as `fieldsMatch` asks: missing, extra, and (for "exact") order. */
function columnSetFindings(
  tree: SchemaTree,
  columns: Map<string, Column>,
  contract: TableContract,
  path: string,
): Finding[] {
  const findings: Finding[] = [];
  const names = contract.descriptor.fields.map((f) => f.name);
  const missing = names.filter((n) => !columns.has(n));
  const extra = [...columns.keys()].filter((c) => !names.includes(c));
  const mode = contract.fieldsMatch;
  if ((mode === 'exact' || mode === 'equal' || mode === 'subset') && missing.length > 0)
    findings.push(
      parquetFinding(
        path,
        `the Parquet schema has no column ${missing.map((m) => `"${m}"`).join(', ')} (fieldsMatch "${mode}")`,
        'Write the missing columns, or remove the fields from the schema.',
      ),
    );
  if ((mode === 'exact' || mode === 'equal' || mode === 'superset') && extra.length > 0)
    findings.push(
      parquetFinding(
        path,
        `column(s) ${extra.map((m) => `"${m}"`).join(', ')} are not fields of the schema (fieldsMatch "${mode}")`,
        'Add the columns to the schema, or drop them from the file.',
      ),
    );
  if (
    mode === 'exact' &&
    missing.length === 0 &&
    extra.length === 0 &&
    tree.children.some((c, i) => c.element.name !== names[i])
  )
    findings.push(
      parquetFinding(
        path,
        `the columns are in the order ${tree.children.map((c) => c.element.name).join(', ')}, but fieldsMatch "exact" needs ${names.join(', ')}`,
        'Reorder the fields, or use fieldsMatch "equal".',
      ),
    );
  return findings;
}

/** Each field that has a column: the column's type, then (if the field is required) its nulls. */
function fieldFindings(
  metadata: FileMetaData,
  columns: Map<string, Column>,
  contract: TableContract,
  path: string,
): Finding[] {
  const findings: Finding[] = [];
  for (const field of contract.descriptor.fields) {
    const column = columns.get(field.name);
    if (!column) continue;
    const type = field.type ?? 'any';
    const types = tableTypesOf(column.node);
    const ok = type === 'any' || types.includes(type) || (type === 'number' && types.includes('integer'));
    if (!ok) {
      findings.push(
        parquetFinding(
          path,
          `column "${field.name}" is Parquet ${describeColumn(column.node)} (Table Schema ${types.join(' or ')}), but the field is ${type}`,
          'Cast the column when writing the file, or change the field type.',
        ),
      );
    }
    const required = field.constraints?.required === true || primaryKeyOf(contract).includes(field.name);
    if (!required) continue;
    const nulls = nullCount(metadata, field.name);
    if (nulls > 0n)
      findings.push(
        parquetFinding(
          path,
          `column "${field.name}" has ${nulls} null value(s) (row-group statistics) but the field is required`,
          'Fill or drop the null values, or make the field optional.',
          'data-schema/invalid-row',
        ),
      );
  }
  return findings;
}

/**
 * Nulls in column `name` as the row-group statistics count them (0 where no statistics say), as a
 * bigint because writers may store the count as INT64.
 */
function nullCount(metadata: FileMetaData, name: string): bigint {
  let nulls = 0n;
  for (const group of metadata.row_groups) {
    const chunk = group.columns.find((c) => c.meta_data?.path_in_schema.join('.') === name);
    const n = chunk?.meta_data?.statistics?.null_count;
    if (typeof n === 'bigint') nulls += n;
    else if (typeof n === 'number') nulls += BigInt(n);
  }
  return nulls;
}

function primaryKeyOf(contract: TableContract): string[] {
  return contract.uniqueKeys.find((k) => k.primary)?.fields ?? [];
}

function describeColumn(node: SchemaTree): string {
  const e = node.element;
  const logical = e.logical_type?.type ?? e.converted_type;
  return `${e.type ?? 'group'}${logical ? ` (${logical})` : ''}`;
}

/** Checks the trailing magic and footer length from the last 8 bytes, so a hostile length is never allocated. */
async function checkFooterFrame(absPath: string, path: string): Promise<void> {
  const handle = await open(absPath, 'r');
  try {
    const { size } = await handle.stat();
    const tail = Buffer.alloc(8);
    if (size >= 12) await handle.read(tail, 0, 8, size - 8);
    const magic = tail.subarray(4).toString('latin1');
    const length = tail.readUInt32LE(0);
    if (size < 12 || magic !== 'PAR1') {
      throw new InputError(
        `${path}: not a Parquet file (no PAR1 magic at the end)`,
        { path },
        'Check that the file is Parquet and was written completely.',
      );
    }
    if (length > MAX_FOOTER_BYTES || length > size - 12) {
      throw new InputError(
        `${path}: the Parquet footer claims ${length} bytes, which the file cannot hold or the gate will not read`,
        { path },
        'Rewrite the file with a Parquet writer; it is truncated or corrupt.',
      );
    }
  } finally {
    await handle.close();
  }
}
