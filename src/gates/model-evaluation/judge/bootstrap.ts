import { RankCache } from '../metrics/curves.js';
import { tableEvaluator } from '../metrics/evaluator.js';
import type { BootstrapSettings } from '../settings.js';
import type { PairedTables } from './pairing.js';
import { quantileSorted } from './percentile.js';
import { Xoshiro128 } from './prng.js';

/** A percentile interval of candidate − baseline for one metric. */
export interface DifferenceInterval {
  metric: string;
  /** Candidate − baseline on all paired rows. */
  difference: number;
  lower: number;
  upper: number;
  confidence: number;
  /** Resamples in which both values were measurable (the others are left out). */
  resamples: number;
  /** Resamples in which the metric was not measurable on either side. */
  unmeasurable: number;
}

/**
 * Paired bootstrap (Efron & Tibshirani 1993, ch. 13; as in Koehn 2004 for MT metrics): draw n of
 * the n paired rows with replacement, compute the metric for candidate and baseline on the same
 * draw, and take the percentiles of the B differences. A draw is held as per-row counts (how
 * often each row was drawn), which every metric kernel reads as a multiplicity; curves reuse one
 * sort per side, so a resample costs O(n) per metric, never a sort. Same seed, same intervals.
 * Metrics with no value on all paired rows get no interval; an interval is withheld (undefined)
 * when more than half of the resamples could not measure it.
 */
export function pairedBootstrap(
  pair: PairedTables,
  metrics: readonly string[],
  settings: BootstrapSettings,
): Map<string, DifferenceInterval | undefined> {
  const n = pair.candidate.n;
  const ranksC = new RankCache(pair.candidate);
  const ranksB = new RankCache(pair.baseline);
  const fullC = tableEvaluator(pair.candidate, ranksC);
  const fullB = tableEvaluator(pair.baseline, ranksB);
  const wanted = metrics.filter((m) => fullC.value(m)?.value != null && fullB.value(m)?.value != null);
  const diffs = wanted.map(() => new Float64Array(settings.resamples));
  const kept = new Int32Array(wanted.length);
  const rng = new Xoshiro128(settings.seed);
  const counts = new Uint32Array(n);
  for (let b = 0; b < settings.resamples; b++) {
    rng.drawCounts(counts);
    const evC = tableEvaluator(pair.candidate, ranksC, counts);
    const evB = tableEvaluator(pair.baseline, ranksB, counts);
    wanted.forEach((metric, k) => {
      const c = evC.value(metric)?.value;
      const v = evB.value(metric)?.value;
      if (c == null || v == null) return;
      const at = kept[k] as number;
      (diffs[k] as Float64Array)[at] = c - v;
      kept[k] = at + 1;
    });
  }
  const out = new Map<string, DifferenceInterval | undefined>();
  for (const metric of metrics) out.set(metric, undefined);
  wanted.forEach((metric, k) => {
    const count = kept[k] as number;
    if (count * 2 < settings.resamples || count === 0) return;
    const sorted = (diffs[k] as Float64Array).subarray(0, count).sort();
    const alpha = (1 - settings.confidence) / 2;
    out.set(metric, {
      metric,
      difference: (fullC.value(metric)?.value as number) - (fullB.value(metric)?.value as number),
      lower: quantileSorted(sorted, alpha),
      upper: quantileSorted(sorted, 1 - alpha),
      confidence: settings.confidence,
      resamples: count,
      unmeasurable: settings.resamples - count,
    });
  });
  return out;
}
