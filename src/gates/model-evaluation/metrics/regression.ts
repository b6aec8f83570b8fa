import type { Multiplicity, PredictionTable } from '../table.js';
import { type MetricValue, measured, notMeasurable } from './value.js';

/** sklearn's mean_absolute_percentage_error divides by max(|y|, float64 epsilon). */
export const EPS = 2.220446049250313e-16;

/** The regression metrics of a table. */
export interface RegressionMetrics {
  mae: MetricValue;
  mse: MetricValue;
  rmse: MetricValue;
  r2: MetricValue;
  mape: MetricValue;
}

/**
 * MAE, MSE, RMSE, MAPE and R² as scikit-learn 1.2 defines them (weighted means with
 * `np.average`; R² with `force_finite=True`: 1.0 for perfect predictions, 0.0 when the labels are
 * constant but the predictions are not). Two passes: R² needs the weighted mean label first.
 */
export function regressionMetrics(table: PredictionTable, m: Multiplicity): RegressionMetrics {
  const y = table.labelValue ?? new Float64Array(0);
  const yhat = table.predValue ?? new Float64Array(0);
  const weight = table.weight;
  let total = 0;
  let present = 0;
  let abs = 0;
  let sq = 0;
  let pct = 0;
  let sumY = 0;
  // Branch-free (no skip of multiplicity 0): resamples zero out rows at random.
  for (let i = 0; i < table.n; i++) {
    const mult = m ? (m[i] as number) : 1;
    const w = (weight ? (weight[i] as number) : 1) * mult;
    const t = y[i] as number;
    const d = (yhat[i] as number) - t;
    abs += w * Math.abs(d);
    sq += w * d * d;
    pct += (w * Math.abs(d)) / Math.max(Math.abs(t), EPS);
    sumY += w * t;
    total += w;
    present += mult;
  }
  const sums = { abs, sq, pct, sumY, total, present };
  return finishRegression(sums, () => totalSquares(table, m, sumY / total));
}

/** The weighted sums the regression metrics are made of. */
export interface RegressionSums {
  abs: number;
  sq: number;
  pct: number;
  sumY: number;
  total: number;
  present: number;
}

/**
 * The regression metrics from their sums; `denominator()` gives R²'s Σ w·(y − ȳ)² around the
 * weighted mean label ȳ = sumY ÷ total (a second pass over the rows), asked only when needed.
 */
export function finishRegression(s: RegressionSums, denominator: () => number): RegressionMetrics {
  if (s.total === 0) {
    const none = notMeasurable(s.present === 0 ? 'no rows' : 'the weights sum to zero');
    return { mae: none, mse: none, rmse: none, r2: none, mape: none };
  }
  const mse = s.sq / s.total;
  return {
    mae: measured(s.abs / s.total),
    mse: measured(mse),
    rmse: measured(Math.sqrt(mse)),
    r2: r2(s.sq, s.present, denominator),
    mape: measured(s.pct / s.total),
  };
}

function r2(numerator: number, present: number, denominatorOf: () => number): MetricValue {
  // sklearn warns and returns NaN below two samples.
  if (present < 2) return notMeasurable('fewer than two rows');
  const denominator = denominatorOf();
  if (numerator === 0) return measured(1);
  if (denominator === 0) return measured(0);
  return measured(1 - numerator / denominator);
}

/** Σ w·m·(y − mean)² over the rows. */
function totalSquares(table: PredictionTable, m: Multiplicity, mean: number): number {
  const y = table.labelValue ?? new Float64Array(0);
  const weight = table.weight;
  let denominator = 0;
  for (let i = 0; i < table.n; i++) {
    const mult = m ? (m[i] as number) : 1;
    const d = (y[i] as number) - mean;
    denominator += (weight ? (weight[i] as number) : 1) * mult * d * d;
  }
  return denominator;
}
