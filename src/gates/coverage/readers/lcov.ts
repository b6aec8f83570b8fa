import {
  type LineColumn,
  MAX_LINE_BYTES,
  PositionedError,
  resolvingPositions,
  utf8Text,
} from '../../../util/byte-lines.js';
import { asciiBytes, startsWithBytes } from '../../../util/ascii-bytes.js';
import { InputError } from '../../../util/errors.js';
import { type ByteSource, consumeBytes, type FileRange } from '../../../util/text-stream.js';
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
  /** Byte offset of the `SF:` line that opened the record. */
  offset: number;
  writer: FileWriter;
  /**
   * `BRDA` entries as (line, covered, total) triples, one per run of entries on the same line,
   * in file order (a line's entries are nearly always together; `writeBranches` sums the rest).
   */
  branchRuns?: number[];
  /** `FN` start lines by function name, and `FNDA` hits by name. */
  functions?: Map<string, number>;
  functionHits?: Map<string, number>;
}

/** Throws an error about the line at byte `offset` (its line number is found afterwards). */
type Fail = (offset: number, message: string) => never;

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
 * an empty report; `#` comment lines and blank lines are skipped. Lines are not counted while
 * reading: an error's line number is found by reading the file again up to it.
 */
export const readLcov: ReportReader = async (input, sink, reportName) => {
  await resolvingPositions(
    () => input.bytes(),
    async () => {
      const parser = new LcovParser(sink, reportName);
      await parser.read(input.source?.() ?? input.bytes());
      parser.finish();
      if (parser.records === 0) {
        throw new InputError(
          `${reportName}: no coverage records (no SF:…end_of_record block) in this LCOV file`,
          { path: reportName },
          'Check that the tests ran with coverage enabled and that this is the LCOV file they wrote.',
        );
      }
    },
  );
};

/**
 * Where a large LCOV file may be split: after an `end_of_record` line, where no record is open.
 * `LCOV_SPLIT_MARK` is searched for; the part starts after the newline that ends it.
 */
export const LCOV_SPLIT_MARK = '\nend_of_record';

/**
 * Reads one part of an LCOV file that starts at byte `start`, after an `end_of_record` line (or
 * at 0): records never span parts, so each part reads on its own. Returns how many records it
 * closed. Errors carry byte offsets only (`PositionedError`).
 */
export async function readLcovPart(
  source: FileRange,
  sink: CoverageSink,
  reportName: string,
): Promise<{ records: number }> {
  const parser = new LcovParser(sink, reportName);
  await parser.read(source);
  parser.finish();
  return { records: parser.records };
}

const END_OF_RECORD = asciiBytes('end_of_record');
const TN = asciiBytes('TN:');
const COUNTS = ['LF:', 'LH:', 'BRF:', 'BRH:', 'FNF:', 'FNH:'].map(asciiBytes);

const D = 0x44;
const A = 0x41;
const COLON = 0x3a;
const COMMA = 0x2c;
const NL = 0x0a;
const CR = 0x0d;

/** The LCOV state machine: one open record at most, lines parsed from the bytes. */
class LcovParser {
  records = 0;
  private current: OpenRecord | undefined;
  private readonly fail: Fail;

  constructor(
    private readonly sink: CoverageSink,
    private readonly reportName: string,
  ) {
    this.fail = (offset, message) => {
      throw new PositionedError([offset], ([at]) => this.error((at as LineColumn).line, message));
    };
  }

  error(line: number, message: string): InputError {
    return new InputError(`${this.reportName}:${line}: ${message}`, { path: this.reportName, line }, FIX);
  }

  /** Reads every line of `source`. */
  async read(source: ByteSource): Promise<void> {
    await consumeBytes(
      source,
      (view, offset, final) => {
        const used = this.lines(view, offset);
        if (!final || used === view.length) return used;
        // The last line has no newline.
        const end = view[view.length - 1] === CR ? view.length - 1 : view.length;
        this.line(view, used, end, offset + used);
        return view.length;
      },
      MAX_LINE_BYTES,
      (offset) => this.fail(offset, `line longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB: not a coverage report`),
    );
  }

