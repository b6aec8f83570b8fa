import type { Finding } from '../../result/types.js';
import type { RowFindings } from './row-findings.js';
import type { TableContract } from './table-schema.js';
import type { CompiledField } from './table-types.js';

/**
 * Validates rows of a table (CSV/TSV cells) against a compiled Table Schema: the header against
 * `fieldsMatch`, each cell against its field, and unique / primary keys across the file.
 *
 * Uniqueness needs memory proportional to the distinct keys, not the file: each key is kept as
 * a 53-bit hash in a `Set<number>` (about 40–50 bytes per row in V8), and the check stops after
 * `maxUniqueKeys` keys with a notice rather than growing without bound. Two different keys
 * sharing a hash (probability about n²/2⁵⁴: 1 in 18,000 for a million rows) would be reported
 * as a duplicate; the finding names both rows so a person can tell.
 */
export class TableValidator {
  /** Per data column, the field it maps to (undefined: an extra column `fieldsMatch` allows). */
  private columns: Array<CompiledField | undefined> = [];
  private readonly keys: Array<{
    label: string;
    indexes: number[];
    seen: Map<number, number>;
    full: boolean;
    primary: boolean;
  }> = [];
  private readonly notices: Finding[] = [];
  private headerOk = true;

  constructor(
    private readonly contract: TableContract,
    private readonly out: RowFindings,
    private readonly maxUniqueKeys: number,
  ) {}

  /** Maps the header row to fields; false when the header does not match and rows cannot be read. */
  header(cells: string[] | undefined, line: number): boolean {
    const fields = this.contract.fields;
    const byName = new Map(fields.map((f) => [f.name, f]));
    const names = fields.map((f) => f.name);
    const mode = this.contract.fieldsMatch;
    if (!cells) {
      this.columns = fields; // no header: map by position
    } else {
      const present = new Set(cells);
      const missing = names.filter((n) => !present.has(n));
      const extra = cells.filter((c) => !byName.has(c));
      let problem: string | undefined;
      if (mode === 'exact' && (cells.length !== names.length || cells.some((c, i) => c !== names[i])))
        problem = `the header is ${JSON.stringify(cells)} but fieldsMatch "exact" needs exactly ${JSON.stringify(names)} in that order`;
      else if (mode === 'equal' && (missing.length > 0 || extra.length > 0))
        problem = `fieldsMatch "equal": ${describeDiff(missing, extra)}`;
      else if (mode === 'subset' && missing.length > 0)
        problem = `fieldsMatch "subset": ${describeDiff(missing, [])}`;
      else if (mode === 'superset' && extra.length > 0)
        problem = `fieldsMatch "superset": ${describeDiff([], extra)}`;
      else if (mode === 'partial' && missing.length === names.length)
        problem = 'fieldsMatch "partial": no column of the header is a field of the schema';
      if (problem) {
        this.headerOk = false;
        this.out.findings.push({
          severity: 'error',
          rule: 'data-schema/header',
          path: this.out.path,
          line,
          message: `${this.out.path}: ${problem}.`,
          fix: 'Make the header and the schema agree: rename or reorder the columns, or update fields (or fieldsMatch) in the schema.',
        });
        return false;
      }
      this.columns = cells.map((c) => (mode === 'exact' ? fields[cells.indexOf(c)] : byName.get(c)));
    }
    for (const key of this.contract.uniqueKeys) {
      const indexes = key.fields.map((name) => this.columns.findIndex((f) => f?.name === name));
      if (indexes.some((i) => i < 0)) continue; // a key on a column the data does not have
      this.keys.push({ label: key.label, indexes, seen: new Map(), full: false, primary: key.primary });
    }
    return true;
  }

  /** Checks one data row; `line` is its line in the file. */
  row(cells: string[], line: number): void {
    const out = this.out;
    out.rows++;
    if (!this.headerOk) return;
    const columns = this.columns;
    let first: string | undefined;
    let problems = 0;
    if (cells.length !== columns.length) {
      problems++;
      first = `has ${cells.length} cell(s) but the header has ${columns.length}`;
    }
    const n = Math.min(cells.length, columns.length);
    for (let i = 0; i < n; i++) {
      const field = columns[i];
      if (!field) continue;
      const problem = field.check(cells[i] as string);
      if (problem !== undefined) {
        problems++;
        first ??= `column "${field.name}" (${i + 1}): ${JSON.stringify(truncate(cells[i] as string))} ${problem}`;
      }
    }
    for (const key of this.keys) {
      if (key.full) continue;
      let text = '';
      let skip = false;
      for (const i of key.indexes) {
        const v = columns[i]?.key(cells[i] ?? '') ?? null;
        if (v === null) {
          skip = true; // a key with a missing part is not compared (primary keys report it as required)
          break;
        }
        text += `${v}\u0000`;
      }
      if (skip) continue;
      const h = hash53(text);
      const before = key.seen.get(h);
      if (before !== undefined) {
        problems++;
        first ??= `${key.label} ${JSON.stringify(truncate(text.slice(0, -1).split('\u0000').join(', ')))} repeats the row on line ${before}`;
      } else if (key.seen.size >= this.maxUniqueKeys) {
        key.full = true;
        this.notices.push({
          severity: 'notice',
          rule: 'data-schema/unique-not-checked',
          path: out.path,
          message: `${key.label} was checked for the first ${this.maxUniqueKeys} keys only (memory bound data-schema.max-unique-keys).`,
          fix: 'Raise max-unique-keys if the runner has the memory (about 50 bytes per key).',
        });
      } else key.seen.set(h, line);
    }
    if (first !== undefined) {
      out.invalid(
        line,
        `row ${out.rows} (line ${line}): ${first}${problems > 1 ? ` (and ${problems - 1} more problem(s) in this row)` : ''}.`,
        'Fix the data (or the producer that wrote it), or relax the schema if the value is legitimate.',
      );
    }
  }

  /** Notices about checks that stopped early. */
  extraFindings(): Finding[] {
    return this.notices;
  }
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
