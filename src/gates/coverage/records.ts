import { InputError } from '../../util/errors.js';
import { BranchTable } from './branch-table.js';
import { LineSet } from './line-set.js';
import type { Count, CoverageSink, FileRecord, FileWriter } from './model.js';
import { WordArena } from './word-arena.js';

/** Larger line numbers are corrupt or hostile input (a line bitset that large would exhaust memory). */
export const MAX_LINE_NUMBER = 10_000_000;

/**
 * What one report says about one file, as a reader wrote it (one per `beginFile`), before its
 * path is mapped onto the repository. Readers can run before git has listed the repository's
 * files, and in worker threads: the store maps and merges these afterwards, in report order.
 */
export interface FileCoverage {
  /** The path exactly as the report writes it. */
  path: string;
  /**
   * Roots the report declared before this file (Cobertura `<sources>`); undefined for a file read
   * by a part of a split report that had not seen them: the roots in effect before that part.
   */
  roots: readonly string[] | undefined;
  measured: LineSet;
  covered: LineSet;
  functionLines?: { measured: LineSet; covered: LineSet };
  branches?: BranchTable;
  summary?: { lines: Count; branches?: Count };
}

/**
 * A sink that keeps every file a reader writes as a `FileCoverage`, in order. Memory is two
 * bits per line number plus the branch triples: it grows with the files, not with the report.
 * Files are written one at a time into working line sets and a working branch table that every
 * file reuses; when a file ends, its data moves into exact-size views of a few shared blocks
 * (`WordArena`).
 */
export class RecordCollector implements CoverageSink {
  private readonly list: FileCoverage[] = [];
  /** Roots declared so far; undefined until the report declares some (see `FileCoverage.roots`). */
  roots: readonly string[] | undefined;
  /** The file being written, ended by the next `beginFile` or by `files` if its reader did not. */
  private open: CollectingWriter | undefined;
  private readonly work: WorkingFile = {
    measured: new LineSet(),
    covered: new LineSet(),
    functionMeasured: new LineSet(),
    functionCovered: new LineSet(),
    branches: new BranchTable(),
    arena: new WordArena(),
  };

  constructor(
    private readonly reportName: string,
    inheritRoots = false,
  ) {
    this.roots = inheritRoots ? undefined : [];
  }

  /** The files written, in order. */
  get files(): FileCoverage[] {
    this.open?.end();
    return this.list;
  }

  sourceRoots(roots: string[]): void {
    this.roots = roots;
  }

  beginFile(path: string): FileWriter {
    this.open?.end();
    const writer = new CollectingWriter(path, this.roots, this.work, this.reportName, (file) => {
      this.list.push(file);
      this.open = undefined;
    });
    this.open = writer;
    return writer;
  }
}

/** The working data of the file being written, and the arena finished files move into. */
interface WorkingFile {
  measured: LineSet;
  covered: LineSet;
  functionMeasured: LineSet;
  functionCovered: LineSet;
  branches: BranchTable;
  arena: WordArena;
}

/** Streams one file's lines and branches into the working data; moves them out at `end`. */
class CollectingWriter implements FileWriter {
  private hasBranchData = false;
  private hasFunctionLines = false;
  private ended = false;
  private summaryFigures: FileCoverage['summary'];

  constructor(
    private readonly path: string,
    private readonly roots: readonly string[] | undefined,
    private readonly work: WorkingFile,
    private readonly reportName: string,
    private readonly done: (file: FileCoverage) => void,
  ) {}

  line(line: number, hits: number): void {
    if (line > MAX_LINE_NUMBER) this.tooLarge(line);
    // The working data belongs to whichever file is open: a finished writer must not touch it.
    if (this.ended) this.afterEnd();
    this.work.measured.add(line);
    if (hits > 0) this.work.covered.add(line);
  }

  branch(line: number, covered: number, total: number): void {
    if (line > MAX_LINE_NUMBER) this.tooLarge(line);
    if (this.ended) this.afterEnd();
    this.hasBranchData = true;
    this.work.branches.add(line, covered, total);
  }

  hasBranches(): void {
    this.hasBranchData = true;
  }

  functionLine(line: number, hits: number): void {
    if (line > MAX_LINE_NUMBER) this.tooLarge(line);
    if (this.ended) this.afterEnd();
    this.hasFunctionLines = true;
    this.work.functionMeasured.add(line);
    if (hits > 0) this.work.functionCovered.add(line);
  }

  summary(summary: NonNullable<FileRecord['summary']>): void {
    this.summaryFigures = mergeSummary(this.summaryFigures, summary);
  }

  end(): void {
    if (this.ended) return;
    this.ended = true;
    const { work } = this;
    const functionLines = this.hasFunctionLines
      ? { measured: work.functionMeasured.moveTo(work.arena), covered: work.functionCovered.moveTo(work.arena) }
      : undefined;
    this.done({
      path: this.path,
      roots: this.roots,
      measured: work.measured.moveTo(work.arena),
      covered: work.covered.moveTo(work.arena),
      ...(functionLines ? { functionLines } : {}),
      ...(this.hasBranchData ? { branches: work.branches.moveTo(work.arena) } : {}),
      ...(this.summaryFigures ? { summary: this.summaryFigures } : {}),
    });
  }

