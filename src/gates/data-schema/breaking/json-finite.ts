import { linearRegExp } from '../regex.js';
import { isObject, type JsonObject, same } from './change.js';

/**
 * A small evaluator for deciding questions about finite value sets (an `enum` or `const` on one
 * side) without running the full validator: whether a value satisfies a schema, for the keywords
 * whose meaning is local and plain. It answers `undefined` for anything it does not evaluate
 * (`$ref`, `format`, unknown keywords), and callers then fall back to the keyword-by-keyword
 * comparison, so an unknown answer can only make the differ more cautious, never less.
 */
export function satisfies(value: unknown, schema: unknown, depth = 0): boolean | undefined {
  if (schema === true) return true;
  if (schema === false) return false;
  if (!isObject(schema) || depth > 32) return undefined;
  let unknown = false;
  for (const [key, arg] of Object.entries(schema)) {
    const r = keyword(key, arg, value, schema, depth);
    if (r === false) return false;
    if (r === undefined) unknown = true;
  }
  return unknown ? undefined : true;
}

const ANNOTATIONS = new Set([
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
  'contentEncoding',
  'contentMediaType',
  // judged together with their siblings, below
  'then',
  'else',
  'additionalProperties',
  'patternProperties',
  'minContains',
  'maxContains',
  'additionalItems',
]);

/** The JSON type names of a value (an integer is also a number). */
export function jsonTypes(value: unknown): string[] {
  if (value === null) return ['null'];
  if (Array.isArray(value)) return ['array'];
  if (typeof value === 'number') return Number.isInteger(value) ? ['integer', 'number'] : ['number'];
  if (typeof value === 'string' || typeof value === 'boolean') return [typeof value];
  return ['object'];
}

type Check = (arg: unknown, value: unknown, schema: JsonObject, depth: number) => boolean | undefined;

const num = (v: unknown): v is number => typeof v === 'number';
const str = (v: unknown): v is string => typeof v === 'string';
/** Length in code points, as JSON Schema counts it (not UTF-16 units). */
const len = (s: string) => Array.from(s).length;

const CHECKS: Record<string, Check> = {
  type: (arg, v) => {
    const types = typeof arg === 'string' ? [arg] : Array.isArray(arg) ? arg : [];
    return jsonTypes(v).some((t) => types.includes(t));
  },
  enum: (arg, v) => (Array.isArray(arg) ? arg.some((x) => same(x, v)) : undefined),
  const: (arg, v) => same(arg, v),
  minimum: (arg, v) => (!num(v) ? true : num(arg) ? v >= arg : undefined),
  maximum: (arg, v) => (!num(v) ? true : num(arg) ? v <= arg : undefined),
  exclusiveMinimum: (arg, v) => (!num(v) ? true : num(arg) ? v > arg : undefined),
  exclusiveMaximum: (arg, v) => (!num(v) ? true : num(arg) ? v < arg : undefined),
  multipleOf: (arg, v) => (!num(v) ? true : num(arg) && arg > 0 ? Number.isInteger(v / arg) : undefined),
  minLength: (arg, v) => (!str(v) ? true : num(arg) ? len(v) >= arg : undefined),
  maxLength: (arg, v) => (!str(v) ? true : num(arg) ? len(v) <= arg : undefined),
  pattern: (arg, v) => {
    if (!str(v)) return true;
    try {
      return str(arg) ? linearRegExp(arg).test(v) : undefined;
    } catch {
      return undefined;
    }
  },
  required: (arg, v) =>
    !isObject(v) ? true : Array.isArray(arg) ? arg.every((k) => Object.hasOwn(v, String(k))) : undefined,
  minProperties: (arg, v) => (!isObject(v) ? true : num(arg) ? Object.keys(v).length >= arg : undefined),
  maxProperties: (arg, v) => (!isObject(v) ? true : num(arg) ? Object.keys(v).length <= arg : undefined),
  minItems: (arg, v) => (!Array.isArray(v) ? true : num(arg) ? v.length >= arg : undefined),
  maxItems: (arg, v) => (!Array.isArray(v) ? true : num(arg) ? v.length <= arg : undefined),
  uniqueItems: (arg, v) =>
    !Array.isArray(v) || arg !== true ? true : v.every((x, i) => v.findIndex((y) => same(x, y)) === i),
  properties: (arg, v, schema, depth) => (!isObject(v) ? true : objectMembers(arg, v, schema, depth)),
  items: (arg, v, _schema, depth) =>
    !Array.isArray(v)
      ? true
      : Array.isArray(arg)
        ? undefined
        : all(v.map((x) => satisfies(x, arg, depth + 1))),
  allOf: (arg, v, _s, depth) =>
    Array.isArray(arg) ? all(arg.map((s) => satisfies(v, s, depth + 1))) : undefined,
  anyOf: (arg, v, _s, depth) =>
    Array.isArray(arg) ? any(arg.map((s) => satisfies(v, s, depth + 1))) : undefined,
  oneOf: (arg, v, _s, depth) => {
    if (!Array.isArray(arg)) return undefined;
    const r = arg.map((s) => satisfies(v, s, depth + 1));
    return r.includes(undefined) ? undefined : r.filter(Boolean).length === 1;
  },
  not: (arg, v, _s, depth) => {
    const r = satisfies(v, arg, depth + 1);
    return r === undefined ? undefined : !r;
  },
  if: (arg, v, schema, depth) => {
    const cond = satisfies(v, arg, depth + 1);
    if (cond === undefined) return undefined;
    const branch = cond ? schema.then : schema.else;
    return branch === undefined ? true : satisfies(v, branch, depth + 1);
  },
};

