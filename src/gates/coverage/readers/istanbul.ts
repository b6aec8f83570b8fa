import { isAscii, isUtf8 } from 'node:buffer';
import { type ByteSource, consumeBytes } from '../../../util/text-stream.js';
import {
  type JsonEntryHandler,
  type JsonPosition,
  jsonShapeError,
  MAX_MEMBER_CHARS,
  streamJsonEntries,
} from '../../../util/json-entries.js';
import {
  addLineHits,
  type Count,
  type CoverageSink,
  type LineBranches,
  type ReportReader,
  writeRecord,
} from '../model.js';

type Fail = (message: string) => never;

/**
 * Reads Istanbul's `coverage-final.json` (nyc, Jest, Vitest, c8 `--reporter=json`): a root object
 * mapping each file to `{path, statementMap, fnMap, branchMap, s, f, b}`. The root is streamed one
 * file at a time.
 *
 * Lines are computed as istanbul-lib-coverage's `FileCoverage.getLineCoverage()` does: each
 * statement counts on the line it starts on, and a line's hits are the largest count of the
 * statements starting there. Branches follow `getBranchCoverageByLine()`: a branch's line is
 * `branchMap[id].line || branchMap[id].loc.start.line` (`line` is the Istanbul 0.x field), with
 * `locations[0]` as a last resort; per line, total = number of branch paths and covered = paths
 * taken at least once. The file's `path` field is used when present, else the key.
 *
 * A file entry wrapped as `{"data": {...}}` is unwrapped: that is what serialising an
 * istanbul-lib-coverage 1.x `FileCoverage` without its `toJSON` produced (seen in the wild in
 * scripts that merge `window.__coverage__`; nyc itself rejects it).
 */
export const readIstanbulFinal: ReportReader = async (input, sink, reportName) => {
  await streamJsonEntries(input.text(), [], istanbulEntry(sink, reportName), reportName);
};

/** The handler of one `coverage-final.json` member: one file's coverage. */
function istanbulEntry(sink: CoverageSink, reportName: string): JsonEntryHandler {
  return (key, value, where) => {
    const fail: Fail = (message) => {
      throw jsonShapeError(reportName, where(), `Istanbul file entry "${key}" ${message}`);
    };
    let data = value;
    if (isRecord(data) && data.statementMap === undefined && isRecord(data.data)) data = data.data;
    if (!isRecord(data)) return fail('is not an object');
    const { statementMap, s } = data;
    if (!isRecord(statementMap) || !isRecord(s)) return fail('has no "statementMap" and "s" objects');

    const lines = new Map<number, number>();
    for (const [id, count] of Object.entries(s)) {
      const statement = statementMap[id];
      // istanbul-lib-coverage skips counts without a location the same way.
      if (statement === undefined) continue;
      const line = startLine(statement);
      if (line === undefined) fail(`has statement ${id} without a start line`);
      addLineHits(lines, line, hitCount(count, `s["${id}"]`, fail));
    }

    const path = typeof data.path === 'string' && data.path !== '' ? data.path : key;
    const { branchMap, b } = data;
    if (!isRecord(branchMap) || !isRecord(b)) {
      writeRecord(sink, { path, lines });
      return;
    }
    writeRecord(sink, { path, lines, branches: branchesByLine(branchMap, b, fail) });
  };
}

/**
 * Where a large `coverage-final.json` may be split: before the `,` that precedes a member whose
 * value starts with `{"path"` (every file entry istanbul-lib-coverage writes does).
 */
export const ISTANBUL_SPLIT_MARK = '"path"';

/**
 * Reads the members of a `coverage-final.json` from byte `part.start` (0, or a member separator
 * found by `istanbulSplitPoint`) to the end of `chunks`, without scanning the JSON byte by byte:
 * file entries all start with `{"path"`, so the next one is found with `indexOf`, and each
 * entry's text is checked by `JSON.parse` on its own. When entries are cut this way, the text
 * between two values must be exactly `, "key":`; when it is not (an entry without `"path"`
 * first, a value that does not parse), this throws `SplitNotPossible` and the caller reads the
 * file with the exact streaming scanner, which also gives the error's position.
 */
