import type { Stats } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { formatBytes } from './check-weight.js';
import type { Draft } from './findings.js';

/** A notebook's text, or why it was not read. */
export type ReadResult =
  { ok: true; text: string; bytes: number } | { ok: false; draft: Draft; bytes?: number };

/** How far to look for a NUL byte, which no JSON text holds. */
const SNIFF_BYTES = 8192;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a notebook without trusting it. The real path (links resolved) must stay inside the
 * repository and out of `.git`; it must be a regular file (a FIFO would block forever); a file
 * over `maxBytes` is refused from its size alone, before any byte is read, and at most
 * `maxBytes + 1` bytes are ever read (the file may grow); the bytes must be UTF-8 text. Each
 * refusal is a finding that names the path and quotes nothing of the file or the link target.
 */
export async function readNotebook(
  realRoot: string,
  cwd: string,
  path: string,
  maxBytes: number,
): Promise<ReadResult> {
  const absolute = resolve(cwd, path);
  let real: string;
  let linked: boolean;
  let info: Stats;
  try {
    linked = (await lstat(absolute)).isSymbolicLink();
    real = await realpath(absolute);
    info = await stat(real);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    return refuse(
      'unsafe-path',
      `${path} cannot be opened (${code}${code === 'ENOENT' ? ': a link to a missing file?' : ''}).`,
    );
  }
  const inside = relative(realRoot, real);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('.git')) {
    const where = inside.split(sep).includes('.git') ? 'into the .git folder' : 'outside the repository';
    return refuse(
      'unsafe-path',
      `${path} ${linked ? 'is a symbolic link that points' : 'resolves'} ${where}; it was not read.`,
      'Replace the link with the notebook itself, or exclude the path (notebooks.exclude).',
    );
  }
  if (!info.isFile()) {
    return refuse(
      'unsafe-path',
      `${path} is not a regular file; it was not read.`,
      'Exclude the path (notebooks.exclude).',
    );
  }
  if (info.size > maxBytes) return tooLarge(path, info.size, maxBytes);
  const bytes = await readAtMost(real, maxBytes + 1);
  if (bytes.length > maxBytes) return tooLarge(path, bytes.length, maxBytes);
  if (bytes.subarray(0, SNIFF_BYTES).includes(0))
    return notText(path, bytes.length, 'it holds NUL bytes (binary data)');
  try {
    return { ok: true, text: UTF8.decode(bytes), bytes: bytes.length };
  } catch {
    return notText(path, bytes.length, 'it is not valid UTF-8');
  }
}

/** Reads up to `limit` bytes of a file. */
async function readAtMost(path: string, limit: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < limit) {
      const chunk = Buffer.allocUnsafe(Math.min(limit - total, 1 << 20));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

function tooLarge(path: string, bytes: number, maxBytes: number): ReadResult {
  return {
    ok: false,
    bytes,
    draft: {
      rule: 'too-large',
      message: `${path} is ${formatBytes(bytes)}, over the ${formatBytes(maxBytes)} read limit: it was not read, so nothing else was checked.`,
      fix: 'Strip its outputs (nbstripout) or move the data it embeds to files tracked with Git LFS or DVC; notebooks.max-read-mib raises the limit.',
    },
  };
}

function notText(path: string, bytes: number, why: string): ReadResult {
  return {
    ok: false,
    bytes,
    draft: {
      rule: 'invalid',
      line: 1,
      message: `${path} is not a notebook: ${why}.`,
      fix: 'Commit the real notebook (a UTF-8 JSON file), or exclude the path if it is not one.',
    },
  };
}

function refuse(
  rule: Draft['rule'],
  message: string,
  fix = 'Check the path, or exclude it (notebooks.exclude).',
): ReadResult {
  return { ok: false, draft: { rule, message, fix } };
}
