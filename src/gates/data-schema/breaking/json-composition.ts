import type { Breaks, JsonObject, SchemaChange } from './change.js';
import { BOTH, isObject, LOOSER, NONE, show, TIGHTER } from './change.js';
import { disjoint } from './json-finite.js';
import { type At, breaksBetween, compare, type Ctx, sameSchema } from './json-schema-diff.js';
import { RULES } from './rules.js';

/** Above this many branch pairs, anyOf/oneOf are not compared pair by pair. */
const MAX_PAIRS = 256;

/**
 * Combinators and conditionals, compared branch by branch:
 * - `allOf` (what did not merge into the schema): a new branch must hold for every old instance,
 *   so it is compared with the matching old branch (or the whole old schema); a dropped branch
 *   loosens.
 * - `anyOf`: every old branch must be covered by some new branch (backward), every new branch by
 *   some old one (forward); a schema without `anyOf` is one branch, itself.
 * - `oneOf`: as `anyOf`, and the branches of the accepting side must be pairwise disjoint (shown
 *   by types, values, or a required tag property), or an instance could match two.
 * - `not`: the directions flip (`not A ⊆ not B` exactly when `B ⊆ A`); adding one is safe when it
 *   is disjoint from the old schema.
 * - `if`/`then`/`else` with the same `if`: `then` and `else` compared; a changed `if` breaks both
 *   ways unless both branches accept everything.
 */
export function compositionChanges(A: JsonObject, B: JsonObject, at: At, ctx: Ctx): SchemaChange[] {
  return [
    ...allOfChanges(A, B, at, ctx),
    ...anyOfChanges(A, B, at, ctx, 'anyOf'),
    ...anyOfChanges(A, B, at, ctx, 'oneOf'),
    ...notChanges(A, B, at, ctx),
    ...conditionalChanges(A, B, at, ctx),
  ];
}

const list = (v: unknown): unknown[] | undefined => (Array.isArray(v) ? v : undefined);

/** The schema without one keyword (the rest of a schema, as one branch). */
function without(node: JsonObject, key: string): JsonObject {
  return Object.fromEntries(Object.entries(node).filter(([k]) => k !== key));
}

function allOfChanges(A: JsonObject, B: JsonObject, at: At, ctx: Ctx): SchemaChange[] {
  const la = list(A.allOf) ?? [];
  const lb = list(B.allOf) ?? [];
  if (la.length === 0 && lb.length === 0) return [];
  const unmatchedA = la.filter((x) => !lb.some((y) => sameSchema(x, y, ctx)));
  const unmatchedB = lb.filter((y) => !la.some((x) => sameSchema(x, y, ctx)));
  const changes: SchemaChange[] = [];
  const p = (i: number) => `${at.pointer}/allOf/${i}`;
  unmatchedB.forEach((branch, i) => {
    const partner = unmatchedA[i];
    const where = { pointer: p(lb.indexOf(branch)), subject: `${at.subject} allOf #${lb.indexOf(branch)}` };
    if (partner !== undefined) changes.push(...compare(partner, branch, where, ctx));
    else {
      const backward = breaksBetween(without(A, 'allOf'), branch, where, ctx).backward;
      changes.push({
        rule: RULES.compositionChanged,
        pointer: where.pointer,
        message: `${where.subject} added`,
        breaks: { backward, forward: false },
      });
    }
  });
  unmatchedA.slice(unmatchedB.length).forEach((branch) => {
    const forward = breaksBetween(branch, without(B, 'allOf'), at, ctx).forward;
    changes.push({
      rule: RULES.compositionChanged,
      pointer: `${at.pointer}/allOf`,
      message: `${at.subject}: allOf branch ${show(branch)} removed`,
      breaks: { backward: false, forward },
    });
  });
  return changes;
}

/** Whether `x` is covered by one of `ys` in the given direction (x ⊆ y backward, y ⊆ x forward). */
function coveredBy(x: unknown, ys: unknown[], at: At, ctx: Ctx, direction: 'backward' | 'forward'): boolean {
  if (ys.some((y) => sameSchema(x, y, ctx))) return true;
  return ys.some((y) =>
    direction === 'backward' ? !breaksBetween(x, y, at, ctx).backward : !breaksBetween(y, x, at, ctx).forward,
  );
}

function pairwiseDisjoint(branches: unknown[]): boolean {
  for (let i = 0; i < branches.length; i++)
    for (let j = i + 1; j < branches.length; j++) if (!disjoint(branches[i], branches[j])) return false;
  return true;
}

