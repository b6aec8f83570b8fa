import { linearRegExp } from '../regex.js';
import type { Breaks, JsonObject, SchemaChange } from './change.js';
import {
  BOTH,
  boundBreaks,
  isObject,
  LOOSER,
  NONE,
  pointerSegment,
  same,
  show,
  TIGHTER,
  union,
} from './change.js';
import { type At, breaksBetween, child, compare, type Ctx, sameSchema } from './json-schema-diff.js';
import { RULES } from './rules.js';

/** Keywords that evaluate properties or items in place (they matter to `unevaluated*`). */
const IN_PLACE = [
  'allOf',
  'anyOf',
  'oneOf',
  'not',
  'if',
  'then',
  'else',
  'dependentSchemas',
  '$ref',
  '$dynamicRef',
  '$recursiveRef',
];

/**
 * Object keywords: each property name gets the schema that applies to it on each side
 * (`properties[n]` and every matching `patternProperties`, else `additionalProperties`), so a
 * property added to an open model is compared with "anything" — old data may already carry it
 * with any value — and one added to a closed model with "nothing". Names no `properties` entry
 * lists are compared through the patterns both sides share and `additionalProperties`.
 */
export function objectChanges(A: JsonObject, B: JsonObject, at: At, ctx: Ctx): SchemaChange[] {
  const unevaluated = unevaluatedChange(A, B, at, 'unevaluatedProperties');
  return [
    ...unevaluated,
    ...propertyChanges(A, B, at, ctx),
    ...patternChanges(A, B, at, ctx),
    ...additionalChanges(A, B, at, ctx),
    ...requiredChanges(A, B, at),
    ...bound(A, B, at, 'minProperties', 'lower'),
    ...bound(A, B, at, 'maxProperties', 'upper'),
    ...compare(
      A.propertyNames ?? true,
      B.propertyNames ?? true,
      { pointer: `${at.pointer}/propertyNames`, subject: `${at.subject} property names` },
      ctx,
    ),
    ...dependentRequiredChanges(A, B, at),
    ...dependentSchemaChanges(A, B, at, ctx),
  ];
}

function bound(A: JsonObject, B: JsonObject, at: At, key: string, kind: 'lower' | 'upper'): SchemaChange[] {
  const breaks = boundBreaks(kind, A[key], B[key]);
  if (!breaks.backward && !breaks.forward) return [];
  const rule = breaks.backward ? RULES.constraintTightened : RULES.constraintLoosened;
  return [
    {
      rule,
      pointer: `${at.pointer}/${key}`,
      message: `${at.subject}: ${key} ${show(A[key])} → ${show(B[key])}`,
      breaks,
    },
  ];
}

const obj = (v: unknown): JsonObject => (isObject(v) ? v : {});

/** `additionalProperties`, or `unevaluatedProperties` where nothing evaluates in place. */
function restOf(node: JsonObject, key: 'additionalProperties' | 'additionalItems'): unknown {
  if (node[key] !== undefined) return node[key];
  const unevaluated = key === 'additionalProperties' ? 'unevaluatedProperties' : 'unevaluatedItems';
  if (node[unevaluated] !== undefined && !IN_PLACE.some((k) => k in node)) return node[unevaluated];
  return true;
}

/**
 * The schema a side applies to property `name`: its `properties` entry and every matching
 * pattern together, else the rest schema. `undefined` when a pattern cannot be evaluated.
 */
function schemaFor(node: JsonObject, name: string): unknown {
  const parts: unknown[] = [];
  const props = obj(node.properties);
  if (Object.hasOwn(props, name)) parts.push(props[name]);
  for (const [pattern, schema] of Object.entries(obj(node.patternProperties))) {
    try {
      if (linearRegExp(pattern).test(name)) parts.push(schema);
    } catch {
      return undefined;
    }
  }
  if (parts.length === 0) return restOf(node, 'additionalProperties');
  return parts.length === 1 ? parts[0] : { allOf: parts };
}

