/**
 * Turning one cell of a predictions file (a CSV string, a JSON value, a Parquet value) into what
 * the metrics need, or a sentence saying why it cannot be.
 */

/** A cell as a reader hands it over. */
export type Cell = string | number | boolean | bigint | null | undefined | object;

/** A parsed value, or a problem in words. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

/** A decimal number as CSV writers print it (Python, R, pandas, Spark): no hex, no blanks. */
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NAN = /^[+-]?nan$/i;

/** The cell as a short quoted string for messages; long values are cut. */
export function show(cell: Cell): string {
  const text =
    typeof cell === 'string' ? cell : typeof cell === 'bigint' ? String(cell) : JSON.stringify(cell);
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** True for a missing cell: absent, null, or an empty string. */
export function isBlank(cell: Cell): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** A finite number; NaN, infinities, blanks and non-numeric text are problems. */
export function parseNumber(cell: Cell): Parsed<number> {
  if (isBlank(cell)) return { ok: false, problem: 'is empty' };
  let n: number;
  if (typeof cell === 'number') n = cell;
  else if (typeof cell === 'bigint') n = Number(cell);
  else if (typeof cell === 'string') {
    const s = cell.trim();
    if (NAN.test(s)) return { ok: false, problem: 'is NaN' };
    if (!DECIMAL.test(s)) return { ok: false, problem: `${show(cell)} is not a number` };
    n = Number(s);
  } else return { ok: false, problem: `${show(cell)} is not a number` };
  if (Number.isNaN(n)) return { ok: false, problem: 'is NaN' };
  if (!Number.isFinite(n)) return { ok: false, problem: `${show(cell)} is not finite` };
  return { ok: true, value: n };
}

/** A probability: a finite number in [0, 1]. */
export function parseProbability(cell: Cell): Parsed<number> {
  const n = parseNumber(cell);
  if (!n.ok) return n;
  if (n.value < 0 || n.value > 1) return { ok: false, problem: `${n.value} is not a probability in [0, 1]` };
  return n;
}

/**
 * The key of a class label: numbers in their shortest form (`1`, `1.0` and JSON `1` are one
 * class), booleans and `True`/`FALSE` as `true`/`false`, other text trimmed as is.
 */
export function classKey(cell: Cell): Parsed<string> {
  if (isBlank(cell)) return { ok: false, problem: 'is empty' };
  if (typeof cell === 'boolean') return { ok: true, value: String(cell) };
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell))
      return { ok: false, problem: Number.isNaN(cell) ? 'is NaN' : 'is not finite' };
    return { ok: true, value: String(cell) };
  }
  if (typeof cell === 'bigint') return { ok: true, value: String(cell) };
  if (typeof cell !== 'string') return { ok: false, problem: `${show(cell)} is not a class label` };
  return { ok: true, value: canonicalClass(cell) };
}

/** The same canonical form for a class written in the config. */
export function canonicalClass(text: string): string {
  const s = text.trim();
  if (NAN.test(s)) return 'nan';
  if (DECIMAL.test(s)) return String(Number(s));
  if (/^(true|false)$/i.test(s)) return s.toLowerCase();
  return s;
}

/** A group (slice) value: any scalar as text; blanks are the group `(blank)`. */
export function groupKey(cell: Cell): string {
  if (isBlank(cell)) return '(blank)';
  if (typeof cell === 'string') return cell.trim();
  if (typeof cell === 'number' || typeof cell === 'boolean' || typeof cell === 'bigint') return String(cell);
  return JSON.stringify(cell);
}

/** A row id: any non-blank scalar as text. */
export function idKey(cell: Cell): Parsed<string> {
  if (isBlank(cell)) return { ok: false, problem: 'is empty' };
  if (typeof cell === 'object') return { ok: false, problem: `${show(cell)} is not an id` };
  return { ok: true, value: typeof cell === 'string' ? cell.trim() : String(cell) };
}

/**
 * scikit-learn's class order: numeric when every class is a number (np.unique on numbers),
 * else by code point (np.unique on strings; UTF-16 order differs only beyond the BMP).
 */
export function sortClasses(keys: readonly string[]): string[] {
  if (keys.every((k) => DECIMAL.test(k))) return [...keys].sort((a, b) => Number(a) - Number(b));
  return [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * One row's class probabilities (cells from `at`, one per column), each in [0, 1] and summing to
 * 1 within np.allclose's tolerance — sklearn's multiclass roc_auc_score refuses other rows.
 */
export function probabilityRow(
  cells: readonly Cell[],
  at: number,
  columns: readonly string[],
): Float64Array | undefined | { column: string; message: string } {
  if (columns.length === 0) return undefined;
  const out = new Float64Array(columns.length);
  let sum = 0;
  for (let j = 0; j < columns.length; j++) {
    const p = parseProbability(cells[at + j]);
    if (!p.ok) return { column: columns[j] as string, message: `the probability ${p.problem}` };
    out[j] = p.value;
    sum += p.value;
  }
  if (Math.abs(1 - sum) > 1e-8 + 1e-5 * Math.abs(sum)) {
    return { column: columns[0] as string, message: `the class probabilities sum to ${sum}, not 1` };
  }
  return out;
}
