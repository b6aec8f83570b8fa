import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MetricValue } from '../../../../src/gates/model-evaluation/metrics/value.js';
import type { PredictionRows } from '../../../../src/gates/model-evaluation/prediction-rows.js';
import { readPredictions } from '../../../../src/gates/model-evaluation/readers/predictions.js';
import { allCases, type DifferentialCase } from './sklearn-cases.js';

/** The case's CSV with a group column `g` of 1–4 values drawn from the row's index. */
function withGroup(c: DifferentialCase, values: number): { csv: string; spec: DifferentialCase['spec'] } {
  const lines = c.csv.split('\n');
  const out = lines.map((line, i) => {
    if (line === '') return line;
    if (i === 0) return `${line},g`;
    // A fixed scramble of the row index, so slices interleave and the last chunk is partial.
    return `${line},${['north', 'south', 'east', 'west'][(i * 7 + (i >> 2)) % values] as string}`;
  });
  return {
    csv: out.join('\n'),
    spec: { ...c.spec, columns: { ...c.spec.columns, groups: ['g'] } },
  };
}

function read(c: DifferentialCase, csv: string, spec: DifferentialCase['spec'], rowsPerChunk: number) {
  return readPredictions({ kind: 'text', path: 'predictions.csv', text: csv }, spec, c.task, c.classes, {
    maxProblems: 5,
    rowsPerChunk,
    keepIds: false,
  });
}

function same(a: MetricValue | undefined, b: MetricValue | undefined): boolean {
  if (!a || !b) return a === b;
  if (a.value === null || b.value === null) return a.value === b.value && a.reason === b.reason;
  // Only the order of additions within a run of equal scores may differ (k-way merge vs sort).
  return Math.abs(a.value - b.value) <= 1e-12 * Math.max(1, Math.abs(a.value));
}

/** Every metric of every view (all rows, each slice) of two reads, where they differ. */
function differences(memory: PredictionRows, spilled: PredictionRows): string[] {
  const out: string[] = [];
  const views = [undefined, ...(memory.slices[0]?.values ?? []).map((_, code) => ({ column: 0, code }))];
  for (const view of views) {
    const a = memory.evaluator(view).all();
    const b = spilled.evaluator(view).all();
    const where = view ? `slice ${view.code}` : 'all rows';
    for (const name of new Set([...a.keys(), ...b.keys()]))
      if (!same(a.get(name), b.get(name)))
        out.push(
          `${where} ${name}: memory ${JSON.stringify(a.get(name))}, spilled ${JSON.stringify(b.get(name))}`,
        );
    if (memory.task !== 'regression') {
      const ca = Array.from(memory.evaluator(view).confusion().matrix);
      const cb = Array.from(spilled.evaluator(view).confusion().matrix);
      if (JSON.stringify(ca) !== JSON.stringify(cb))
        out.push(`${where} confusion ${JSON.stringify(ca)} vs ${JSON.stringify(cb)}`);
    }
  }
  return out;
}

/**
 * A file too big for memory is swept from disk in chunks (an external sort for the curves):
 * every metric, over all rows and per slice, equals the in-memory figures — which the
 * scikit-learn differential test pins — on every generated case, with chunks of 1, 3 and 64
 * rows. The scratch files are gone afterwards.
 */
describe('metrics of rows streamed through disk', () => {
  let scratch: string;
  let before: string | undefined;
  beforeAll(() => {
    scratch = mkdtempSync(join(tmpdir(), 'mlqg-spill-test-'));
    before = process.env.TMPDIR;
    process.env.TMPDIR = scratch;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = before;
    rmSync(scratch, { recursive: true, force: true });
  });

  it('deletes its scratch file when the file turns out malformed after some chunks', async () => {
    const c = allCases().find((x) => x.task === 'binary-classification' && x.csv.split('\n').length > 40);
    if (!c) throw new Error('no binary case with 40 rows');
    const lines = c.csv.split('\n');
    lines.splice(30, 0, '"unclosed');
    await expect(read(c, lines.join('\n'), c.spec, 3)).rejects.toThrow(/not valid CSV/);
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('holds the rows when slices × classes² would outweigh them (30 classes, 5 columns of 1,000 values)', async () => {
    const classes = Array.from({ length: 30 }, (_, c) => `c${c}`);
    const groups = ['g1', 'g2', 'g3', 'g4', 'g5'];
    const lines = [['label', ...classes.map((c) => `p_${c}`), ...groups].join(',')];
    for (let i = 0; i < 1200; i++) {
      const truth = (i * 7) % 30;
      const p = classes.map((_, c) => (c === truth ? 0.5 : 0.5 / 29));
      lines.push(
        [
          classes[truth],
          ...p,
          ...groups.map((_, j) => `v${(i * ([1, 3, 7, 9, 11][j] as number)) % 1000}`),
        ].join(','),
      );
    }
    const c = allCases().find((x) => x.task === 'multiclass-classification') as DifferentialCase;
    const spec = {
      ...c.spec,
      columns: {
        label: 'label',
        probabilities: Object.fromEntries(classes.map((k) => [k, `p_${k}`])),
        groups,
      },
    };
    const csv = lines.join('\n');
    const memory = (await read(c, csv, spec, 0)).rows as PredictionRows;
    const chunked = (await read(c, csv, spec, 300)).rows as PredictionRows;
    expect(chunked.table, 'held in memory').toBeDefined();
    expect(differences(memory, chunked)).toEqual([]);
    expect(readdirSync(scratch)).toEqual([]);
  });

  const cases = allCases().filter((c) => c.csv.split('\n').length > 3);
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const { csv, spec } = withGroup(c, 1 + (c.csv.length % 4));
    const memory = await read(c, csv, spec, 0);
    for (const chunk of [1, 3, 64]) {
      const spilled = await read(c, csv, spec, chunk);
      expect(spilled.problems).toEqual(memory.problems);
      expect(spilled.badRows).toBe(memory.badRows);
      expect(spilled.fileProblem).toBe(memory.fileProblem);
      if (!memory.rows) {
        expect(spilled.rows).toBeUndefined();
        continue;
      }
      const rows = spilled.rows as PredictionRows;
      expect(rows.table, 'rows past the chunk size are not held').toBe(
        chunk >= memory.rows.n ? rows.table : undefined,
      );
      expect([rows.n, rows.classes, rows.slices]).toEqual([
        memory.rows.n,
        memory.rows.classes,
        memory.rows.slices,
      ]);
      expect(differences(memory.rows, rows)).toEqual([]);
    }
    expect(readdirSync(scratch)).toEqual([]);
  });
});