/** Both sides of an object schema with their `properties` and `required`, read once. */
interface Members {
  A: JsonObject;
  B: JsonObject;
  at: At;
  ctx: Ctx;
  oldProps: JsonObject;
  newProps: JsonObject;
  oldReq: Set<string>;
  newReq: Set<string>;
}

/**
 * Properties listed on either side: renamed, removed, added, then those kept (compared schema to
 * schema). The order is the order of the report.
 */
function propertyChanges(A: JsonObject, B: JsonObject, at: At, ctx: Ctx): SchemaChange[] {
  const m: Members = {
    A,
    B,
    at,
    ctx,
    oldProps: obj(A.properties),
    newProps: obj(B.properties),
    oldReq: requiredOf(A),
    newReq: requiredOf(B),
  };
  const removed = Object.keys(m.oldProps).filter((k) => !Object.hasOwn(m.newProps, k));
  const added = Object.keys(m.newProps).filter((k) => !Object.hasOwn(m.oldProps, k));
  const renamed = renamesOf(m, removed, added);
  return [
    ...renamedChanges(m, renamed),
    ...removedChanges(m, removed, renamed),
    ...addedChanges(m, added, renamed),
    ...keptChanges(m),
  ];
}

/** JSON pointer of property `name`'s entry in `properties`. */
function memberPointer(m: Members, name: string): string {
  return `${m.at.pointer}/properties/${pointerSegment(name)}`;
}

/**
 * How property `name` breaks between the sides: the schemas each applies to it, plus its
 * requiredness. A pattern that cannot be evaluated is assumed to break both ways.
 */
function memberBreaks(m: Members, name: string): Breaks {
  const sa = schemaFor(m.A, name);
  const sb = schemaFor(m.B, name);
  if (sa === undefined || sb === undefined) return BOTH;
  const b = breaksBetween(
    sa,
    sb,
    { pointer: memberPointer(m, name), subject: child(m.at.subject, name) },
    m.ctx,
  );
  const reqBreaks = {
    backward: m.newReq.has(name) && !m.oldReq.has(name),
    forward: m.oldReq.has(name) && !m.newReq.has(name),
  };
  return union(b, reqBreaks);
}

/**
 * Old name → new name. A rename is a property removed and one added with an identical schema (and
 * requiredness); a removed name with several such twins, or whose twin is taken, is no rename.
 */
function renamesOf(m: Members, removed: string[], added: string[]): Map<string, string> {
  const renamed = new Map<string, string>();
  for (const gone of removed) {
    const twins = added.filter(
      (n) => same(m.oldProps[gone], m.newProps[n]) && m.oldReq.has(gone) === m.newReq.has(n),
    );
    const twin = twins[0];
    if (twins.length === 1 && twin !== undefined && ![...renamed.values()].includes(twin))
      renamed.set(gone, twin);
  }
  return renamed;
}

/** One change per rename, breaking as either name would. */
function renamedChanges(m: Members, renamed: Map<string, string>): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const [gone, now] of renamed) {
    changes.push({
      rule: RULES.columnRenamed,
      pointer: memberPointer(m, now),
      message: `${child(m.at.subject, gone)} renamed to ${show(now)}`,
      breaks: union(memberBreaks(m, gone), memberBreaks(m, now)),
    });
  }
  return changes;
}

/** Properties only the old side lists, other than those renamed. */
function removedChanges(m: Members, removed: string[], renamed: Map<string, string>): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const gone of removed) {
    if (renamed.has(gone)) continue;
    changes.push({
      rule: RULES.columnRemoved,
      pointer: `${m.at.pointer}/properties`,
      message: `${child(m.at.subject, gone)} removed`,
      breaks: memberBreaks(m, gone),
    });
  }
  return changes;
}

/**
 * Properties only the new side lists, other than rename targets; the rule says whether old data
 * could lack it (required) or could not have carried it (the old model was closed).
 */
