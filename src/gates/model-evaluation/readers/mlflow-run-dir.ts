import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../../../util/errors.js';
import { assertInsideRepository } from '../../../util/safe-path.js';
import {
  MAX_METRIC_KEYS,
  MAX_SMALL_FILE_BYTES,
  type ReportedMetrics,
  type ReportedValue,
} from './reported-metrics.js';

/** Metric names may hold `/`, which MLflow stores as subdirectories; deeper trees are not metrics. */
const MAX_DEPTH = 8;

/**
 * An MLflow run's `metrics/` directory as the file store writes it (`mlruns/<exp>/<run>/metrics`,
 * or the run directory itself): one file per metric, one line `timestamp value [step]` per
 * logged value. The metric's value is the one MLflow itself reports as latest —
 * `max(lines, key=(step, timestamp, value))` (mlflow/store/tracking/file_store.py,
 * `_get_metric_from_file`).
 */
export async function readMlflowRunDir(cwd: string, path: string): Promise<ReportedMetrics | undefined> {
  let dir = resolve(cwd, path);
  await assertInsideRepository(cwd, path);
  try {
    if (!(await stat(dir)).isDirectory()) {
      throw new InputError(
        `${path}: an MLflow run is a directory, not a file`,
        { path },
        'Point metrics-file at the run directory or its metrics/ folder.',
      );
    }
    const sub = join(dir, 'metrics');
    if ((await stat(sub).catch(() => undefined))?.isDirectory()) dir = sub;
  } catch (error) {
    if (error instanceof InputError) throw error;
    return undefined;
  }
  const values = new Map<string, ReportedValue>();
  await walk(dir, '', 0, values, path);
  return { path, values, format: 'MLflow run' };
}

async function walk(
  dir: string,
  prefix: string,
  depth: number,
  values: Map<string, ReportedValue>,
  display: string,
): Promise<void> {
  if (depth > MAX_DEPTH) return;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name;
    const abs = join(dir, entry.name);
    if (entry.isDirectory()) await walk(abs, name, depth + 1, values, display);
    else if (entry.isFile()) {
      if (values.size >= MAX_METRIC_KEYS) {
        throw new InputError(
          `${display}: more than ${MAX_METRIC_KEYS} metric files`,
          { path: display },
          'Point metrics-file at one run.',
        );
      }
      const { size } = await stat(abs);
      if (size > MAX_SMALL_FILE_BYTES) continue;
      const latest = latestValue(await readFile(abs, 'utf8'), `${display}/${name}`);
      if (latest !== undefined) values.set(name, { value: latest });
    }
  }
}

/** The value of the line with the largest (step, timestamp, value), as MLflow picks it. */
export function latestValue(text: string, path: string): number | undefined {
  let best: [number, number, number] | undefined;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const parts = line.split(/\s+/);
    const [timestamp, value, step] = [
      Number(parts[0]),
      Number(parts[1]),
      parts.length > 2 ? Number(parts[2]) : 0,
    ];
    if (parts.length < 2 || parts.length > 3 || ![timestamp, value, step].every(Number.isFinite)) {
      throw new InputError(
        `${path}:${i + 1}: not an MLflow metric line ("timestamp value step")`,
        { path, line: i + 1 },
        'Point metrics-file at an MLflow run directory (mlruns/<experiment>/<run>).',
      );
    }
    const key: [number, number, number] = [step, timestamp, value];
    if (!best || compare(key, best) > 0) best = key;
  });
  return best?.[2];
}

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return 0;
}
