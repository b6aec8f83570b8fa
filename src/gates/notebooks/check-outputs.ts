import type { Draft } from './findings.js';
import { where } from './findings.js';
import type { CellModel, NotebookModel } from './notebook-model.js';
import type { OutputsPolicy } from './settings.js';

/** Cell metadata nbstripout removes by default: run timings and UI state that change each run. */
const RUN_METADATA = ['execution', 'ExecuteTime', 'collapsed', 'scrolled', 'heading_collapsed', 'hidden'];

/** Cells listed in a message before "and N more". */
const LISTED = 8;

/** Judges a notebook's outputs against its path's policy. */
export function checkOutputs(model: NotebookModel, path: string, policy: OutputsPolicy): Draft[] {
  if (policy === 'stripped') return checkStripped(model, path);
  if (policy === 'executed') return checkExecuted(model, path);
  return [];
}

/**
 * `stripped`: what `nbstripout` leaves. No outputs and no execution counts in code cells, and
 * none of the cell metadata it removes (run timings, view state). Outputs nbstripout itself
 * keeps (a cell tagged or marked `keep_output`, or a notebook with `metadata.keep_output`) are
 * allowed. One finding per notebook, at the first cell that nbstripout would change.
 */
function checkStripped(model: NotebookModel, path: string): Draft[] {
  const keepAll = model.metadata.keep_output === true;
  const withOutputs: CellModel[] = [];
  const withCounts: CellModel[] = [];
  const withRunMetadata: CellModel[] = [];
  for (const cell of model.cells) {
    if (cell.type === 'code' && cell.outputs.length > 0 && !keepAll && !keepsOutput(cell))
      withOutputs.push(cell);
    const counted =
      typeof cell.executionCount === 'number' ||
      cell.outputs.some((o) => typeof o.executionCount === 'number');
    if (cell.type === 'code' && counted) withCounts.push(cell);
    if (RUN_METADATA.some((key) => key in cell.metadata)) withRunMetadata.push(cell);
  }
  if (withOutputs.length + withCounts.length + withRunMetadata.length === 0) return [];
  const parts = [
    withOutputs.length > 0 ? `outputs in ${cellList(withOutputs)}` : '',
    withCounts.length > 0 ? `execution counts in ${cellList(withCounts)}` : '',
    withRunMetadata.length > 0
      ? `cell metadata nbstripout removes (${runKeys(withRunMetadata)}) in ${cellList(withRunMetadata)}`
      : '',
  ].filter((p) => p !== '');
  const first = [...withOutputs, ...withCounts, ...withRunMetadata].sort((a, b) => a.index - b.index)[0];
  return [
    {
      rule: 'outputs-not-stripped',
      line: first ? firstLine(first, withOutputs.includes(first)) : undefined,
      message: `This notebook must be stripped but keeps ${parts.join('; ')}.`,
      fix: `Run \`nbstripout ${shellQuote(path)}\` and commit the result; \`nbstripout --install\` in the clone strips notebooks on every commit from then on.`,
    },
  ];
}

/** nbstripout keeps a cell's outputs when its metadata or tags say `keep_output` (or `init_cell`). */
function keepsOutput(cell: CellModel): boolean {
  const tags = Array.isArray(cell.metadata.tags) ? cell.metadata.tags : [];
  return (
    cell.metadata.keep_output === true || cell.metadata.init_cell === true || tags.includes('keep_output')
  );
}

/**
 * `executed`: outputs from one top-to-bottom run in a fresh kernel. Non-empty code cells carry
 * execution counts 1, 2, 3 … in cell order, none is skipped before a later executed one, and no
 * output is an error. Empty code cells without a count are exempt: JupyterLab does not execute
 * them. Cells after the last executed one may stay unexecuted (a cell added after the run).
 */
function checkExecuted(model: NotebookModel, path: string): Draft[] {
  // An empty cell that was run anyway (it has a count) takes its place in the sequence.
  const code = model.cells.filter(
    (c) =>
      c.type === 'code' && ((c.source?.text.trim() ?? '') !== '' || typeof c.executionCount === 'number'),
  );
  const drafts: Draft[] = [];
  const executed = code.filter((c) => typeof c.executionCount === 'number');
  if (code.length > 0 && executed.length === 0) {
    const first = code[0];
    drafts.push({
      rule: 'not-executed',
      line: first?.line,
      message: `This notebook must keep the outputs of a full run, but none of its ${code.length} code cell(s) was executed.`,
      fix: `Restart the kernel and run all cells (or \`jupyter nbconvert --to notebook --execute --inplace ${shellQuote(path)}\`), then commit.`,
    });
  }
  const order = orderProblem(code);
  if (order) drafts.push(order);
  for (const cell of model.cells) {
    for (const output of cell.outputs) {
      if (output.type !== 'error') continue;
      drafts.push({
        rule: 'error-output',
        line: output.span.line,
        message: `${where(cell.index)} ended in an error${output.errorName ? ` (${output.errorName})` : ''}; a committed run must complete.`,
        fix: 'Fix the cell (or remove it), restart the kernel, run all cells and commit the clean run.',
      });
    }
  }
  return drafts;
}

/** The first break in the 1, 2, 3 … sequence, as one finding naming the sequence. */
function orderProblem(code: CellModel[]): Draft | undefined {
  let expected = 1;
  let lastExecuted = -1;
  code.forEach((c, i) => {
    if (typeof c.executionCount === 'number') lastExecuted = i;
  });
  for (let i = 0; i <= lastExecuted; i++) {
    const cell = code[i];
    if (!cell) continue;
    const count = cell.executionCount;
    if (count === expected) {
      expected++;
      continue;
    }
    const sequence = code
      .slice(0, lastExecuted + 1)
      .map((c) => (typeof c.executionCount === 'number' ? String(c.executionCount) : '-'))
      .join(', ');
    const what =
      typeof count === 'number'
        ? `has execution count ${count} where a top-to-bottom run gives ${expected}`
        : 'was not executed, but a later cell was';
    return {
      rule: 'out-of-order',
      line: cell.executionCountLine,
      message: `${where(cell.index)} ${what}: the code cells' counts are [${sequence}], not 1, 2, 3 … in order.`,
      fix: 'Restart the kernel and run all cells from the top (Kernel → Restart & Run All), then commit.',
    };
  }
  return undefined;
}

/** The line a stripped-policy finding points at: the outputs, else the cell. */
function firstLine(cell: CellModel, hasOutputs: boolean): number {
  if (hasOutputs) return cell.outputsLine;
  return typeof cell.executionCount === 'number' ? cell.executionCountLine : cell.line;
}

function cellList(cells: CellModel[]): string {
  const names = cells.slice(0, LISTED).map((c) => String(c.index + 1));
  const more = cells.length > LISTED ? ` and ${cells.length - LISTED} more` : '';
  return `cell${cells.length === 1 ? '' : 's'} ${names.join(', ')}${more}`;
}

function runKeys(cells: CellModel[]): string {
  const keys = new Set<string>();
  for (const cell of cells) for (const key of RUN_METADATA) if (key in cell.metadata) keys.add(key);
  return [...keys].join(', ');
}

/** Quotes a path for a shell command only when it needs it. */
export function shellQuote(path: string): string {
  return /^[\w./@+-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}
