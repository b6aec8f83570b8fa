import { describe, expect, it } from 'vitest';
import { checkWeight, formatBytes, heavyParts } from '../../../../src/gates/notebooks/check-weight.js';
import { fixtureText, modelOf } from './fixture-model.js';

const text = fixtureText('executed.ipynb');
const notebook = JSON.parse(text) as { cells: Array<{ outputs?: unknown[] }> };

/**
 * An output's size in the file, computed apart from the gate: nbformat writes it as JSON indented
 * by one space per level, and an output sits four levels deep (cells, cell, outputs, output), so
 * each of its lines after the first carries four more spaces than JSON.stringify(output, null, 1).
 */
function storedSize(output: unknown): number {
  const json = JSON.stringify(output, null, 1);
  return Buffer.byteLength(json) + 4 * (json.split('\n').length - 1);
}

describe('checkWeight', () => {
  it('measures every output as stored, biggest first', () => {
    const parts = heavyParts(modelOf('executed.ipynb'), text);
    const expected = notebook.cells
      .flatMap((cell, i) => (cell.outputs ?? []).map((o) => ({ cell: i, bytes: storedSize(o) })))
      .sort((a, b) => b.bytes - a.bytes);
    expect(parts.map((p) => ({ cell: p.cell, bytes: p.bytes }))).toEqual(expected);
    // The biggest is cell 6's figure (image/png and its text/plain stand-in).
    expect(parts[0]?.what).toBe('output 1 (image/png, text/plain)');
  });

  it('reports outputs and a notebook over their limits, naming the biggest outputs', () => {
    const png = storedSize(notebook.cells[5]?.outputs?.[0]);
    const fileBytes = Buffer.byteLength(text);
    const drafts = checkWeight(modelOf('executed.ipynb'), text, fileBytes, {
      maxNotebookBytes: 10 * 1024,
      maxOutputBytes: 8 * 1024,
    });
    // Only the figure (png bytes > 8 KiB) is over the output limit; the file is over 10 KiB.
    expect(png).toBeGreaterThan(8 * 1024);
    expect(drafts.map((d) => [d.line, d.message])).toEqual([
      [139, `cell 6, output 1 (image/png, text/plain) is ${formatBytes(png)} (limit 8 KiB).`],
      [
        139,
        expect.stringMatching(
          new RegExp(
            `^The notebook is ${formatBytes(fileBytes).replace('.', '\\.')} \\(limit 10 KiB\\); biggest: cell 6 output 1`,
          ),
        ),
      ],
    ]);
    expect(drafts[0]?.fix).toContain('lower resolution');
  });

  it('stays quiet under the limits', () => {
    expect(
      checkWeight(modelOf('executed.ipynb'), text, text.length, {
        maxNotebookBytes: 1 << 20,
        maxOutputBytes: 200 * 1024,
      }),
    ).toEqual([]);
  });

  it('formats sizes in binary units', () => {
    expect([
      formatBytes(512),
      formatBytes(2048),
      formatBytes(1536),
      formatBytes(3 * 1024 * 1024),
      formatBytes(200 * 1024),
    ]).toEqual(['512 B', '2 KiB', '1.5 KiB', '3 MiB', '200 KiB']);
  });
});
