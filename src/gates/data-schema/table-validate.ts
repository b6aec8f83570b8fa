import type { Finding } from '../../result/types.js';
import type { RecordPosition } from './csv.js';
import type { DataProblem } from './row-findings.js';
import type { CompiledField } from './table-field.js';
import type { TableContract } from './table-schema.js';

/** A unique or primary key being checked across the file. */
interface KeyState {
  label: string;
  indexes: number[];
  /** Hash of the key's values → the line of the first row that had them. */
  seen: Map<number, number>;
  full: boolean;
}

/** The header's verdict: whether rows can be read, and what is wrong with it. */
export interface HeaderResult {
  ok: boolean;
  problems: DataProblem[];
}

/**
 * Validates rows of a table (CSV/TSV cells) against a compiled Table Schema: the header against
 * `fieldsMatch`, each cell against its field, and unique / primary keys across the file. Every
 * problem of a row is returned, one per cell or key, each naming its column.
 *
 * Uniqueness needs memory proportional to the distinct keys, not the file: each key is kept as
 * a 53-bit hash in a `Map` (about 40–50 bytes per row in V8), and the check stops after
 * `maxUniqueKeys` keys with a notice rather than growing without bound. Two different keys
 * sharing a hash (probability about n²/2⁵⁴: 1 in 18,000 for a million rows) would be reported
 * as a duplicate; the finding names both rows so a person can tell.
 */
export class TableValidator {
  /** Per data column, the field it maps to (undefined: an extra column `fieldsMatch` allows). */
  private columns: Array<CompiledField | undefined> = [];
  private readonly keys: KeyState[] = [];
  private readonly notices: Finding[] = [];
  private headerOk = true;

  constructor(
    private readonly contract: TableContract,
    private readonly path: string,
    private readonly maxUniqueKeys: number,
  ) {}

  /** Maps the header row to fields; `ok` is false when the header does not match and rows cannot be read. */
  header(cells: string[] | undefined, line: number): HeaderResult {
    const fields = this.contract.fields;
    if (cells) {
      const problem = headerProblem(cells, fields, this.contract.fieldsMatch);
      if (problem) {
        this.headerOk = false;
        return {
          ok: false,
          problems: [
            {
              rule: 'data-schema/header',
              line,
              ...(problem.column !== undefined ? { column: problem.column } : {}),
              message: `${this.path}: ${problem.message}.`,
              fix: 'Make the header and the schema agree: rename or reorder the columns, or update fields (or fieldsMatch) in the schema.',
            },
          ],
        };
      }
      const byName = new Map(fields.map((f) => [f.name, f]));
      this.columns = cells.map((c) => byName.get(c));
    } else this.columns = fields; // no header: map by position
    for (const key of this.contract.uniqueKeys) {
      const indexes = key.fields.map((name) => this.columns.findIndex((f) => f?.name === name));
      if (indexes.some((i) => i < 0)) continue; // a key on a column the data does not have
      this.keys.push({ label: key.label, indexes, seen: new Map(), full: false });
    }
    return { ok: true, problems: [] };
  }

  /** Every problem of one data row (a valid row allocates nothing). */
  row(cells: string[], at: RecordPosition): readonly DataProblem[] {
    if (!this.headerOk) return NO_PROBLEMS;
    let problems: DataProblem[] | undefined;
    if (cells.length !== this.columns.length) problems = this.cellCount(cells, at, whereOf(at));
    const n = Math.min(cells.length, this.columns.length);
    for (let i = 0; i < n; i++) {
      const field = this.columns[i];
      if (!field) continue;
      const raw = cells[i] as string;
      const found = field.problems(raw);
      if (found.length === 0) continue;
      problems ??= [];
      const where = whereOf(at);
      for (const problem of found) {
        problems.push({
          ...at,
          column: field.name,
          message: `${where}: column "${field.name}" (${i + 1}): ${JSON.stringify(truncate(raw))} ${problem}.`,
        });
      }
    }
    for (const key of this.keys) {
      const problem = this.checkKey(key, cells, at, whereOf(at));
      if (problem) (problems ??= []).push(problem);
    }
    return problems ?? NO_PROBLEMS;
  }

  /** Notices about checks that stopped early. */
  extraFindings(): Finding[] {
    return this.notices;
  }

