import { open } from 'node:fs/promises';
import type { ReportFormat } from './model.js';
import { COBERTURA_SPLIT_MARK } from './readers/cobertura.js';
import { ISTANBUL_SPLIT_MARK, nextEntry } from './readers/istanbul.js';
import { LCOV_SPLIT_MARK } from './readers/lcov.js';

/** Formats whose large reports can be read in parts by several threads. */
export type SplittableFormat = 'cobertura' | 'lcov' | 'istanbul-final';

export function isSplittable(format: ReportFormat): format is SplittableFormat {
  return format === 'cobertura' || format === 'lcov' || format === 'istanbul-final';
}

/**
 * How many times `Parallelism.splitBytes` a report of each format must weigh before it is split.
 * Splitting pays when the parse it shares out outweighs starting workers and joining parts, and
 * formats parse at different speeds: Cobertura's `<line>` fast path reads about 300 MB per
 * CPU-second, Istanbul's `JSON.parse` of every entry about 70. Measured on 2 CPUs
 * (BENCHMARKS.md): a 98 MB Cobertura report read on one thread took 0.94 of the split read's wall
 * time and 0.77 of its CPU, a 488 MB one 1.3 times the wall time; a 179 MB Istanbul file 1.6 times.
 */
export const SPLIT_FACTOR: Readonly<Record<SplittableFormat, number>> = {
  cobertura: 4,
  lcov: 1,
  'istanbul-final': 1,
};

/** How far past a target offset a split point is looked for. */
const WINDOW = 1 << 20;
const MAX_LOOK = 16 << 20;

/**
 * Byte offsets where a report of `size` bytes can be cut into about `parts` parts of similar
 * size, ascending, without 0 or `size`: each is a place where the format's reader can start
 * (see `COBERTURA_SPLIT_MARK`, `LCOV_SPLIT_MARK`, `ISTANBUL_SPLIT_MARK`). They are guesses
 * that are checked when the parts are joined; fewer (or none) come back when no mark is found
 * near a target.
 */
export async function splitPoints(
  file: string,
  format: SplittableFormat,
  size: number,
  parts: number,
): Promise<number[]> {
  const handle = await open(file, 'r');
  try {
    const points: number[] = [];
    for (let k = 1; k < parts; k++) {
      const target = Math.max(Math.floor((size * k) / parts), (points[points.length - 1] ?? 0) + 1);
      const point = await findMark(handle, format, target, size);
      if (point !== undefined && point > (points[points.length - 1] ?? 0) && point < size) points.push(point);
    }
    return points;
  } finally {
    await handle.close();
  }
}

async function findMark(
  handle: Awaited<ReturnType<typeof open>>,
  format: SplittableFormat,
  target: number,
  size: number,
): Promise<number | undefined> {
  // Windows overlap by a little, so a mark cut by a window's end is found in the next.
  const overlap = 4096;
  for (let at = target; at < size && at - target < MAX_LOOK; at += WINDOW - overlap) {
    const buf = Buffer.alloc(Math.min(WINDOW, size - at));
    const { bytesRead } = await handle.read(buf, 0, buf.length, at);
    const found = markIn(buf.subarray(0, bytesRead), format);
    if (found !== -1) return at + found;
  }
  return undefined;
}

/** The first split point in `buf`, relative to it, or -1. */
export function markIn(buf: Buffer, format: SplittableFormat): number {
  switch (format) {
    case 'cobertura':
      return buf.indexOf(COBERTURA_SPLIT_MARK);
    case 'lcov':
      for (let i = buf.indexOf(LCOV_SPLIT_MARK); i !== -1; i = buf.indexOf(LCOV_SPLIT_MARK, i + 1)) {
        const after = i + LCOV_SPLIT_MARK.length;
        if (buf[after] === 0x0a) return after + 1;
        if (buf[after] === 0x0d && buf[after + 1] === 0x0a) return after + 2;
      }
      return -1;
    case 'istanbul-final': {
      const first = buf.indexOf(ISTANBUL_SPLIT_MARK);
      return first === -1 ? -1 : nextEntry(buf, 0);
    }
  }
}
