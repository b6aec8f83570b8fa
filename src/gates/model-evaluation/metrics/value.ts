/**
 * A metric's value, or why there is none. The gate reports "not measurable" exactly where
 * scikit-learn raises, warns that the metric is ill-defined (UndefinedMetricWarning, "no positive
 * class found"), or returns NaN — never the 0 scikit-learn substitutes with a warning.
 */
export interface MetricValue {
  /** Null when the metric is not defined on these rows. */
  value: number | null;
  /** Why it is not measurable, in words (`only one class in the labels`). */
  reason?: string;
}

/** A measured value. */
export function measured(value: number): MetricValue {
  return { value };
}

/** No value, and why. */
export function notMeasurable(reason: string): MetricValue {
  return { value: null, reason };
}
