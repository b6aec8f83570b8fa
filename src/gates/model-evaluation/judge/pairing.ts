import type { PredictionTable } from '../table.js';

/** Candidate and baseline predictions of the same rows, aligned: row i of both is one example. */
export interface PairedTables {
  candidate: PredictionTable;
  baseline: PredictionTable;
  /** Candidate rows without a baseline row of the same id, and the other way round. */
  unmatchedCandidate: number;
  unmatchedBaseline: number;
  /** Rows whose id matched but whose labels differ (dropped: not the same example). */
  labelMismatches: number;
  /** The first mismatching id, for the finding. */
  firstMismatch?: string;
}

/**
 * Joins two predictions tables on their id column. Only rows present in both, with the same
 * label, are kept; the candidate's weights apply to both sides (one example, one weight).
 */
export function pairTables(candidate: PredictionTable, baseline: PredictionTable): PairedTables | undefined {
  if (!candidate.ids || !baseline.ids || candidate.task !== baseline.task) return undefined;
  const baselineRow = new Map<string, number>();
  baseline.ids.forEach((id, i) => baselineRow.set(id, i));
  const left: number[] = [];
  const right: number[] = [];
  let labelMismatches = 0;
  let firstMismatch: string | undefined;
  candidate.ids.forEach((id, i) => {
    const j = baselineRow.get(id);
    if (j === undefined) return;
    if (labelKey(candidate, i) !== labelKey(baseline, j)) {
      labelMismatches++;
      firstMismatch ??= id;
      return;
    }
    left.push(i);
    right.push(j);
  });
  const c = subsetTable(candidate, left);
  const b = subsetTable(baseline, right);
  if (c.weight) b.weight = c.weight;
  else delete b.weight;
  return {
    candidate: c,
    baseline: b,
    unmatchedCandidate: candidate.n - left.length - labelMismatches,
    unmatchedBaseline: baseline.n - left.length - labelMismatches,
    labelMismatches,
    ...(firstMismatch !== undefined ? { firstMismatch } : {}),
  };
}

function labelKey(t: PredictionTable, i: number): string {
  if (t.task === 'regression') return String(t.labelValue?.[i]);
  return t.classes[t.labelClass?.[i] ?? -1] ?? '';
}

/** The rows `rows` of a table, in that order, as a table of their own. */
export function subsetTable(t: PredictionTable, rows: readonly number[]): PredictionTable {
  const n = rows.length;
  const pickF = (a: Float64Array | undefined) =>
    a ? Float64Array.from(rows, (i) => a[i] as number) : undefined;
  const pickI = (a: Int32Array | undefined) => (a ? Int32Array.from(rows, (i) => a[i] as number) : undefined);
  const out: PredictionTable = {
    task: t.task,
    n,
    classes: t.classes,
    scoreKind: t.scoreKind,
    where: t.where,
    groups: t.groups.map((g) => ({
      name: g.name,
      values: g.values,
      codes: Int32Array.from(rows, (i) => g.codes[i] as number),
    })),
  };
  const set = <K extends keyof PredictionTable>(key: K, value: PredictionTable[K] | undefined) => {
    if (value !== undefined) out[key] = value;
  };
  set('labelClass', pickI(t.labelClass));
  set('predClass', pickI(t.predClass));
  set('labelValue', pickF(t.labelValue));
  set('predValue', pickF(t.predValue));
  set('score', pickF(t.score));
  set('weight', pickF(t.weight));
  if (t.proba) {
    const k = t.classes.length;
    const proba = new Float64Array(n * k);
    rows.forEach((i, r) => {
      proba.set((t.proba as Float64Array).subarray(i * k, i * k + k), r * k);
    });
    out.proba = proba;
  }
  if (t.ids) out.ids = rows.map((i) => (t.ids as string[])[i] as string);
  return out;
}
