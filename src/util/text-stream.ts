import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';

/** Chunk size for streaming reads: big enough to amortise per-chunk work, small enough to keep memory flat. */
export const CHUNK_SIZE = 1 << 20;

/**
 * Streams a file as UTF-8 text chunks (multi-byte characters are never split across chunks).
 * TextDecoder in streaming mode decodes about twice as fast as a stream's 'utf8' encoding.
 */
export async function* readTextChunks(path: string): AsyncIterable<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK_SIZE })) {
    yield decoder.decode(chunk as Buffer, { stream: true });
  }
  const tail = decoder.decode();
  if (tail !== '') yield tail;
}

/**
 * Streams a file as raw byte chunks; with `start`/`end`, only the bytes from `start` up to (not
 * including) `end`, for readers that take one part of a large file each.
 */
export function readByteChunks(
  path: string,
  range: { start?: number; end?: number } = {},
): AsyncIterable<Uint8Array> {
  const { start, end } = range;
  if (end !== undefined && end <= (start ?? 0)) return noChunks();
  return createReadStream(path, {
    highWaterMark: CHUNK_SIZE,
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end: end - 1 } : {}),
  });
}

async function* noChunks(): AsyncIterable<Uint8Array> {
  // Nothing to read: an empty range.
}

/** Turns a string (or strings) into the chunk stream readers take; for tests and small inputs. */
export function textChunks(...parts: string[]): AsyncIterable<string> {
  return (async function* () {
    for (const part of parts) yield await Promise.resolve(part);
  })();
}

/** Where bytes come from: a stream of chunks, or a file (or a range of one) read directly. */
export type ByteSource = AsyncIterable<Uint8Array> | FileRange;

/** The bytes [start, end) of a file (all of it without `start`/`end`). */
export interface FileRange {
  path: string;
  start?: number;
  end?: number;
}

/**
 * Takes the bytes in `view` (`view[0]` is byte `offset` of the input) and returns how many it
 * used; the rest comes back at the start of the next view, with more bytes after it. With
 * `final`, no more bytes will come.
 */
export type ByteConsumer = (view: Uint8Array, offset: number, final: boolean) => number;

/**
 * Feeds a source to a consumer that works on whole tokens (lines, tags) in a buffer. A file is
 * read through one buffer that is reused (what a token left unfinished moves to its front), so
 * a 500 MB report costs no allocation per chunk and no copy beyond the unfinished token. A
 * stream of chunks is joined chunk by chunk. `tooLong` is called (and must throw) when an
 * unfinished token would grow past `maxCarry` bytes.
 */
export async function consumeBytes(
  source: ByteSource,
  consume: ByteConsumer,
  maxCarry: number,
  tooLong: (offset: number) => never,
): Promise<void> {
  if (Symbol.asyncIterator in source) {
    await consumeChunks(source, consume, maxCarry, tooLong);
    return;
  }
  const start = source.start ?? 0;
  const handle = await open(source.path, 'r');
  try {
    const end = source.end ?? (await handle.stat()).size;
    // The next chunk is read into `spare` while the consumer works on `buf`: reading from the
    // page cache then costs a copy, not a wait.
    let position = start;
    let wanted = 0;
    const readNext = (): Promise<number> => {
      wanted = Math.min(CHUNK_SIZE, end - position);
      const at = position;
      position += wanted;
      return wanted > 0 ? readFully(handle, spare, wanted, at) : Promise.resolve(0);
    };
    const spare = new Uint8Array(CHUNK_SIZE);
    let buf = new Uint8Array(CHUNK_SIZE * 2);
    let carry = 0;
    let offset = start;
    let pending = readNext();
    for (;;) {
      const bytesRead = await pending;
      // A file shorter than it was is read to its end.
      const final = bytesRead < wanted || position >= end;
      if (carry + bytesRead > buf.length) {
        const grown = new Uint8Array(Math.max(buf.length * 2, carry + bytesRead));
        grown.set(buf.subarray(0, carry));
        buf = grown;
      }
      buf.set(spare.subarray(0, bytesRead), carry);
      if (!final) pending = readNext();
      const length = carry + bytesRead;
      const used = consume(buf.subarray(0, length), offset, final);
      if (final) return;
      buf.copyWithin(0, used, length);
      carry = length - used;
      offset += used;
      if (carry > maxCarry) tooLong(offset);
    }
  } finally {
    await handle.close();
  }
}

/** Reads `length` bytes at `position` into the start of `into`, unless the file ends first. */
async function readFully(
  handle: Awaited<ReturnType<typeof open>>,
  into: Uint8Array,
  length: number,
  position: number,
): Promise<number> {
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(into, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done;
}

async function consumeChunks(
  chunks: AsyncIterable<Uint8Array>,
  consume: ByteConsumer,
  maxCarry: number,
  tooLong: (offset: number) => never,
): Promise<void> {
  let carry: Uint8Array | undefined;
  let offset = 0;
  for await (const data of chunks) {
    let view = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (carry) {
      const joined = new Uint8Array(carry.length + view.length);
      joined.set(carry, 0);
      joined.set(view, carry.length);
      view = joined;
    }
    const used = consume(view, offset, false);
    carry = used < view.length ? view.slice(used) : undefined;
    offset += used;
    if (carry && carry.length > maxCarry) tooLong(offset);
  }
  consume(carry ?? new Uint8Array(0), offset, true);
}