function anyOfChanges(
  A: JsonObject,
  B: JsonObject,
  at: At,
  ctx: Ctx,
  key: 'anyOf' | 'oneOf',
): SchemaChange[] {
  const la = list(A[key]);
  const lb = list(B[key]);
  if (la === undefined && lb === undefined) return [];
  if (la && lb && la.length === lb.length && la.every((x) => lb.some((y) => sameSchema(x, y, ctx))))
    return [];
  const pointer = `${at.pointer}/${key}`;
  if ((la?.length ?? 1) * (lb?.length ?? 1) > MAX_PAIRS)
    return [
      {
        rule: RULES.compositionChanged,
        pointer,
        message: `${at.subject}: ${key} changed (too many branches to compare)`,
        breaks: BOTH,
      },
    ];
  // A side without the keyword is one branch: itself without it.
  const branchesA = la ?? [without(A, key)];
  const branchesB = lb ?? [without(B, key)];
  const where = { pointer, subject: `${at.subject} ${key}` };
  // Old instances must fall in some new branch when the new side has the keyword; new instances
  // in some old branch when the old side has it (otherwise the side's other keywords decide).
  const uncoveredA = lb ? branchesA.filter((x) => !coveredBy(x, branchesB, where, ctx, 'backward')) : [];
  const uncoveredB = la ? branchesB.filter((y) => !coveredBy(y, branchesA, where, ctx, 'forward')) : [];
  const exclusive = (branches: unknown[] | undefined) =>
    key === 'anyOf' || branches === undefined || pairwiseDisjoint(branches);
  const breaks: Breaks = {
    backward: uncoveredA.length > 0 || (lb !== undefined && !exclusive(lb)),
    forward: uncoveredB.length > 0 || (la !== undefined && !exclusive(la)),
  };
  if (!breaks.backward && !breaks.forward) return [];
  const detail = [
    ...uncoveredA.map((x) => `old branch ${show(x)} not covered`),
    ...uncoveredB.map((y) => `new branch ${show(y)} not covered`),
    ...(breaks.backward && uncoveredA.length === 0 ? ['new branches may overlap'] : []),
    ...(breaks.forward && uncoveredB.length === 0 ? ['old branches may overlap'] : []),
  ];
  return [
    {
      rule: RULES.compositionChanged,
      pointer,
      message: `${at.subject}: ${key} changed: ${detail.join('; ')}`,
      breaks,
    },
  ];
}

function notChanges(A: JsonObject, B: JsonObject, at: At, ctx: Ctx): SchemaChange[] {
  if (A.not === undefined && B.not === undefined) return [];
  const pointer = `${at.pointer}/not`;
  let breaks: Breaks;
  if (A.not !== undefined && B.not !== undefined) {
    const inner = breaksBetween(A.not, B.not, { pointer, subject: `${at.subject} not` }, ctx);
    breaks = { backward: inner.forward, forward: inner.backward };
  } else if (B.not !== undefined) breaks = disjoint(without(A, 'not'), B.not) ? NONE : TIGHTER;
  else breaks = disjoint(without(B, 'not'), A.not) ? NONE : LOOSER;
  if (!breaks.backward && !breaks.forward) return [];
  return [
    {
      rule: RULES.compositionChanged,
      pointer,
      message: `${at.subject}: not ${show(A.not)} → ${show(B.not)}`,
      breaks,
    },
  ];
}

function isTrue(schema: unknown): boolean {
  return schema === undefined || schema === true || (isObject(schema) && Object.keys(schema).length === 0);
}

function conditionalChanges(A: JsonObject, B: JsonObject, at: At, ctx: Ctx): SchemaChange[] {
  const active = (n: JsonObject) => n.if !== undefined && !(isTrue(n.then) && isTrue(n.else));
  if (!active(A) && !active(B)) return [];
  if (active(A) && active(B) && sameSchema(A.if, B.if, ctx)) {
    return [
      ...compare(
        A.then ?? true,
        B.then ?? true,
        { pointer: `${at.pointer}/then`, subject: `${at.subject} then` },
        ctx,
      ),
      ...compare(
        A.else ?? true,
        B.else ?? true,
        { pointer: `${at.pointer}/else`, subject: `${at.subject} else` },
        ctx,
      ),
    ];
  }
  const breaks = !active(A) ? TIGHTER : !active(B) ? LOOSER : BOTH;
  return [
    {
      rule: RULES.compositionChanged,
      pointer: `${at.pointer}/if`,
      message: `${at.subject}: if ${show(A.if)} → ${show(B.if)}`,
      breaks,
    },
  ];
}