export async function readIstanbulPart(
  source: ByteSource,
  sink: CoverageSink,
  reportName: string,
  part: { start: number; last: boolean },
): Promise<void> {
  const reader = new IstanbulPartReader(istanbulEntry(sink, reportName), part);
  await consumeBytes(
    source,
    (view, _offset, final) => reader.consume(view, final),
    MAX_MEMBER_CHARS,
    () => {
      throw new SplitNotPossible();
    },
  );
  if (part.last && !reader.done) throw new SplitNotPossible();
}

const PREFIX = 0;
const FIRST_MEMBER = 1;
const MEMBER = 2;
const ROOT_END = 3;
const DONE = 4;

/** Entries read in parts have no position to give: an error in one sends the file to the exact scanner. */
const noPosition = (): JsonPosition => {
  throw new SplitNotPossible();
};

/**
 * No complete token at the end of the bytes: wait for more (false: stop reading this view), or,
 * when no more will come, give up on reading in parts.
 */
function waitForMore(final: boolean): false {
  if (final) throw new SplitNotPossible();
  return false;
}

/**
 * The state machine of `readIstanbulPart`, one view of bytes at a time: the root's `{` (first part
 * only), then members `, "key": value` cut at the next file entry, then the root's `}` (last part
 * only). Each state's step returns true to go on in the same view, false to wait for more bytes.
 */
class IstanbulPartReader {
  private window: Buffer = Buffer.alloc(0);
  /** Where the next member (its separator, or the root's `{` in the first part) starts. */
  private pos = 0;
  private state: number;

  constructor(
    private readonly onEntry: JsonEntryHandler,
    private readonly part: { start: number; last: boolean },
  ) {
    this.state = part.start === 0 ? PREFIX : MEMBER;
  }

  /** Whether the root object's closing `}` was read. */
  get done(): boolean {
    return this.state === DONE;
  }

  /** Reads what it can of `view`; returns how many bytes it used (all of them at the end). */
  consume(view: Uint8Array, final: boolean): number {
    this.window = Buffer.from(view.buffer, view.byteOffset, view.byteLength);
    this.pos = 0;
    while (this.step(final));
    return final ? view.length : this.pos;
  }

  private step(final: boolean): boolean {
    if (this.state === PREFIX) return this.prefix(final);
    if (this.state === ROOT_END) return this.rootEnd(final);
    if (this.state === DONE) return false;
    return this.member(final);
  }

  /** An optional BOM, then the root's `{`. */
  private prefix(final: boolean): boolean {
    const window = this.window;
    let i = 0;
    if (window[0] === 0xef && window[1] === 0xbb && window[2] === 0xbf) i = 3;
    i = skipSpace(window, i);
    if (i >= window.length) return waitForMore(final);
    if (window[i] !== 0x7b) throw new SplitNotPossible();
    i = skipSpace(window, i + 1);
    if (i >= window.length) return waitForMore(final);
    this.pos = i;
    this.state = window[i] === 0x7d ? ROOT_END : FIRST_MEMBER;
    return true;
  }

  /** The root's `}`, with nothing but whitespace after it. */
  private rootEnd(final: boolean): boolean {
    if (!this.part.last) throw new SplitNotPossible();
    if (!final) return false;
    const window = this.window;
    if (window[this.pos] !== 0x7d || skipSpace(window, this.pos + 1) !== window.length)
      throw new SplitNotPossible();
    this.state = DONE;
    return false;
  }

  /** A member's separator (none before the first), or the root's `}`; then the member itself. */
  private member(final: boolean): boolean {
    const window = this.window;
    let i = this.pos;
    if (this.state === MEMBER) {
      i = skipSpace(window, i);
      if (i >= window.length) {
        if (final && !this.part.last) return false;
        return waitForMore(final);
      }
      if (window[i] === 0x7d) {
        if (!this.part.last) throw new SplitNotPossible();
        this.pos = i;
        this.state = ROOT_END;
        return true;
      }
      if (window[i] !== 0x2c) throw new SplitNotPossible();
      i = skipSpace(window, i + 1);
    }
    return this.entry(i, final);
  }

