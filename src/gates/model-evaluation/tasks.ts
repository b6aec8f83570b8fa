/** What a model predicts; decides which metrics a predictions file yields. */
export type Task = 'binary-classification' | 'multiclass-classification' | 'regression';

/** The three tasks, in the order `--help` lists them (kept apart from the metric catalog, which loads with the gate). */
export const TASKS: readonly Task[] = ['binary-classification', 'multiclass-classification', 'regression'];
