import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/commands/dispatch.js';

/**
 * Hostile and broken reports through the whole CLI: each must end in status error (exit 2)
 * with the file named, never a pass, a hang, a crash or a stack trace.
 */
let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlqg-hostile-'));
});

async function gate(name: string, content: string | Buffer) {
  writeFileSync(join(dir, name), content);
  let stdout = '';
  let stderr = '';
  const code = await main(['coverage', '--report', name, '--format', 'json'], {
    cwd: dir,
    env: { PATH: process.env.PATH },
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  expect(stderr).not.toMatch(/\n\s+at /);
  return { code, result: JSON.parse(stdout) as { status: string; findings: Array<{ message: string }> } };
}

const CASES: Array<[string, string | Buffer, RegExp]> = [
  ['empty.xml', '', /empty\.xml: the report is empty/],
  ['whitespace.info', '\n\n  \n', /the report is empty/],
  [
    'binary.xml',
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
    /binary\.xml: unknown coverage report format/,
  ],
  [
    'nul.xml',
    Buffer.from('<coverage>\u0000</coverage>'),
    /nul\.xml:1:11: malformed XML: disallowed character/,
  ],
  [
    'truncated.xml',
    '<?xml version="1.0"?>\n<coverage>\n<packages>\n<package name="a">',
    /truncated\.xml:\d+:\d+: malformed XML/,
  ],
  [
    'bomb.xml',
    '<?xml version="1.0"?><!DOCTYPE c [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><coverage>&b;</coverage>',
    /undefined entity &b;/,
  ],
  ['truncated.info', 'TN:\nSF:src/a.py\nDA:1,1\nDA:2,', /truncated\.info:\d+: /],
  ['garbage.info', 'SF:a.py\nDA:1,1\nHELLO WORLD\nend_of_record\n', /garbage\.info:3: unknown LCOV record/],
  [
    'truncated.json',
    '{"meta": {"version": "7.4"}, "files": {"a.py": {"executed_lines": [1, 2',
    /truncated\.json:1:\d+: /,
  ],
  [
    'deep.json',
    `{"meta":{},"files":{"a.py":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`,
    /deep\.json:1:\d+: .*a\.py/,
  ],
  [
    'no-lines.json',
    '{"meta":{},"files":{"a.py":{"executed_lines":[],"missing_lines":[]}}}',
    /measure no line/,
  ],
  ['empty-files.json', '{"meta":{},"files":{}}', /lists no source files/],
  ['nothing.out', 'mode: set\n', /lists no source files/],
  ['bad.out', 'mode: set\nx.go:1.1,2.1 1 nope\n', /bad\.out:2: /],
  ['huge-line.info', 'SF:a.py\nDA:4000000000,1\nend_of_record\n', /line number 4000000000/],
  ['unknown.json', '{"hello": "world"}', /unknown coverage report format/],
  [
    'clover.xml',
    '<?xml version="1.0"?><coverage generated="1" clover="4.4"><project/></coverage>',
    /Clover XML, which is not supported/,
  ],
];

describe('hostile and broken reports', () => {
  it.each(CASES)('%s', async (name, content, message) => {
    const { code, result } = await gate(name, content);
    expect(code).toBe(2);
    expect(result.status).toBe('error');
    expect(result.findings.map((f) => f.message).join('\n')).toMatch(message);
  });

  it('a single line longer than 64 MiB is refused without buffering more', async () => {
    const { code, result } = await gate('long.info', `SF:${'a'.repeat(70 * 1024 * 1024)}\nend_of_record\n`);
    expect(code).toBe(2);
    expect(result.findings[0]?.message).toMatch(/long\.info:1: line longer than 64 MiB/);
  });
});
