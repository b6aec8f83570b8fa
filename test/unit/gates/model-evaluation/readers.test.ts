import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { readPredictions } from '../../../../src/gates/model-evaluation/readers/predictions.js';
import { fileSource, type Source } from '../../../../src/gates/model-evaluation/readers/source.js';
import type { ClassSettings, PredictionsSpec } from '../../../../src/gates/model-evaluation/settings.js';
import type { PredictionTable } from '../../../../src/gates/model-evaluation/table.js';
import type { PredictionRows } from '../../../../src/gates/model-evaluation/prediction-rows.js';
import { InputError } from '../../../../src/util/errors.js';

const BINARY: ClassSettings = { classes: [], decisionThreshold: 0.5, scoreKind: 'probability' };
const COLUMNS = { label: 'label', score: 'score', id: 'id', weight: 'weight', groups: ['region'] };

function spec(format: PredictionsSpec['format'], over: Partial<PredictionsSpec> = {}): PredictionsSpec {
  return { path: `p.${format}`, format, columns: COLUMNS, invalidRows: 'error', maxRows: 1000, ...over };
}

function text(body: string, path = 'p.csv'): Source {
  return { kind: 'text', path, text: body };
}

const GOOD =
  'id,region,label,score,weight\na,north,1,0.9,1\nb,north,0,0.2,2\nc,south,1,0.4,1\nd,south,0,0.7,0.5\n';

