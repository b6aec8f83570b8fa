import type { NotebookFindings, NotebookState } from './findings.js';
import { readJson } from './read.js';
import { dirOf } from './scan.js';

/** Notebooks read to learn the repository's habit (stripped or executed); the rest only counted. */
const MAX_READ = 200;

interface Cell {
  cell_type?: unknown;
  execution_count?: unknown;
  outputs?: unknown;
}

/** stripped: no outputs, no counts; executed: counts 1, 2, 3 ... in cell order and no error output. */
export function notebookState(json: unknown): NotebookState {
  const cells = (json as { cells?: unknown } | undefined)?.cells;
  if (!Array.isArray(cells)) return 'unreadable';
  const code = (cells as Cell[]).filter((c) => c.cell_type === 'code');
  const outputs = (c: Cell) =>
    Array.isArray(c.outputs) ? (c.outputs as Array<{ output_type?: unknown }>) : [];
  if (code.every((c) => c.execution_count === null && outputs(c).length === 0)) return 'stripped';
  const inOrder = code.every((c, i) => c.execution_count === i + 1);
  const errors = code.some((c) => outputs(c).some((o) => o.output_type === 'error'));
  return inOrder && !errors ? 'executed' : 'out-of-order';
}

/**
 * The notebooks and the output policy they already follow: stripped everywhere, executed
 * everywhere, or executed in the folders where every notebook is a clean top-to-bottom run.
 */
export async function detectNotebooks(
  root: string,
  files: readonly string[],
): Promise<NotebookFindings | undefined> {
  const paths = files.filter((f) => f.endsWith('.ipynb'));
  if (paths.length === 0) return undefined;
  const notebooks = await Promise.all(
    paths.map(async (path, i) => ({
      path,
      state:
        i < MAX_READ ? notebookState(await readJson(root, path, 8 * 1024 * 1024)) : ('unreadable' as const),
    })),
  );
  const top = new Set(paths.map((p) => p.split('/')[0] ?? ''));
  const only = top.size === 1 && paths.every((p) => p.includes('/')) ? [...top][0] : undefined;
  const executed = notebooks.filter((n) => n.state === 'executed');
  if (executed.length === notebooks.length) {
    return { notebooks, paths: only && `${only}/**/*.ipynb`, outputs: 'executed', executedDirs: [] };
  }
  const dirs = [...new Set(executed.map((n) => dirOf(n.path)))].filter(
    (d) => d !== '' && notebooks.every((n) => !(n.path.startsWith(`${d}/`) && n.state !== 'executed')),
  );
  return { notebooks, paths: only && `${only}/**/*.ipynb`, outputs: 'stripped', executedDirs: dirs.sort() };
}
