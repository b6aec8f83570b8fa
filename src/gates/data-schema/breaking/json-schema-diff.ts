import type { JsonObject, SchemaChange } from './change.js';
import {
  ChangeSink,
  compareBound,
  compareEnum,
  compareFlag,
  compareFormat,
  comparePattern,
  isObject,
  pointerSegment,
  same,
  show,
} from './change.js';
import { RULES } from './rules.js';

/** Deeper than any real schema; stops pathological nesting (and, with `visited`, `$ref` cycles). */
const MAX_DEPTH = 64;
/** `$ref` → `$ref` chains longer than this are treated as unresolvable. */
const MAX_REF_HOPS = 16;

interface Context {
  oldRoot: unknown;
  newRoot: unknown;
  depth: number;
  /** Pairs of resolved `$ref` targets (old|new) on the current path: a repeat means a cycle. */
  visited: ReadonlySet<string>;
}

/**
 * Diffs two JSON Schemas recursively over `properties`, `required`, `type`, `enum`/`const`,
 * numeric/string/array constraints, `format`, `additionalProperties` and `items`/`prefixItems`.
 * Local `#/...` references (`$defs`, `definitions`) are followed; nothing is ever fetched.
 */
export function diffJsonSchema(oldValue: unknown, newValue: unknown): SchemaChange[] {
  const sink = new ChangeSink();
  diffNode(sink, oldValue, newValue, '', 'schema root', {
    oldRoot: oldValue,
    newRoot: newValue,
    depth: 0,
    visited: new Set(),
  });
  return sink.changes;
}

interface Resolved {
  node: unknown;
  /** Pointer of the node in its document (the `$ref` target when one was followed). */
  pointer: string;
  /** The resolved target, when a `$ref` was followed. */
  target?: string;
  /** A `$ref` that could not be followed (remote, or missing). */
  opaqueRef?: string;
}

/** Resolves a JSON pointer (`/$defs/a`) in `root`. */
function atPointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node) && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

function resolve(node: unknown, root: unknown, pointer: string): Resolved {
  let current = node;
  let at = pointer;
  let target: string | undefined;
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    if (!isObject(current) || typeof current.$ref !== 'string') return { node: current, pointer: at, target };
    const ref = current.$ref;
    if (!ref.startsWith('#')) return { node: current, pointer: at, target, opaqueRef: ref };
    const found = atPointer(root, ref.slice(1));
    if (found === undefined) return { node: current, pointer: at, target, opaqueRef: ref };
    const siblings = Object.fromEntries(Object.entries(current).filter(([key]) => key !== '$ref'));
    // 2020-12 lets keywords sit beside $ref; they apply together, so overlay them on the target.
    current = isObject(found) && Object.keys(siblings).length > 0 ? { ...found, ...siblings } : found;
    at = ref.slice(1);
    target = ref;
  }
  return {
    node: current,
    pointer: at,
    target,
    opaqueRef: isObject(current) ? String(current.$ref) : undefined,
  };
}

function diffNode(
  sink: ChangeSink,
  rawOld: unknown,
  rawNew: unknown,
  pointer: string,
  subject: string,
  ctx: Context,
): void {
  if (ctx.depth > MAX_DEPTH) return;
  const oldResolved = resolve(rawOld, ctx.oldRoot, '');
  const newResolved = resolve(rawNew, ctx.newRoot, pointer);
  let visited = ctx.visited;
  if (oldResolved.target !== undefined || newResolved.target !== undefined) {
    const key = `${oldResolved.target ?? ''}|${newResolved.target ?? ''}`;
    // Both sides already compared on this path: a recursive schema; stop here.
    if (visited.has(key)) return;
    visited = new Set([...visited, key]);
  }
  const next: Context = { ...ctx, depth: ctx.depth + 1, visited };
  // Lines point into the new document; a followed $ref points at its target there.
  const at = newResolved.target !== undefined ? newResolved.pointer : pointer;
  const before = oldResolved.node;
  const after = newResolved.node;

  if (oldResolved.opaqueRef !== undefined || newResolved.opaqueRef !== undefined) {
    if (oldResolved.opaqueRef !== newResolved.opaqueRef) {
      sink.add(
        RULES.notAnalysed,
        at,
        `${subject}: $ref ${show(oldResolved.opaqueRef)} → ${show(newResolved.opaqueRef)} (not followed)`,
      );
    }
    return;
  }
  if (typeof before === 'boolean' || typeof after === 'boolean') {
    diffBooleanSchema(sink, before, after, at, subject);
    return;
  }
  if (!isObject(before) || !isObject(after)) return;

  diffType(sink, before, after, at, subject);
  compareEnum(sink, enumOf(before), enumOf(after), subject, `${at}/${'enum' in after ? 'enum' : 'const'}`);
  diffConstraints(sink, before, after, at, subject);
  diffObject(sink, before, after, at, subject, next);
  diffItems(sink, before, after, at, subject, next);
  for (const key of COMPOSITION_KEYS) {
    if (!same(before[key], after[key])) {
      sink.add(RULES.notAnalysed, `${at}/${key}`, `${subject}: ${key} changed`);
    }
  }
}

