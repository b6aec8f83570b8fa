import type { Task } from './catalog.js';
import {
  type Cell,
  canonicalClass,
  classKey,
  idKey,
  parseNumber,
  parseProbability,
  probabilityRow,
} from './cells.js';
import { ClassDictionary, MAX_CLASSES } from './class-dictionary.js';
import { GroupColumns } from './group-columns.js';
import { floatColumn, intColumn } from './growable.js';
import type { ClassSettings, PredictionsSpec } from './settings.js';
import { ChunkSpill, type SpilledFile } from './spill/chunk-spill.js';
import { assembleTable, type RawColumns, type TableMeta } from './table-assemble.js';
import type { PredictionTable } from './table.js';

/** One bad cell: where it is and what is wrong. */
export interface RowProblem {
  /** Line (CSV, JSON Lines) or row number (Parquet), 1-based. */
  line: number;
  column: string;
  /** 1-based column position in the file (CSV header order), when known. */
  position?: number;
  /** 1-based number of the data record (row) in the file. */
  record: number;
  message: string;
}

/** What reading a predictions file gave. */
export interface BuildResult {
  /**
   * The rows in memory. Absent when the file as a whole cannot be used (no rows, labels without
   * a positive class), and when the rows went to disk in chunks (`spilled`).
   */
  table?: PredictionTable;
  /** Rows written to disk chunk by chunk: the caller sweeps them and closes the file. */
  spilled?: SpilledFile;
  /** The first problems, in file order. */
  problems: RowProblem[];
  /** Rows with a problem (all of them, not only those listed). */
  badRows: number;
  /** A problem of the file as a whole. */
  fileProblem?: string;
  /** Group columns that had more than MAX_GROUP_VALUES values. */
  truncatedGroups: string[];
}

/** How a builder holds rows. */
export interface BuilderOptions {
  /**
   * Rows held in memory at once; past it the rows go to a scratch file in chunks of this many
   * (0: hold every row). Ignored when ids are kept.
   */
  rowsPerChunk?: number;
  /**
   * Keep the id column's values (and refuse a repeated id), for pairing with the baseline's
   * rows. Default true; without it an id cell is only checked to be an id.
   */
  keepIds?: boolean;
}

/**
 * Checks and stores rows as a reader streams them: every cell is parsed once, a bad one is
 * recorded with its line and column, and the row is not stored. `fields` lists the columns
 * wanted, in the order `add` takes them.
 */
export class TableBuilder {
  readonly fields: string[];
  private positions: number[] = [];
  private readonly dict?: ClassDictionary;
  private readonly probaKeys: string[];
  private readonly label = intColumn();
  private readonly pred = intColumn();
  private readonly labelValue = floatColumn();
  private readonly predValue = floatColumn();
  private readonly score = floatColumn();
  private readonly proba = floatColumn();
  private readonly weight = floatColumn();
  private readonly groups: GroupColumns;
  private readonly ids: string[] = [];
  private readonly seenIds = new Set<string>();
  private readonly problems: RowProblem[] = [];
  private badRows = 0;
  private n = 0;
  private readonly keepIds: boolean;
  private readonly rowsPerChunk: number;
  private spill?: ChunkSpill;

  constructor(
    private readonly task: Task,
    private readonly spec: PredictionsSpec,
    private readonly classSettings: ClassSettings,
    private readonly maxProblems: number,
    options: BuilderOptions = {},
  ) {
    this.keepIds = options.keepIds ?? true;
    this.rowsPerChunk = this.keepIds && spec.columns.id ? 0 : (options.rowsPerChunk ?? 0);
    const c = spec.columns;
    this.probaKeys = Object.keys(c.probabilities ?? {}).map(canonicalClass);
    this.fields = [
      c.label,
      ...(c.prediction ? [c.prediction] : []),
      ...(c.score ? [c.score] : []),
      ...Object.values(c.probabilities ?? {}),
      ...(c.weight ? [c.weight] : []),
      ...(c.id ? [c.id] : []),
      ...c.groups,
    ];
    this.groups = new GroupColumns(c.groups);
    if (task !== 'regression') this.dict = this.makeDictionary();
  }

