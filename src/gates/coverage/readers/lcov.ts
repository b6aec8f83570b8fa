import { forEachByteLine, utf8Text } from '../../../util/byte-lines.js';
import { InputError } from '../../../util/errors.js';
import type { CoverageSink, FileWriter, ReportReader } from '../model.js';

const FIX =
  'Regenerate the report with lcov, genhtml-compatible tooling or your test runner; a truncated file usually means the job was cancelled while writing it.';

const UNSIGNED = /^\d+$/;
const SIGNED = /^-?\d+$/;

/**
 * Records that carry nothing the gate needs but are part of the format: function summaries
 * (`FNF`, `FNH`, lcov 2.x `FNL`/`FNA`), summaries (`LF`, `LH`, `BRF`, `BRH`) and lcov 2.2
 * MC/DC data (`MCDC`, `MCF`, `MCH`). Each value is checked for its leading shape only.
 */
const IGNORED_IN_RECORD = new Map<string, RegExp>([
  ['FNF', UNSIGNED],
  ['FNH', UNSIGNED],
  ['FNL', /^\d+,\d+/],
  ['FNA', /^\d+,-?\d+,/],
  ['LF', UNSIGNED],
  ['LH', UNSIGNED],
  ['BRF', UNSIGNED],
  ['BRH', UNSIGNED],
  ['MCDC', /^\d+,/],
  ['MCF', UNSIGNED],
  ['MCH', UNSIGNED],
]);

interface OpenRecord {
  path: string;
  /** Line of the `SF:` that opened the record. */
  line: number;
  writer: FileWriter;
  /** Per source line: [covered, total] branches from its `BRDA` entries. */
  branches?: Map<number, [number, number]>;
  /** `FN` start lines by function name, and `FNDA` hits by name. */
  functions?: Map<string, number>;
  functionHits?: Map<string, number>;
}

type Fail = (line: number, message: string) => never;

/**
 * Reads an LCOV tracefile (geninfo/lcov 1.x and 2.x, genhtml inputs, Istanbul's and Node's
 * `lcov` reporters, llvm-cov export, coverage.py `lcov`). One record per `SF:`…`end_of_record`
 * block; a file in several blocks (one per test name) gives several records, which the store
 * merges.
 *
 * Lines come from `DA:line,hits[,checksum]` (negative hits, written by some buggy gcov versions,
 * count as 0). Branches come from `BRDA:line,block,branch,taken`: per line, total is the number
 * of `BRDA` entries and covered those taken more than 0 times (`-` means the block never ran).
 *
 * Unknown record types are errors, as in diff-cover, so a file in another format is not read as
 * an empty report; `#` comment lines and blank lines are skipped.
 */
