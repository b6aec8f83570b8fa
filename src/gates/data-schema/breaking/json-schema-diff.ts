import type { Breaks, JsonObject, SchemaChange } from './change.js';
import {
  BOTH,
  boundBreaks,
  breaksOf,
  isObject,
  LOOSER,
  NONE,
  pointerSegment,
  same,
  show,
  TIGHTER,
  union,
} from './change.js';
import { compositionChanges } from './json-composition.js';
import { admittedTypes, satisfies } from './json-finite.js';
import { arrayChanges, objectChanges } from './json-members.js';
import { RULES } from './rules.js';
import { valueListChanges } from './table-schema-diff.js';

/**
 * Diffs two JSON Schemas and computes, for every change, the directions it breaks: `backward`
 * when some instance valid under the old schema is invalid under the new, `forward` the other
 * way round. It reasons keyword by keyword (a schema is the conjunction of its keywords, so a
 * keyword of the new schema no stricter than the old one's cannot reject an old instance) with
 * the keywords that depend on each other taken together: `properties` / `patternProperties` /
 * `additionalProperties` per property name, `items` / `prefixItems` / `additionalItems` per
 * array position, `contains` with its bounds, `if`/`then`/`else`. `allOf` branches merge into
 * their schema where their keywords do not overlap; `anyOf`, `oneOf` and `not` are compared
 * branch by branch (see json-composition.ts). Local `$ref`s are followed (draft-07: keywords
 * beside `$ref` are ignored; 2019-09 and later: they apply with it), recursion stops on a pair
 * already being compared (an instance is finite, so assuming the pair compatible is sound).
 * Whatever it cannot show safe it reports as breaking: remote `$ref`s, `unevaluated*` beside
 * changed combinators, nesting past {@link MAX_DEPTH}.
 */
export function diffJsonSchema(oldValue: unknown, newValue: unknown): SchemaChange[] {
  const ctx: Ctx = {
    oldRoot: oldValue,
    newRoot: newValue,
    oldLegacy: isLegacy(oldValue),
    newLegacy: isLegacy(newValue),
    depth: 0,
    visited: new Set(),
    rootsSame: same(oldValue, newValue),
  };
  return compare(oldValue, newValue, { pointer: '', subject: 'schema root' }, ctx);
}

/** Deeper than any real schema; a pair this deep that differs is reported, not analysed. */
export const MAX_DEPTH = 48;
/** `$ref` → `$ref` chains longer than this are treated as unresolvable. */
const MAX_REF_HOPS = 16;

/** What every comparison carries: both documents, their dialects, and the recursion guard. */
export interface Ctx {
  oldRoot: unknown;
  newRoot: unknown;
  /** Drafts before 2019-09: keywords beside `$ref` are ignored, tuples are `items: [..]`. */
  oldLegacy: boolean;
  newLegacy: boolean;
  depth: number;
  /** Pairs of resolved `$ref` targets (old|new) on the current path: a repeat means a cycle. */
  visited: ReadonlySet<string>;
  /** The two documents are equal, so equal subschemas mean the same even through `$ref`s. */
  rootsSame: boolean;
}

const refCache = new WeakMap<object, boolean>();

/** Whether a schema holds a reference anywhere (its meaning then depends on its document). */
function hasRef(node: unknown, depth = 0): boolean {
  if (typeof node !== 'object' || node === null) return false;
  const hit = refCache.get(node);
  if (hit !== undefined) return hit;
  const found =
    depth > 64 ||
    (!Array.isArray(node) && ['$ref', '$dynamicRef', '$recursiveRef'].some((k) => k in node)) ||
    Object.values(node).some((v) => hasRef(v, depth + 1));
  refCache.set(node, found);
  return found;
}

/**
 * Whether two subschemas, one from each document, certainly mean the same: equal, and either
 * free of references or from equal documents (a `$ref` may point at a definition that changed).
 */
export function sameSchema(a: unknown, b: unknown, ctx: Ctx): boolean {
  return same(a, b) && (ctx.rootsSame || (!hasRef(a) && !hasRef(b)));
}

/** Where a comparison is: the pointer into the new schema, and how messages name it. */
export interface At {
  pointer: string;
  subject: string;
}

