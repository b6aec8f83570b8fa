import type { Draft } from './findings.js';
import { where } from './findings.js';
import type { NotebookModel } from './notebook-model.js';

/** The size limits a notebook is held to. */
export interface WeightLimits {
  maxNotebookBytes: number;
  maxOutputBytes: number;
}

/** One output (or a markdown cell's attachments) and its size in the file. */
export interface Heavy {
  cell: number;
  what: string;
  bytes: number;
  line: number;
}

/** How many of the biggest outputs a too-large notebook's finding names. */
const NAMED = 3;

/**
 * Judges a notebook's weight: the file against `maxNotebookBytes` (naming its biggest outputs,
 * which is where the weight almost always is), and each output and attachment as stored in the
 * file (base64 images, printed HTML tables) against `maxOutputBytes`.
 */
export function checkWeight(
  model: NotebookModel,
  text: string,
  fileBytes: number,
  limits: WeightLimits,
): Draft[] {
  const parts = heavyParts(model, text);
  const drafts: Draft[] = [];
  for (const part of parts) {
    if (part.bytes <= limits.maxOutputBytes) continue;
    drafts.push({
      rule: 'too-large',
      line: part.line,
      message: `${where(part.cell)}, ${part.what} is ${formatBytes(part.bytes)} (limit ${formatBytes(limits.maxOutputBytes)}).`,
      fix: fixFor(part.what),
    });
  }
  if (fileBytes > limits.maxNotebookBytes) {
    const biggest = parts.slice(0, NAMED).map((p) => `${where(p.cell)} ${p.what} ${formatBytes(p.bytes)}`);
    drafts.push({
      rule: 'too-large',
      line: parts[0]?.line ?? 1,
      message: `The notebook is ${formatBytes(fileBytes)} (limit ${formatBytes(limits.maxNotebookBytes)})${biggest.length > 0 ? `; biggest: ${biggest.join(', ')}` : ''}.`,
      fix: 'Clear or shrink the biggest outputs (or strip the notebook); keep large results as files tracked with Git LFS or DVC.',
    });
  }
  return drafts;
}

/** Every output and attachment with its size, biggest first. */
export function heavyParts(model: NotebookModel, text: string): Heavy[] {
  const parts: Heavy[] = [];
  for (const cell of model.cells) {
    for (const output of cell.outputs) {
      parts.push({
        cell: cell.index,
        what: `output ${output.index + 1} (${output.label})`,
        bytes: utf8Bytes(text, output.span.start, output.span.end),
        line: output.span.line,
      });
    }
    if (cell.attachments) {
      const { start, end, line } = cell.attachments;
      parts.push({ cell: cell.index, what: 'attachments', bytes: utf8Bytes(text, start, end), line });
    }
  }
  return parts.sort((a, b) => b.bytes - a.bytes || a.cell - b.cell);
}

/** UTF-8 size of a slice of the text (the notebook was UTF-8 on disk). */
function utf8Bytes(text: string, start: number, end: number): number {
  return Buffer.byteLength(text.slice(start, end), 'utf8');
}

function fixFor(what: string): string {
  if (/image\//.test(what)) {
    return 'Save the figure at a lower resolution (dpi) or as a file next to the notebook, and clear the embedded image.';
  }
  if (/text\/html/.test(what)) {
    return 'Display a summary (df.head(), df.describe()) instead of the whole table, or clear the output.';
  }
  return 'Print less (a summary, the first lines) or clear the output before committing.';
}

/** `1.5 MiB`, `200 KiB`, `512 B`. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${trim(bytes / (1024 * 1024))} MiB`;
  if (bytes >= 1024) return `${trim(bytes / 1024)} KiB`;
  return `${bytes} B`;
}

function trim(n: number): string {
  return n >= 100 ? n.toFixed(0) : n.toFixed(1).replace(/\.0$/, '');
}