  /** `"key": value` from `i`, the value running to the next file entry's separator. */
  private entry(i: number, final: boolean): boolean {
    const window = this.window;
    if (i >= window.length) return waitForMore(final);
    if (window[i] !== 0x22) throw new SplitNotPossible();
    const keyEnd = stringEnd(window, i);
    if (keyEnd === -1) return waitForMore(final);
    let colon = skipSpace(window, keyEnd);
    if (colon >= window.length) return waitForMore(final);
    if (window[colon] !== 0x3a) throw new SplitNotPossible();
    colon = skipSpace(window, colon + 1);
    if (colon >= window.length) return waitForMore(final);
    const valueEnd = this.valueEnd(colon, final);
    if (valueEnd === undefined) return waitForMore(final);
    const key = parseJson(window, i, keyEnd);
    if (typeof key !== 'string') throw new SplitNotPossible();
    this.onEntry(key, parseJson(window, colon, valueEnd), noPosition);
    this.pos = valueEnd;
    this.state = MEMBER;
    return true;
  }

  /**
   * Where the value that starts at `valueStart` ends: at the next file entry's `,`, or at the
   * end of the part (before the root's `}` in the last one); undefined until more bytes come.
   */
  private valueEnd(valueStart: number, final: boolean): number | undefined {
    const window = this.window;
    const next = nextEntry(window, valueStart + 2);
    if (next !== -1) return next;
    if (!final) return undefined;
    if (!this.part.last) return window.length;
    const end = lastNonSpace(window);
    if (end <= valueStart || window[end] !== 0x7d) throw new SplitNotPossible();
    return end;
  }
}

/** A split guessed wrong, or the input is not what the fast path expects: read it whole. */
export class SplitNotPossible extends Error {
  constructor() {
    super('the report cannot be read in parts');
  }
}

/**
 * The offset of the `,` that starts the next member whose value begins with `{"path"`, looking
 * from `from`; -1 when there is none in `buf`.
 */
export function nextEntry(buf: Buffer, from: number): number {
  // Compact JSON, as every Istanbul writer emits it, first: the longer needle is found faster.
  for (let q = buf.indexOf(COMPACT_MARK, from); q !== -1; q = buf.indexOf(COMPACT_MARK, q + 1)) {
    const comma = memberStart(buf, q, from);
    if (comma !== -1) return comma;
  }
  for (let q = buf.indexOf(ISTANBUL_SPLIT_MARK, from); q !== -1; q = buf.indexOf(ISTANBUL_SPLIT_MARK, q + 1)) {
    const comma = memberStart(buf, skipSpaceBack(buf, q - 1, from), from);
    if (comma !== -1) return comma;
  }
  return -1;
}

const COMPACT_MARK = '{"path":"';

/** The `,` before `"key":` in front of the `{` at `brace`, or -1 when that is not what is there. */
function memberStart(buf: Buffer, brace: number, from: number): number {
  if (buf[brace] !== 0x7b) return -1;
  const colon = skipSpaceBack(buf, brace - 1, from);
  if (buf[colon] !== 0x3a) return -1;
  const keyEnd = skipSpaceBack(buf, colon - 1, from);
  if (buf[keyEnd] !== 0x22) return -1;
  const keyStart = stringStartBack(buf, keyEnd, from);
  if (keyStart === -1) return -1;
  const comma = skipSpaceBack(buf, keyStart - 1, from);
  return buf[comma] === 0x2c && comma >= from ? comma : -1;
}