/** Whether a schema is written in a draft before 2019-09 (by its `$schema`). */
function isLegacy(root: unknown): boolean {
  const uri = isObject(root) && typeof root.$schema === 'string' ? root.$schema : '';
  return /json-schema\.org\/(draft-0[3-7])\/schema/.test(uri);
}

/** A schema as compared: boolean or object, after `$ref`s are followed and `allOf` merged. */
interface View {
  node: boolean | JsonObject;
  pointer: string;
  target?: string;
  opaque?: string;
}

/** Compares one old schema with one new schema; the entry point of every recursion. */
export function compare(rawOld: unknown, rawNew: unknown, at: At, ctx: Ctx): SchemaChange[] {
  if (ctx.depth > MAX_DEPTH) {
    if (same(rawOld, rawNew)) return [];
    return [
      {
        rule: RULES.notAnalysed,
        pointer: at.pointer,
        message: `${at.subject}: nested deeper than ${MAX_DEPTH} levels (not analysed)`,
        breaks: BOTH,
      },
    ];
  }
  const a = view(rawOld, ctx.oldRoot, ctx.oldLegacy, at.pointer);
  const b = view(rawNew, ctx.newRoot, ctx.newLegacy, at.pointer);
  if (a.opaque !== undefined || b.opaque !== undefined) {
    if (a.opaque === b.opaque && sameSchema(a.node, b.node, ctx)) return [];
    return [
      {
        rule: RULES.notAnalysed,
        pointer: at.pointer,
        message: `${at.subject}: $ref ${show(a.opaque)} → ${show(b.opaque)} (not followed)`,
        breaks: BOTH,
      },
    ];
  }
  let visited = ctx.visited;
  if (a.target !== undefined || b.target !== undefined) {
    const key = `${a.target ?? ''}|${b.target ?? ''}`;
    if (visited.has(key)) return [];
    visited = new Set([...visited, key]);
  }
  const next: Ctx = { ...ctx, depth: ctx.depth + 1, visited };
  const here: At = { ...at, pointer: b.target !== undefined ? b.pointer : at.pointer };
  if (a.node === false || b.node === false) return falseChanges(a.node, b.node, here);
  const A = a.node === true ? {} : a.node;
  const B = b.node === true ? {} : b.node;
  if (sameSchema(A, B, next)) return [];
  const changes = [
    ...typeChanges(A, B, here),
    ...valueListChanges(
      enumOf(A),
      enumOf(B),
      here.subject,
      `${here.pointer}/${'enum' in B ? 'enum' : 'const'}`,
    ),
    ...gated(scalarChanges(A, B, here), A, B, ['number', 'integer', 'string']),
    ...gated(arrayChanges(A, B, here, next), A, B, ['array']),
    ...gated(objectChanges(A, B, here, next), A, B, ['object']),
    ...compositionChanges(A, B, here, next),
  ];
  return refineFinite(A, B, changes);
}

/** `false` accepts nothing: from it everything loosens, to it everything tightens. */
function falseChanges(a: boolean | JsonObject, b: boolean | JsonObject, at: At): SchemaChange[] {
  if (a === false && b === false) return [];
  const message = `${at.subject}: schema ${show(a)} → ${show(b)}`;
  return a === false
    ? [{ rule: RULES.constraintLoosened, pointer: at.pointer, message, breaks: LOOSER }]
    : [{ rule: RULES.constraintTightened, pointer: at.pointer, message, breaks: TIGHTER }];
}

/** Follows `$ref`s (legacy drafts: siblings ignored; later: siblings kept beside the target). */
function view(node: unknown, root: unknown, legacy: boolean, pointer: string): View {
  let current: unknown = node;
  let at = pointer;
  let target: string | undefined;
  for (let hop = 0; hop < MAX_REF_HOPS; hop++) {
    if (!isObject(current) || typeof current.$ref !== 'string') {
      return {
        node: normalize(current, root, legacy, 0),
        pointer: at,
        ...(target !== undefined ? { target } : {}),
      };
    }
    const ref = current.$ref;
    const found = ref.startsWith('#') ? atPointer(root, ref.slice(1)) : undefined;
    if (found === undefined) return { node: current, pointer: at, opaque: ref };
    target = ref;
    at = ref.slice(1);
    const siblings = Object.fromEntries(
      Object.entries(current).filter(([k]) => k !== '$ref' && !ANNOTATION_KEYS.has(k)),
    );
    if (!legacy && Object.keys(siblings).length > 0) {
      const allOf: unknown[] = Array.isArray(siblings.allOf) ? (siblings.allOf as unknown[]) : [];
      current = { ...siblings, allOf: [found, ...allOf] };
      return { node: normalize(current, root, legacy, 0), pointer: at, target };
    }
    current = found;
  }
  return {
    node: isObject(current) ? current : true,
    pointer: at,
    opaque: String((current as JsonObject).$ref),
  };
}

