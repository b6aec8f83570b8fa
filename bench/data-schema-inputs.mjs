// Inputs of the data schema benchmark (bench/run.mjs --suites data-schema): a seeded-by-index
// JSON Lines file and CSV file of ROWS records each, with their schemas, and the record numbers
// that are invalid by construction (every 997th record breaks one rule, in turn), written to
// meta.json so the gate and the peers are both checked against them.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeLines } from './write-lines.mjs';

/** Bump when the generated files change: run.mjs regenerates on a mismatch. */
export const DATA_GENERATOR_VERSION = 2;

const CONTRACTS = ['month-to-month', 'one-year', 'two-year'];
const BAD_EVERY = 997;

export const TABLE_SCHEMA = {
  fields: [
    { name: 'id', type: 'integer', constraints: { required: true } },
    { name: 'signup_date', type: 'date' },
    { name: 'tenure_months', type: 'integer', constraints: { minimum: 0 } },
    { name: 'monthly_charges', type: 'number', constraints: { minimum: 0 } },
    { name: 'contract', type: 'string', constraints: { enum: CONTRACTS } },
    { name: 'churned', type: 'boolean' },
    { name: 'note', type: 'string' },
  ],
};

export const JSON_SCHEMA = {
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
};

const NOTES = ['', 'paid by card', '"late, paid in full"', 'called twice', '"said ""cancel"" then stayed"'];

/** CSV record `i` (0-based); every BAD_EVERY-th breaks one rule. */
function csvRow(i) {
  let date = `20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}`;
  let tenure = String(i % 72);
  let contract = CONTRACTS[i % 3];
  let churned = String(i % 2 === 0);
  if ((i + 1) % BAD_EVERY === 0) {
    const k = ((i + 1) / BAD_EVERY) % 4;
    if (k === 0) contract = 'weekly';
    else if (k === 1) tenure = '-1';
    else if (k === 2) date = '2023-02-30';
    else churned = 'maybe';
  }
  const charges = (20 + (i % 9000) / 100).toFixed(2);
  return `${i},${date},${tenure},${charges},${contract},${churned},${NOTES[i % NOTES.length]}\n`;
}

/** JSON Lines record `i` (0-based); every BAD_EVERY-th breaks one rule. */
function jsonRow(i) {
  const r = {
    id: i,
    customer: `${String(1000 + (i % 9000))}-ABCDE`,
    type: i % 2 ? 'login' : 'payment',
    at: `2024-05-0${1 + (i % 9)}T08:15:00Z`,
    amount: (i % 500) + 0.5,
  };
  if ((i + 1) % BAD_EVERY === 0) {
    const k = ((i + 1) / BAD_EVERY) % 5;
    if (k === 0) r.customer = '12-AB';
    else if (k === 1) r.type = 'refund';
    else if (k === 2) delete r.at;
    else if (k === 3) r.extra = true;
    else r.at = '2024-13-01T00:00:00Z';
  }
  return `${JSON.stringify(r)}\n`;
}

/**
 * Writes dir/data/{rows.csv,rows.schema.json,events.jsonl,events.schema.json} and dir/meta.json
 * unless they are there for this version and row count; returns meta.
 */
export async function ensureDataInputs(dir, rows) {
  const metaPath = join(dir, 'meta.json');
  if (existsSync(metaPath)) {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8'));
    if (meta.version === DATA_GENERATOR_VERSION && meta.rows === rows) return meta;
  }
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, 'data', 'rows.schema.json'), JSON.stringify(TABLE_SCHEMA, null, 2));
  writeFileSync(join(dir, 'data', 'events.schema.json'), JSON.stringify(JSON_SCHEMA, null, 2));
  await Promise.all([
    writeLines(
      join(dir, 'data', 'rows.csv'),
      `${TABLE_SCHEMA.fields.map((f) => f.name).join(',')}\n`,
      rows,
      csvRow,
    ),
    writeLines(join(dir, 'data', 'events.jsonl'), '', rows, jsonRow),
  ]);
  const invalid = [];
  for (let n = BAD_EVERY; n <= rows; n += BAD_EVERY) invalid.push(n);
  const meta = { version: DATA_GENERATOR_VERSION, rows, invalid };
  writeFileSync(metaPath, `${JSON.stringify(meta)}\n`);
  return meta;
}