function addedChanges(m: Members, added: string[], renamed: Map<string, string>): SchemaChange[] {
  const renamedTo = new Set(renamed.values());
  const changes: SchemaChange[] = [];
  for (const now of added) {
    if (renamedTo.has(now)) continue;
    const name = child(m.at.subject, now);
    const [rule, how] = m.newReq.has(now)
      ? [RULES.requiredColumnAdded, 'added as required']
      : restOf(m.A, 'additionalProperties') === false
        ? [RULES.columnAddedClosed, 'added (additionalProperties was false)']
        : [RULES.optionalColumnAdded, 'added as optional'];
    changes.push({
      rule,
      pointer: memberPointer(m, now),
      message: `${name} ${how}`,
      breaks: memberBreaks(m, now),
    });
  }
  return changes;
}

/** Properties both sides list, compared schema to schema (patterns included). */
function keptChanges(m: Members): SchemaChange[] {
  const changes: SchemaChange[] = [];
  for (const name of Object.keys(m.newProps)) {
    if (!Object.hasOwn(m.oldProps, name)) continue;
    const sa = schemaFor(m.A, name);
    const sb = schemaFor(m.B, name);
    const where = { pointer: memberPointer(m, name), subject: child(m.at.subject, name) };
    if (sa === undefined || sb === undefined) {
      changes.push({
        rule: RULES.schemaClosed,
        pointer: where.pointer,
        message: `${where.subject}: patternProperties cannot be evaluated`,
        breaks: BOTH,
      });
      continue;
    }
    changes.push(...compare(sa, sb, where, m.ctx));
  }
  return changes;
}

function requiredOf(node: JsonObject): Set<string> {
  return new Set(
    Array.isArray(node.required) ? node.required.filter((r): r is string => typeof r === 'string') : [],
  );
}

/** Requiredness of names whose `properties` entry is on both sides or neither. */
function requiredChanges(A: JsonObject, B: JsonObject, at: At): SchemaChange[] {
  const oldReq = requiredOf(A);
  const newReq = requiredOf(B);
  const inA = (n: string) => Object.hasOwn(obj(A.properties), n);
  const inB = (n: string) => Object.hasOwn(obj(B.properties), n);
  const kept = (n: string) => inA(n) === inB(n);
  const changes: SchemaChange[] = [];
  for (const name of newReq) {
    if (!oldReq.has(name) && kept(name))
      changes.push({
        rule: RULES.requiredAdded,
        pointer: `${at.pointer}/required`,
        message: `${child(at.subject, name)}: optional → required`,
        breaks: TIGHTER,
      });
  }
  for (const name of oldReq) {
    if (!newReq.has(name) && kept(name))
      changes.push({
        rule: RULES.requiredRemoved,
        pointer: `${at.pointer}/required`,
        message: `${child(at.subject, name)}: required → optional`,
        breaks: LOOSER,
      });
  }
  return changes;
}

/**
 * Patterns both sides have are compared schema to schema. A pattern only the new side has now
 * decides names that the old side gave to its rest schema (when the old side had no patterns of
 * its own; otherwise which of its patterns match is unknown, and the change is assumed to break).
 */
function patternChanges(A: JsonObject, B: JsonObject, at: At, ctx: Ctx): SchemaChange[] {
  const pa = obj(A.patternProperties);
  const pb = obj(B.patternProperties);
  const onlyA = Object.keys(pa).filter((r) => !Object.hasOwn(pb, r));
  const onlyB = Object.keys(pb).filter((r) => !Object.hasOwn(pa, r));
  const p = (r: string) => `${at.pointer}/patternProperties/${pointerSegment(r)}`;
  const changes: SchemaChange[] = [];
  for (const r of Object.keys(pb)) {
    if (Object.hasOwn(pa, r))
      changes.push(
        ...compare(
          pa[r],
          pb[r],
          { pointer: p(r), subject: `${at.subject} properties matching ${show(r)}` },
          ctx,
        ),
      );
  }
  const restA = restOf(A, 'additionalProperties');
  const restB = restOf(B, 'additionalProperties');
  for (const r of onlyB) {
    const inner = breaksBetween(restA, pb[r], { pointer: p(r), subject: at.subject }, ctx);
    const breaks =
      Object.keys(pa).length > 0
        ? { backward: !isTrue(pb[r]), forward: inner.forward || onlyA.length > 0 }
        : inner;
    changes.push({
      rule: breaks.backward ? RULES.schemaClosed : RULES.schemaOpened,
      pointer: p(r),
      message: `${at.subject}: patternProperties ${show(r)} added`,
      breaks,
    });
  }
  for (const r of onlyA) {
    const inner = breaksBetween(
      pa[r],
      restB,
      { pointer: `${at.pointer}/patternProperties`, subject: at.subject },
      ctx,
    );
    const breaks =
      Object.keys(pb).length > 0
        ? { backward: inner.backward || onlyB.length > 0, forward: !isTrue(pa[r]) }
        : inner;
    changes.push({
      rule: breaks.backward ? RULES.schemaClosed : RULES.schemaOpened,
      pointer: `${at.pointer}/patternProperties`,
      message: `${at.subject}: patternProperties ${show(r)} removed`,
      breaks,
    });
  }
  return changes;
}

