import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../../../util/errors.js';
import { assertReadable } from '../../../util/safe-path.js';

/** Chunk size of streamed reads: large enough to amortise per-chunk work, small enough to stay flat. */
export const CHUNK_BYTES = 1 << 20;

/**
 * A file the gate reads: on disk (the checkout), or the text of a file at another commit
 * (`git show`). `path` is what findings show: repository-relative, or `<commit>:<path>`.
 */
export type Source =
  { kind: 'file'; path: string; abs: string; size: number } | { kind: 'text'; path: string; text: string };

/** A file on disk, checked against a size bound; undefined when it does not exist. */
export async function fileSource(cwd: string, path: string, maxBytes: number): Promise<Source | undefined> {
  const abs = resolve(cwd, path);
  // The pull request controls the tree: a link out of the checkout or into .git is not read.
  await assertReadable(cwd, path);
  let size: number;
  try {
    const s = await stat(abs);
    if (s.isDirectory()) {
      throw new InputError(
        `${path} is a directory, not a file`,
        { path },
        'Point the setting at the file itself.',
      );
    }
    size = s.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, {
      path,
    });
  }
  if (size > maxBytes) throw tooLarge(path, size, maxBytes);
  return { kind: 'file', path, abs, size };
}

/** The error for a file over its bound. */
export function tooLarge(path: string, size: number, maxBytes: number): InputError {
  return new InputError(
    `${path} is ${size} bytes, more than the ${formatBytes(maxBytes)} the gate reads for this kind of file`,
    { path },
    'Point the setting at the right file, or write a smaller evaluation set (a sample of the hold-out set).',
  );
}

function formatBytes(bytes: number): string {
  return bytes >= 1 << 30 ? `${bytes / (1 << 30)} GiB` : `${bytes / (1 << 20)} MiB`;
}

/** The source's bytes as a stream of chunks. */
export async function* byteChunks(source: Source): AsyncIterable<Uint8Array> {
  if (source.kind === 'text') {
    const bytes = Buffer.from(source.text, 'utf8');
    for (let at = 0; at < bytes.length; at += CHUNK_BYTES) yield bytes.subarray(at, at + CHUNK_BYTES);
    return;
  }
  for await (const chunk of createReadStream(source.abs, { highWaterMark: CHUNK_BYTES }))
    yield chunk as Buffer;
}

/** The whole source as text (small files: metrics, benchmarks). */
export async function sourceText(source: Source): Promise<string> {
  if (source.kind === 'text') return source.text;
  const parts: Uint8Array[] = [];
  for await (const chunk of byteChunks(source)) parts.push(chunk);
  return Buffer.concat(parts).toString('utf8');
}
