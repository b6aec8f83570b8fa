import type { Task } from './catalog.js';
import type { ClassDictionary } from './class-dictionary.js';
import { type Arrays, FRESH } from './scratch.js';
import type { ClassSettings } from './settings.js';
import { finishBinary, finishMulticlass } from './table-finish.js';
import type { PredictionTable } from './table.js';

/** The columns of some rows as streamed (class indexes in first-seen dictionary order). */
export interface RawColumns {
  n: number;
  label?: Int32Array;
  pred?: Int32Array;
  score?: Float64Array;
  /** Probabilities in the config's column order, row-major. */
  proba?: Float64Array;
  weight?: Float64Array;
  labelValue?: Float64Array;
  predValue?: Float64Array;
  /** One code column per group column. */
  groupCodes: Int32Array[];
}

/** What every chunk of a file shares: the task, the class dictionary once complete, the group values. */
export interface TableMeta {
  task: Task;
  dict?: ClassDictionary;
  classSettings: ClassSettings;
  groups: ReadonlyArray<{ name: string; values: string[] }>;
  where: 'line' | 'row';
  ids?: string[];
}

/**
 * Rows as a finished table: classes in scikit-learn's order, labels and predictions remapped to
 * it (in place). The same for a whole file held in memory and for each chunk of a file streamed
 * through disk, given the dictionary of the whole file. A problem when the labels do not say
 * which class is positive.
 */
export function assembleTable(
  raw: RawColumns,
  meta: TableMeta,
  arrays: Arrays = FRESH,
): PredictionTable | { problem: string } {
  const common = {
    n: raw.n,
    scoreKind: meta.classSettings.scoreKind,
    ...(raw.weight ? { weight: raw.weight } : {}),
    groups: meta.groups.map((g, j) => ({
      name: g.name,
      values: g.values,
      codes: raw.groupCodes[j] as Int32Array,
    })),
    ...(meta.ids ? { ids: meta.ids } : {}),
    where: meta.where,
  };
  if (meta.task === 'regression') {
    return {
      task: 'regression',
      classes: [],
      labelValue: raw.labelValue ?? new Float64Array(0),
      predValue: raw.predValue ?? new Float64Array(0),
      ...common,
    };
  }
  const columns = {
    n: raw.n,
    dict: meta.dict as ClassDictionary,
    label: raw.label ?? new Int32Array(0),
    ...(raw.pred ? { pred: raw.pred } : {}),
    ...(raw.score ? { score: raw.score } : {}),
    ...(raw.proba ? { proba: raw.proba } : {}),
  };
  const classes =
    meta.task === 'binary-classification'
      ? finishBinary(columns, meta.classSettings, arrays)
      : finishMulticlass(columns, arrays);
  if ('problem' in classes) return classes;
  return { task: meta.task, ...classes, ...common };
}
