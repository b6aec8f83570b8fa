import { execFileSync } from 'node:child_process';
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  realpathSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOTEBOOKS_GATE } from '../../src/gates/notebooks/gate.js';
import type { GateContext } from '../../src/result/gate.js';
import type { Finding, GateResult } from '../../src/result/types.js';
import { FIXTURES } from '../helpers/paths.js';
import { expectValidResult } from '../helpers/result-schema.js';

/*
 * Credentials are assembled at run time so that no file in the repository holds one; none is real.
 */
const BODY36 = 'Zq8xK2mP9vL4nR7tW3yB6cD1fG5hJ0kQ2sEa';
const PEM_BODY = `b3BlbnNzaC1rZXktdjEAAAAA${'BG5vbmUAAAAEbm9uZQ'.repeat(5)}`;
const SECRETS = {
  github: `ghp_${BODY36}`,
  aws: ['AKIA', 'QW3RT7YU2IOP4ASD'].join(''),
  slack: `xoxb-1234567890-1234567890123-${BODY36.slice(0, 24)}`,
  pem: ['-----BEGIN OPENSSH PRIVATE KEY-----', PEM_BODY, '-----END OPENSSH PRIVATE KEY-----'].join('\n'),
};
/** What must never leave the gate: the tokens, and the key's body (its armour lines are public). */
const SECRET_PARTS = [SECRETS.github, SECRETS.aws, SECRETS.slack, PEM_BODY];

const KERNEL = {
  kernelspec: { display_name: 'Python 3', language: 'python', name: 'python3' },
  language_info: { name: 'python', version: '3.11.4' },
};

function notebook(cells: object[]): string {
  return `${JSON.stringify({ cells, metadata: KERNEL, nbformat: 4, nbformat_minor: 5 }, null, 1)}\n`;
}

function code(id: string, source: string[], outputs: object[] = [], count: number | null = null): object {
  return { cell_type: 'code', execution_count: count, id, metadata: {}, outputs, source };
}

let root: string;
let outside: string;
let result: GateResult;

beforeAll(async () => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'mlqg-nb-hostile-')));
  outside = realpathSync(mkdtempSync(join(tmpdir(), 'mlqg-nb-hostile-outside-')));
  const nb = join(root, 'nb');
  mkdirSync(nb);
  mkdirSync(join(root, '.git'));
  for (const file of ['truncated', 'merge-conflict', 'format-3', 'binary', 'schema-invalid']) {
    copyFileSync(join(FIXTURES, 'notebooks', `${file}.ipynb`), join(nb, `${file}.ipynb`));
  }
  writeFileSync(join(nb, 'not-utf8.ipynb'), Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]));
  writeFileSync(join(nb, 'empty.ipynb'), '');
  writeFileSync(join(nb, 'nested.ipynb'), `{"cells": ${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`);
  writeFileSync(
    join(nb, 'proto.ipynb'),
    notebook([]).replace('"metadata": {', '"metadata": {\n  "__proto__": {"polluted": true},'),
  );
  // 200 MB from its size alone (sparse): refused before a byte is read.
  writeFileSync(join(nb, 'huge.ipynb'), '');
  truncateSync(join(nb, 'huge.ipynb'), 200 * 1024 * 1024);
  // 3 MB of one printed output: over both size limits, under the read limit.
  writeFileSync(
    join(nb, 'heavy.ipynb'),
    notebook([
      code(
        'a',
        ['print(df)'],
        [{ name: 'stdout', output_type: 'stream', text: ['x'.repeat(3 * 1024 * 1024)] }],
        1,
      ),
    ]),
  );
  writeFileSync(
    join(nb, 'leaky.ipynb'),
    notebook([
      code('a', [`GITHUB_TOKEN = "${SECRETS.github}"\n`, `key = """${SECRETS.pem}"""\n`], [], null),
      code(
        'b',
        ['print(os.environ)'],
        [
          {
            name: 'stdout',
            output_type: 'stream',
            text: [`{'AWS_ACCESS_KEY_ID': '${SECRETS.aws}', 'SLACK': '${SECRETS.slack}'}\n`],
          },
        ],
        1,
      ),
    ]),
  );
  // 500 cells that each print a home path: findings are capped per notebook.
  writeFileSync(
    join(nb, 'noisy.ipynb'),
    notebook(Array.from({ length: 500 }, (_, i) => code(`c${i}`, [`open('/home/dev/data/${i}.csv')`]))),
  );
  writeFileSync(join(outside, 'stolen.ipynb'), 'root:x:0:0:root:/root:/bin/bash');
  symlinkSync(join(outside, 'stolen.ipynb'), join(nb, 'escape.ipynb'));
  writeFileSync(join(root, '.git', 'config'), '[core]\n\trepositoryformatversion = 0');
  symlinkSync(join(root, '.git', 'config'), join(nb, 'git-config.ipynb'));
  execFileSync('mkfifo', [join(nb, 'fifo.ipynb')]);

  const ctx: GateContext = { cwd: root, env: {}, event: { name: 'local', release: false }, now: new Date() };
  result = await NOTEBOOKS_GATE.evaluate(await NOTEBOOKS_GATE.settings({ outputs: 'any' }, {}, ctx), ctx);
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const of = (name: string): Finding[] => result.findings.filter((f) => f.path === `nb/${name}.ipynb`);

