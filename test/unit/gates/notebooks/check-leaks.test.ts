import { describe, expect, it } from 'vitest';
import { checkLeaks } from '../../../../src/gates/notebooks/check-leaks.js';
import { codeCell, modelOf, notebookWith, stream } from './fixture-model.js';
import { PROBED } from './fake-tokens.js';

const OPTIONS = { entropy: 3.5, allow: [] };
const BODY36 = 'Zq8xK2mP9vL4nR7tW3yB6cD1fG5hJ0kQ2sEa';

/*
 * modelOf writes the notebook as Jupyter does (one-space indent), so a cell's lines are at
 * fixed places: line 1 "{", 2 "cells": [, 3 "{" of cell 1, 4 cell_type, 5 execution_count,
 * 6 id, 7 metadata, then outputs and source in key order. The source list of a cell without
 * outputs starts on line 9 ("outputs": [] on line 8), its first element on line 10.
 */
describe('checkLeaks', () => {
  it('points a source finding at the cell line and at the JSON line of that line (list form)', async () => {
    const source = ['import os\n', `token = "ghp_${BODY36}"\n`, "df = load('/Users/alice/data.csv')\n"];
    const drafts = await checkLeaks(modelOf(notebookWith([codeCell(source)])), OPTIONS);
    // Source elements are on lines 10, 11, 12: the token is cell line 2 (JSON line 11), the path
    // cell line 3 (JSON line 12).
    expect(drafts.map((d) => [d.rule, d.line, d.message])).toEqual([
      ['secret', 11, 'cell 1, line 2: a GitHub personal access token (ghp_…2sEa) is in the source.'],
      ['local-path', 12, 'cell 1, line 3: the absolute path `/Users/alice/…` exists only on one machine.'],
    ]);
  });

  it('keeps the in-cell line but points at the string when the source is one string', async () => {
    const drafts = await checkLeaks(
      modelOf(notebookWith([codeCell(`import os\n\n!pip install requests\n`)])),
      OPTIONS,
    );
    // The whole source is one JSON string on line 9 ("source": "...").
    expect(drafts.map((d) => [d.rule, d.line, d.message])).toEqual([
      [
        'unpinned-install',
        9,
        'cell 1, line 3: `!pip install requests` installs requests without an exact version.',
      ],
    ]);
  });

  it('finds leaks in outputs, once per output for paths, with the output line', async () => {
    const traceback = {
      ename: 'FileNotFoundError',
      evalue: "No such file: 'C:\\\\Users\\\\bob\\\\x.csv'",
      output_type: 'error',
      traceback: ['File /home/carol/venv/lib/a.py:1\n', 'File /home/carol/venv/lib/b.py:2\n'],
    };
    const cell = codeCell('load()', 1, [
      stream([`key: ${['AKIA', 'QW3RT7YU2IOP4ASD'].join('')}\n`]),
      traceback,
    ]);
    const drafts = await checkLeaks(modelOf(notebookWith([cell])), OPTIONS);
    // "outputs": [ is on line 8; output 1 (stream) opens on line 9 and its text element is on
    // line 13. Output 2 (error) opens on line 16, evalue (a Windows path) is on line 18, the
    // traceback's elements (two more paths) on lines 21 and 22: three paths, the first on 21.
    expect(drafts.map((d) => [d.rule, d.line, d.message])).toEqual([
      [
        'secret',
        13,
        'cell 1, output 1 (stream stdout), line 1: an AWS access key ID (AKIA…4ASD) is in the output.',
      ],
      [
        'local-path',
        21,
        "cell 1, output 2 (traceback), line 1: the absolute path `/home/carol/…` shows someone's machine (3 such paths in this output).",
      ],
    ]);
  });

  it('points at the cell line of a Stripe, Azure and Weights & Biases key in a source', async () => {
    const source = [
      'import stripe, wandb\n',
      `stripe.api_key = "${PROBED.stripe}"\n`,
      `wandb.login(key="${PROBED.wandb}")\n`,
      `conn = "DefaultEndpointsProtocol=https;AccountName=mlstore;AccountKey=${PROBED.azureKey}"\n`,
    ];
    const drafts = await checkLeaks(modelOf(notebookWith([codeCell(source)])), OPTIONS);
    // Source elements are on lines 10 to 13: cell lines 2, 3 and 4 are JSON lines 11, 12 and 13.
    expect(drafts.map((d) => [d.rule, d.line, d.message])).toEqual([
      ['secret', 11, 'cell 1, line 2: a Stripe live secret key (sk_live_…6cD1) is in the source.'],
      ['secret', 12, 'cell 1, line 3: a Weights & Biases API key (…1d6e) is in the source.'],
      ['secret', 13, 'cell 1, line 4: an Azure Storage account key (…nR==) is in the source.'],
    ]);
  });

  it('points at the output line of an npm, SendGrid and Twilio token in an output', async () => {
    const cell = codeCell('print(settings)', 1, [
      stream([`npm: ${PROBED.npm}\n`, `sendgrid: ${PROBED.sendgrid}\n`, `twilio: ${PROBED.twilio}\n`]),
    ]);
    const drafts = await checkLeaks(modelOf(notebookWith([cell])), OPTIONS);
    // Output 1 opens on line 9 (name 10, output_type 11, "text": [ 12): its elements are on
    // lines 13, 14 and 15, output lines 1, 2 and 3.
    const out = 'cell 1, output 1 (stream stdout)';
    expect(drafts.map((d) => [d.rule, d.line, d.message])).toEqual([
      ['secret', 13, `${out}, line 1: an access token for the npm registry (npm_…2sEa) is in the output.`],
      ['secret', 14, `${out}, line 2: a SendGrid API key (SG.…xK2m) is in the output.`],
      ['secret', 15, `${out}, line 3: a Twilio API key (SK…e4f8) is in the output.`],
    ]);
  });

  it('does not take URL paths or relative paths for local ones', async () => {
    const source = "url = 'https://example.com/home/user/page'\np = Path('data/Users/x')\nq = '~/data'\n";
    expect(await checkLeaks(modelOf(notebookWith([codeCell(source)])), OPTIONS)).toEqual([]);
  });
});
