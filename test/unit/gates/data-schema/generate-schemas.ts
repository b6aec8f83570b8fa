/**
 * Seeded generators of JSON Schemas (draft-07 and 2020-12) and JSON instances, for the
 * differential test against python3-jsonschema and the differ-vs-validator test. Everything is
 * drawn from a mulberry32 PRNG, so a seed replays a case exactly; the tests print the seed when a
 * case disagrees. The vocabulary is what both validators implement the same way: types, enum,
 * const, numeric and string bounds, simple ASCII patterns (the same in ECMA-262, RE2 and Python
 * `re`), required, properties, additionalProperties, patternProperties, items (list and tuple),
 * contains, allOf/anyOf/oneOf/not, if/then/else, dependencies, `$ref` to definitions (with and
 * without sibling keywords), and the formats both check alike (date, ipv4; uuid in 2020-12).
 */

export type Rng = () => number;

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function rngOf(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const chance = (rng: Rng, p: number) => rng() < p;
const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

export type Dialect = 'draft-07' | '2020-12';
export const DIALECT_URI: Record<Dialect, string> = {
  'draft-07': 'http://json-schema.org/draft-07/schema#',
  '2020-12': 'https://json-schema.org/draft/2020-12/schema',
};

const NAMES = ['a', 'b', 'c', 'd'];
const PATTERNS = ['^a', 'b$', '^[a-c]+$', '[0-9]', '^x[0-9]$', 'a|b', '^.{2}$'];
const KEY_PATTERNS = ['^x', '^[cd]$'];
const STRINGS = [
  '',
  'a',
  'ab',
  'abc',
  'b',
  'ba',
  'x1',
  'xy',
  'c',
  'zzzz',
  '2024-02-29',
  '2023-02-29',
  '2024-13-01',
  '2024-01-31',
  '192.168.0.1',
  '256.1.1.1',
  '10.0.0.01',
  '123e4567-e89b-12d3-a456-426614174000',
  '123e4567e89b12d3a456426614174000',
];
const NUMBERS = [-3, -1, 0, 1, 2, 3, 4, 5, 6, 10, 12, 0.5, 1.5, 2.5, 100];
const TYPES = ['string', 'integer', 'number', 'boolean', 'null', 'object', 'array'];

/** A random JSON Schema of the given dialect (the root carries `$schema` and definitions). */
export function genSchema(rng: Rng, dialect: Dialect): Record<string, unknown> {
  const defsKey = dialect === 'draft-07' ? 'definitions' : '$defs';
  const defs: Record<string, unknown> = {};
  const ctx: Ctx = { rng, dialect, defsKey, defNames: [] };
  for (const name of ['p', 'q'].slice(0, int(rng, 0, 2))) {
    defs[name] = genNode(ctx, 1);
    ctx.defNames.push(name);
  }
  const root = genNode(ctx, 3);
  const out: Record<string, unknown> = {
    $schema: DIALECT_URI[dialect],
    ...(typeof root === 'object' ? root : { allOf: [root] }),
  };
  if (Object.keys(defs).length > 0) out[defsKey] = defs;
  return out;
}

interface Ctx {
  rng: Rng;
  dialect: Dialect;
  defsKey: string;
  defNames: string[];
}

/** One subschema; `depth` bounds nesting. */
export function genNode(ctx: Ctx, depth: number): unknown {
  const { rng } = ctx;
  if (depth <= 0 || chance(rng, 0.12)) return leaf(ctx);
  const kind = pick(rng, [
    'object',
    'object',
    'array',
    'number',
    'string',
    'combinator',
    'ref',
    'conditional',
    'typed',
  ]);
  switch (kind) {
    case 'object':
      return objectSchema(ctx, depth);
    case 'array':
      return arraySchema(ctx, depth);
    case 'number':
      return numberSchema(rng);
    case 'string':
      return stringSchema(ctx);
    case 'combinator': {
      const key = pick(rng, ['allOf', 'anyOf', 'oneOf', 'not']);
      if (key === 'not') return { not: genNode(ctx, depth - 1) };
      return { [key]: Array.from({ length: int(rng, 1, 3) }, () => genNode(ctx, depth - 1)) };
    }
    case 'ref': {
      if (ctx.defNames.length === 0) return leaf(ctx);
      const ref = { $ref: `#/${ctx.defsKey}/${pick(rng, ctx.defNames)}` };
      // Siblings beside $ref: ignored in draft-07, applied in 2020-12.
      return chance(rng, 0.5) ? { ...ref, ...(leaf(ctx) as object) } : ref;
    }
    case 'conditional':
      return {
        if: genNode(ctx, depth - 1),
        then: genNode(ctx, depth - 1),
        ...(chance(rng, 0.6) ? { else: genNode(ctx, depth - 1) } : {}),
      };
    default:
      return leaf(ctx);
  }
}

function leaf(ctx: Ctx): unknown {
  const { rng } = ctx;
  switch (int(rng, 0, 7)) {
    case 0:
      return chance(rng, 0.5) ? true : false;
    case 1:
      return {
        type: chance(rng, 0.7) ? pick(rng, TYPES) : [...new Set([pick(rng, TYPES), pick(rng, TYPES)])],
      };
    case 2:
      return { enum: distinct(Array.from({ length: int(rng, 1, 3) }, () => genValue(rng, 1))) };
    case 3:
      return { const: genValue(rng, 1) };
    case 4:
      return numberSchema(rng);
    case 5:
      return stringSchema(ctx);
    case 6:
      return {
        type: 'string',
        format: pick(rng, ctx.dialect === '2020-12' ? ['date', 'ipv4', 'uuid'] : ['date', 'ipv4']),
      };
    default:
      return {};
  }
}

function numberSchema(rng: Rng): Record<string, unknown> {
  const s: Record<string, unknown> = chance(rng, 0.7) ? { type: pick(rng, ['integer', 'number']) } : {};
  if (chance(rng, 0.5)) s.minimum = pick(rng, [0, 1, 2]);
  if (chance(rng, 0.3)) s.exclusiveMinimum = pick(rng, [0, 1]);
  if (chance(rng, 0.5)) s.maximum = pick(rng, [4, 5, 10]);
  if (chance(rng, 0.3)) s.exclusiveMaximum = pick(rng, [5, 10]);
  if (chance(rng, 0.25)) s.multipleOf = pick(rng, [2, 3]);
  return s;
}

function stringSchema(ctx: Ctx): Record<string, unknown> {
  const { rng } = ctx;
  const s: Record<string, unknown> = chance(rng, 0.7) ? { type: 'string' } : {};
  if (chance(rng, 0.4)) s.minLength = int(rng, 0, 2);
  if (chance(rng, 0.4)) s.maxLength = int(rng, 1, 3);
  if (chance(rng, 0.5)) s.pattern = pick(rng, PATTERNS);
  return s;
}

function objectSchema(ctx: Ctx, depth: number): Record<string, unknown> {
  const { rng } = ctx;
  const s: Record<string, unknown> = chance(rng, 0.8) ? { type: 'object' } : {};
  const names = NAMES.filter(() => chance(rng, 0.5));
  if (names.length > 0) s.properties = Object.fromEntries(names.map((n) => [n, genNode(ctx, depth - 1)]));
  const required = NAMES.filter(() => chance(rng, 0.3));
  if (required.length > 0) s.required = required;
  if (chance(rng, 0.4)) s.additionalProperties = chance(rng, 0.5) ? false : genNode(ctx, depth - 1);
  if (chance(rng, 0.2)) s.patternProperties = { [pick(rng, KEY_PATTERNS)]: genNode(ctx, depth - 1) };
  if (chance(rng, 0.15)) s.minProperties = int(rng, 1, 2);
  if (chance(rng, 0.15)) s.maxProperties = int(rng, 1, 3);
  if (chance(rng, 0.15)) {
    const deps = { [pick(rng, NAMES)]: chance(rng, 0.5) ? [pick(rng, NAMES)] : genNode(ctx, depth - 1) };
    if (ctx.dialect === 'draft-07') s.dependencies = deps;
    else if (Array.isArray(Object.values(deps)[0])) s.dependentRequired = deps;
    else s.dependentSchemas = deps;
  }
  return s;
}

function arraySchema(ctx: Ctx, depth: number): Record<string, unknown> {
  const { rng } = ctx;
  const s: Record<string, unknown> = chance(rng, 0.8) ? { type: 'array' } : {};
  if (chance(rng, 0.35)) {
    const tuple = Array.from({ length: int(rng, 1, 2) }, () => genNode(ctx, depth - 1));
    const rest = chance(rng, 0.5) ? (chance(rng, 0.5) ? false : genNode(ctx, depth - 1)) : undefined;
    if (ctx.dialect === 'draft-07')
      Object.assign(s, { items: tuple }, rest === undefined ? {} : { additionalItems: rest });
    else Object.assign(s, { prefixItems: tuple }, rest === undefined ? {} : { items: rest });
  } else if (chance(rng, 0.7)) s.items = genNode(ctx, depth - 1);
  if (chance(rng, 0.2)) s.minItems = int(rng, 1, 2);
  if (chance(rng, 0.2)) s.maxItems = int(rng, 1, 3);
  if (chance(rng, 0.15)) s.uniqueItems = true;
  if (chance(rng, 0.15)) {
    s.contains = genNode(ctx, depth - 1);
    if (ctx.dialect === '2020-12' && chance(rng, 0.5)) s.minContains = int(rng, 0, 2);
    if (ctx.dialect === '2020-12' && chance(rng, 0.3)) s.maxContains = int(rng, 1, 2);
  }
  return s;
}

/** Values without repeats (JSON equality), as `enum` must be. */
function distinct(values: unknown[]): unknown[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const key = JSON.stringify(v);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A random JSON value drawn from pools that hit the generated keywords' edges. */
export function genValue(rng: Rng, depth: number): unknown {
  const kind = depth <= 0 ? int(rng, 0, 3) : int(rng, 0, 5);
  switch (kind) {
    case 0:
      return pick(rng, NUMBERS);
    case 1:
      return pick(rng, STRINGS);
    case 2:
      return pick(rng, [true, false, null]);
    case 3:
      return pick(rng, [0, 1, 'a', 'ab', '']);
    case 4:
      return Array.from({ length: int(rng, 0, 3) }, () => genValue(rng, depth - 1));
    default: {
      const keys = [...NAMES, 'x1', 'xy'].filter(() => chance(rng, 0.4));
      return Object.fromEntries(keys.map((k) => [k, genValue(rng, depth - 1)]));
    }
  }
}

/**
 * Instances for a schema: random values, plus values built from the schema's own literals (enum
 * and const values, objects with its property names) so that valid instances are common too.
 */
export function genInstances(rng: Rng, schema: unknown, count: number): unknown[] {
  const literals: unknown[] = [];
  const walk = (node: unknown, depth: number) => {
    if (depth > 6 || typeof node !== 'object' || node === null) return;
    const o = node as Record<string, unknown>;
    if (Array.isArray(o.enum)) literals.push(...(o.enum as unknown[]));
    if ('const' in o) literals.push(o.const);
    for (const v of Object.values(o)) {
      if (Array.isArray(v))
        v.forEach((x) => {
          walk(x, depth + 1);
        });
      else walk(v, depth + 1);
    }
  };
  walk(schema, 0);
  const out: unknown[] = [];
  for (let i = 0; i < count; i++) {
    if (literals.length > 0 && chance(rng, 0.25)) out.push(pick(rng, literals));
    else if (chance(rng, 0.3)) {
      const obj: Record<string, unknown> = {};
      for (const n of NAMES)
        if (chance(rng, 0.6))
          obj[n] = literals.length > 0 && chance(rng, 0.4) ? pick(rng, literals) : genValue(rng, 1);
      out.push(obj);
    } else out.push(genValue(rng, 2));
  }
  return out;
}
