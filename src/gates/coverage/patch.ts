import type { ChangedFile } from './diff.js';
import type { Count } from './model.js';
import type { CoverageStore, MergedFile } from './store.js';

/** Patch coverage of one changed file. */
export interface PatchFile extends Count {
  path: string;
  /** Changed lines the reports measure but never saw run, ascending. */
  missing: number[];
  /**
   * `missing` as ranges of consecutive changed lines, bridging changed lines the report does
   * not measure (a blank line inside an uncovered block): one finding per range.
   */
  ranges: Array<[number, number]>;
}

/** diff-cover's figures: changed lines the reports measure, and which of them ran. */
export interface PatchCoverage extends Count {
  files: PatchFile[];
  /** Changed files no report mentions at all (not even as 0 %). */
  absent: ChangedFile[];
}

/**
 * Patch coverage with diff-cover's semantics: only changed lines that some report measures
 * count; a changed line is covered when any report saw it run. Files with totals only
 * (Istanbul summaries) have no line data and cannot take part.
 */
export function patchCoverage(store: CoverageStore, changed: ChangedFile[]): PatchCoverage {
  const files: PatchFile[] = [];
  const absent: ChangedFile[] = [];
  let covered = 0;
  let total = 0;
  for (const change of changed) {
    const file = store.files.get(change.path);
    if (!file || file.measured.size === 0) {
      absent.push(change);
      continue;
    }
    const figures = patchOfFile(file, change.addedLines);
    covered += figures.covered;
    total += figures.total;
    files.push(figures);
  }
  return { covered, total, files, absent };
}

function patchOfFile(file: MergedFile, addedLines: number[]): PatchFile {
  const missing: number[] = [];
  const ranges: Array<[number, number]> = [];
  let open: [number, number] | undefined;
  let previous = Number.NaN;
  let total = 0;
  for (const line of addedLines) {
    if (open && line !== previous + 1) open = undefined;
    previous = line;
    const fromFunction = !file.measured.has(line) && file.functionLines?.measured.has(line) === true;
    if (!file.measured.has(line) && !fromFunction) continue;
    total++;
    if (fromFunction ? file.functionLines?.covered.has(line) : file.covered.has(line)) {
      open = undefined;
      continue;
    }
    missing.push(line);
    if (open) open[1] = line;
    else {
      open = [line, line];
      ranges.push(open);
    }
  }
  return { path: file.path, covered: total - missing.length, total, missing, ranges };
}