/** Resolves a JSON pointer (`/$defs/a`) in `root`. */
export function atPointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    let key: string;
    try {
      key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    } catch {
      return undefined;
    }
    if (Array.isArray(node)) node = node[Number(key)];
    else if (isObject(node) && Object.hasOwn(node, key)) node = node[key];
    else return undefined;
  }
  return node;
}

/** Keywords that assert nothing; they are never compared. */
const ANNOTATION_KEYS = new Set([
  '$schema',
  '$id',
  '$comment',
  '$defs',
  'definitions',
  'title',
  'description',
  'default',
  'examples',
  'readOnly',
  'writeOnly',
  'deprecated',
  '$anchor',
  '$dynamicAnchor',
  '$recursiveAnchor',
  '$vocabulary',
]);

/** Keywords that judge together; an `allOf` branch merges only when its groups are all new. */
const GROUP: Record<string, string> = {
  properties: 'props',
  patternProperties: 'props',
  additionalProperties: 'props',
  items: 'items',
  prefixItems: 'items',
  additionalItems: 'items',
  contains: 'contains',
  minContains: 'contains',
  maxContains: 'contains',
  if: 'cond',
  then: 'cond',
  else: 'cond',
  minimum: 'min',
  exclusiveMinimum: 'min',
  maximum: 'max',
  exclusiveMaximum: 'max',
  dependencies: 'deps',
  dependentRequired: 'deps',
  dependentSchemas: 'deps',
  enum: 'values',
  const: 'values',
};
const groupOf = (key: string): string => GROUP[key] ?? key;

/**
 * Drops annotations, turns `true` into `{}`, splits draft-07 `dependencies`, and merges `allOf`
 * branches (followed through their `$ref`s) whose keyword groups the schema does not have yet:
 * `{allOf: [{$ref: base}, {required: [..]}]}` compares like one schema. `unevaluated*` keeps its
 * `allOf` (it depends on what the branches evaluate).
 */
function normalize(node: unknown, root: unknown, legacy: boolean, depth: number): boolean | JsonObject {
  if (node === true || node === false) return node;
  if (!isObject(node)) return true;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(node)) if (!ANNOTATION_KEYS.has(k)) out[k] = v;
  if (isObject(out.dependencies)) {
    const deps = out.dependencies;
    delete out.dependencies;
    const required = Object.fromEntries(Object.entries(deps).filter(([, v]) => Array.isArray(v)));
    const schemas = Object.fromEntries(Object.entries(deps).filter(([, v]) => !Array.isArray(v)));
    if (Object.keys(required).length > 0)
      out.dependentRequired = {
        ...required,
        ...(isObject(out.dependentRequired) ? out.dependentRequired : {}),
      };
    if (Object.keys(schemas).length > 0)
      out.dependentSchemas = { ...schemas, ...(isObject(out.dependentSchemas) ? out.dependentSchemas : {}) };
  }
  if (!Array.isArray(out.allOf) || depth > 4 || 'unevaluatedProperties' in out || 'unevaluatedItems' in out)
    return out;
  const rest: unknown[] = [];
  const branches = out.allOf as unknown[];
  delete out.allOf;
  for (const raw of branches) {
    const branch =
      isObject(raw) && typeof raw.$ref === 'string'
        ? view(raw, root, legacy, '').node
        : normalize(raw, root, legacy, depth + 1);
    if (branch === true || (isObject(branch) && Object.keys(branch).length === 0)) continue;
    if (branch === false) return false;
    const taken = new Set(Object.keys(out).map(groupOf));
    const mergeable =
      !('unevaluatedProperties' in branch) &&
      !('unevaluatedItems' in branch) &&
      Object.keys(branch).every((k) => !taken.has(groupOf(k)));
    if (mergeable) Object.assign(out, branch);
    else rest.push(raw);
  }
  if (rest.length > 0) out.allOf = rest;
  return out;
}

