import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateDataSchema } from '../../../../src/gates/data-schema/evaluate.js';
import { dataSchemaSettings } from '../../../../src/gates/data-schema/parse-settings.js';
import { configureDataParallelism, splitCount } from '../../../../src/gates/data-schema/parts.js';
import type { GateResult } from '../../../../src/result/types.js';
import { REPO_ROOT } from '../../../helpers/paths.js';

/**
 * A large data file is checked in parts, side by side in worker threads (parts.ts). Whatever
 * the number of threads, the result must be exactly that of one thread reading every file
 * whole: the same findings in the same order, with the same record numbers, lines and
 * messages, and the same counts — also when the findings limit is reached inside a part, and
 * when a part cannot be read alone (a cut inside a quoted field, broken quoting), where the file
 * is read whole.
 */
let dir = '';
let workerUrl: URL;

function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const TABLE = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true } },
    { name: 'day', type: 'date' },
    { name: 'score', type: 'number', constraints: { minimum: 0 } },
    { name: 'kind', type: 'string', constraints: { enum: ['a', 'b', 'c'] } },
    { name: 'note', type: 'string', constraints: { maxLength: 12 } },
  ],
};
const JSON_SCHEMA = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['id', 'at'],
  additionalProperties: false,
  properties: {
    id: { type: 'integer', minimum: 0 },
    at: { type: 'string', format: 'date-time' },
    code: { type: 'string', pattern: '^[A-Z]{2}-[0-9]+$' },
    tags: { type: 'array', items: { enum: ['x', 'y'] } },
  },
};

/** A CSV of `rows` rows, about one in 40 invalid (some in several cells), quoted notes with newlines. */
function csv(rows: number, seed: number, eol: string): string {
  const rng = seeded(seed);
  const notes = ['', 'plain', '"with, comma"', '"two\nlines"', '"say ""hi"""', '"crlf\r\ninside"', 'é😀'];
  let text = `id,day,score,kind,note${eol}`;
  for (let i = 1; i <= rows; i++) {
    const bad = rng() < 0.025;
    const cells = [
      bad && rng() < 0.3 ? 'x' : String(i),
      bad && rng() < 0.5 ? '2023-02-30' : `2024-0${1 + (i % 9)}-1${i % 10}`,
      bad && rng() < 0.5 ? '-1' : (i % 997).toFixed(1),
      bad && rng() < 0.5 ? 'z' : (['a', 'b', 'c'][i % 3] as string),
      bad && rng() < 0.3 ? 'far too long a note' : (notes[Math.floor(rng() * notes.length)] as string),
    ];
    if (bad && rng() < 0.2) cells.pop(); // a ragged row
    if (rng() < 0.01) text += eol; // a blank line
    text += cells.join(',') + eol;
  }
  return text;
}

/** JSON Lines of `rows` records, about one in 40 invalid, with blank lines and bad JSON. */
function jsonl(rows: number, seed: number, eol: string): string {
  const rng = seeded(seed);
  let text = '\uFEFF';
  for (let i = 1; i <= rows; i++) {
    const r: Record<string, unknown> = { id: i, at: `2024-05-0${1 + (i % 9)}T08:15:00Z`, code: `AB-${i}` };
    if (rng() < 0.3) r.tags = ['x', 'y'];
    if (rng() < 0.025) {
      const k = Math.floor(rng() * 6);
      if (k === 0) r.id = -1;
      else if (k === 1) delete r.at;
      else if (k === 2) r.code = 'ab';
      else if (k === 3) r.extra = 1;
      else if (k === 4) r.tags = ['q', 'x', 'r'];
      else r.at = '2024-13-01T00:00:00Z';
    }
    if (rng() < 0.01) text += `  ${eol}`;
    text += (rng() < 0.005 ? '{"id": 1,' : JSON.stringify(r)) + eol;
  }
  return text;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mlqg-ds-parts-'));
  const out = join(dir, 'worker', 'data-schema-worker.mjs');
  await build({
    entryPoints: [join(REPO_ROOT, 'src', 'gates', 'data-schema', 'worker.ts')],
    outfile: out,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    banner: {
      js: "import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);",
    },
  });
  workerUrl = pathToFileURL(out);
  const data = join(dir, 'repo', 'data');
  mkdirSync(data, { recursive: true });
  const files: Record<string, string> = {
    'rows.csv': csv(6000, 1, '\n'),
    'rows-crlf.csv': csv(4000, 2, '\r\n'),
    'broken.csv': csv(3000, 3, '\n').replace('\n2500,', '\n2500,"unclosed'),
    'events.jsonl': jsonl(6000, 4, '\n'),
    'events-crlf.jsonl': jsonl(3000, 5, '\r\n'),
  };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(data, name), text);
    const schema = name.endsWith('.csv') ? TABLE : JSON_SCHEMA;
    writeFileSync(join(data, name.replace(/\.(csv|jsonl)$/, '.schema.json')), JSON.stringify(schema));
  }
});
afterAll(() => {
  configureDataParallelism({});
  rmSync(dir, { recursive: true, force: true });
});

async function judge(limit: number): Promise<GateResult> {
  const settings = dataSchemaSettings(
    { datasets: ['data/*.csv', 'data/*.jsonl'], 'max-findings-per-file': limit },
    { compatibility: 'none' },
    join(dir, 'repo'),
  );
  return evaluateDataSchema(settings);
}

describe('checking data files in parts on several threads', () => {
  for (const limit of [5, 1000]) {
    it(`gives the findings of one thread, in order, for 1, 2 and 3 threads (max-findings-per-file ${limit})`, async () => {
      configureDataParallelism({ threads: 1 });
      const alone = await judge(limit);
      // broken.csv is an error (its rows are not counted): 6000 + 4000 + 6000 + 3000 rows.
      expect(alone.metrics).toMatchObject({ rowsChecked: 19000 });
      expect(alone.findings.filter((f) => f.rule === 'data-schema/invalid-row').length).toBeGreaterThan(
        limit === 5 ? 15 : 400,
      );
      expect(
        alone.findings.some((f) => f.path === 'data/broken.csv' && /not valid CSV/.test(f.message)),
      ).toBe(true);
      for (const threads of [2, 3]) {
        const before = splitCount.files;
        configureDataParallelism({ threads, workerUrl, splitBytes: 1 });
        expect(await judge(limit), `${threads} threads`).toEqual(alone);
        // The four good files were split (the broken one is read whole when its part fails).
        expect(splitCount.files - before).toBeGreaterThanOrEqual(4);
      }
      // Split, every part in the main thread (no worker script), gives the same.
      configureDataParallelism({ threads: 3, workerUrl: undefined, splitBytes: 1 });
      expect(await judge(limit)).toEqual(alone);
    }, 60_000);
  }
});
