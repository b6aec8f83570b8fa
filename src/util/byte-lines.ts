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
  return decoder.decode(buf.subarray(start, end));
}

const decoder = new TextDecoder('utf-8');
