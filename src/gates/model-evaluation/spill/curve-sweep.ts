import { areasOf, type CurveAreas } from '../metrics/curves.js';
import { mergeRuns, type RunCursor, type RunRecord } from './sorted-runs.js';
import type { SpillFile } from './spill-file.js';
import type { Views } from './view-sums.js';

/**
 * The ROC and PR sweep of every view at once over merged runs: the same steps as `curveAreas`
 * (one threshold per distinct score; trapezoids for the ROC area, the step sum for average
 * precision), each view closing a threshold only where it has rows — where it has none the
 * in-memory sweep adds exactly 0.
 */
export function sweepViews(file: SpillFile, runs: readonly RunRecord[], views: Views): CurveAreas[] {
  const v = views.count;
  const [tp, fp, prevTp, prevFp, twice, ap, pos, neg] = Array.from(
    { length: 8 },
    () => new Float64Array(v),
  ) as [
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
    Float64Array,
  ];
  const touched = new Uint8Array(v);
  const list = new Int32Array(v);
  let listed = 0;
  const add = (view: number, p: number, w: number) => {
    tp[view] = (tp[view] as number) + p * w;
    fp[view] = (fp[view] as number) + (1 - p) * w;
    pos[view] = (pos[view] as number) + p;
    neg[view] = (neg[view] as number) + (1 - p);
    if (touched[view] === 0) {
      touched[view] = 1;
      list[listed++] = view;
    }
  };
  const row = (c: RunCursor) => {
    const p = c.positive[c.at] as number;
    const w = c.weight ? (c.weight[c.at] as number) : 1;
    add(0, p, w);
    for (let j = 0; j < c.codes.length; j++)
      add((views.offsets[j] as number) + ((c.codes[j] as Int32Array)[c.at] as number), p, w);
  };
  const endOfTies = () => {
    for (let i = 0; i < listed; i++) {
      const x = list[i] as number;
      const t = tp[x] as number;
      const f = fp[x] as number;
      twice[x] = (twice[x] as number) + (f - (prevFp[x] as number)) * (t + (prevTp[x] as number));
      if (t > (prevTp[x] as number)) ap[x] = (ap[x] as number) + (t - (prevTp[x] as number)) * (t / (t + f));
      prevTp[x] = t;
      prevFp[x] = f;
      touched[x] = 0;
    }
    listed = 0;
  };
  mergeRuns(file, runs, row, endOfTies);
  return Array.from({ length: v }, (_, x) =>
    areasOf({
      tp: tp[x] as number,
      fp: fp[x] as number,
      twiceArea: twice[x] as number,
      ap: ap[x] as number,
      presentPos: pos[x] as number,
      presentNeg: neg[x] as number,
    }),
  );
}
