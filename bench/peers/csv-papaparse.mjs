#!/usr/bin/env node
// The CSV peer of the data schema gate (bench/run.mjs): papaparse streaming the file (header
// row, one record at a time), each cell cast to its Table Schema type (integer, number,
// boolean, date kept as text), and ajv (ajv-formats, allErrors as the gate compiles) checking
// the typed record against the JSON Schema equivalent of the Table Schema: required, minimum,
// enum, format date. A cell that does not cast makes the row invalid. Prints one JSON line:
// rows, invalid rows and the record numbers of the invalid rows, for bench/run.mjs to compare
// with the gate's.
//
//   node bench/peers/csv-papaparse.mjs FILE.csv TABLE-SCHEMA.json
import { createReadStream, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import Papa from 'papaparse';

const [file, schemaFile] = process.argv.slice(2);
const table = JSON.parse(readFileSync(schemaFile, 'utf8'));

const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const INVALID = Symbol('invalid');
const CASTS = {
  integer: (s) => (INTEGER.test(s) ? Number(s) : INVALID),
  number: (s) => (NUMBER.test(s) ? Number(s) : INVALID),
  boolean: (s) =>
    s === 'true' || s === 'True' || s === 'TRUE' || s === '1'
      ? true
      : s === 'false' || s === 'False' || s === 'FALSE' || s === '0'
        ? false
        : INVALID,
  date: (s) => s,
  string: (s) => s,
};

/** The Table Schema as a JSON Schema of the cast record. */
function jsonSchemaOf(fields) {
  const properties = {};
  const required = [];
  for (const f of fields) {
    const c = f.constraints ?? {};
    const p = {};
    if (f.type === 'date') Object.assign(p, { type: 'string', format: 'date' });
    else if (f.type === 'integer') p.type = 'integer';
    else if (f.type === 'number') p.type = 'number';
    else if (f.type === 'boolean') p.type = 'boolean';
    else p.type = 'string';
    if (c.minimum !== undefined) p.minimum = c.minimum;
    if (c.maximum !== undefined) p.maximum = c.maximum;
    if (c.enum) p.enum = c.enum;
    if (c.required) required.push(f.name);
    properties[f.name] = p;
  }
  return { type: 'object', properties, required };
}

const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats.default ?? addFormats)(ajv);
const validate = ajv.compile(jsonSchemaOf(table.fields));
const casts = table.fields.map((f) => [f.name, CASTS[f.type ?? 'string']]);
let rows = 0;
const invalid = [];
await new Promise((resolve, reject) => {
  Papa.parse(createReadStream(file), {
    header: true,
    skipEmptyLines: true,
    step: ({ data }) => {
      rows++;
      const record = {};
      let ok = true;
      for (const [name, cast] of casts) {
        const raw = data[name];
        if (raw === undefined || raw === '') continue; // missing: left to `required`
        const v = cast(raw);
        if (v === INVALID) ok = false;
        else record[name] = v;
      }
      if (!validate(record) || !ok) invalid.push(rows);
    },
    complete: resolve,
    error: reject,
  });
});
console.log(JSON.stringify({ rows, invalidRows: invalid.length, invalid }));