  /** Handles the complete lines of `buf`; returns where the incomplete last line starts. */
  private lines(buf: Uint8Array, base: number): number {
    const n = buf.length;
    let start = 0;
    while (start < n) {
      // `DA:<line>,<hits>` is nearly every line of a report: read it here, newline included.
      const record = this.current;
      if (record && buf[start] === D && buf[start + 1] === A && buf[start + 2] === COLON) {
        let i = start + 3;
        let line = 0;
        while (i < n && i - start < 13 && (buf[i] as number) >= 0x30 && (buf[i] as number) <= 0x39) {
          line = line * 10 + (buf[i] as number) - 0x30;
          i++;
        }
        if (i > start + 3 && buf[i] === COMMA) {
          const hitsStart = ++i;
          let hits = 0;
          while (i < n && i - hitsStart < 15 && (buf[i] as number) >= 0x30 && (buf[i] as number) <= 0x39) {
            hits = hits * 10 + (buf[i] as number) - 0x30;
            i++;
          }
          const c = buf[i];
          if (i > hitsStart && (c === NL || (c === CR && buf[i + 1] === NL))) {
            record.writer.line(line, hits);
            start = c === NL ? i + 1 : i + 2;
            continue;
          }
        }
      }
      const nl = buf.indexOf(NL, start);
      if (nl === -1) return start;
      this.line(buf, start, nl > start && buf[nl - 1] === CR ? nl - 1 : nl, base + start);
      start = nl + 1;
    }
    return start;
  }

  /** One line, without its newline and trailing CR; `offset` is where it starts in the file. */
  private line(buf: Uint8Array, start: number, end: number, offset: number): void {
    const fail = this.fail;
    const current = this.current;
    // The two records that make up nearly all of a report are parsed from the bytes.
    if (buf[start] === 0x44 && buf[start + 1] === 0x41 && buf[start + 2] === 0x3a) {
      if (!current || !readDaBytes(current, buf, start + 3, end)) {
        readDa(this.open('DA', offset, 'DA:'), utf8Text(buf, start + 3, end).trim(), offset, fail);
      }
      return;
    }
    if (buf[start] === 0x42 && buf[start + 1] === 0x52 && buf[start + 2] === 0x44 && buf[start + 3] === 0x41 && buf[start + 4] === 0x3a) {
      if (!current || !readBrdaBytes(current, buf, start + 5, end)) {
        readBrda(this.open('BRDA', offset, 'BRDA:'), utf8Text(buf, start + 5, end).trim(), offset, fail);
      }
      return;
    }
    if (current && buf[start] === 0x46 && buf[start + 1] === 0x4e) {
      if (buf[start + 2] === COLON && readFnBytes(current, buf, start + 3, end)) return;
      if (buf[start + 2] === D && buf[start + 3] === A && buf[start + 4] === COLON && readFndaBytes(current, buf, start + 5, end))
        return;
    }
    if (current && this.plainRecord(buf, start, end, current)) return;
    const text = utf8Text(buf, start, end).trim();
    if (text === '' || text.startsWith('#')) return;
    this.textRecord(text, offset);
  }

  /**
   * A record read from its text: the types the byte paths do not take, and `DA`/`BRDA` lines
   * outside a record (which are errors). `text` is trimmed, not empty and not a comment.
   */
  private textRecord(text: string, offset: number): void {
    const fail = this.fail;
    const colon = text.indexOf(':');
    const type = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? '' : text.slice(colon + 1);
    switch (type) {
      case 'TN':
      case 'VER':
        return;
      case 'SF':
        this.beginRecord(value, offset);
        return;
      case 'DA':
        readDa(this.open(type, offset, text), value, offset, fail);
        return;
      case 'BRDA':
        readBrda(this.open(type, offset, text), value, offset, fail);
        return;
      case 'FN':
        readFn(this.open(type, offset, text), value, offset, fail);
        return;
      case 'FNDA':
        readFnda(this.open(type, offset, text), value, offset, fail);
        return;
      case 'end_of_record':
        if (colon !== -1) break;
        closeRecord(this.open(type, offset, text));
        this.records++;
        this.current = undefined;
        return;
      default: {
        const shape = IGNORED_IN_RECORD.get(type);
        if (!shape) break;
        this.open(type, offset, text);
        if (!shape.test(value)) fail(offset, `malformed ${type} record "${clip(text)}"`);
        return;
      }
    }
    fail(offset, `unknown LCOV record "${clip(text)}"`);
  }

