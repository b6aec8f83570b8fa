import type { Multiplicity, PredictionTable } from '../table.js';
import type { RankCache } from './curves.js';
import { type MetricValue, measured, notMeasurable } from './value.js';

/**
 * scikit-learn 1.2's `log_loss(eps="auto")` clips probabilities to [ε, 1 − ε] with ε the float64
 * machine epsilon, then divides each row by its sum. Debian bookworm ships 1.2.1; later versions
 * stopped clipping, which changes the loss only for probabilities within 2.2e-16 of 0 or 1.
 */
const EPS = 2.220446049250313e-16;

function clip(p: number): number {
  return p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
}

/** Each row's binary log loss: −log of the (clipped, renormalised) probability of its label. */
export function binaryLossTerms(t: PredictionTable, out: Float64Array = new Float64Array(t.n)): Float64Array {
  const score = t.score ?? new Float64Array(0);
  const label = t.labelClass ?? new Int32Array(0);
  for (let i = 0; i < t.n; i++) {
    const p = clip(score[i] as number);
    const q = 1 - p;
    out[i] = -Math.log((label[i] === 1 ? p : q) / (q + p));
  }
  return out;
}

/** Each row's multiclass log loss over the probability columns. */
export function multiclassLossTerms(
  t: PredictionTable,
  out: Float64Array = new Float64Array(t.n),
): Float64Array {
  const k = t.classes.length;
  const proba = t.proba ?? new Float64Array(0);
  const label = t.labelClass ?? new Int32Array(0);
  for (let i = 0; i < t.n; i++) {
    let sum = 0;
    for (let c = 0; c < k; c++) sum += clip(proba[i * k + c] as number);
    out[i] = -Math.log(clip(proba[i * k + (label[i] as number)] as number) / sum);
  }
  return out;
}

/** Each row's squared error of the positive-class probability. */
export function brierTerms(t: PredictionTable, out: Float64Array = new Float64Array(t.n)): Float64Array {
  const score = t.score ?? new Float64Array(0);
  const label = t.labelClass ?? new Int32Array(0);
  for (let i = 0; i < t.n; i++) {
    const d = (label[i] as number) - (score[i] as number);
    out[i] = d * d;
  }
  return out;
}

/** Σ w·m·term / Σ w·m: np.average(terms, weights) over the present rows. */
export function weightedMean(t: PredictionTable, terms: Float64Array, m: Multiplicity): MetricValue {
  const weight = t.weight;
  let sum = 0;
  let total = 0;
  let present = 0;
  // Branch-free: a bootstrap resample leaves about 37% of rows at multiplicity 0, at random, and
  // a branch on it costs more than adding 0.
  for (let i = 0; i < t.n; i++) {
    const mult = m ? (m[i] as number) : 1;
    const w = weight ? (weight[i] as number) * mult : mult;
    sum += w * (terms[i] as number);
    total += w;
    present += mult;
  }
  return meanOf(sum, total, present);
}

/** Σ w·term ÷ Σ w, or why there is none (no rows, or weights summing to zero). */
export function meanOf(sum: number, total: number, present: number): MetricValue {
  if (total === 0) return notMeasurable(present === 0 ? 'no rows' : 'the weights sum to zero');
  return measured(sum / total);
}

/** Why a binary file's scores have no log loss or Brier score; undefined when they are probabilities. */
export function marginReason(t: Pick<PredictionTable, 'scoreKind'>): MetricValue | undefined {
  return t.scoreKind === 'probability'
    ? undefined
    : notMeasurable('the scores are margins, not probabilities');
}

/** Binary log loss of the positive-class probability (sklearn log_loss with labels=[neg, pos]). */
export function binaryLogLoss(cache: RankCache, m: Multiplicity): MetricValue {
  return (
    marginReason(cache.table) ?? weightedMean(cache.table, cache.rowTerm('log_loss', binaryLossTerms), m)
  );
}

/** Multiclass log loss over the probability columns (sklearn log_loss with labels=classes). */
export function multiclassLogLoss(cache: RankCache, m: Multiplicity): MetricValue {
  return weightedMean(cache.table, cache.rowTerm('log_loss', multiclassLossTerms), m);
}

/** Mean squared error of the positive-class probability (sklearn brier_score_loss). */
export function brier(cache: RankCache, m: Multiplicity): MetricValue {
  return marginReason(cache.table) ?? weightedMean(cache.table, cache.rowTerm('brier', brierTerms), m);
}
