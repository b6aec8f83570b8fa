#!/usr/bin/env node
/**
 * Benchmark of the data schema gate (`npm run bench:data-schema`): generates 1,000,000 JSON
 * Lines records and 1,000,000 CSV rows into bench/out/data-schema/, then times
 * `dist/cli.js data-schema` on each beside the raw parse of the same file (JSON.parse per line;
 * csv-parse alone), with peak RSS from bench/measure.mjs. Prints a Markdown table.
 *
 * Usage: node bench/data-schema.mjs [--rows N]
 */
import { mkdirSync, writeFileSync, createWriteStream, existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'bench', 'out', 'data-schema');
const rowsArg = process.argv.indexOf('--rows');
const ROWS = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 1_000_000;

async function write(path, header, line) {
  const out = createWriteStream(path);
  if (header) out.write(header);
  let chunk = '';
  for (let i = 0; i < ROWS; i++) {
    chunk += line(i);
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise((r) => out.end(r));
}

const CONTRACTS = ['month-to-month', 'one-year', 'two-year'];
function generate() {
  mkdirSync(join(OUT, 'data'), { recursive: true });
  writeFileSync(
    join(OUT, 'data', 'rows.schema.json'),
    JSON.stringify({
      fields: [
        { name: 'id', type: 'integer', constraints: { required: true } },
        { name: 'signup_date', type: 'date' },
        { name: 'tenure_months', type: 'integer', constraints: { minimum: 0 } },
        { name: 'monthly_charges', type: 'number', constraints: { minimum: 0 } },
        { name: 'contract', type: 'string', constraints: { enum: CONTRACTS } },
        { name: 'churned', type: 'boolean' },
      ],
    }),
  );
  writeFileSync(
    join(OUT, 'data', 'events.schema.json'),
    JSON.stringify({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      type: 'object',
      required: ['id', 'customer', 'type', 'at'],
      additionalProperties: false,
      properties: {
        id: { type: 'integer' },
        customer: { type: 'string', pattern: '^[0-9]{4}-[A-Z]{5}$' },
        type: { enum: ['login', 'payment', 'support_ticket'] },
        at: { type: 'string', format: 'date-time' },
        amount: { type: 'number', minimum: 0 },
      },
    }),
  );
  return Promise.all([
    write(
      join(OUT, 'data', 'rows.csv'),
      'id,signup_date,tenure_months,monthly_charges,contract,churned\n',
      (i) =>
        `${i},20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10},${i % 72},${(20 + (i % 9000) / 100).toFixed(2)},${CONTRACTS[i % 3]},${i % 2 === 0}\n`,
    ),
    write(
      join(OUT, 'data', 'events.jsonl'),
      '',
      (i) =>
        `{"id":${i},"customer":"${String(1000 + (i % 9000))}-ABCDE","type":"${i % 2 ? 'login' : 'payment'}","at":"2024-05-0${1 + (i % 9)}T08:15:00Z","amount":${(i % 500) + 0.5}}\n`,
    ),
  ]);
}

const RAW_JSONL = `import { createReadStream } from 'node:fs'; import { createInterface } from 'node:readline';
let n = 0; for await (const line of createInterface({ input: createReadStream(process.argv[1]) })) { if (line) { JSON.parse(line); n++; } } console.log(n);`;
const RAW_CSV = `import { createReadStream } from 'node:fs'; import { parse } from 'csv-parse';
let n = 0; const p = createReadStream(process.argv[1]).pipe(parse({ on_record: () => { n++; return null; } }));
p.resume(); await new Promise((r) => p.on('end', r)); console.log(n);`;

if (!existsSync(join(ROOT, 'dist', 'cli.js'))) throw new Error('run npm run build first');
if (!existsSync(join(OUT, 'data', 'events.jsonl')) || rowsArg > 0) await generate();
const cases = [
  [
    'JSONL, JSON.parse per line (raw)',
    ['--input-type=module', '-e', RAW_JSONL, join(OUT, 'data', 'events.jsonl')],
  ],
  [
    'JSONL, data-schema gate',
    [
      join(ROOT, 'dist', 'cli.js'),
      'data-schema',
      '--datasets',
      'data/*.jsonl',
      '--compatibility',
      'none',
      '--format',
      'json',
    ],
  ],
  ['CSV, csv-parse alone (raw)', ['--input-type=module', '-e', RAW_CSV, join(OUT, 'data', 'rows.csv')]],
  [
    'CSV, data-schema gate',
    [
      join(ROOT, 'dist', 'cli.js'),
      'data-schema',
      '--datasets',
      'data/*.csv',
      '--compatibility',
      'none',
      '--format',
      'json',
    ],
  ],
];
console.log(
  `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}; ${ROWS.toLocaleString('en')} rows\n`,
);
console.log('| case | time | rows/s | peak RSS |\n| --- | ---: | ---: | ---: |');
for (const [name, args] of cases) {
  const r = await measure(process.execPath, args, { cwd: name.includes('raw') ? ROOT : OUT });
  if (r.code !== 0 && !name.includes('gate')) throw new Error(`${name}: exit ${r.code}: ${r.stderr}`);
  const mb = r.peakRss === null ? '—' : `${Math.round(r.peakRss / 1e6)} MB`;
  console.log(
    `| ${name} | ${r.seconds.toFixed(2)} s | ${Math.round(ROWS / r.seconds).toLocaleString('en')} | ${mb} |`,
  );
}