describe('CSV predictions', () => {
  it('reads the columns by name, whatever their order, into typed columns', async () => {
    const read = await readPredictions(text(GOOD), spec('csv'), 'binary-classification', BINARY, {
      maxProblems: 10,
    });
    expect(read.problems).toEqual([]);
    const t = read.table as PredictionTable;
    expect(t.n).toBe(4);
    expect(t.classes).toEqual(['0', '1']);
    expect(Array.from(t.labelClass ?? [])).toEqual([1, 0, 1, 0]);
    // No prediction column: score ≥ 0.5 predicts the positive class.
    expect(Array.from(t.predClass ?? [])).toEqual([1, 0, 0, 1]);
    expect(Array.from(t.weight ?? [])).toEqual([1, 2, 1, 0.5]);
    expect(t.groups[0]).toMatchObject({ name: 'region', values: ['north', 'south'] });
    expect(Array.from(t.groups[0]?.codes ?? [])).toEqual([0, 0, 1, 1]);
  });

  it('names the line, the column position and name, and the problem of every bad cell', async () => {
    const csv = [
      'id,region,label,score,weight',
      'a,north,1,0.9,1',
      'b,north,0,nan,1', // line 3: NaN score
      'c,south,1,1.7,1', // line 4: not a probability
      'd,south,,0.5,1', // line 5: empty label
      'e,south,2,0.5,1', // line 6: a third class
      'f,south,0,0.5,-1', // line 7: negative weight
      'a,south,0,0.5,1', // line 8: duplicate id
      'g,"multi\nline",0,0.25,1', // lines 9-10: a quoted newline; fine
      'h,east,1,0x10,1', // line 11: hex is not a number
    ].join('\n');
    const read = await readPredictions(text(csv), spec('csv'), 'binary-classification', BINARY, {
      maxProblems: 20,
    });
    expect(read.problems).toEqual([
      { line: 3, record: 2, column: 'score', position: 4, message: 'the score is NaN' },
      {
        line: 4,
        record: 3,
        column: 'score',
        position: 4,
        message: 'the score 1.7 is not a probability in [0, 1]',
      },
      { line: 5, record: 4, column: 'label', position: 3, message: 'the label is empty' },
      {
        line: 6,
        record: 5,
        column: 'label',
        position: 3,
        message: 'the label "2" would be a third class (the file already has "1" and "0") in a binary task',
      },
      { line: 7, record: 6, column: 'weight', position: 5, message: 'the weight -1 is negative' },
      { line: 8, record: 7, column: 'id', position: 1, message: 'the id "a" occurs twice' },
      { line: 11, record: 9, column: 'score', position: 4, message: 'the score "0x10" is not a number' },
    ]);
    expect(read.badRows).toBe(7);
    expect(read.table?.n).toBe(2);
  });

  it('keeps ids, and refuses a repeated one, only when asked to (the paired bootstrap)', async () => {
    const csv = 'id,region,label,score,weight\na,x,1,0.9,1\na,y,0,0.2,1\nb,x,0,0.4,1\n';
    const kept = await readPredictions(text(csv), spec('csv'), 'binary-classification', BINARY, {
      maxProblems: 5,
    });
    expect(kept.problems.map((p) => p.message)).toEqual(['the id "a" occurs twice']);
    expect(kept.table?.ids).toEqual(['a', 'b']);
    const dropped = await readPredictions(text(csv), spec('csv'), 'binary-classification', BINARY, {
      maxProblems: 5,
      keepIds: false,
    });
    expect(dropped.problems).toEqual([]);
    expect(dropped.rows?.n).toBe(3);
    expect(dropped.table?.ids).toBeUndefined();
  });

  it('lists only the first problems but counts them all', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `r${i},x,1,nan,1`).join('\n');
    const read = await readPredictions(
      text(`id,region,label,score,weight\n${rows}\n`),
      spec('csv'),
      'binary-classification',
      BINARY,
      { maxProblems: 3 },
    );
    expect(read.problems.map((p) => p.line)).toEqual([2, 3, 4]);
    expect(read.badRows).toBe(30);
    expect(read.fileProblem).toBe('no row is usable');
  });

  it('refuses a file without the configured columns, naming them and the columns it has', async () => {
    await expect(
      readPredictions(text('id,y,p\n1,0,0.5\n'), spec('csv'), 'binary-classification', BINARY, {
        maxProblems: 5,
      }),
    ).rejects.toThrow(
      'p.csv:1: no column "label", "score", "weight", "region" (the file has "id", "y", "p")',
    );
  });

  it('refuses an empty file and reports a header without rows', async () => {
    await expect(
      readPredictions(text(''), spec('csv'), 'binary-classification', BINARY, { maxProblems: 5 }),
    ).rejects.toBeInstanceOf(InputError);
    const read = await readPredictions(
      text('id,region,label,score,weight\n'),
      spec('csv'),
      'binary-classification',
      BINARY,
      { maxProblems: 5 },
    );
    expect(read.fileProblem).toBe('the file has no rows');
  });

  it('reports malformed CSV with its line', async () => {
    const bad = 'id,region,label,score,weight\na,north,1,0.9,1\nb,"north,0,0.2,1\n';
    await expect(
      readPredictions(text(bad), spec('csv'), 'binary-classification', BINARY, { maxProblems: 5 }),
    ).rejects.toThrow(/not valid CSV/);
  });

  it('tolerates CRLF line ends and a UTF-8 BOM', async () => {
    const crlf = `\uFEFF${GOOD.replace(/\n/g, '\r\n')}`;
    const read = await readPredictions(text(crlf), spec('csv'), 'binary-classification', BINARY, {
      maxProblems: 5,
    });
    expect(read.table?.n).toBe(4);
  });

  it('stops at max-rows and says so', async () => {
    const read = await readPredictions(
      text(GOOD),
      spec('csv', { maxRows: 2 }),
      'binary-classification',
      BINARY,
      { maxProblems: 5 },
    );
    expect(read.truncated).toBe(true);
  });

  it('needs the positive class named when the labels are not 0/1 or true/false', async () => {
    const csv = 'id,region,label,score,weight\na,n,yes,0.9,1\nb,n,no,0.1,1\n';
    const unnamed = await readPredictions(text(csv), spec('csv'), 'binary-classification', BINARY, {
      maxProblems: 5,
    });
    expect(unnamed.fileProblem).toBe('the labels are "yes" and "no", so the positive class is not known');
    const named = await readPredictions(
      text(csv),
      spec('csv'),
      'binary-classification',
      { ...BINARY, positiveClass: 'yes' },
      { maxProblems: 5 },
    );
    expect(named.table?.classes).toEqual(['no', 'yes']);
    expect(Array.from(named.table?.labelClass ?? [])).toEqual([1, 0]);
  });

  it('refuses labels outside the declared classes', async () => {
    const csv = 'id,region,label,score,weight\na,n,1,0.9,1\nb,n,7,0.1,1\n';
    const read = await readPredictions(
      text(csv),
      spec('csv'),
      'binary-classification',
      { ...BINARY, classes: ['0', '1'] },
      { maxProblems: 5 },
    );
    expect(read.problems[0]).toMatchObject({
      line: 3,
      column: 'label',
      message: 'the label "7" is not one of the classes "0", "1"',
    });
  });

  it('checks that class probabilities sum to 1 (as sklearn’s multiclass ROC AUC requires)', async () => {
    const csv = 'label,pa,pb,pc\na,0.5,0.3,0.2\nb,0.5,0.5,0.5\n';
    const s: PredictionsSpec = {
      ...spec('csv'),
      columns: { label: 'label', probabilities: { a: 'pa', b: 'pb', c: 'pc' }, groups: [] },
    };
    const read = await readPredictions(text(csv), s, 'multiclass-classification', BINARY, { maxProblems: 5 });
    expect(read.problems).toEqual([
      { line: 3, record: 2, column: 'pa', position: 2, message: 'the class probabilities sum to 1.5, not 1' },
    ]);
  });
});

