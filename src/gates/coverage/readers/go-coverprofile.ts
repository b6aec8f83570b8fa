import { InputError } from '../../../util/errors.js';
import { forEachByteLine, utf8Text } from '../../../util/byte-lines.js';
import { addLineHits, type ReportReader, writeRecord } from '../model.js';

const FIX =
  'Regenerate the profile with `go test -coverprofile=<file>`; a truncated file usually means the job was cancelled while writing it.';

const MODE = /^mode:\s*(\S+)$/;
const MODES = new Set(['set', 'count', 'atomic']);
/** `file:startLine.startCol,endLine.endCol numStmts count`; the file part may contain ':' (Windows). */
const BLOCK = /^(.+):(\d+)\.(\d+),(\d+)\.(\d+) (\d+) (\d+)$/;
/** No real block spans this many lines; a larger span is a corrupt line, not a reason to allocate. */
const MAX_BLOCK_LINES = 1_000_000;

/**
 * Reads a Go coverage profile (`go test -coverprofile`, `go tool covdata textfmt`).
 *
 * Line semantics (tools differ; this is the choice made here): every line from a block's start
 * line to its end line is measured, and its hit count is the largest count of the blocks that
 * cover it, so a line is covered when any block on it ran (a line shared by two blocks, such as
 * `if x {`, is covered if either ran). gcov2lcov also measures every line of a block but sums the
 * counts, which gives the same covered/uncovered split; `go tool cover -html` colours column
 * ranges instead, which a line-based gate cannot express. Blocks with 0 statements (an empty
 * function body) have nothing to execute and are skipped, as `go tool cover -func`'s statement
 * percentages ignore them; gcov2lcov would count their lines as uncovered.
 *
 * Blocks of one file may be spread over the profile (concatenated per-package profiles,
 * `-coverpkg`), so files are collected in a map and emitted at the end, in order of first
 * appearance. Repeated `mode:` lines, as concatenation leaves them, are accepted when they agree.
 */
export const readGoCoverprofile: ReportReader = async (input, sink, reportName) => {
  let mode: string | undefined;
  let modeLine = 0;
  const files = new Map<string, Map<number, number>>();

  const fail = (line: number, message: string): never => {
    throw new InputError(`${reportName}:${line}: ${message}`, { path: reportName, line }, FIX);
  };

  await forEachByteLine(input.bytes(), reportName, (buf, start, end, lineNumber) => {
    const text = utf8Text(buf, start, end).trim();
    if (text === '') return;
    if (text.startsWith('mode:')) {
      const declared = MODE.exec(text)?.[1];
      if (declared === undefined || !MODES.has(declared)) {
        fail(lineNumber, `unknown coverage mode "${clip(text)}"; expected mode: set, count or atomic`);
      }
      if (mode === undefined) {
        mode = declared;
        modeLine = lineNumber;
      } else if (declared !== mode) {
        fail(lineNumber, `"mode: ${declared}" conflicts with "mode: ${mode}" at line ${modeLine}`);
      }
      return;
    }
    if (mode === undefined) {
      fail(lineNumber, `expected "mode: set|count|atomic" as the first line, found "${clip(text)}"`);
    }
    addBlock(files, text, lineNumber, fail);
  });

  if (mode === undefined) {
    throw new InputError(
      `${reportName}: empty Go coverage profile (no "mode:" line)`,
      { path: reportName },
      'Check that `go test -coverprofile` ran and wrote this file.',
    );
  }
  for (const [path, lines] of files) writeRecord(sink, { path, lines });
};

/** Adds one `file:startLine.startCol,endLine.endCol numStmts count` line to its file's line map. */
function addBlock(
  files: Map<string, Map<number, number>>,
  text: string,
  lineNumber: number,
  fail: (line: number, message: string) => never,
): void {
  const match = BLOCK.exec(text);
  if (!match) {
    fail(
      lineNumber,
      `malformed block "${clip(text)}"; expected <file>:<line>.<col>,<line>.<col> <statements> <count>`,
    );
    return;
  }
  const [, file = '', startText, , endText, , statementsText, countText] = match;
  const start = Number(startText);
  const end = Number(endText);
  if (start < 1 || end < start) fail(lineNumber, `block "${clip(text)}" has an invalid line range`);
  if (end - start >= MAX_BLOCK_LINES)
    fail(lineNumber, `block "${clip(text)}" spans ${end - start + 1} lines`);
  let lines = files.get(file);
  if (!lines) {
    lines = new Map();
    files.set(file, lines);
  }
  if (Number(statementsText) === 0) return;
  const count = Number(countText);
  for (let line = start; line <= end; line++) addLineHits(lines, line, count);
}

function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