/** The offset just past the string that opens at `quote`, or -1 when it does not end in `buf`. */
function stringEnd(buf: Buffer, quote: number): number {
  let i = quote + 1;
  for (;;) {
    const end = buf.indexOf(0x22, i);
    if (end === -1) return -1;
    let backslashes = 0;
    while (buf[end - 1 - backslashes] === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return end + 1;
    i = end + 1;
  }
}

/** The opening quote of the string whose closing quote is at `close`, or -1. */
function stringStartBack(buf: Buffer, close: number, from: number): number {
  for (let i = buf.lastIndexOf(0x22, close - 1); i >= from; i = buf.lastIndexOf(0x22, i - 1)) {
    let backslashes = 0;
    while (i - 1 - backslashes >= from && buf[i - 1 - backslashes] === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return -1;
}

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

function skipSpace(buf: Buffer, from: number): number {
  let i = from;
  while (i < buf.length && isSpace(buf[i])) i++;
  return i;
}

function skipSpaceBack(buf: Buffer, from: number, limit: number): number {
  let i = from;
  while (i >= limit && isSpace(buf[i])) i--;
  return i;
}

function lastNonSpace(buf: Buffer): number {
  return skipSpaceBack(buf, buf.length - 1, 0);
}

const replacing = new TextDecoder('utf-8');

/** `JSON.parse` of the bytes [start, end), decoded as the streaming reader decodes them. */
function parseJson(buf: Buffer, start: number, end: number): unknown {
  const bytes = buf.subarray(start, end);
  const text = isAscii(bytes)
    ? buf.toString('latin1', start, end)
    : isUtf8(bytes)
      ? buf.toString('utf8', start, end)
      : replacing.decode(bytes);
  try {
    return JSON.parse(text);
  } catch {
    throw new SplitNotPossible();
  }
}

function branchesByLine(
  branchMap: Record<string, unknown>,
  b: Record<string, unknown>,
  fail: Fail,
): LineBranches[] {
  const byLine = new Map<number, LineBranches>();
  for (const [id, counts] of Object.entries(b)) {
    const meta = branchMap[id];
    if (!isRecord(meta)) continue;
    const line = branchLine(meta);
    if (line === undefined) fail(`has branch ${id} without a line`);
    if (!Array.isArray(counts)) fail(`has b["${id}"] that is not an array of counts`);
    let entry = byLine.get(line);
    if (!entry) {
      entry = { line: line, covered: 0, total: 0 };
      byLine.set(line, entry);
    }
    for (const count of counts as unknown[]) {
      entry.total++;
      if (hitCount(count, `b["${id}"]`, fail) > 0) entry.covered++;
    }
  }
  return [...byLine.values()];
}

function branchLine(meta: Record<string, unknown>): number | undefined {
  if (typeof meta.line === 'number' && meta.line > 0) return meta.line;
  const fromLoc = startLine(meta.loc);
  if (fromLoc !== undefined) return fromLoc;
  return Array.isArray(meta.locations) ? startLine(meta.locations[0]) : undefined;
}

/** `location.start.line`, when it is a non-negative integer. */
function startLine(location: unknown): number | undefined {
  if (!isRecord(location) || !isRecord(location.start)) return undefined;
  const line = location.start.line;
  return typeof line === 'number' && Number.isInteger(line) && line >= 0 ? line : undefined;
}

function hitCount(value: unknown, where: string, fail: Fail): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    return fail(`has ${where} = ${JSON.stringify(value)}, not a hit count`);
  }
  return value;
}

/**
 * Reads Istanbul's `coverage-summary.json` (`json-summary` reporter): `{"total": {...}, "<path>":
 * {"lines": {total, covered, skipped, pct}, "statements", "functions", "branches"}}`. It has no
 * line detail, so each file becomes a summary-only record (empty `lines`) that counts towards
 * totals but cannot take part in patch coverage. `"total"` is skipped.
 */
export const readIstanbulSummary: ReportReader = async (input, sink, reportName) => {
  await streamJsonEntries(
    input.text(),
    [],
    (key, value, where) => {
      if (key === 'total') return;
      const fail: Fail = (message) => {
        throw jsonShapeError(reportName, where(), `Istanbul summary entry "${key}" ${message}`);
      };
      if (!isRecord(value)) return fail('is not an object');
      const lines = summaryCount(value.lines);
      if (!lines) return fail('has no "lines" with numeric "total" and "covered"');
      if (value.branches === undefined) {
        writeRecord(sink, { path: key, lines: new Map(), summary: { lines } });
        return;
      }
      const branches = summaryCount(value.branches);
      if (!branches) return fail('has "branches" without numeric "total" and "covered"');
      writeRecord(sink, { path: key, lines: new Map(), summary: { lines, branches } });
    },
    reportName,
  );
};

function summaryCount(value: unknown): Count | undefined {
  if (!isRecord(value)) return undefined;
  const { covered, total } = value;
  if (!isCount(covered) || !isCount(total) || covered > total) return undefined;
  return { covered, total };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