  private afterEnd(): never {
    throw new Error(`internal error: ${this.path} written after its end`);
  }

  private tooLarge(line: number): never {
    throw new InputError(
      `${this.reportName}: ${this.path} has line number ${line}, more than any real source file (limit ${MAX_LINE_NUMBER})`,
      { path: this.reportName },
      'The report is corrupt; regenerate it.',
    );
  }
}

/** Two summaries of one file cannot be unioned line by line; keep the better-covered one. */
export function mergeSummary(
  a: FileCoverage['summary'],
  b: NonNullable<FileCoverage['summary']>,
): NonNullable<FileCoverage['summary']> {
  if (!a) return b;
  return a.lines.covered >= b.lines.covered ? a : b;
}

/** A `FileCoverage` as plain data and trimmed typed arrays (for comparing records in tests). */
export interface FileCoverageData {
  path: string;
  roots: readonly string[] | undefined;
  measured: Uint32Array;
  covered: Uint32Array;
  functionMeasured?: Uint32Array;
  functionCovered?: Uint32Array;
  branches?: Int32Array;
  summary?: { lines: Count; branches?: Count };
}

export function toData(file: FileCoverage): FileCoverageData {
  return {
    path: file.path,
    roots: file.roots,
    measured: file.measured.toWords(),
    covered: file.covered.toWords(),
    ...(file.functionLines
      ? {
          functionMeasured: file.functionLines.measured.toWords(),
          functionCovered: file.functionLines.covered.toWords(),
        }
      : {}),
    ...(file.branches ? { branches: file.branches.toTriples() } : {}),
    ...(file.summary ? { summary: file.summary } : {}),
  };
}

/**
 * Records packed for `postMessage`: every file's bitsets in one array, its branch triples in
 * another. A thread reading 10,000 files sends four arrays, not 50,000 (cloning many small
 * arrays costs more than reading them).
 */
export interface PackedFiles {
  paths: string[];
  /** Per file; arrays shared between files stay shared through structured cloning. */
  roots: Array<readonly string[] | undefined>;
  summaries: Array<FileCoverage['summary']>;
  /** Per file, `INDEX` numbers: ends of measured, covered, function measured, function covered (in `words`), end of branches (in `branches`), flags. */
  index: Int32Array;
  words: Uint32Array;
  branches: Int32Array;
}

const INDEX = 6;
const HAS_FUNCTIONS = 1;
const HAS_BRANCHES = 2;

export function pack(files: readonly FileCoverage[]): { packed: PackedFiles; transfer: ArrayBuffer[] } {
  const parts: Uint32Array[] = [];
  const triples: Int32Array[] = [];
  const index = new Int32Array(files.length * INDEX);
  let words = 0;
  let branches = 0;
  const push = (set: LineSet) => {
    const w = set.toWords();
    parts.push(w);
    words += w.length;
    return words;
  };
  files.forEach((f, i) => {
    const o = i * INDEX;
    index[o] = push(f.measured);
    index[o + 1] = push(f.covered);
    index[o + 2] = f.functionLines ? push(f.functionLines.measured) : words;
    index[o + 3] = f.functionLines ? push(f.functionLines.covered) : words;
    if (f.branches) {
      const t = f.branches.toTriples();
      triples.push(t);
      branches += t.length;
    }
    index[o + 4] = branches;
    index[o + 5] = (f.functionLines ? HAS_FUNCTIONS : 0) | (f.branches ? HAS_BRANCHES : 0);
  });
  const allWords = new Uint32Array(words);
  let at = 0;
  for (const w of parts) {
    allWords.set(w, at);
    at += w.length;
  }
  const allBranches = new Int32Array(branches);
  at = 0;
  for (const t of triples) {
    allBranches.set(t, at);
    at += t.length;
  }
  return {
    packed: {
      paths: files.map((f) => f.path),
      roots: files.map((f) => f.roots),
      summaries: files.map((f) => f.summary),
      index,
      words: allWords,
      branches: allBranches,
    },
    transfer: [index.buffer, allWords.buffer, allBranches.buffer],
  };
}

export function unpack(packed: PackedFiles): FileCoverage[] {
  const { index, words, branches } = packed;
  let w = 0;
  let b = 0;
  return packed.paths.map((path, i) => {
    const o = i * INDEX;
    const set = (end: number) => {
      const lines = new LineSet(words.subarray(w, end));
      w = end;
      return lines;
    };
    const measured = set(index[o] as number);
    const covered = set(index[o + 1] as number);
    const flags = index[o + 5] as number;
    const fMeasured = set(index[o + 2] as number);
    const fCovered = set(index[o + 3] as number);
    const branchEnd = index[o + 4] as number;
    const table = flags & HAS_BRANCHES ? new BranchTable(branches.subarray(b, branchEnd)) : undefined;
    b = branchEnd;
    const summary = packed.summaries[i];
    return {
      path,
      roots: packed.roots[i],
      measured,
      covered,
      ...(flags & HAS_FUNCTIONS ? { functionLines: { measured: fMeasured, covered: fCovered } } : {}),
      ...(table ? { branches: table } : {}),
      ...(summary ? { summary } : {}),
    };
  });
}
