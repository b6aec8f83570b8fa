import type { EvaluationModel, ModelDir } from './findings.js';
import { readHead } from './read.js';
import { dirOf, nameOf } from './scan.js';

const PREDICTIONS = /predictions?.*\.(csv|tsv|jsonl|ndjson|parquet)$/i;
/** A sibling predictions file of the model in production: the baseline to compare with. */
const BASELINE = /champion|baseline|production|prod[-_.]|reference|incumbent/i;
const METRICS = ['metrics.json', 'metrics.yaml', 'metrics.yml', 'eval.json', 'evaluation.json'];
const GENERIC_DIRS = new Set([
  '',
  'eval',
  'evals',
  'evaluation',
  'evaluations',
  'predictions',
  'reports',
  'outputs',
  'results',
]);
const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

const LABELS = ['label', 'target', 'y', 'y_true', 'actual', 'truth'];
const SCORES = ['score', 'probability', 'proba', 'prob', 'y_score', 'p1'];
const PREDICTED = ['prediction', 'predicted', 'y_pred', 'pred'];

/** The header and first rows of a CSV/TSV/JSON Lines file (no Parquet: its header is in the footer). */
async function sample(
  root: string,
  path: string,
): Promise<{ columns: string[]; rows: string[][] } | undefined> {
  const head = await readHead(root, path, 16 * 1024);
  if (head === undefined) return undefined;
  const lines = head.split(/\r?\n/).slice(0, 51);
  if (/\.(jsonl|ndjson)$/i.test(path)) {
    try {
      const records = lines
        .slice(0, -1)
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as Record<string, unknown>);
      const columns = Object.keys(records[0] ?? {});
      return { columns, rows: records.map((r) => columns.map((c) => String(r[c]))) };
    } catch {
      return undefined;
    }
  }
  if (/\.parquet$/i.test(path)) return undefined;
  const separator = /\.tsv$/i.test(path) ? '\t' : ',';
  const split = (line: string) => line.split(separator).map((c) => c.trim().replace(/^"(.*)"$/, '$1'));
  return {
    columns: split(lines[0] ?? ''),
    rows: lines
      .slice(1, -1)
      .filter((l) => l !== '')
      .map(split),
  };
}

/** The task and the columns to name, read from the predictions file's header and first rows. */
async function taskOf(
  root: string,
  path: string,
): Promise<Pick<EvaluationModel, 'task' | 'columns' | 'unsure'>> {
  const table = await sample(root, path);
  if (!table) return { columns: {}, unsure: 'its columns could not be read (Parquet, or not a table)' };
  const find = (names: string[]) => table.columns.find((c) => names.includes(c.toLowerCase()));
  const label = find(LABELS);
  const score = find(SCORES);
  const prediction = find(PREDICTED);
  const id = find(['id', 'row_id', 'example_id']);
  const columns = {
    ...(label !== undefined && label !== 'label' ? { label } : {}),
    ...(id !== undefined ? { id } : {}),
  };
  if (label === undefined) return { columns, unsure: `no label column (${LABELS.join(', ')})` };
  if (score !== undefined) {
    return {
      task: 'binary-classification',
      columns: { ...columns, ...(score !== 'score' ? { score } : {}) },
    };
  }
  const at = table.columns.indexOf(label);
  const values = table.rows.map((r) => r[at] ?? '');
  if (prediction !== undefined && values.length > 0 && values.some((v) => /^-?\d*\.\d+(e-?\d+)?$/i.test(v))) {
    return {
      task: 'regression',
      columns: { ...columns, ...(prediction !== 'prediction' ? { prediction } : {}) },
    };
  }
  return { columns, unsure: 'set task (binary-classification, multiclass-classification or regression)' };
}

/**
 * One model-evaluation entry per predictions file: the model's name (its folder, else the file's
 * name), the task and columns from the header, a metrics file beside it, and a sibling champion
 * file as the baseline.
 */
export async function detectEvaluation(
  root: string,
  files: readonly string[],
  models: readonly ModelDir[],
): Promise<EvaluationModel[] | undefined> {
  const candidates = files.filter((f) => PREDICTIONS.test(nameOf(f)) && !BASELINE.test(nameOf(f)));
  const out: EvaluationModel[] = [];
  for (const predictions of candidates) {
    const dir = dirOf(predictions);
    const folder = nameOf(dir);
    const fromFile = nameOf(predictions)
      .replace(/\.[^.]+$/, '')
      .replace(/[-_.]?predictions?[-_.]?/i, '');
    const name = !GENERIC_DIRS.has(folder) ? folder : fromFile || 'model';
    if (!MODEL_NAME.test(name) || out.some((m) => m.name === name)) continue;
    const siblings = files.filter((f) => dirOf(f) === dir);
    const metricsFile = METRICS.map((m) => (dir === '' ? m : `${dir}/${m}`)).find((m) =>
      siblings.includes(m),
    );
    const baselinePredictions = siblings.find((f) => PREDICTIONS.test(nameOf(f)) && BASELINE.test(nameOf(f)));
    const path = models.find((m) => nameOf(m.dir) === name)?.dir;
    out.push({
      name,
      predictions,
      metricsFile,
      baselinePredictions,
      path,
      ...(await taskOf(root, predictions)),
    });
  }
  return out.length > 0 ? out : undefined;
}