  /** `SF:<path>` at `offset`: opens a record, when none is open. */
  private beginRecord(path: string, offset: number): void {
    const current = this.current;
    if (current) {
      const { path: openPath, offset: sfOffset } = current;
      throw new PositionedError([offset, sfOffset], ([at, sf]) =>
        this.error(
          (at as LineColumn).line,
          `SF:${clip(path)} starts a record before the record of ${openPath} (SF at line ${(sf as LineColumn).line}) ended with end_of_record`,
        ),
      );
    }
    if (path === '') this.fail(offset, 'SF record without a file path');
    this.current = { path, offset, writer: this.sink.beginFile(path) };
  }

  /**
   * The other records of every file, read from the bytes when they are exactly in shape:
   * `end_of_record`, `TN:…`, and the counts `LF`, `LH`, `BRF`, `BRH`, `FNF`, `FNH`. False
   * sends the line to the general path (which also reports errors).
   */
  private plainRecord(buf: Uint8Array, start: number, end: number, current: OpenRecord): boolean {
    const length = end - start;
    if (length === END_OF_RECORD.length && startsWithBytes(buf, start, END_OF_RECORD)) {
      closeRecord(current);
      this.records++;
      this.current = undefined;
      return true;
    }
    if (startsWithBytes(buf, start, TN)) return true;
    for (const prefix of COUNTS) {
      if (length > prefix.length && startsWithBytes(buf, start, prefix)) {
        for (let i = start + prefix.length; i < end; i++) {
          const c = buf[i] as number;
          if (c < 0x30 || c > 0x39) return false;
        }
        return true;
      }
    }
    return false;
  }

  private open(type: string, offset: number, text: string): OpenRecord {
    if (!this.current) return this.fail(offset, `${type} record outside an SF record ("${clip(text)}")`);
    return this.current;
  }

  /** At the end of the input (or of a part): no record may be left open. */
  finish(): void {
    const current = this.current;
    if (current) {
      this.fail(
        current.offset,
        `the record of ${current.path} has no end_of_record: the file ends inside it (truncated report?)`,
      );
    }
  }
}

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

/**
 * The fast path for `FN:<line>,<name>` and `FN:<start>,<end>,<name>`, as `readFn`'s expression
 * reads them, for a name of printable ASCII without spaces. Anything else goes to the string path.
 */
function readFnBytes(record: OpenRecord, buf: Uint8Array, start: number, end: number): boolean {
  const comma = digitsEnd(buf, start, end, 10);
  if (comma <= start || comma >= end || buf[comma] !== 0x2c) return false;
  let nameStart = comma + 1;
  // lcov 2.x's end line, when a name follows it (else the expression reads it as the name).
  const second = digitsEnd(buf, nameStart, end, 10);
  if (second === -1) return false;
  if (second > nameStart && second + 1 < end && buf[second] === 0x2c) nameStart = second + 1;
  if (!plainName(buf, nameStart, end)) return false;
  const name = utf8Text(buf, nameStart, end);
  record.functions ??= new Map();
  if (!record.functions.has(name)) record.functions.set(name, digitsValue(buf, start, comma));
  return true;
}

/** The fast path for `FNDA:<hits>,<name>` (hits not negative; see `readFnBytes`). */
function readFndaBytes(record: OpenRecord, buf: Uint8Array, start: number, end: number): boolean {
  const comma = digitsEnd(buf, start, end, 15);
  if (comma <= start || comma >= end || buf[comma] !== 0x2c || !plainName(buf, comma + 1, end)) return false;
  const name = utf8Text(buf, comma + 1, end);
  record.functionHits ??= new Map();
  record.functionHits.set(name, (record.functionHits.get(name) ?? 0) + digitsValue(buf, start, comma));
  return true;
}

/** Where the digits from `start` end; -1 when there are more than `max` of them. */
function digitsEnd(buf: Uint8Array, start: number, end: number, max: number): number {
  let i = start;
  while (i < end && (buf[i] as number) >= 0x30 && (buf[i] as number) <= 0x39) i++;
  return i - start > max ? -1 : i;
}

function digitsValue(buf: Uint8Array, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) value = value * 10 + (buf[i] as number) - 0x30;
  return value;
}

