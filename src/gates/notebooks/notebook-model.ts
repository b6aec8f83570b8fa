import type { JsonSpan, LocatedJson } from './located-json.js';
import { type TextField, textFieldAt } from './text-field.js';

/** Output MIME types whose value is text worth scanning for leaks (not base64 images). */
const TEXT_MIME =
  /^(?:text\/|application\/(?:json|javascript|x-javascript|vnd\.[\w.+-]*json)|image\/svg\+xml)/;

/** One output of a code cell. */
export interface OutputModel {
  /** 0-based position in the cell's outputs. */
  index: number;
  /** `stream`, `display_data`, `execute_result`, `error`, or whatever the file says. */
  type: string;
  /** For messages: `image/png, text/plain`, `stream stdout`, `error`. */
  label: string;
  /** Where the output is in the file (its size is `end - start` characters). */
  span: JsonSpan;
  /** Texts to scan: stream text, textual MIME data, traceback. */
  texts: Array<{ label: string; field: TextField }>;
  /** `ename` of an error output. */
  errorName?: string;
  /** `execution_count` of an `execute_result` (nbstripout nulls it). */
  executionCount?: unknown;
}

/** One cell. */
export interface CellModel {
  /** 0-based position in `cells`; messages show it 1-based. */
  index: number;
  type: string;
  /** The line of the cell's opening brace. */
  line: number;
  source?: TextField;
  /** The raw value (a number, null, or absent: undefined). */
  executionCount: unknown;
  hasExecutionCount: boolean;
  outputs: OutputModel[];
  /** The line of `outputs` (or the cell's line). */
  outputsLine: number;
  /** The line of `execution_count` (or the cell's line). */
  executionCountLine: number;
  metadata: Record<string, unknown>;
  /** Span of the `attachments` object of a markdown cell (embedded images), when present. */
  attachments?: JsonSpan;
}

/** The parts of a notebook the checks read, with their lines. */
export interface NotebookModel {
  doc: LocatedJson;
  nbformat: unknown;
  nbformatMinor: unknown;
  metadata: Record<string, unknown>;
  metadataLine: number;
  cells: CellModel[];
}

/**
 * A tolerant view of a parsed notebook: values of the wrong type are skipped (the schema check
 * reports them), so a damaged notebook still gets its other checks.
 */
export function notebookModel(doc: LocatedJson): NotebookModel {
  const root = asRecord(doc.value) ?? {};
  const cells = Array.isArray(root.cells) ? root.cells : [];
  return {
    doc,
    nbformat: root.nbformat,
    nbformatMinor: root.nbformat_minor,
    metadata: asRecord(root.metadata) ?? {},
    metadataLine: doc.lineOf(root, 'metadata', 1),
    cells: cells.flatMap((cell: unknown, index) => {
      const record = asRecord(cell);
      return record ? [cellModel(doc, cells, record, index)] : [];
    }),
  };
}

function cellModel(
  doc: LocatedJson,
  cells: unknown[],
  cell: Record<string, unknown>,
  index: number,
): CellModel {
  const line = doc.lineOf(cells, index, 1);
  const outputs = Array.isArray(cell.outputs) ? cell.outputs : [];
  const attachments = doc.spanOf(cell, 'attachments');
  const source = textFieldAt(doc, cell, 'source');
  return {
    index,
    type: typeof cell.cell_type === 'string' ? cell.cell_type : '',
    line,
    ...(source ? { source } : {}),
    executionCount: cell.execution_count,
    hasExecutionCount: 'execution_count' in cell,
    outputs: outputs.flatMap((output: unknown, i) => {
      const record = asRecord(output);
      const span = doc.spanOf(outputs, i);
      return record && span ? [outputModel(doc, record, i, span)] : [];
    }),
    outputsLine: doc.lineOf(cell, 'outputs', line),
    executionCountLine: doc.lineOf(cell, 'execution_count', line),
    metadata: asRecord(cell.metadata) ?? {},
    ...(attachments ? { attachments } : {}),
  };
}

function outputModel(
  doc: LocatedJson,
  output: Record<string, unknown>,
  index: number,
  span: JsonSpan,
): OutputModel {
  const type = typeof output.output_type === 'string' ? output.output_type : '';
  const data = asRecord(output.data);
  const label =
    (data
      ? Object.keys(data).join(', ')
      : [type, typeof output.name === 'string' ? output.name : ''].join(' ').trim()) || 'output';
  const texts: OutputModel['texts'] = [];
  const add = (what: string, field: TextField | undefined) => {
    if (field && field.text !== '') texts.push({ label: what, field });
  };
  add(label, textFieldAt(doc, output, 'text'));
  add('traceback', textFieldAt(doc, output, 'traceback'));
  add('error message', textFieldAt(doc, output, 'evalue'));
  if (data) {
    for (const mime of Object.keys(data)) {
      if (TEXT_MIME.test(mime)) add(mime, textFieldAt(doc, data, mime));
    }
  }
  return {
    index,
    type,
    label,
    span,
    texts,
    ...(typeof output.ename === 'string' ? { errorName: output.ename } : {}),
    ...('execution_count' in output ? { executionCount: output.execution_count } : {}),
  };
}

/** The value as a plain object, or undefined for anything else (arrays included). */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** How a cell is named in messages: `cell 4` (1-based, as nbQA counts). */
export function cellLabel(cell: Pick<CellModel, 'index'>): string {
  return `cell ${cell.index + 1}`;
}