/** Keywords the differ does not analyse; a change there is flagged for review, not guessed at. */
const COMPOSITION_KEYS = [
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  'patternProperties',
  'dependentSchemas',
  'dependentRequired',
  'dependencies',
] as const;

/** `true` accepts everything, `false` nothing; an object schema sits in between. */
function diffBooleanSchema(
  sink: ChangeSink,
  before: unknown,
  after: unknown,
  at: string,
  subject: string,
): void {
  if (same(before, after)) return;
  const rank = (v: unknown): number => (v === true || v === undefined ? 2 : v === false ? 0 : 1);
  const message = `${subject}: schema ${show(before)} → ${show(after)}`;
  sink.add(rank(after) < rank(before) ? RULES.constraintTightened : RULES.constraintLoosened, at, message);
}

function enumOf(node: JsonObject): unknown[] | undefined {
  if (Array.isArray(node.enum)) return node.enum as unknown[];
  if (Object.hasOwn(node, 'const')) return [node.const];
  return undefined;
}

function typesOf(node: JsonObject): string[] | undefined {
  if (typeof node.type === 'string') return [node.type];
  if (Array.isArray(node.type)) return node.type.filter((t): t is string => typeof t === 'string');
  return undefined;
}

/** Whether values of type `t` are valid under `types` (integers are numbers). */
function covered(t: string, types: readonly string[]): boolean {
  return types.includes(t) || (t === 'integer' && types.includes('number'));
}

function diffType(
  sink: ChangeSink,
  before: JsonObject,
  after: JsonObject,
  at: string,
  subject: string,
): void {
  const oldTypes = typesOf(before);
  const newTypes = typesOf(after);
  if (oldTypes === undefined && newTypes === undefined) return;
  const message = `${subject}: type ${show(before.type)} → ${show(after.type)}`;
  const pointer = `${at}/type`;
  // No `type` accepts every type.
  if (oldTypes === undefined) {
    sink.add(RULES.typeNarrowed, pointer, message);
    return;
  }
  if (newTypes === undefined) {
    sink.add(RULES.typeWidened, pointer, message);
    return;
  }
  const removed = oldTypes.filter((t) => !covered(t, newTypes));
  const added = newTypes.filter((t) => !covered(t, oldTypes));
  if (removed.length === 0 && added.length === 0) return;
  if (removed.length > 0 && added.length > 0) {
    sink.add(RULES.typeChanged, pointer, message);
    return;
  }
  // Dropping or adding only "null" is the JSON Schema spelling of non-null / nullable.
  if (removed.length === 1 && removed[0] === 'null') {
    sink.add(RULES.requiredAdded, pointer, `${message} (no longer nullable)`);
    return;
  }
  if (added.length === 1 && added[0] === 'null') {
    sink.add(RULES.requiredRemoved, pointer, `${message} (now nullable)`);
    return;
  }
  sink.add(removed.length > 0 ? RULES.typeNarrowed : RULES.typeWidened, pointer, message);
}

