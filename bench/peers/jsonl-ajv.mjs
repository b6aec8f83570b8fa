#!/usr/bin/env node
// The JSON Lines peer of the data schema gate (bench/run.mjs): a plain line reader
// (node:readline over a read stream), JSON.parse per line, and ajv (2020-12, ajv-formats,
// allErrors as the gate compiles) compiled once. Prints one JSON line: rows, invalid rows and
// the record numbers of the invalid rows, which bench/run.mjs compares with the gate's.
//
//   node bench/peers/jsonl-ajv.mjs FILE.jsonl SCHEMA.json
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const [file, schemaFile] = process.argv.slice(2);
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats.default ?? addFormats)(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
let rows = 0;
const invalid = [];
for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
  if (line.trim() === '') continue;
  rows++;
  let value;
  try {
    value = JSON.parse(line);
  } catch {
    invalid.push(rows);
    continue;
  }
  if (!validate(value)) invalid.push(rows);
}
console.log(JSON.stringify({ rows, invalidRows: invalid.length, invalid }));
