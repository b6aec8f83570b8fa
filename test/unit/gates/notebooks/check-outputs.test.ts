import { describe, expect, it } from 'vitest';
import { checkOutputs } from '../../../../src/gates/notebooks/check-outputs.js';
import { codeCell, modelOf, notebookWith, stream } from './fixture-model.js';

describe('outputs: stripped', () => {
  it('accepts what nbstripout leaves', () => {
    expect(checkOutputs(modelOf('stripped.ipynb'), 'stripped.ipynb', 'stripped')).toEqual([]);
  });

  it('names every cell with outputs or counts, at the first one, with the nbstripout commands', () => {
    const drafts = checkOutputs(modelOf('executed.ipynb'), 'notebooks/executed.ipynb', 'stripped');
    // executed.ipynb: cell 2 (import) has count 1 and no output; cells 3-6 have counts 2-5 and
    // outputs; cell 7 is empty. The first cell to strip is cell 2, whose "execution_count" is on
    // line 15 of the file.
    expect(drafts).toEqual([
      {
        rule: 'outputs-not-stripped',
        line: 15,
        message:
          'This notebook must be stripped but keeps outputs in cells 3, 4, 5, 6; execution counts in cells 2, 3, 4, 5, 6.',
        fix: expect.stringContaining('`nbstripout notebooks/executed.ipynb`') as string,
      },
    ]);
    expect(drafts[0]?.fix).toContain('`nbstripout --install`');
  });

  it('quotes a path that needs it in the command', () => {
    const [draft] = checkOutputs(modelOf('executed.ipynb'), "my notebooks/it's.ipynb", 'stripped');
    expect(draft?.fix).toContain(`\`nbstripout 'my notebooks/it'\\''s.ipynb'\``);
  });

  it('allows the outputs nbstripout keeps (keep_output), not their counts', () => {
    const kept = { ...codeCell('plot()', 3, [stream('x\n')]), metadata: { tags: ['keep_output'] } };
    const drafts = checkOutputs(modelOf(notebookWith([kept])), 'a.ipynb', 'stripped');
    expect(drafts.map((d) => d.message)).toEqual([
      'This notebook must be stripped but keeps execution counts in cell 1.',
    ]);
    const wholeNotebook = notebookWith([codeCell('plot()', null, [stream('x\n')])], { keep_output: true });
    expect(checkOutputs(modelOf(wholeNotebook), 'a.ipynb', 'stripped')).toEqual([]);
  });

  it('reports run metadata nbstripout removes', () => {
    const timed = {
      ...codeCell('x = 1'),
      metadata: { ExecuteTime: { end_time: '2024-01-01' }, scrolled: true },
    };
    const [draft] = checkOutputs(modelOf(notebookWith([timed])), 'a.ipynb', 'stripped');
    expect(draft?.message).toBe(
      'This notebook must be stripped but keeps cell metadata nbstripout removes (ExecuteTime, scrolled) in cell 1.',
    );
  });
});

describe('outputs: executed', () => {
  it('accepts one run from the top (a trailing empty cell was never run)', () => {
    expect(checkOutputs(modelOf('executed.ipynb'), 'executed.ipynb', 'executed')).toEqual([]);
  });

  it('reports the first count out of sequence, with the sequence, and each error output', () => {
    const drafts = checkOutputs(modelOf('out-of-order.ipynb'), 'out-of-order.ipynb', 'executed');
    // Code cells 2-5 have counts 1, 3, null, 4: cell 3 (execution_count on line 23) should be 2.
    // Cell 5's output (opening brace on line 59) is a ZeroDivisionError.
    expect(drafts.map((d) => [d.rule, d.line, d.message])).toEqual([
      [
        'out-of-order',
        23,
        "cell 3 has execution count 3 where a top-to-bottom run gives 2: the code cells' counts are [1, 3, -, 4], not 1, 2, 3 … in order.",
      ],
      ['error-output', 59, 'cell 5 ended in an error (ZeroDivisionError); a committed run must complete.'],
    ]);
  });

  it('reports a skipped cell before an executed one, but not cells after the last run', () => {
    const skipped = notebookWith([
      codeCell('a = 1', 1),
      codeCell('b = 2'),
      codeCell('c = 3', 2),
      codeCell('d = 4'),
    ]);
    const drafts = checkOutputs(modelOf(skipped), 'a.ipynb', 'executed');
    expect(drafts.map((d) => d.message)).toEqual([
      "cell 2 was not executed, but a later cell was: the code cells' counts are [1, -, 2], not 1, 2, 3 … in order.",
    ]);
  });

  it('counts an empty cell that was run, and skips one that was not', () => {
    const ranEmpty = notebookWith([codeCell('a = 1', 1), codeCell('', 2), codeCell('b', 3)]);
    expect(checkOutputs(modelOf(ranEmpty), 'a.ipynb', 'executed')).toEqual([]);
    const skippedEmpty = notebookWith([codeCell('a = 1', 1), codeCell('   \n'), codeCell('b', 2)]);
    expect(checkOutputs(modelOf(skippedEmpty), 'a.ipynb', 'executed')).toEqual([]);
  });

  it('reports a notebook whose code never ran', () => {
    const drafts = checkOutputs(modelOf('stripped.ipynb'), 'reports/x.ipynb', 'executed');
    expect(drafts.map((d) => d.rule)).toEqual(['not-executed']);
    expect(drafts[0]?.message).toContain('none of its 5 code cell(s)');
    expect(drafts[0]?.fix).toContain('jupyter nbconvert --to notebook --execute --inplace reports/x.ipynb');
  });

  it('judges nothing under the any policy', () => {
    expect(checkOutputs(modelOf('out-of-order.ipynb'), 'a.ipynb', 'any')).toEqual([]);
  });
});
