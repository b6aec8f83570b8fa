import { InputError } from '../../util/errors.js';
import { BranchTable } from './branch-table.js';
import { LineSet } from './line-set.js';
import type { Count, CoverageSink, FileRecord, FileWriter } from './model.js';

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
 */
export class RecordCollector implements CoverageSink {
  readonly files: FileCoverage[] = [];
  /** Roots declared so far; undefined until the report declares some (see `FileCoverage.roots`). */
  roots: readonly string[] | undefined;

  constructor(
    private readonly reportName: string,
    inheritRoots = false,
  ) {
    this.roots = inheritRoots ? undefined : [];
  }

  sourceRoots(roots: string[]): void {
    this.roots = roots;
  }

  beginFile(path: string): FileWriter {
    const file: FileCoverage = { path, roots: this.roots, measured: new LineSet(), covered: new LineSet() };
    this.files.push(file);
    return new CollectingWriter(file, this.reportName);
  }
}

/** Streams one file's lines straight into its bitsets. */
class CollectingWriter implements FileWriter {
  constructor(
    private readonly file: FileCoverage,
    private readonly reportName: string,
  ) {}

  line(line: number, hits: number): void {
    if (line > MAX_LINE_NUMBER) this.tooLarge(line);
    this.file.measured.add(line);
    if (hits > 0) this.file.covered.add(line);
  }

  branch(line: number, covered: number, total: number): void {
    if (line > MAX_LINE_NUMBER) this.tooLarge(line);
    this.file.branches ??= new BranchTable();
    this.file.branches.add(line, covered, total);
  }

  hasBranches(): void {
    this.file.branches ??= new BranchTable();
  }

  functionLine(line: number, hits: number): void {
    if (line > MAX_LINE_NUMBER) this.tooLarge(line);
    this.file.functionLines ??= { measured: new LineSet(), covered: new LineSet() };
    this.file.functionLines.measured.add(line);
    if (hits > 0) this.file.functionLines.covered.add(line);
  }

  summary(summary: NonNullable<FileRecord['summary']>): void {
    this.file.summary = mergeSummary(this.file.summary, summary);
  }

  end(): void {
    // Lines went straight into the file's bitsets; the branch table gives back its spare room.
    this.file.branches?.trim();
  }

  private tooLarge(line: number): never {
    throw new InputError(
      `${this.reportName}: ${this.file.path} has line number ${line}, more than any real source file (limit ${MAX_LINE_NUMBER})`,
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