export const readLcov: ReportReader = async (input, sink, reportName) => {
  let current: OpenRecord | undefined;
  let records = 0;

  const fail: Fail = (line, message) => {
    throw new InputError(`${reportName}:${line}: ${message}`, { path: reportName, line }, FIX);
  };
  const open = (type: string, lineNumber: number, text: string): OpenRecord => {
    if (!current) return fail(lineNumber, `${type} record outside an SF record ("${clip(text)}")`);
    return current;
  };

  await forEachByteLine(input.bytes(), reportName, (buf, start, end, lineNumber) => {
    // The two records that make up nearly all of a report are parsed from the bytes.
    if (buf[start] === 0x44 && buf[start + 1] === 0x41 && buf[start + 2] === 0x3a) {
      if (!current || !readDaBytes(current, buf, start + 3, end)) readDa(open('DA', lineNumber, 'DA:'), utf8Text(buf, start + 3, end).trim(), lineNumber, fail);
      return;
    }
    if (buf[start] === 0x42 && buf[start + 1] === 0x52 && buf[start + 2] === 0x44 && buf[start + 3] === 0x41 && buf[start + 4] === 0x3a) {
      if (!current || !readBrdaBytes(current, buf, start + 5, end)) {
        readBrda(open('BRDA', lineNumber, 'BRDA:'), utf8Text(buf, start + 5, end).trim(), lineNumber, fail);
      }
      return;
    }
    const text = utf8Text(buf, start, end).trim();
    if (text === '' || text.startsWith('#')) return;
    const colon = text.indexOf(':');
    const type = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? '' : text.slice(colon + 1);
    switch (type) {
      case 'TN':
      case 'VER':
        return;
      case 'SF':
        if (current) {
          fail(
            lineNumber,
            `SF:${clip(value)} starts a record before the record of ${current.path} (SF at line ${current.line}) ended with end_of_record`,
          );
        }
        current = openRecord(sink, value, lineNumber, fail);
        return;
      case 'DA':
        readDa(open(type, lineNumber, text), value, lineNumber, fail);
        return;
      case 'BRDA':
        readBrda(open(type, lineNumber, text), value, lineNumber, fail);
        return;
      case 'FN':
        readFn(open(type, lineNumber, text), value, lineNumber, fail);
        return;
      case 'FNDA':
        readFnda(open(type, lineNumber, text), value, lineNumber, fail);
        return;
      case 'end_of_record':
        if (colon !== -1) break;
        closeRecord(open(type, lineNumber, text));
        records++;
        current = undefined;
        return;
      default: {
        const shape = IGNORED_IN_RECORD.get(type);
        if (!shape) break;
        open(type, lineNumber, text);
        if (!shape.test(value)) fail(lineNumber, `malformed ${type} record "${clip(text)}"`);
        return;
      }
    }
    fail(lineNumber, `unknown LCOV record "${clip(text)}"`);
  });

  if (current) {
    fail(
      current.line,
      `the record of ${current.path} has no end_of_record: the file ends inside it (truncated report?)`,
    );
  }
  if (records === 0) {
    throw new InputError(
      `${reportName}: no coverage records (no SF:…end_of_record block) in this LCOV file`,
      { path: reportName },
      'Check that the tests ran with coverage enabled and that this is the LCOV file they wrote.',
    );
  }
};

/**
 * The fast path for `BRDA:<line>,<block>,<branch>,<taken>`: the line and the taken count read
 * from the bytes, the middle fields only counted. Anything unusual goes to the string path.
 */
function readBrdaBytes(record: OpenRecord, buf: Uint8Array, start: number, end: number): boolean {
  let i = start;
  let line = 0;
  while (i < end && (buf[i] as number) >= 0x30 && (buf[i] as number) <= 0x39 && i - start < 10) {
    line = line * 10 + (buf[i] as number) - 0x30;
    i++;
  }
  if (i === start || buf[i] !== 0x2c) return false;
  const last = buf.lastIndexOf(0x2c, end - 1);
  if (last <= i) return false;
  const second = buf.indexOf(0x2c, i + 1);
  if (second === -1 || second >= last) return false;
  let taken = 0;
  if (last + 2 === end && buf[last + 1] === 0x2d) taken = 0;
  else {
    if (last + 1 === end) return false;
    for (let j = last + 1; j < end; j++) {
      const c = (buf[j] as number) - 0x30;
      if (c < 0 || c > 9 || j - last > 15) return false;
      taken = taken * 10 + c;
    }
  }
  addBranch(record, line, taken > 0);
  return true;
}

/**
 * The fast path for `DA:<line>,<hits>[,<checksum>]`: digits straight from the bytes. Returns
 * false for anything unusual (spaces, a sign, a malformed line), which the string path then
 * reads or reports.
 */
function readDaBytes(record: OpenRecord, buf: Uint8Array, start: number, end: number): boolean {
  let i = start;
  let line = 0;
  while (i < end && (buf[i] as number) >= 0x30 && (buf[i] as number) <= 0x39 && i - start < 10) {
    line = line * 10 + (buf[i] as number) - 0x30;
    i++;
  }
  if (i === start || buf[i] !== 0x2c) return false;
  const hitsStart = ++i;
  let hits = 0;
  while (i < end && (buf[i] as number) >= 0x30 && (buf[i] as number) <= 0x39 && i - hitsStart < 15) {
    hits = hits * 10 + (buf[i] as number) - 0x30;
    i++;
  }
  if (i === hitsStart || (i < end && buf[i] !== 0x2c)) return false;
  if (i < end && buf.indexOf(0x2c, i + 1) !== -1 && buf.indexOf(0x2c, i + 1) < end) return false;
  record.writer.line(line, hits);
  return true;
}