describe('hostile notebooks', () => {
  it('judges every file and fails, never errors or throws', () => {
    expectValidResult(result);
    expect(result.status).toBe('fail');
    // 16 files under nb/: the 5 copied fixtures, and not-utf8, empty, nested, proto, huge, heavy,
    // leaky, noisy, escape, git-config and fifo.
    expect((result.metrics.notebooks as unknown[]).length).toBe(16);
  });

  it.each([
    ['truncated', 'notebooks/invalid', 8, 'Malformed JSON at line 8, column 5'],
    ['merge-conflict', 'notebooks/invalid', 46, 'unresolved merge conflict markers'],
    ['format-3', 'notebooks/invalid', 22, 'format 3'],
    ['binary', 'notebooks/invalid', 1, 'NUL bytes'],
    ['not-utf8', 'notebooks/invalid', 1, 'not valid UTF-8'],
    ['empty', 'notebooks/invalid', 1, 'the file is empty'],
    ['nested', 'notebooks/invalid', 1, 'nested deeper than 256 levels'],
    ['schema-invalid', 'notebooks/invalid', 13, 'missing required key "outputs"'],
    ['huge', 'notebooks/too-large', undefined, 'is 200 MiB, over the 32 MiB read limit: it was not read'],
    ['heavy', 'notebooks/too-large', 9, 'output 1 (stream stdout) is 3 MiB (limit 200 KiB)'],
    ['escape', 'notebooks/unsafe-path', undefined, 'points outside the repository; it was not read'],
    ['git-config', 'notebooks/unsafe-path', undefined, 'points into the .git folder'],
    ['fifo', 'notebooks/unsafe-path', undefined, 'is not a regular file'],
  ])('%s: %s at line %s', (name, rule, line, fragment) => {
    const found = of(name).find((f) => f.rule === rule && f.message.includes(fragment));
    expect(found, JSON.stringify(of(name))).toBeDefined();
    expect(found?.line).toBe(line);
    expect(found?.fix).toBeTruthy();
  });

  it('finds every credential and quotes none', () => {
    // leaky.ipynb: cell 1 holds the GitHub token (line 1) and the key block (line 2); cell 2's
    // output prints an AWS key id and a Slack token.
    expect(
      of('leaky')
        .filter((f) => f.rule === 'notebooks/secret')
        .map((f) => f.message),
    ).toEqual([
      'Cell 1, line 1: a GitHub personal access token (ghp_…2sEa) is in the source.',
      'Cell 1, line 2: a private key (-----BEGIN … PRIVATE KEY----- block) is in the source.',
      'Cell 2, output 1 (stream stdout), line 1: an AWS access key ID (AKIA…4ASD) is in the output.',
      'Cell 2, output 1 (stream stdout), line 1: a Slack bot token (xoxb-…6cD1) is in the output.',
    ]);
    const everything = JSON.stringify(result);
    for (const secret of SECRET_PARTS) {
      for (let i = 0; i + 8 <= secret.length; i += 4)
        expect(everything).not.toContain(secret.slice(i, i + 8));
    }
    expect(everything).not.toContain('root:x');
    expect(everything).not.toContain('repositoryformatversion');
    expect(everything).not.toContain(outside);
  });

  it('caps a noisy notebook at 20 findings and counts the rest', () => {
    const noisy = of('noisy');
    // 500 local paths: 20 listed, 480 counted in one notice.
    expect(noisy).toHaveLength(21);
    expect(noisy[20]?.message).toBe(
      '480 more finding(s) in this notebook are not listed (480 notebooks/local-path).',
    );
    expect(
      (result.metrics.notebooks as Array<{ path: string; problems: object }>).find(
        (n) => n.path === 'nb/noisy.ipynb',
      )?.problems,
    ).toEqual({
      'local-path': 500,
    });
  });

  it('keeps a __proto__ key as data', () => {
    expect(of('proto')).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