/** The values a schema allows, when it lists them (`enum`, or `const` as a one-value list). */
export function enumOf(node: JsonObject): unknown[] | undefined {
  if (Array.isArray(node.enum)) {
    const values = node.enum as unknown[];
    return Object.hasOwn(node, 'const') ? values.filter((v) => same(v, node.const)) : values;
  }
  if (Object.hasOwn(node, 'const')) return [node.const];
  return undefined;
}

/**
 * A change of a keyword group that applies to instances of some types only breaks a direction
 * when that side admits such instances: `required` cannot reject an old instance that is never
 * an object. Changes neither side can act on are dropped.
 */
function gated(changes: SchemaChange[], A: JsonObject, B: JsonObject, types: string[]): SchemaChange[] {
  const admits = (node: JsonObject) => {
    const t = admittedTypes(node);
    return t === undefined || types.some((x) => t.has(x));
  };
  const back = admits(A);
  const fwd = admits(B);
  if (back && fwd) return changes;
  return changes
    .map((c) => ({ ...c, breaks: { backward: c.breaks.backward && back, forward: c.breaks.forward && fwd } }))
    .filter((c) => back || fwd || c.rule.advisory === 'warning');
}

/**
 * When a side lists its values (`enum`/`const`), the question is finite: if every value the old
 * side allows satisfies the new schema (by the small evaluator), no old instance can fail it,
 * whatever keyword-by-keyword reports; the same the other way round.
 */