const LOWER_BOUNDS = ['minimum', 'exclusiveMinimum', 'minLength', 'minItems', 'minProperties', 'minContains'];
const UPPER_BOUNDS = ['maximum', 'exclusiveMaximum', 'maxLength', 'maxItems', 'maxProperties', 'maxContains'];

function diffConstraints(
  sink: ChangeSink,
  before: JsonObject,
  after: JsonObject,
  at: string,
  subject: string,
): void {
  const p = (key: string): string => `${at}/${key}`;
  for (const [kind, keys] of [
    ['lower', LOWER_BOUNDS],
    ['upper', UPPER_BOUNDS],
  ] as const) {
    for (const key of keys) {
      // draft-04 spelled exclusiveMinimum/Maximum as booleans modifying minimum/maximum.
      if (typeof before[key] === 'boolean' || typeof after[key] === 'boolean') {
        compareFlag(sink, key, before[key], after[key], subject, p(key));
      } else {
        compareBound(sink, kind, key, before[key], after[key], subject, p(key));
      }
    }
  }
  diffMultipleOf(sink, before.multipleOf, after.multipleOf, p('multipleOf'), subject);
  comparePattern(sink, before.pattern, after.pattern, subject, p('pattern'));
  compareFormat(sink, before.format, after.format, subject, p('format'));
  compareFlag(sink, 'uniqueItems', before.uniqueItems, after.uniqueItems, subject, p('uniqueItems'));
}

/** Every multiple of 10 is a multiple of 5, so 10 → 5 loosens; 5 → 10 (or 5 → 3) tightens. */
function diffMultipleOf(
  sink: ChangeSink,
  before: unknown,
  after: unknown,
  at: string,
  subject: string,
): void {
  if (same(before, after)) return;
  const message = `${subject}: multipleOf ${show(before)} → ${show(after)}`;
  const loosened =
    after === undefined ||
    (typeof before === 'number' &&
      typeof after === 'number' &&
      after !== 0 &&
      Number.isInteger(before / after));
  sink.add(loosened ? RULES.constraintLoosened : RULES.constraintTightened, at, message);
}

function propertiesOf(node: JsonObject): JsonObject {
  return isObject(node.properties) ? node.properties : {};
}

function requiredOf(node: JsonObject): Set<string> {
  return new Set(
    Array.isArray(node.required) ? node.required.filter((r): r is string => typeof r === 'string') : [],
  );
}

function child(subject: string, name: string): string {
  const base = subject === 'schema root' ? '' : subject.replace(/^property "(.*)"$/, '$1');
  return `property "${base === '' ? name : `${base}.${name}`}"`;
}

