/**
 * The line each element of a top-level JSON array starts on, for findings about `.json` records.
 * The text already parsed as JSON, so a small scanner suffices: it skips strings (with their
 * escapes), tracks nesting depth, and notes where each depth-1 element begins. Elements are
 * asked for in increasing order, so one forward pass serves the whole file (linear time, no
 * table of offsets).
 *
 * With `asRecords` false the document is one record: its line is where the value begins.
 */
export function elementLines(text: string, asRecords: boolean): (index: number) => number {
  let pos = 0;
  let line = 1;
  /** Advances to the next non-whitespace character. */
  const skipSpace = () => {
    for (; pos < text.length; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 10) line++;
      else if (c !== 32 && c !== 9 && c !== 13 && c !== 0xfeff) break;
    }
  };
  skipSpace();
  if (!asRecords) {
    const documentLine = line;
    return () => documentLine;
  }
  pos++; // the opening bracket
  let next = 0;
  let current = 1;
  return (index) => {
    while (next <= index && pos < text.length) {
      skipSpace();
      current = line;
      next++;
      skipValue();
      skipSpace();
      pos++; // the comma (or the closing bracket)
    }
    return current;
  };

  /** Moves past one JSON value at depth 1, counting lines inside it. */
  function skipValue(): void {
    let depth = 0;
    for (; pos < text.length; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 34) skipString();
      else if (c === 91 || c === 123) depth++;
      else if (c === 93 || c === 125) {
        if (depth === 0) return;
        depth--;
        if (depth === 0) {
          pos++;
          return;
        }
      } else if (c === 10) line++;
      else if (c === 44 && depth === 0) return;
    }
  }

  /** From an opening quote to its closing quote (strings hold no raw newlines). */
  function skipString(): void {
    for (pos++; pos < text.length; pos++) {
      const c = text.charCodeAt(pos);
      if (c === 92) pos++;
      else if (c === 34) return;
    }
  }
}