  private makeDictionary(): ClassDictionary {
    const declared = this.classSettings.classes;
    if (this.probaKeys.length > 0) return new ClassDictionary(this.probaKeys, true, this.probaKeys.length);
    if (declared.length > 0) return new ClassDictionary(declared, true, declared.length);
    const binary = this.task === 'binary-classification';
    const seed =
      binary && this.classSettings.positiveClass !== undefined ? [this.classSettings.positiveClass] : [];
    return new ClassDictionary(seed, false, binary ? 2 : MAX_CLASSES);
  }

  /** Rows stored so far. */
  get rows(): number {
    return this.n;
  }

  /**
   * Records where each wanted column is in the file (`columns` = the header); a sentence naming
   * the missing columns when some are not there.
   */
  header(columns: readonly string[]): string | undefined {
    const missing = [...new Set(this.fields.filter((f) => !columns.includes(f)))];
    this.positions = this.fields.map((f) => columns.indexOf(f) + 1);
    if (missing.length === 0) return undefined;
    const have = columns
      .slice(0, 30)
      .map((c) => JSON.stringify(c))
      .join(', ');
    return `no column ${missing.map((m) => JSON.stringify(m)).join(', ')} (the file has ${have || 'no columns'}${columns.length > 30 ? ', …' : ''})`;
  }

  /** Records a row that could not be read at all (a line that is not JSON). */
  invalid(line: number, message: string): void {
    this.badRows++;
    if (this.problems.length < this.maxProblems)
      this.problems.push({ line, column: '', message, record: this.n + this.badRows });
  }

  /** Checks one row (cells in `fields` order) and stores it, or records its first problem. */
  add(cells: readonly Cell[], line: number): void {
    const problem = this.task === 'regression' ? this.addRegression(cells) : this.addClassification(cells);
    if (problem) {
      this.badRows++;
      if (this.problems.length < this.maxProblems) {
        const at = this.fields.indexOf(problem.column);
        const position = this.positions[at];
        this.problems.push({
          line,
          ...problem,
          record: this.n + this.badRows,
          ...(position ? { position } : {}),
        });
      }
      return;
    }
    this.n++;
    // Memory stays flat: a full chunk goes to disk and its arrays are reused for the next.
    if (this.rowsPerChunk > 0 && this.n % this.rowsPerChunk === 0) this.flushChunk();
  }

  private flushChunk(): void {
    this.spill ??= new ChunkSpill();
    this.spill.add(this.columns());
    for (const c of [
      this.label,
      this.pred,
      this.score,
      this.proba,
      this.weight,
      this.labelValue,
      this.predValue,
    ])
      c.reset();
    this.groups.reset();
  }

  /** The columns of the rows held now (views). */
  private columns(): RawColumns {
    const c = this.spec.columns;
    const rows = this.n - (this.spill?.rows ?? 0);
    if (this.task === 'regression')
      return {
        n: rows,
        labelValue: this.labelValue.view(),
        predValue: this.predValue.view(),
        ...(c.weight ? { weight: this.weight.view() } : {}),
        groupCodes: this.groups.codes(),
      };
    return {
      n: rows,
      label: this.label.view(),
      ...(c.prediction ? { pred: this.pred.view() } : {}),
      ...(c.score ? { score: this.score.view() } : {}),
      ...(this.probaKeys.length > 0 ? { proba: this.proba.view() } : {}),
      ...(c.weight ? { weight: this.weight.view() } : {}),
      groupCodes: this.groups.codes(),
    };
  }

  private addRegression(cells: readonly Cell[]): { column: string; message: string } | undefined {
    const c = this.spec.columns;
    const y = parseNumber(cells[0]);
    if (!y.ok) return { column: c.label, message: `the label ${y.problem}` };
    const yhat = parseNumber(cells[1]);
    if (!yhat.ok) return { column: c.prediction ?? '', message: `the prediction ${yhat.problem}` };
    const rest = this.addCommon(cells, 2);
    if (rest) return rest;
    this.labelValue.push(y.value);
    this.predValue.push(yhat.value);
    return undefined;
  }