function refineFinite(A: JsonObject, B: JsonObject, changes: SchemaChange[]): SchemaChange[] {
  if (changes.length === 0) return changes;
  const covered = (from: JsonObject, to: JsonObject): boolean => {
    const values = enumOf(from);
    if (!values) return false;
    return values.every((v) => satisfies(v, from) === false || satisfies(v, to) === true);
  };
  const back = covered(A, B);
  const fwd = covered(B, A);
  if (!back && !fwd) return changes;
  return changes.map((c) => ({
    ...c,
    breaks: { backward: c.breaks.backward && !back, forward: c.breaks.forward && !fwd },
  }));
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

function typeChanges(before: JsonObject, after: JsonObject, at: At): SchemaChange[] {
  const oldTypes = typesOf(before);
  const newTypes = typesOf(after);
  if (oldTypes === undefined && newTypes === undefined) return [];
  const message = `${at.subject}: type ${show(before.type)} → ${show(after.type)}`;
  const pointer = `${at.pointer}/type`;
  // No `type` accepts every type.
  if (oldTypes === undefined) return [{ rule: RULES.typeNarrowed, pointer, message, breaks: TIGHTER }];
  if (newTypes === undefined) return [{ rule: RULES.typeWidened, pointer, message, breaks: LOOSER }];
  const removed = oldTypes.filter((t) => !covered(t, newTypes));
  const added = newTypes.filter((t) => !covered(t, oldTypes));
  if (removed.length === 0 && added.length === 0) return [];
  if (removed.length > 0 && added.length > 0)
    return [{ rule: RULES.typeChanged, pointer, message, breaks: BOTH }];
  // Dropping or adding only "null" is the JSON Schema spelling of non-null / nullable.
  if (removed.length === 1 && removed[0] === 'null')
    return [
      { rule: RULES.requiredAdded, pointer, message: `${message} (no longer nullable)`, breaks: TIGHTER },
    ];
  if (added.length === 1 && added[0] === 'null')
    return [{ rule: RULES.requiredRemoved, pointer, message: `${message} (now nullable)`, breaks: LOOSER }];
  return removed.length > 0
    ? [{ rule: RULES.typeNarrowed, pointer, message, breaks: TIGHTER }]
    : [{ rule: RULES.typeWidened, pointer, message, breaks: LOOSER }];
}

/** A lower or upper numeric bound, with whether it is exclusive (draft-04 booleans too). */
function numericBound(
  node: JsonObject,
  kind: 'lower' | 'upper',
): { value: number; exclusive: boolean } | undefined {
  const [inc, exc] = kind === 'lower' ? ['minimum', 'exclusiveMinimum'] : ['maximum', 'exclusiveMaximum'];
  const i = typeof node[inc] === 'number' ? node[inc] : undefined;
  const e = node[exc];
  if (typeof e === 'number') {
    if (i === undefined) return { value: e, exclusive: true };
    const eTighter = kind === 'lower' ? e >= i : e <= i;
    return eTighter ? { value: e, exclusive: true } : { value: i, exclusive: false };
  }
  if (i === undefined) return undefined;
  return { value: i, exclusive: e === true };
}

/** The old → new bound: stricter tightens, looser loosens. */
function numericBreaks(kind: 'lower' | 'upper', a: JsonObject, b: JsonObject): Breaks {
  const o = numericBound(a, kind);
  const n = numericBound(b, kind);
  if (o === undefined && n === undefined) return NONE;
  if (o === undefined) return TIGHTER;
  if (n === undefined) return LOOSER;
  if (o.value === n.value && o.exclusive === n.exclusive) return NONE;
  const sign = kind === 'lower' ? 1 : -1;
  const d = (n.value - o.value) * sign;
  const tighter = d > 0 || (d === 0 && n.exclusive && !o.exclusive);
  return tighter ? TIGHTER : LOOSER;
}

/** Number and string keywords. */
function scalarChanges(A: JsonObject, B: JsonObject, at: At): SchemaChange[] {
  const changes: SchemaChange[] = [];
  const p = (k: string) => `${at.pointer}/${k}`;
  const add = (key: string, breaks: Breaks, pointerKey = key) => {
    if (!breaks.backward && !breaks.forward) return;
    const rule = breaks.backward ? RULES.constraintTightened : RULES.constraintLoosened;
    changes.push({
      rule,
      pointer: p(pointerKey),
      message: `${at.subject}: ${key} ${show(A[key])} → ${show(B[key])}`,
      breaks,
    });
  };
  for (const kind of ['lower', 'upper'] as const) {
    const [inc, exc] = kind === 'lower' ? ['minimum', 'exclusiveMinimum'] : ['maximum', 'exclusiveMaximum'];
    const breaks = numericBreaks(kind, A, B);
    const key = same(A[inc], B[inc]) ? exc : inc;
    add(key, breaks, key);
  }
  add('multipleOf', multipleOfBreaks(A.multipleOf, B.multipleOf));
  add('minLength', boundBreaks('lower', A.minLength, B.minLength));
  add('maxLength', boundBreaks('upper', A.maxLength, B.maxLength));
  if (!same(A.pattern, B.pattern))
    add('pattern', B.pattern === undefined ? LOOSER : A.pattern === undefined ? TIGHTER : BOTH);
  if (!same(A.format, B.format)) {
    const breaks = B.format === undefined ? LOOSER : A.format === undefined ? TIGHTER : BOTH;
    changes.push({
      rule: RULES.formatChanged,
      pointer: p('format'),
      message: `${at.subject}: format ${show(A.format)} → ${show(B.format)}`,
      breaks,
    });
  }
  return changes;
}

/** Every multiple of 10 is a multiple of 5, so 10 → 5 loosens; 5 → 10 (or 5 → 3) tightens. */
function multipleOfBreaks(before: unknown, after: unknown): Breaks {
  if (same(before, after)) return NONE;
  if (after === undefined) return LOOSER;
  if (before === undefined) return TIGHTER;
  if (typeof before !== 'number' || typeof after !== 'number' || after === 0) return BOTH;
  const looser = Number.isInteger(before / after);
  const tighter = Number.isInteger(after / before);
  return union(looser ? NONE : TIGHTER, tighter ? NONE : LOOSER);
}

/** `property "a.b"` for a child of `subject`. */
export function child(subject: string, name: string): string {
  const base = subject === 'schema root' ? '' : subject.replace(/^property "(.*)"$/, '$1');
  return `property "${base === '' ? name : `${base}.${name}`}"`;
}

/** The breaks of a comparison, without its detail (for an added or removed member). */
export function breaksBetween(a: unknown, b: unknown, at: At, ctx: Ctx): Breaks {
  return breaksOf(compare(a, b, at, ctx));
}

export { pointerSegment };
