import { lstat, open, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The first `bytes` bytes of a repository file as text (a format sniff or a header row), or
 * undefined when it cannot be read. Files come from the scan, which never follows links.
 */
export async function readHead(root: string, path: string, bytes = 4096): Promise<string | undefined> {
  try {
    const handle = await open(join(root, path), 'r');
    try {
      const buffer = Buffer.alloc(bytes);
      const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
      return buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/** A whole small file as text (YAML, JSON, a notebook), or undefined when missing or larger than `max`. */
export async function readSmall(
  root: string,
  path: string,
  max = 4 * 1024 * 1024,
): Promise<string | undefined> {
  try {
    const stat = await lstat(join(root, path));
    return stat.isFile() && stat.size <= max ? await readFile(join(root, path), 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

/** Parsed JSON of a small file, or undefined. */
export async function readJson(root: string, path: string, max?: number): Promise<unknown> {
  const text = await readSmall(root, path, max);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