describe('JSON Lines predictions', () => {
  it('reads one object per line and names the line of a bad record', async () => {
    const jsonl = [
      '{"id": "a", "region": "north", "label": 1, "score": 0.9, "weight": 1}',
      '',
      '{"id": "b", "region": "north", "label": 0, "score": null, "weight": 1}',
      'not json',
      '{"id": "c", "region": "south", "label": true, "score": 0.3, "weight": 1}',
      '{"id": "d", "region": "south", "label": 0, "score": 0.3, "weight": 1}',
    ].join('\n');
    const read = await readPredictions(
      text(jsonl, 'p.jsonl'),
      spec('jsonl'),
      'binary-classification',
      BINARY,
      { maxProblems: 10 },
    );
    expect(read.problems).toEqual([
      { line: 3, record: 2, column: 'score', position: 4, message: 'the score is empty' },
      { line: 4, record: 3, column: '', message: expect.stringContaining('not valid JSON') as string },
      // JSON true is the class "true": a third class next to 1 and 0.
      {
        line: 5,
        record: 4,
        column: 'label',
        position: 3,
        message:
          'the label "true" would be a third class (the file already has "1" and "0") in a binary task',
      },
    ]);
    expect(read.table?.n).toBe(2);
  });
});

describe('Parquet predictions', () => {
  it('reads row group by row group and gives the same metrics as the CSV of the same rows', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-parquet-'));
    const n = 2500;
    const label = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const score = label.map((l, i) => Math.round((0.3 * l + ((i * 7919) % 1000) / 1428) * 1000) / 1000);
    const region = label.map((_, i) => ['north', 'south', 'east'][i % 3] as string);
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'id', data: label.map((_, i) => `r${i}`), type: 'STRING' },
        { name: 'region', data: region, type: 'STRING' },
        { name: 'label', data: label, type: 'INT32' },
        { name: 'score', data: score, type: 'DOUBLE' },
        { name: 'weight', data: label.map(() => 1), type: 'DOUBLE' },
      ],
      rowGroupSize: 1000,
    });
    writeFileSync(join(dir, 'p.parquet'), new Uint8Array(buffer));
    const csv = `id,region,label,score,weight\n${label.map((l, i) => `r${i},${region[i] ?? ''},${l},${score[i] ?? ''},1`).join('\n')}\n`;
    const fromParquet = await readPredictions(
      (await fileSource(dir, 'p.parquet', 1e9)) as Source,
      spec('parquet', { maxRows: 10_000 }),
      'binary-classification',
      BINARY,
      { maxProblems: 5 },
    );
    const fromCsv = await readPredictions(
      text(csv),
      spec('csv', { maxRows: 10_000 }),
      'binary-classification',
      BINARY,
      { maxProblems: 5 },
    );
    expect(fromParquet.problems).toEqual([]);
    expect(fromParquet.table?.n).toBe(n);
    expect(Object.fromEntries((fromParquet.rows as PredictionRows).evaluator().all())).toEqual(
      Object.fromEntries((fromCsv.rows as PredictionRows).evaluator().all()),
    );
  });

  it('refuses a file that is not Parquet, and Parquet from another commit', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-parquet-'));
    writeFileSync(join(dir, 'p.parquet'), 'id,label\n1,0\n');
    const source = (await fileSource(dir, 'p.parquet', 1e9)) as Source;
    await expect(
      readPredictions(source, spec('parquet'), 'binary-classification', BINARY, { maxProblems: 5 }),
    ).rejects.toThrow('not a Parquet file (no PAR1 magic at the end)');
    await expect(
      readPredictions(text('PAR1', 'abc1234:p.parquet'), spec('parquet'), 'binary-classification', BINARY, {
        maxProblems: 5,
      }),
    ).rejects.toThrow('cannot be read');
  });
});

describe('file sources', () => {
  it('is undefined for a missing file and refuses one over its size bound', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mlqg-src-'));
    writeFileSync(join(dir, 'big.csv'), 'x'.repeat(100));
    expect(await fileSource(dir, 'absent.csv', 10)).toBeUndefined();
    await expect(fileSource(dir, 'big.csv', 10)).rejects.toThrow('big.csv is 100 bytes');
  });
});
