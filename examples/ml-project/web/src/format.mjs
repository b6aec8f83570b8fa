/**
 * Formatting of predictions for the retention dashboard's tables and summary tiles.
 */

/** Risk bands, highest first; a probability falls in the first band whose minimum it reaches. */
export const RISK_BANDS = Object.freeze([
  { band: 'high', min: 0.7 },
  { band: 'medium', min: 0.4 },
  { band: 'low', min: 0 },
]);

/** The risk band of a churn probability. */
export function riskBand(probability) {
  if (!Number.isFinite(probability) || probability < 0 || probability > 1) {
    throw new RangeError(`not a probability: ${probability}`);
  }
  return RISK_BANDS.find(({ min }) => probability >= min).band;
}

/** `0.4567` -> `"46%"`; `digits` adds decimals. */
export function formatProbability(probability, digits = 0) {
  return `${(probability * 100).toFixed(digits)}%`;
}

/** One table row for a prediction or for an error entry of a batch response. */
export function predictionRow(prediction) {
  if (prediction.error) {
    return {
      id: prediction.customer_id ?? `#${prediction.index}`,
      risk: 'error',
      probability: '',
      note: prediction.error,
    };
  }
  return {
    id: prediction.customer_id,
    risk: riskBand(prediction.churn_probability),
    probability: formatProbability(prediction.churn_probability),
    note: (prediction.warnings ?? []).join('; '),
  };
}

/** Counts per risk band plus errors, for the summary tiles above the table. */
export function summarize(predictions) {
  const counts = { total: predictions.length, high: 0, medium: 0, low: 0, error: 0 };
  for (const prediction of predictions) {
    counts[predictionRow(prediction).risk] += 1;
  }
  return counts;
}
