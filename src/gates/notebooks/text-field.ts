import type { LocatedJson } from './located-json.js';

/**
 * A multiline text of a notebook (a cell's source, a stream's text, a traceback) with the way
 * back from a character to the line inside the text and to the line of the `.ipynb` file.
 * nbformat stores such text either as one string (all on one JSON line, its line breaks
 * escaped) or as a list of strings, one per line, which Jupyter writes one per JSON line.
 */
export interface TextField {
  /** The whole text, the list's pieces joined as nbformat specifies. */
  text: string;
  /** Offset in `text` where each piece starts, ascending. */
  pieceStarts: number[];
  /** The JSON line of each piece. */
  pieceLines: number[];
}

/** Where a character of a text field is. */
export interface TextPosition {
  /** 1-based line inside the text (the cell's own line numbering). */
  textLine: number;
  /** 1-based line of the `.ipynb` file. */
  jsonLine: number;
}

/**
 * The text field at `container[key]`: a string or a list of strings (non-strings are skipped;
 * the schema check reports them). Undefined when there is no text there.
 */
export function textFieldAt(doc: LocatedJson, container: unknown, key: string): TextField | undefined {
  if (typeof container !== 'object' || container === null) return undefined;
  const value = (container as Record<string, unknown>)[key];
  const fallback = doc.lineOf(container, key, 1);
  if (typeof value === 'string') return { text: value, pieceStarts: [0], pieceLines: [fallback] };
  if (!Array.isArray(value)) return undefined;
  const parts: string[] = [];
  const pieceStarts: number[] = [];
  const pieceLines: number[] = [];
  let offset = 0;
  value.forEach((piece: unknown, index) => {
    if (typeof piece !== 'string') return;
    parts.push(piece);
    pieceStarts.push(offset);
    pieceLines.push(doc.lineOf(value, index, fallback));
    offset += piece.length;
  });
  return { text: parts.join(''), pieceStarts, pieceLines };
}

/** The in-text line and the JSON line of a character offset. */
export function positionIn(field: TextField, offset: number): TextPosition {
  return {
    textLine: countLines(field.text, offset),
    jsonLine: field.pieceLines[pieceAt(field, offset)] ?? 1,
  };
}

/** The JSON line of the piece that holds the start of in-text line `textLine` (1-based). */
export function jsonLineOfTextLine(field: TextField, textLine: number): number {
  let offset = 0;
  for (let line = 1; line < textLine; line++) {
    const next = field.text.indexOf('\n', offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return field.pieceLines[pieceAt(field, offset)] ?? 1;
}

/** Index of the piece containing `offset` (binary search over the piece starts). */
function pieceAt(field: TextField, offset: number): number {
  let lo = 0;
  let hi = field.pieceStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((field.pieceStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** 1 + the number of line breaks before `offset`. */
function countLines(text: string, offset: number): number {
  let line = 1;
  let at = text.indexOf('\n');
  while (at !== -1 && at < offset) {
    line++;
    at = text.indexOf('\n', at + 1);
  }
  return line;
}