function isTrue(schema: unknown): boolean {
  return (
    schema === true ||
    (isObject(schema) && Object.keys(schema).every((k) => ['title', 'description', '$comment'].includes(k)))
  );
}

/** `additionalProperties` (or a lone `unevaluatedProperties`): names nothing else decides. */
function additionalChanges(A: JsonObject, B: JsonObject, at: At, ctx: Ctx): SchemaChange[] {
  const was = restOf(A, 'additionalProperties');
  const is = restOf(B, 'additionalProperties');
  if (sameSchema(was, is, ctx)) return [];
  const key =
    B.additionalProperties !== undefined || A.additionalProperties !== undefined
      ? 'additionalProperties'
      : 'unevaluatedProperties';
  const where = { pointer: `${at.pointer}/${key}`, subject: `${at.subject} ${key}` };
  if (isObject(was) && isObject(is)) return compare(was, is, where, ctx);
  const breaks = breaksBetween(was, is, where, ctx);
  if (!breaks.backward && !breaks.forward) return [];
  return [
    {
      rule: breaks.backward ? RULES.schemaClosed : RULES.schemaOpened,
      pointer: where.pointer,
      message: `${at.subject}: ${key} ${show(A[key])} → ${show(B[key])}`,
      breaks,
    },
  ];
}

/**
 * `unevaluatedProperties`/`unevaluatedItems` beside in-place applicators depend on what every
 * branch evaluates; the differ does not track that, so any change of such a schema is assumed
 * to break both ways (the rest of the comparison still names what changed).
 */
function unevaluatedChange(
  A: JsonObject,
  B: JsonObject,
  at: At,
  key: 'unevaluatedProperties' | 'unevaluatedItems',
): SchemaChange[] {
  if (A[key] === undefined && B[key] === undefined) return [];
  const inPlace = IN_PLACE.some((k) => k in A || k in B);
  if (!inPlace) return []; // called only when the two schemas may differ
  return [
    {
      rule: RULES.compositionChanged,
      pointer: `${at.pointer}/${key}`,
      message: `${at.subject}: ${key} beside combinators whose evaluation changed (not analysed)`,
      breaks: BOTH,
    },
  ];
}

function dependentRequiredChanges(A: JsonObject, B: JsonObject, at: At): SchemaChange[] {
  const da = obj(A.dependentRequired);
  const db = obj(B.dependentRequired);
  const changes: SchemaChange[] = [];
  for (const key of new Set([...Object.keys(da), ...Object.keys(db)])) {
    const la = Array.isArray(da[key]) ? (da[key] as unknown[]).map(String) : [];
    const lb = Array.isArray(db[key]) ? (db[key] as unknown[]).map(String) : [];
    const more = lb.filter((x) => !la.includes(x));
    const fewer = la.filter((x) => !lb.includes(x));
    const pointer = `${at.pointer}/dependentRequired/${pointerSegment(key)}`;
    if (more.length > 0)
      changes.push({
        rule: RULES.requiredAdded,
        pointer,
        message: `${at.subject}: when ${show(key)} is present, ${more.map(show).join(', ')} now required`,
        breaks: TIGHTER,
      });
    if (fewer.length > 0)
      changes.push({
        rule: RULES.requiredRemoved,
        pointer,
        message: `${at.subject}: when ${show(key)} is present, ${fewer.map(show).join(', ')} no longer required`,
        breaks: LOOSER,
      });
  }
  return changes;
}

