import type { FairnessMetric } from '../catalog.js';
import type { PredictionRows, SliceColumn } from '../prediction-rows.js';

/** Selection rate, TPR and FPR of one group (weighted), null where undefined. */
export interface GroupRates {
  value: string;
  selectionRate: number | null;
  truePositiveRate: number | null;
  falsePositiveRate: number | null;
}

/**
 * The rates Fairlearn's disparity metrics compare, for each group of one column, from the
 * group's weighted confusion matrix: selection rate = Σ w·[ŷ = positive] / Σ w
 * (fairlearn.metrics.selection_rate), TPR = P[ŷ=1 | y=1], FPR = P[ŷ=1 | y=0]
 * (true_positive_rate / false_positive_rate, from sklearn's confusion matrix). Only groups in
 * `codes` are looked at (the judged ones); `column` indexes the rows' slices.
 */
export function groupRates(rows: PredictionRows, column: number, codes: readonly number[]): GroupRates[] {
  const values = (rows.slices[column] as SliceColumn).values;
  return codes.map((code) => {
    const [tn, fp, fn, tp] = rows.evaluator({ column, code }).confusion().matrix as unknown as [
      number,
      number,
      number,
      number,
    ];
    const total = tn + fp + fn + tp;
    return {
      value: values[code] ?? String(code),
      selectionRate: total > 0 ? (fp + tp) / total : null,
      truePositiveRate: tp + fn > 0 ? tp / (tp + fn) : null,
      falsePositiveRate: fp + tn > 0 ? fp / (fp + tn) : null,
    };
  });
}

/** A disparity, with the groups at both ends, or why there is none. */
export interface Disparity {
  value: number | null;
  between?: [string, string];
  note?: string;
}

type Rate = 'selectionRate' | 'truePositiveRate' | 'falsePositiveRate';

function spread(rates: readonly GroupRates[], rate: Rate): { lo: GroupRates; hi: GroupRates } | undefined {
  const defined = rates.filter((r) => r[rate] !== null);
  if (defined.length < 2) return undefined;
  let lo = defined[0] as GroupRates;
  let hi = lo;
  for (const r of defined) {
    if ((r[rate] as number) < (lo[rate] as number)) lo = r;
    if ((r[rate] as number) > (hi[rate] as number)) hi = r;
  }
  return { lo, hi };
}

function difference(rates: readonly GroupRates[], rate: Rate): Disparity {
  const s = spread(rates, rate);
  if (!s) return { value: null, note: `fewer than two judged groups with a defined ${RATE_NAMES[rate]}` };
  return { value: (s.hi[rate] as number) - (s.lo[rate] as number), between: [s.lo.value, s.hi.value] };
}

function ratio(rates: readonly GroupRates[], rate: Rate): Disparity {
  const s = spread(rates, rate);
  if (!s) return { value: null, note: `fewer than two judged groups with a defined ${RATE_NAMES[rate]}` };
  const hi = s.hi[rate] as number;
  if (hi === 0) return { value: null, note: `every group's ${RATE_NAMES[rate]} is 0` };
  return { value: (s.lo[rate] as number) / hi, between: [s.lo.value, s.hi.value] };
}

const RATE_NAMES: Record<Rate, string> = {
  selectionRate: 'selection rate',
  truePositiveRate: 'true positive rate',
  falsePositiveRate: 'false positive rate',
};

/**
 * Fairlearn's four disparity metrics with method "between_groups" and agg "worst_case":
 * demographic parity difference/ratio (largest − smallest / smallest ÷ largest selection rate),
 * equalized odds difference (the larger of the TPR and FPR differences) and ratio (the smaller of
 * the TPR and FPR ratios). One deliberate difference: a group without positives (or without
 * negatives) has no TPR (FPR) and is left out of that rate's spread, where Fairlearn's
 * confusion-matrix normalisation would count it as 0.
 */
export function disparities(rates: readonly GroupRates[]): Record<FairnessMetric, Disparity> {
  const tprD = difference(rates, 'truePositiveRate');
  const fprD = difference(rates, 'falsePositiveRate');
  const tprR = ratio(rates, 'truePositiveRate');
  const fprR = ratio(rates, 'falsePositiveRate');
  const pick = (a: Disparity, b: Disparity, larger: boolean): Disparity => {
    if (a.value === null) return a;
    if (b.value === null) return b;
    return (larger ? a.value >= b.value : a.value <= b.value) ? a : b;
  };
  return {
    demographic_parity_difference: difference(rates, 'selectionRate'),
    demographic_parity_ratio: ratio(rates, 'selectionRate'),
    equalized_odds_difference: pick(tprD, fprD, true),
    equalized_odds_ratio: pick(tprR, fprR, false),
  };
}