  /** A row with fewer cells than the header misses a value per column; more cells are extra. */
  private cellCount(cells: string[], at: RecordPosition, where: string): DataProblem[] {
    const expected = this.columns.length;
    if (cells.length === expected) return [];
    const counts = `the row has ${cells.length} cell(s) but the header has ${expected}`;
    if (cells.length > expected) {
      return [
        { ...at, message: `${where}: ${counts}; cell(s) ${expected + 1}–${cells.length} have no column.` },
      ];
    }
    const problems: DataProblem[] = [];
    for (let i = cells.length; i < expected; i++) {
      const name = this.columns[i]?.name;
      problems.push({
        ...at,
        ...(name !== undefined ? { column: name } : {}),
        message: `${where}: ${name !== undefined ? `column "${name}" (${i + 1})` : `column ${i + 1}`} has no cell: ${counts}.`,
      });
    }
    return problems;
  }

  private checkKey(
    key: KeyState,
    cells: string[],
    at: RecordPosition,
    where: string,
  ): DataProblem | undefined {
    if (key.full) return undefined;
    let text = '';
    for (const i of key.indexes) {
      const v = this.columns[i]?.key(cells[i] ?? '') ?? null;
      if (v === null) return undefined; // a key with a missing part is not compared (primary keys report it as required)
      text += `${v}\u0000`;
    }
    const h = hash53(text);
    const before = key.seen.get(h);
    if (before !== undefined) {
      const first = this.columns[key.indexes[0] as number]?.name;
      return {
        ...at,
        ...(first !== undefined ? { column: first } : {}),
        message: `${where}: ${key.label} ${JSON.stringify(truncate(text.slice(0, -1).split('\u0000').join(', ')))} repeats the row on line ${before}.`,
      };
    }
    if (key.seen.size >= this.maxUniqueKeys) {
      key.full = true;
      this.notices.push({
        severity: 'notice',
        rule: 'data-schema/unique-not-checked',
        path: this.path,
        message: `${key.label} was checked for the first ${this.maxUniqueKeys} keys only (memory bound data-schema.max-unique-keys).`,
        fix: 'Raise max-unique-keys if the runner has the memory (about 50 bytes per key).',
      });
    } else key.seen.set(h, at.line);
    return undefined;
  }
}

const NO_PROBLEMS: readonly DataProblem[] = Object.freeze([]);

/** Where a table problem is, as its message starts: `row 3 (line 4)`. */
function whereOf(at: RecordPosition): string {
  return `row ${at.record} (line ${at.line})`;
}

/** The position a table row's problem message starts with (`row 3 (line 4): `). */
export function tablePrefix(record: number, line: number): string {
  return `${whereOf({ record, line })}: `;
}

/** What `fieldsMatch` finds wrong with a header, naming the first offending column. */
function headerProblem(
  cells: string[],
  fields: readonly CompiledField[],
  mode: TableContract['fieldsMatch'],
): { message: string; column?: string } | undefined {
  const names = fields.map((f) => f.name);
  const present = new Set(cells);
  const known = new Set(names);
  const missing = names.filter((n) => !present.has(n));
  const extra = cells.filter((c) => !known.has(c));
  const column = missing[0] ?? extra[0];
  const at = column !== undefined ? { column } : {};
  if (mode === 'exact' && (cells.length !== names.length || cells.some((c, i) => c !== names[i]))) {
    const firstOff = cells.find((c, i) => c !== names[i]) ?? names[cells.length];
    return {
      message: `the header is ${JSON.stringify(cells)} but fieldsMatch "exact" needs exactly ${JSON.stringify(names)} in that order`,
      ...(firstOff !== undefined ? { column: firstOff } : {}),
    };
  }
  if (mode === 'equal' && (missing.length > 0 || extra.length > 0))
    return { message: `fieldsMatch "equal": ${describeDiff(missing, extra)}`, ...at };
  if (mode === 'subset' && missing.length > 0)
    return { message: `fieldsMatch "subset": ${describeDiff(missing, [])}`, column: missing[0] as string };
  if (mode === 'superset' && extra.length > 0)
    return { message: `fieldsMatch "superset": ${describeDiff([], extra)}`, column: extra[0] as string };
  if (mode === 'partial' && missing.length === names.length)
    return { message: 'fieldsMatch "partial": no column of the header is a field of the schema' };
  return undefined;
}

function describeDiff(missing: string[], extra: string[]): string {
  return [
    missing.length > 0 ? `missing column(s) ${missing.map((m) => `"${m}"`).join(', ')}` : '',
    extra.length > 0 ? `column(s) not in the schema ${extra.map((m) => `"${m}"`).join(', ')}` : '',
  ]
    .filter((s) => s !== '')
    .join('; ');
}

function truncate(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

/** A 53-bit string hash (two 32-bit FNV-1a variants), exact in a double. */
export function hash53(s: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  h2 ^= h2 >>> 15;
  return (h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff);
}
