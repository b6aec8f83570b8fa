import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modelCardSettings } from '../../src/gates/model-card/parse-settings.js';
import { evaluateModelCard } from '../../src/gates/model-card/evaluate.js';
import type { Finding, GateResult } from '../../src/result/types.js';
import { expectValidResult } from '../helpers/result-schema.js';

/** Hostile cards: each must become a finding that names the file (and line), never a crash. */
const CARDS: Record<string, string | Buffer> = {
  'not-mapping': '---\n- just\n- a list\n---\n# Card\n',
  'duplicate-keys': '---\nlicense: mit\nlicense: apache-2.0\n---\n# Card\n',
  'alias-bomb': `---\na: &a ["x","x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e,*e]\n---\n# Card\n`,
  unclosed: '---\nlicense: mit\n# Card\n\nNo closing line.\n',
  binary: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  'bad-utf8': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe, 0x0a]),
};

let dir: string;
let result: GateResult;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlqg-card-hostile-'));
  for (const [name, content] of Object.entries(CARDS)) {
    mkdirSync(join(dir, 'models', name), { recursive: true });
    writeFileSync(join(dir, 'models', name, 'README.md'), content);
  }
  // 50 MB card, generated here so the repository stays small.
  mkdirSync(join(dir, 'models', 'huge'), { recursive: true });
  writeFileSync(
    join(dir, 'models', 'huge', 'README.md'),
    `---\nlicense: mit\n---\n${'word '.repeat(10 * 1024 * 1024)}`,
  );
  result = await evaluateModelCard(modelCardSettings({ models: 'models/*/', preset: 'none' }, {}, dir));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const findingsOf = (model: string): Finding[] =>
  result.findings.filter((f) => f.path === `models/${model}/README.md`);

describe('hostile model cards', () => {
  it('judges every card (status fail, valid result)', () => {
    expectValidResult(result);
    expect(result.status).toBe('fail');
    expect(result.metrics.cards).toMatchObject({ covered: 0, total: 7 });
  });

  it.each([
    ['not-mapping', 'model-card/metadata-not-mapping', 2],
    ['duplicate-keys', 'model-card/metadata-invalid', 3],
    ['alias-bomb', 'model-card/metadata-invalid', 2],
    ['unclosed', 'model-card/front-matter-unclosed', 1],
    ['binary', 'model-card/not-text', 1],
    ['bad-utf8', 'model-card/not-text', 1],
    ['huge', 'model-card/too-large', undefined],
  ])('%s: %s at line %s', (model, rule, line) => {
    const f = findingsOf(model).find((x) => x.rule === rule);
    expect(f, JSON.stringify(findingsOf(model))).toBeDefined();
    expect(f?.line).toBe(line);
    expect(f?.fix).toBeTruthy();
  });

  it('names the alias bomb as such', () => {
    expect(
      findingsOf('alias-bomb')
        .map((f) => f.message)
        .join(),
    ).toMatch(/alias/);
  });
});
