import { InputError } from './errors.js';

/** No line of a real report is this long; a longer one would only be buffered whole. */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/**
 * Splits a byte stream into lines without decoding it: the callback gets the buffer and the
 * line's byte range (no `\n`, no trailing `\r`), numbered from 1. Line-oriented report formats
 * parse their numbers straight from the bytes and decode only the few strings they keep.
 * A line longer than `MAX_LINE_BYTES` is an `InputError` naming `reportName`, not an
 * out-of-memory crash.
 */
export async function forEachByteLine(
  chunks: AsyncIterable<Uint8Array>,
  reportName: string,
  onLine: (buf: Uint8Array, start: number, end: number, lineNumber: number) => void,
): Promise<number> {
  let carry: Uint8Array | undefined;
  let lineNumber = 0;
  for await (const chunk of chunks) {
    let buf = chunk;
    if (carry) {
      buf = new Uint8Array(carry.length + chunk.length);
      buf.set(carry, 0);
      buf.set(chunk, carry.length);
      carry = undefined;
    }
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
      lineNumber++;
      onLine(buf, start, nl > start && buf[nl - 1] === 13 ? nl - 1 : nl, lineNumber);
      start = nl + 1;
    }
    if (start < buf.length) carry = buf.slice(start);
    if (carry && carry.length > MAX_LINE_BYTES) {
      throw new InputError(
        `${reportName}:${lineNumber + 1}: line longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB: not a coverage report`,
        { path: reportName, line: lineNumber + 1 },
        'Check that this is the report file the tests wrote.',
      );
    }
  }
  if (carry && carry.length > 0) {
    lineNumber++;
    const end = carry[carry.length - 1] === 13 ? carry.length - 1 : carry.length;
    onLine(carry, 0, end, lineNumber);
  }
  return lineNumber;
}

/** Decodes a byte range as UTF-8 (invalid sequences become U+FFFD). */
export function utf8Text(buf: Uint8Array, start: number, end: number): string {
  // Short ASCII runs (record names, numbers) are most of what is decoded: skip the decoder.
  if (end - start <= 64) {
    let ascii = true;
    for (let i = start; i < end; i++) {
      if ((buf[i] as number) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, buf.subarray(start, end) as unknown as number[]);
  }
  return decoder.decode(buf.subarray(start, end));
}

const decoder = new TextDecoder('utf-8');

/** A 1-based line and column; the column counts bytes from the start of the line. */
export interface LineColumn {
  line: number;
  column: number;
}

/**
 * Lines and columns of byte offsets in a stream, found by reading it again up to the largest
 * offset and counting newlines. Readers of large reports do not count lines while they read:
 * an error keeps its byte offset, and only then is the input read a second time for its line.
 */
export async function lineColumnAt(
  chunks: AsyncIterable<Uint8Array>,
  offsets: readonly number[],
): Promise<LineColumn[]> {
  const order = offsets.map((offset, index) => ({ offset, index })).sort((a, b) => a.offset - b.offset);
  const out: LineColumn[] = offsets.map(() => ({ line: 1, column: 1 }));
  let line = 1;
  let lineStart = 0;
  let base = 0;
  let next = 0;
  const settle = (limit: number) => {
    while (next < order.length && (order[next] as { offset: number }).offset <= limit) {
      const { offset, index } = order[next] as { offset: number; index: number };
      out[index] = { line, column: offset - lineStart + 1 };
      next++;
    }
  };
  for await (const chunk of chunks) {
    const end = base + chunk.length;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, nl + 1)) {
      settle(base + nl);
      if (next === order.length) break;
      line++;
      lineStart = base + nl + 1;
    }
    if (next === order.length) break;
    settle(end - 1);
    if (next === order.length) break;
    base = end;
  }
  settle(Number.POSITIVE_INFINITY);
  return out;
}

/**
 * An error whose message needs lines that are not known yet: it holds byte offsets and builds
 * the real error once `resolvePositions` has found their lines.
 */
export class PositionedError extends Error {
  constructor(
    readonly offsets: readonly number[],
    readonly build: (positions: LineColumn[]) => Error,
  ) {
    super('an input error whose position is not resolved yet');
  }
}

/**
 * Runs `read`; a `PositionedError` it throws becomes the error it describes, its positions
 * found by reading `input()` again.
 */
export async function resolvingPositions<T>(
  input: () => AsyncIterable<Uint8Array>,
  read: () => Promise<T>,
): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof PositionedError)) throw error;
    throw error.build(await lineColumnAt(input(), error.offsets));
  }
}