function keyword(
  key: string,
  arg: unknown,
  value: unknown,
  schema: JsonObject,
  depth: number,
): boolean | undefined {
  if (key === 'patternProperties') return isObject(arg) && Object.keys(arg).length > 0 ? undefined : true;
  if (key === 'additionalProperties' && schema.properties === undefined)
    return objectMembers({}, value, schema, depth);
  if (ANNOTATIONS.has(key)) return true;
  const check = CHECKS[key];
  return check ? check(arg, value, schema, depth) : undefined;
}

/** properties + patternProperties + additionalProperties for one object value. */
function objectMembers(
  properties: unknown,
  value: unknown,
  schema: JsonObject,
  depth: number,
): boolean | undefined {
  if (!isObject(value)) return true;
  const props = isObject(properties) ? properties : {};
  if (isObject(schema.patternProperties) && Object.keys(schema.patternProperties).length > 0)
    return undefined;
  const results = Object.entries(value).map(([k, v]) =>
    Object.hasOwn(props, k)
      ? satisfies(v, props[k], depth + 1)
      : schema.additionalProperties === undefined
        ? true
        : satisfies(v, schema.additionalProperties, depth + 1),
  );
  return all(results);
}

function all(results: Array<boolean | undefined>): boolean | undefined {
  if (results.includes(false)) return false;
  return results.includes(undefined) ? undefined : true;
}

function any(results: Array<boolean | undefined>): boolean | undefined {
  if (results.includes(true)) return true;
  return results.includes(undefined) ? undefined : false;
}

/** The types a schema admits (undefined: every type), from `type`, `const` and `enum`. */
export function admittedTypes(schema: unknown): Set<string> | undefined {
  if (schema === false) return new Set();
  if (!isObject(schema)) return undefined;
  let types: Set<string> | undefined;
  if (typeof schema.type === 'string' || Array.isArray(schema.type)) {
    const list = typeof schema.type === 'string' ? [schema.type] : (schema.type as unknown[]).map(String);
    types = new Set(list.includes('number') ? [...list, 'integer'] : list);
  }
  const values = Array.isArray(schema.enum)
    ? schema.enum
    : Object.hasOwn(schema, 'const')
      ? [schema.const]
      : undefined;
  if (values) {
    const fromValues = new Set(values.flatMap(jsonTypes));
    types = types ? new Set([...types].filter((t) => fromValues.has(t))) : fromValues;
  }
  return types;
}

/**
 * Whether no value satisfies both schemas, shown by disjoint types, disjoint value lists, or a
 * property both require whose schemas are disjoint (a tagged union). False means "not shown".
 */
export function disjoint(x: unknown, y: unknown, depth = 0): boolean {
  if (x === false || y === false) return true;
  if (!isObject(x) || !isObject(y) || depth > 8) return false;
  const tx = admittedTypes(x);
  const ty = admittedTypes(y);
  if (tx && ty && ![...tx].some((t) => ty.has(t))) return true;
  const vx = Array.isArray(x.enum) ? x.enum : Object.hasOwn(x, 'const') ? [x.const] : undefined;
  const vy = Array.isArray(y.enum) ? y.enum : Object.hasOwn(y, 'const') ? [y.const] : undefined;
  if (vx && vy && !vx.some((a) => vy.some((b) => same(a, b)))) return true;
  if (vx && vx.every((v) => satisfies(v, y) === false)) return true;
  if (vy && vy.every((v) => satisfies(v, x) === false)) return true;
  const rx = Array.isArray(x.required) ? x.required : [];
  const ry = Array.isArray(y.required) ? y.required : [];
  const px = isObject(x.properties) ? x.properties : {};
  const py = isObject(y.properties) ? y.properties : {};
  const objectsOnly = tx?.size === 1 && tx.has('object') && ty?.size === 1 && ty.has('object');
  return (
    objectsOnly &&
    rx.some((k) => typeof k === 'string' && ry.includes(k) && disjoint(px[k], py[k], depth + 1))
  );
}
