import {
  constructFromEvents,
  EVENT_ID,
  type Event,
  getScalarValue,
  parseEvents,
  YAMLException,
} from 'js-yaml';
import { InputError } from './errors.js';

/** Limits that keep hostile YAML (alias bombs, deep nesting) from exhausting memory or time. */
const MAX_ALIASES = 100;
const MAX_DEPTH = 64;
/** Aliases share nodes, so a few can stand for billions; cap the expanded size instead. */
const MAX_EXPANDED_NODES = 200_000;

/** A parsed YAML document with the line of every node, for error messages that point at a key. */
export interface YamlDocument {
  value: unknown;
  /** 1-based line of the node at a JSON pointer (`/coverage/thresholds/lines`), or of its nearest parent. */
  lineOf(pointer: string): number | undefined;
}

/**
 * Parses one YAML document safely: core schema (no custom types), duplicate keys rejected,
 * at most 100 aliases and 64 levels of nesting. Errors become `InputError`s with the line.
 */
export function parseYaml(text: string, fileName: string): YamlDocument {
  let events: Event[];
  let value: unknown;
  try {
    events = parseEvents(text, { filename: fileName, maxDepth: MAX_DEPTH });
    const docs = constructFromEvents(events, { source: text, filename: fileName, maxAliases: MAX_ALIASES });
    if (docs.length > 1) {
      throw new InputError(`${fileName}: holds ${docs.length} YAML documents; expected one`, {
        path: fileName,
      });
    }
    value = docs[0];
    if (expandedSizeExceeds(value, MAX_EXPANDED_NODES)) {
      throw new InputError(
        `${fileName}: expands to more than ${MAX_EXPANDED_NODES} nodes through aliases (a YAML alias bomb?)`,
        { path: fileName },
        'Write the values out instead of nesting anchors and aliases.',
      );
    }
  } catch (error) {
    if (error instanceof YAMLException) {
      const line = error.mark ? error.mark.line + 1 : undefined;
      throw new InputError(
        `${fileName}${line ? `:${line}` : ''}: invalid YAML: ${error.reason}`,
        { path: fileName, line },
        'Fix the YAML syntax at that line (a YAML linter or your editor shows it).',
      );
    }
    throw error;
  }
  const lines = pointerLines(events, text);
  return {
    value,
    lineOf(pointer) {
      let p = pointer;
      for (;;) {
        const line = lines.get(p);
        if (line !== undefined || p === '') return line;
        p = p.slice(0, p.lastIndexOf('/'));
      }
    },
  };
}

/** True when walking the value as a tree (aliases expanded) visits more than `limit` nodes. */
function expandedSizeExceeds(value: unknown, limit: number): boolean {
  let budget = limit;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (--budget < 0) return true;
    if (node !== null && typeof node === 'object') {
      for (const child of Object.values(node)) stack.push(child);
    }
  }
  return false;
}

/** Walks the event stream once, recording the line each JSON pointer starts on. */
function pointerLines(events: Event[], text: string): Map<string, number> {
  const walker = new PointerWalker(text);
  for (const event of events) walker.visit(event);
  return walker.lines;
}

/** Tracks the JSON pointer of each node while walking parser events. */
class PointerWalker {
  readonly lines = new Map<string, number>();
  private readonly stack: Array<{ kind: 'map' | 'seq'; pointer: string; index: number; key?: string }> = [];
  private readonly newlines: number[] = [];

  constructor(private readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.newlines.push(i);
  }

  visit(event: Event): void {
    if (event.type === EVENT_ID.SCALAR) this.scalar(getScalarValue(this.text, event), event.valueStart);
    else if (event.type === EVENT_ID.MAPPING || event.type === EVENT_ID.SEQUENCE) {
      const pointer = this.childPointer() ?? '';
      this.record(pointer, event.start);
      this.stack.push({ kind: event.type === EVENT_ID.MAPPING ? 'map' : 'seq', pointer, index: 0 });
    } else if (event.type === EVENT_ID.ALIAS) this.childPointer();
    else if (event.type === EVENT_ID.POP) this.stack.pop();
  }

  private scalar(value: string, offset: number): void {
    const top = this.stack[this.stack.length - 1];
    const pointer = this.childPointer();
    if (pointer !== undefined) this.record(pointer, offset);
    else if (top) {
      top.key = value; // a mapping key: its line is the line of the entry
      this.record(`${top.pointer}/${escapePointer(value)}`, offset);
    }
  }

  /** The pointer of the node about to start, or undefined when the node is a mapping key. */
  private childPointer(): string | undefined {
    const top = this.stack[this.stack.length - 1];
    if (!top) return '';
    if (top.kind === 'seq') return `${top.pointer}/${top.index++}`;
    if (top.key === undefined) return undefined;
    const pointer = `${top.pointer}/${escapePointer(top.key)}`;
    top.key = undefined;
    return pointer;
  }

  private record(pointer: string, offset: number): void {
    if (!this.lines.has(pointer)) this.lines.set(pointer, this.lineAt(offset));
  }

  private lineAt(offset: number): number {
    let lo = 0;
    let hi = this.newlines.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.newlines[mid] as number) < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  }
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