function dependentSchemaChanges(A: JsonObject, B: JsonObject, at: At, ctx: Ctx): SchemaChange[] {
  const da = obj(A.dependentSchemas);
  const db = obj(B.dependentSchemas);
  return [...new Set([...Object.keys(da), ...Object.keys(db)])].flatMap((key) =>
    compare(
      da[key] ?? true,
      db[key] ?? true,
      {
        pointer: `${at.pointer}/dependentSchemas/${pointerSegment(key)}`,
        subject: `${at.subject} when ${show(key)} is present`,
      },
      ctx,
    ),
  );
}

/** An array side as positions: the schemas of the first positions, then the rest. */
function tupleOf(node: JsonObject, legacy: boolean): { prefix: unknown[]; rest: unknown } {
  if (!legacy && Array.isArray(node.prefixItems))
    return { prefix: node.prefixItems, rest: node.items ?? true };
  if (Array.isArray(node.items)) return { prefix: node.items, rest: restOf(node, 'additionalItems') };
  if (!legacy) return { prefix: [], rest: node.items ?? restOf(node, 'additionalItems') };
  return { prefix: [], rest: node.items ?? true };
}

/**
 * Array keywords. Tuples are compared position by position (`items: [a]` in draft-07 and
 * `prefixItems: [a]` in 2020-12 are the same tuple), so a change that keeps or widens the set of
 * valid arrays is not reported as breaking; positions past a `false` one cannot exist.
 */
