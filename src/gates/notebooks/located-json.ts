/**
 * A parsed JSON document that remembers where every value is (`parse-located-json.ts` builds
 * it). `JSON.parse` gives values without positions, and a finding must name the line of the
 * `.ipynb` file so that GitHub's inline annotation lands on it.
 */

/** Where a value sits in the text: its first line (1-based) and its character offsets. */
export interface JsonSpan {
  line: number;
  start: number;
  end: number;
}

/** A syntax error, with the offset it was found at and its 1-based line and column. */
export class JsonSyntaxError extends Error {
  override readonly name = 'JsonSyntaxError';
  constructor(
    message: string,
    readonly offset: number,
    readonly line: number,
    readonly column: number,
  ) {
    super(message);
  }
}

/** Spans of the members of one container, by key (objects) or index (arrays). */
export type MemberSpans = Map<string, JsonSpan> | JsonSpan[];

/** A parsed document and the spans of its values. */
export class LocatedJson {
  constructor(
    readonly value: unknown,
    private readonly spans: WeakMap<object, MemberSpans>,
  ) {}

  /** The span of `container[key]`, when `container` came from this document. */
  spanOf(container: unknown, key: string | number): JsonSpan | undefined {
    if (typeof container !== 'object' || container === null) return undefined;
    const members = this.spans.get(container);
    if (!members) return undefined;
    return Array.isArray(members) ? members[Number(key)] : members.get(String(key));
  }

  /** The line of `container[key]`, or `fallback` when it is not known. */
  lineOf(container: unknown, key: string | number, fallback: number): number {
    return this.spanOf(container, key)?.line ?? fallback;
  }

  /** The line of the value a JSON pointer (`/cells/3/source`) names, or of its nearest parent. */
  lineAtPointer(pointer: string): number {
    let node: unknown = this.value;
    let line = 1;
    if (pointer === '') return line;
    for (const raw of pointer.slice(1).split('/')) {
      const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
      const span = this.spanOf(node, key);
      if (!span) break;
      line = span.line;
      node = (node as Record<string, unknown>)[key];
    }
    return line;
  }
}

/** The 1-based line and column (in UTF-16 code units) of an offset. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  let at = text.indexOf('\n');
  while (at !== -1 && at < offset) {
    line++;
    lineStart = at + 1;
    at = text.indexOf('\n', lineStart);
  }
  return { line, column: offset - lineStart + 1 };
}