function diffObject(
  sink: ChangeSink,
  before: JsonObject,
  after: JsonObject,
  at: string,
  subject: string,
  ctx: Context,
): void {
  const oldProps = propertiesOf(before);
  const newProps = propertiesOf(after);
  const oldRequired = requiredOf(before);
  const newRequired = requiredOf(after);
  const propPointer = (name: string): string => `${at}/properties/${pointerSegment(name)}`;
  const removed = Object.keys(oldProps).filter((k) => !Object.hasOwn(newProps, k));
  const added = Object.keys(newProps).filter((k) => !Object.hasOwn(oldProps, k));

  // A rename is a property removed and one added with an identical schema (and requiredness).
  const renames = new Map<string, string>();
  for (const gone of removed) {
    const twins = added.filter(
      (name) => same(oldProps[gone], newProps[name]) && oldRequired.has(gone) === newRequired.has(name),
    );
    const [twin] = twins;
    if (twins.length === 1 && twin !== undefined && ![...renames.values()].includes(twin))
      renames.set(gone, twin);
  }
  for (const [gone, now] of renames) {
    sink.add(RULES.columnRenamed, propPointer(now), `${child(subject, gone)} renamed to ${show(now)}`);
  }
  const renamedTo = new Set(renames.values());
  for (const gone of removed) {
    if (!renames.has(gone))
      sink.add(RULES.columnRemoved, `${at}/properties`, `${child(subject, gone)} removed`);
  }
  for (const now of added) {
    if (renamedTo.has(now)) continue;
    const name = child(subject, now);
    if (newRequired.has(now))
      sink.add(RULES.requiredColumnAdded, propPointer(now), `${name} added as required`);
    else if (before.additionalProperties === false) {
      sink.add(RULES.columnAddedClosed, propPointer(now), `${name} added (additionalProperties was false)`);
    } else sink.add(RULES.optionalColumnAdded, propPointer(now), `${name} added as optional`);
  }
  for (const name of Object.keys(newProps)) {
    if (Object.hasOwn(oldProps, name)) {
      diffNode(sink, oldProps[name], newProps[name], propPointer(name), child(subject, name), ctx);
    }
  }
  // Requiredness of names present on both sides (with or without a `properties` entry).
  const kept = (name: string): boolean => !removed.includes(name) && !added.includes(name);
  for (const name of newRequired) {
    if (!oldRequired.has(name) && kept(name)) {
      sink.add(RULES.requiredAdded, `${at}/required`, `${child(subject, name)}: optional → required`);
    }
  }
  for (const name of oldRequired) {
    if (!newRequired.has(name) && kept(name)) {
      sink.add(RULES.requiredRemoved, `${at}/required`, `${child(subject, name)}: required → optional`);
    }
  }
  for (const key of ['additionalProperties', 'unevaluatedProperties'] as const) {
    const was = before[key];
    const is = after[key];
    if (isObject(was) && isObject(is)) {
      diffNode(sink, was, is, `${at}/${key}`, `${subject} ${key}`, ctx);
    } else if (!same(was, is)) {
      const closedBefore = was === false;
      const closedAfter = is === false;
      const message = `${subject}: ${key} ${show(was)} → ${show(is)}`;
      if (closedAfter && !closedBefore) sink.add(RULES.schemaClosed, `${at}/${key}`, message);
      else if (closedBefore && !closedAfter) sink.add(RULES.schemaOpened, `${at}/${key}`, message);
      else if (isObject(is)) sink.add(RULES.constraintTightened, `${at}/${key}`, message);
      else sink.add(RULES.constraintLoosened, `${at}/${key}`, message);
    }
  }
}

function diffItems(
  sink: ChangeSink,
  before: JsonObject,
  after: JsonObject,
  at: string,
  subject: string,
  ctx: Context,
): void {
  const itemSubject = subject === 'schema root' ? 'property "[]"' : subject.replace(/"$/, '[]"');
  // draft-07 tuples are `items: [..]`; 2020-12 moved them to `prefixItems` (items = the rest).
  const tupleOf = (n: JsonObject): unknown[] | undefined =>
    Array.isArray(n.prefixItems) ? n.prefixItems : Array.isArray(n.items) ? n.items : undefined;
  const restOf = (n: JsonObject): unknown => (Array.isArray(n.items) ? n.additionalItems : n.items);
  const oldTuple = tupleOf(before);
  const newTuple = tupleOf(after);
  if ((oldTuple === undefined) !== (newTuple === undefined)) {
    sink.add(
      RULES.typeChanged,
      `${at}/${Array.isArray(after.prefixItems) ? 'prefixItems' : 'items'}`,
      `${subject}: array ${oldTuple ? 'tuple' : 'list'} → ${newTuple ? 'tuple' : 'list'}`,
    );
    return;
  }
  if (oldTuple && newTuple) {
    const key = Array.isArray(after.prefixItems) ? 'prefixItems' : 'items';
    const length = Math.max(oldTuple.length, newTuple.length);
    for (let i = 0; i < length; i++) {
      diffNode(
        sink,
        oldTuple[i] ?? true,
        newTuple[i] ?? true,
        `${at}/${key}/${i}`,
        `${itemSubject} #${i}`,
        ctx,
      );
    }
  }
  const oldRest = restOf(before);
  const newRest = restOf(after);
  if (oldRest !== undefined || newRest !== undefined) {
    const key = Array.isArray(after.items) ? 'additionalItems' : 'items';
    diffNode(sink, oldRest ?? true, newRest ?? true, `${at}/${key}`, itemSubject, ctx);
  }
}