export function arrayChanges(A: JsonObject, B: JsonObject, at: At, ctx: Ctx): SchemaChange[] {
  const ta = tupleOf(A, ctx.oldLegacy);
  const tb = tupleOf(B, ctx.newLegacy);
  const itemSubject = at.subject === 'schema root' ? 'property "[]"' : at.subject.replace(/"$/, '[]"');
  const at0 = (i: number) =>
    i < tb.prefix.length
      ? `${at.pointer}/${Array.isArray(B.prefixItems) ? 'prefixItems' : 'items'}/${i}`
      : `${at.pointer}/items`;
  const schemaAt = (t: { prefix: unknown[]; rest: unknown }, i: number) =>
    i < t.prefix.length ? t.prefix[i] : t.rest;
  const cutA = lengthCap(A, ta);
  const cutB = lengthCap(B, tb);
  const changes: SchemaChange[] = [];
  const n = Math.max(ta.prefix.length, tb.prefix.length);
  const limit = (i: number, list: SchemaChange[]) =>
    list.map((c) => ({
      ...c,
      breaks: { backward: c.breaks.backward && i < cutA, forward: c.breaks.forward && i < cutB },
    }));
  for (let i = 0; i < n; i++)
    changes.push(
      ...limit(
        i,
        compare(schemaAt(ta, i), schemaAt(tb, i), { pointer: at0(i), subject: `${itemSubject} #${i}` }, ctx),
      ),
    );
  changes.push(
    ...limit(n, compare(ta.rest, tb.rest, { pointer: `${at.pointer}/items`, subject: itemSubject }, ctx)),
  );
  return [
    ...unevaluatedChange(A, B, at, 'unevaluatedItems'),
    ...changes,
    ...bound(A, B, at, 'minItems', 'lower'),
    ...capChange(A, B, at, cutA, cutB),
    ...uniqueChange(A, B, at),
    ...containsChanges(A, B, at, ctx),
  ];
}

/**
 * The most items an array may hold: the first position whose schema is `false`, the length of a
 * tuple whose rest is `false` (`items: false`, `additionalItems: false`), or `maxItems`,
 * whichever is smallest; Infinity when nothing caps it. Positions from the cap on cannot exist.
 */
function lengthCap(node: JsonObject, t: { prefix: unknown[]; rest: unknown }): number {
  const closedAt = t.prefix.findIndex((s) => s === false);
  let cap = closedAt === -1 ? Infinity : closedAt;
  if (t.rest === false) cap = Math.min(cap, t.prefix.length);
  if (typeof node.maxItems === 'number') cap = Math.min(cap, Math.floor(node.maxItems));
  return cap;
}

/**
 * `maxItems`, judged by the length caps rather than the keyword: `items: false` after one
 * position and `maxItems: 1` admit the same arrays, so moving from one to the other is no
 * change. Without `maxItems` on either side a changed cap is a changed position or rest, which
 * the position-by-position comparison reports.
 */
function capChange(A: JsonObject, B: JsonObject, at: At, capA: number, capB: number): SchemaChange[] {
  if (A.maxItems === undefined && B.maxItems === undefined) return [];
  const finite = (cap: number) => (cap === Infinity ? undefined : cap);
  const breaks = boundBreaks('upper', finite(capA), finite(capB));
  if (!breaks.backward && !breaks.forward) return [];
  const fromKeyword = (cap: number, max: unknown) => cap === max || (cap === Infinity && max === undefined);
  const keyword = fromKeyword(capA, A.maxItems) && fromKeyword(capB, B.maxItems);
  const shown = (cap: number) => (cap === Infinity ? 'any number of' : String(cap));
  return [
    {
      rule: breaks.backward ? RULES.constraintTightened : RULES.constraintLoosened,
      pointer: `${at.pointer}/maxItems`,
      message: keyword
        ? `${at.subject}: maxItems ${show(A.maxItems)} → ${show(B.maxItems)}`
        : `${at.subject}: at most ${shown(capA)} item(s) → at most ${shown(capB)} item(s)`,
      breaks,
    },
  ];
}

function uniqueChange(A: JsonObject, B: JsonObject, at: At): SchemaChange[] {
  const was = A.uniqueItems === true;
  const is = B.uniqueItems === true;
  if (was === is) return [];
  return [
    {
      rule: is ? RULES.constraintTightened : RULES.constraintLoosened,
      pointer: `${at.pointer}/uniqueItems`,
      message: `${at.subject}: uniqueItems ${String(was)} → ${String(is)}`,
      breaks: is ? TIGHTER : LOOSER,
    },
  ];
}

/** `contains` with `minContains` (default 1) and `maxContains`. */
function containsChanges(A: JsonObject, B: JsonObject, at: At, ctx: Ctx): SchemaChange[] {
  if (A.contains === undefined && B.contains === undefined) return [];
  const pointer = `${at.pointer}/contains`;
  const message = `${at.subject}: contains ${show(A.contains)} (${show(A.minContains)}..${show(A.maxContains)}) → ${show(B.contains)} (${show(B.minContains)}..${show(B.maxContains)})`;
  const trivial = (n: JsonObject) =>
    n.contains === undefined || (n.minContains === 0 && n.maxContains === undefined);
  let breaks: Breaks;
  if (trivial(A) && trivial(B)) breaks = NONE;
  else if (A.contains === undefined) breaks = TIGHTER;
  else if (B.contains === undefined) breaks = LOOSER;
  else {
    const inner = breaksBetween(A.contains, B.contains, { pointer, subject: `${at.subject} contains` }, ctx);
    const min = boundBreaks('lower', A.minContains ?? 1, B.minContains ?? 1);
    const max = boundBreaks('upper', A.maxContains, B.maxContains);
    breaks = {
      backward:
        inner.backward || min.backward || max.backward || (B.maxContains !== undefined && inner.forward),
      forward: inner.forward || min.forward || max.forward || (A.maxContains !== undefined && inner.backward),
    };
  }
  if (!breaks.backward && !breaks.forward) return [];
  return [{ rule: RULES.compositionChanged, pointer, message, breaks }];
}
