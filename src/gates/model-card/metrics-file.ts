import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../../util/errors.js';
import { parseYaml } from '../../util/yaml.js';
import { assertReadable } from '../../util/safe-path.js';

/** Largest metrics file read: evaluation outputs are small; anything bigger is not one. */
const MAX_METRICS_BYTES = 10 * 1024 * 1024;

/**
 * Reads the evaluation output a pipeline wrote: a JSON or YAML mapping (DVC `metrics.json`,
 * an MLflow-style `{"metrics": {...}}` export, ...). Numeric leaves become dotted keys
 * (`test.accuracy`); everything else is ignored. Undefined when the file does not exist.
 */
export async function readMetricsFile(cwd: string, path: string): Promise<Map<string, number> | undefined> {
  const abs = resolve(cwd, path);
  await assertReadable(cwd, path);
  let size: number;
  try {
    size = (await stat(abs)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new InputError(
      `cannot read the metrics file ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      { path },
    );
  }
  if (size > MAX_METRICS_BYTES) {
    throw new InputError(
      `the metrics file ${path} is ${size} bytes, more than ${MAX_METRICS_BYTES}; it is not an evaluation summary`,
      { path },
      'Point model-card.metrics.file at the summary the evaluation writes (e.g. metrics.json).',
    );
  }
  const doc = parseYaml(await readFile(abs, 'utf8'), path);
  const value = doc.value;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InputError(
      `the metrics file ${path} is not a mapping of metric names to numbers`,
      { path, line: 1 },
      'Write the metrics as {"accuracy": 0.91, ...} (JSON) or accuracy: 0.91 (YAML).',
    );
  }
  const out = new Map<string, number>();
  flatten(value as Record<string, unknown>, '', out);
  // MLflow-style exports nest everything under "metrics"; the card names the bare metric.
  return new Map([...out].map(([k, v]) => [k.startsWith('metrics.') ? k.slice(8) : k, v]));
}

function flatten(node: Record<string, unknown>, prefix: string, out: Map<string, number>): void {
  for (const [key, value] of Object.entries(node)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'number' && Number.isFinite(value)) out.set(name, value);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      flatten(value as Record<string, unknown>, name, out);
    }
  }
}
