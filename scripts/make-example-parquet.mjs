#!/usr/bin/env node
/**
 * Writes examples/ml-project/data/features.parquet, the example's small Parquet dataset (the
 * training features of the first 40 customers), with hyparquet-writer (a devDependency). Run
 * once; the binary is committed so the example needs no writer. Deterministic: same bytes each run.
 *
 * Usage: node scripts/make-example-parquet.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parquetWriteBuffer } from 'hyparquet-writer';

const dir = new URL('../examples/ml-project/', import.meta.url);
const [header, ...lines] = readFileSync(new URL('tests/data/customers.csv', dir), 'utf8').trim().split('\n');
const cols = header.split(',');
const rows = lines.slice(0, 40).map((l) => Object.fromEntries(l.split(',').map((v, i) => [cols[i], v])));
const charge = (r) => Number(r.monthly_charges);
const buffer = parquetWriteBuffer({
  columnData: [
    { name: 'customer_id', data: rows.map((r) => r.customer_id), type: 'STRING' },
    { name: 'tenure_months', data: rows.map((r) => Number(r.tenure_months)), type: 'INT32' },
    { name: 'monthly_charges', data: rows.map(charge), type: 'DOUBLE' },
    {
      name: 'charge_trend',
      data: rows.map((r) =>
        r.total_charges === '' || Number(r.tenure_months) === 0
          ? 1
          : Math.round((charge(r) / (Number(r.total_charges) / Number(r.tenure_months))) * 1000) / 1000,
      ),
      type: 'DOUBLE',
    },
    { name: 'churned', data: rows.map((r) => r.churned === 'yes'), type: 'BOOLEAN' },
  ],
});
writeFileSync(new URL('data/features.parquet', dir), new Uint8Array(buffer));
console.log(`wrote data/features.parquet (${buffer.byteLength} bytes, ${rows.length} rows)`);