function openRecord(sink: CoverageSink, path: string, line: number, fail: Fail): OpenRecord {
  if (path === '') fail(line, 'SF record without a file path');
  return { path, line, writer: sink.beginFile(path) };
}

function closeRecord(record: OpenRecord): void {
  const { writer } = record;
  for (const [line, [covered, total]] of record.branches ?? []) writer.branch(line, covered, total);
  // diff-cover counts a function's start line as measured even without a DA record there
  // (TypeScript method signatures); such lines join patch coverage, not the LF/LH totals.
  for (const [name, line] of record.functions ?? []) writer.functionLine(line, record.functionHits?.get(name) ?? 0);
  writer.end();
}

/** `FN:<line>,<name>` (lcov 1.x) or `FN:<start>,<end>,<name>` (lcov 2.x). */
function readFn(
  record: OpenRecord,
  value: string,
  lineNumber: number,
  fail: Fail,
) {
  const match = /^(\d+),(?:(\d+),)?(.+)$/.exec(value);
  if (!match) fail(lineNumber, `malformed FN record "FN:${clip(value)}"; expected FN:<line>,<name>`);
  const [, start, , name] = match;
  record.functions ??= new Map();
  if (!record.functions.has(name as string)) record.functions.set(name as string, Number(start));
}

/** `FNDA:<hits>,<name>`; hits of a name seen twice add up, as lcov's merge does. */
function readFnda(
  record: OpenRecord,
  value: string,
  lineNumber: number,
  fail: Fail,
) {
  const match = /^(-?\d+),(.+)$/.exec(value);
  if (!match) fail(lineNumber, `malformed FNDA record "FNDA:${clip(value)}"; expected FNDA:<hits>,<name>`);
  const [, hits, name] = match;
  record.functionHits ??= new Map();
  record.functionHits.set(
    name as string,
    (record.functionHits.get(name as string) ?? 0) + Math.max(0, Number(hits)),
  );
}

/** `DA:<line>,<hits>[,<checksum>]`. */
function readDa(
  record: OpenRecord,
  value: string,
  lineNumber: number,
  fail: Fail,
) {
  const first = value.indexOf(',');
  const second = first === -1 ? -1 : value.indexOf(',', first + 1);
  const lineText = first === -1 ? value : value.slice(0, first);
  const hitsText = first === -1 ? '' : value.slice(first + 1, second === -1 ? undefined : second);
  if (
    first === -1 ||
    !UNSIGNED.test(lineText) ||
    !SIGNED.test(hitsText) ||
    (second !== -1 && value.indexOf(',', second + 1) !== -1)
  ) {
    fail(lineNumber, `malformed DA record "DA:${clip(value)}"; expected DA:<line>,<hits>[,<checksum>]`);
  }
  record.writer.line(Number(lineText), Math.max(0, Number(hitsText)));
}

/**
 * `BRDA:<line>,[e]<block>,<branch>,<taken>`. lcov 2.x allows commas inside the branch
 * expression, so only the first and last fields are read.
 */
function readBrda(
  record: OpenRecord,
  value: string,
  lineNumber: number,
  fail: Fail,
) {
  const first = value.indexOf(',');
  const last = value.lastIndexOf(',');
  const lineText = value.slice(0, first);
  const taken = value.slice(last + 1);
  const fields = first === -1 ? 1 : value.split(',', 4).length;
  if (fields < 4 || !UNSIGNED.test(lineText) || (taken !== '-' && !SIGNED.test(taken))) {
    fail(
      lineNumber,
      `malformed BRDA record "BRDA:${clip(value)}"; expected BRDA:<line>,<block>,<branch>,<taken or ->`,
    );
  }
  addBranch(record, Number(lineText), taken !== '-' && Number(taken) > 0);
}

/** Counts one `BRDA` entry towards its line's figures. */
function addBranch(record: OpenRecord, line: number, taken: boolean): void {
  record.branches ??= new Map();
  let branch = record.branches.get(line);
  if (!branch) {
    branch = [0, 0];
    record.branches.set(line, branch);
  }
  branch[1]++;
  if (taken) branch[0]++;
}

/** Keeps error messages readable when a line is huge (a binary file, a minified blob). */
function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