  private addClassification(cells: readonly Cell[]): { column: string; message: string } | undefined {
    const c = this.spec.columns;
    const dict = this.dict as ClassDictionary;
    let at = 0;
    const label = classIndex(dict, cells[at++]);
    if (typeof label === 'string') return { column: c.label, message: `the label ${label}` };
    let pred = -1;
    if (c.prediction) {
      const p = classIndex(dict, cells[at++]);
      if (typeof p === 'string') return { column: c.prediction, message: `the prediction ${p}` };
      pred = p;
    }
    let score = 0;
    if (c.score) {
      const s =
        this.classSettings.scoreKind === 'probability'
          ? parseProbability(cells[at++])
          : parseNumber(cells[at++]);
      if (!s.ok) return { column: c.score, message: `the score ${s.problem}` };
      score = s.value;
    }
    const probs = probabilityRow(cells, at, Object.values(this.spec.columns.probabilities ?? {}));
    if (typeof probs === 'object' && 'message' in probs) return probs;
    at += this.probaKeys.length;
    const rest = this.addCommon(cells, at);
    if (rest) return rest;
    this.label.push(label);
    if (c.prediction) this.pred.push(pred);
    if (c.score) this.score.push(score);
    if (probs) this.proba.pushAll(probs);
    return undefined;
  }

  /** Weight, id and groups, from cell `at` on; stores them only when all are good. */
  private addCommon(cells: readonly Cell[], at: number): { column: string; message: string } | undefined {
    const c = this.spec.columns;
    let w = 1;
    if (c.weight) {
      const p = parseNumber(cells[at++]);
      if (!p.ok) return { column: c.weight, message: `the weight ${p.problem}` };
      if (p.value < 0) return { column: c.weight, message: `the weight ${p.value} is negative` };
      w = p.value;
    }
    let id: string | undefined;
    if (c.id) {
      const p = idKey(cells[at++]);
      if (!p.ok) return { column: c.id, message: `the id ${p.problem}` };
      if (this.keepIds) {
        if (this.seenIds.has(p.value))
          return { column: c.id, message: `the id ${JSON.stringify(p.value)} occurs twice` };
        id = p.value;
      }
    }
    if (c.weight) this.weight.push(w);
    if (id !== undefined) {
      this.seenIds.add(id);
      this.ids.push(id);
    }
    this.groups.push(cells, at);
    return undefined;
  }

  /** Deletes the scratch file of a read that failed part-way. */
  discard(): void {
    this.spill?.discard();
    this.spill = undefined;
  }

  /** The table (or the spilled chunks), or why the file cannot be used. */
  finish(): BuildResult {
    const base = {
      problems: this.problems,
      badRows: this.badRows,
      truncatedGroups: this.groups.truncated(),
    };
    if (this.n === 0) {
      this.discard();
      return { ...base, fileProblem: this.badRows > 0 ? 'no row is usable' : 'the file has no rows' };
    }
    const meta: TableMeta = {
      task: this.task,
      ...(this.dict ? { dict: this.dict } : {}),
      classSettings: this.classSettings,
      groups: this.groups.names(),
      where: this.spec.format === 'parquet' ? 'row' : 'line',
      ...(this.spec.columns.id && this.keepIds ? { ids: this.ids } : {}),
    };
    if (this.spill) {
      if (this.n > this.spill.rows) this.flushChunk();
      return { ...base, spilled: this.spill.done(meta) };
    }
    const table = assembleTable(this.columns(), meta);
    if ('problem' in table) return { ...base, fileProblem: table.problem };
    return { ...base, table };
  }
}

function classIndex(dict: ClassDictionary, cell: Cell): number | string {
  const key = classKey(cell);
  return key.ok ? dict.lookup(key.value) : key.problem;
}