/** A function name the fast paths take: not empty, printable ASCII, no spaces. */
function plainName(buf: Uint8Array, start: number, end: number): boolean {
  if (start >= end) return false;
  for (let i = start; i < end; i++) {
    const c = buf[i] as number;
    if (c <= 0x20 || c >= 0x7f) return false;
  }
  return true;
}

function closeRecord(record: OpenRecord): void {
  const { writer } = record;
  if (record.branchRuns) writeBranches(writer, record.branchRuns);
  // diff-cover counts a function's start line as measured even without a DA record there
  // (TypeScript method signatures); such lines join patch coverage, not the LF/LH totals.
  for (const [name, line] of record.functions ?? []) writer.functionLine(line, record.functionHits?.get(name) ?? 0);
  writer.end();
}

/** `FN:<line>,<name>` (lcov 1.x) or `FN:<start>,<end>,<name>` (lcov 2.x). */
function readFn(
  record: OpenRecord,
  value: string,
  offset: number,
  fail: Fail,
) {
  const match = /^(\d+),(?:(\d+),)?(.+)$/.exec(value);
  if (!match) fail(offset, `malformed FN record "FN:${clip(value)}"; expected FN:<line>,<name>`);
  const [, start, , name] = match;
  record.functions ??= new Map();
  if (!record.functions.has(name as string)) record.functions.set(name as string, Number(start));
}

/** `FNDA:<hits>,<name>`; hits of a name seen twice add up, as lcov's merge does. */
function readFnda(
  record: OpenRecord,
  value: string,
  offset: number,
  fail: Fail,
) {
  const match = /^(-?\d+),(.+)$/.exec(value);
  if (!match) fail(offset, `malformed FNDA record "FNDA:${clip(value)}"; expected FNDA:<hits>,<name>`);
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
  offset: number,
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
    fail(offset, `malformed DA record "DA:${clip(value)}"; expected DA:<line>,<hits>[,<checksum>]`);
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
  offset: number,
  fail: Fail,
) {
  const first = value.indexOf(',');
  const last = value.lastIndexOf(',');
  const lineText = value.slice(0, first);
  const taken = value.slice(last + 1);
  const fields = first === -1 ? 1 : value.split(',', 4).length;
  if (fields < 4 || !UNSIGNED.test(lineText) || (taken !== '-' && !SIGNED.test(taken))) {
    fail(
      offset,
      `malformed BRDA record "BRDA:${clip(value)}"; expected BRDA:<line>,<block>,<branch>,<taken or ->`,
    );
  }
  addBranch(record, Number(lineText), taken !== '-' && Number(taken) > 0);
}

/** Counts one `BRDA` entry towards its line's figures: no object per line. */
function addBranch(record: OpenRecord, line: number, taken: boolean): void {
  const runs = (record.branchRuns ??= []);
  const n = runs.length;
  if (n > 0 && runs[n - 3] === line) {
    runs[n - 1] = (runs[n - 1] as number) + 1;
    if (taken) runs[n - 2] = (runs[n - 2] as number) + 1;
    return;
  }
  runs.push(line, taken ? 1 : 0, 1);
}

/**
 * Each line's branch figures, in the order lines first appear: runs on rising lines are already
 * one per line; otherwise (a line's entries apart, lines out of order) runs of a line are summed.
 */
function writeBranches(writer: FileWriter, runs: readonly number[]): void {
  let rising = true;
  for (let i = 3; i < runs.length && rising; i += 3) rising = (runs[i] as number) > (runs[i - 3] as number);
  if (rising) {
    for (let i = 0; i < runs.length; i += 3) writer.branch(runs[i] as number, runs[i + 1] as number, runs[i + 2] as number);
    return;
  }
  const byLine = new Map<number, [number, number]>();
  for (let i = 0; i < runs.length; i += 3) {
    const seen = byLine.get(runs[i] as number);
    if (seen) {
      seen[0] += runs[i + 1] as number;
      seen[1] += runs[i + 2] as number;
    } else byLine.set(runs[i] as number, [runs[i + 1] as number, runs[i + 2] as number]);
  }
  for (const [line, [covered, total]] of byLine) writer.branch(line, covered, total);
}

/** Keeps error messages readable when a line is huge (a binary file, a minified blob). */
function clip(text: string): string {
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
