import { describe, expect, it } from 'vitest';
import { breaksOf } from '../../../../../src/gates/data-schema/breaking/change.js';
import { diffJsonSchema } from '../../../../../src/gates/data-schema/breaking/json-schema-diff.js';
import { diffTableSchema } from '../../../../../src/gates/data-schema/breaking/table-schema-diff.js';
import { compileJsonSchema } from '../../../../../src/gates/data-schema/json-schema.js';
import { checkTableSchema } from '../../../../../src/gates/data-schema/table-schema.js';
import { TableValidator } from '../../../../../src/gates/data-schema/table-validate.js';
import { InputError } from '../../../../../src/util/errors.js';
import {
  type Dialect,
  genInstances,
  genNode,
  genSchema,
  pick,
  type Rng,
  rngOf,
} from '../generate-schemas.js';

/**
 * The differ held against the gate's own validator (issue 12: a change is breaking exactly when
 * the validator would reject data the other side accepted). For generated schema pairs (a base
 * and a seeded mutation of it) and generated data:
 * - soundness: if some document valid under the old schema fails the new one, the differ must
 *   report a backward break; if some document valid under the new schema fails the old one, a
 *   forward break. Any miss fails the test and prints the seed.
 * - completeness, measured: of the pairs the differ calls breaking, the share where a witness
 *   document was found. The rest are conservative reports (or witnesses the generator missed);
 *   the figure is printed, and bounded below so a regression to "everything breaks" shows.
 */
const SEED = Number(process.env.MLQG_SEED ?? 7_000_000);
const PAIRS = 250;

const noFiles = (p: string) => Promise.reject(new InputError(`${p}: not found`, { path: p }));

/** A copy of `schema` with one seeded change somewhere inside it. */
function mutate(rng: Rng, schema: Record<string, unknown>, dialect: Dialect): Record<string, unknown> {
  const copy = structuredClone(schema);
  const nodes: Array<Record<string, unknown>> = [];
  const walk = (n: unknown, depth: number) => {
    if (typeof n !== 'object' || n === null || depth > 8) return;
    if (!Array.isArray(n)) nodes.push(n as Record<string, unknown>);
    for (const [k, v] of Object.entries(n)) if (k !== 'enum' && k !== 'const') walk(v, depth + 1);
  };
  walk(copy, 0);
  const node = pick(rng, nodes);
  const keys = Object.keys(node).filter((k) => k !== '$schema' && k !== '$defs' && k !== 'definitions');
  const ctx = {
    rng,
    dialect,
    defsKey: dialect === 'draft-07' ? 'definitions' : '$defs',
    defNames: ['p', 'q'].filter(
      (d) => d in ((copy[dialect === 'draft-07' ? 'definitions' : '$defs'] as object | undefined) ?? {}),
    ),
  };
  const op = Math.floor(rng() * 5);
  if (op === 0 && keys.length > 0) Reflect.deleteProperty(node, pick(rng, keys));
  else if (op === 1 && keys.length > 0) node[pick(rng, keys)] = genNode(ctx, 1);
  else if (op === 2) Object.assign(node, genNode(ctx, 1) as object);
  else if (op === 3) {
    const numeric = keys.filter((k) => typeof node[k] === 'number');
    if (numeric.length > 0) {
      const k = pick(rng, numeric);
      node[k] = (node[k] as number) + pick(rng, [-1, 1]);
    } else node.additionalProperties = pick(rng, [true, false, { type: 'string' }]);
  } else {
    const sub = genNode(ctx, 2);
    for (const k of keys) Reflect.deleteProperty(node, k);
    Object.assign(node, typeof sub === 'object' && sub !== null ? sub : { not: {} });
  }
  return copy;
}

describe('the JSON Schema differ against the validator', () => {
  for (const dialect of ['draft-07', '2020-12'] as Dialect[]) {
    it(`${dialect}: every validator-visible break is reported (sound); completeness measured`, async () => {
      const misses: string[] = [];
      let reported = 0;
      let witnessed = 0;
      let pairsWithData = 0;
      for (let k = 0; k < PAIRS; k++) {
        const seed = SEED + k + (dialect === 'draft-07' ? 0 : 50_000);
        const rng = rngOf(seed);
        const before = genSchema(rng, dialect);
        const after = mutate(rng, before, dialect);
        const [a, b] = await Promise.all(
          [before, after].map((v) =>
            compileJsonSchema({ path: 's.json', value: v, lineOf: () => undefined }, noFiles),
          ),
        );
        if (!a?.validate || !b?.validate) continue;
        const docs = [...genInstances(rng, before, 40), ...genInstances(rng, after, 40)];
        const va = a.validate;
        const vb = b.validate;
        const back = docs.findIndex((d) => va(d) && !vb(d));
        const fwd = docs.findIndex((d) => vb(d) && !va(d));
        const backWitness: unknown = back >= 0 ? docs[back] : undefined;
        const fwdWitness: unknown = fwd >= 0 ? docs[fwd] : undefined;
        pairsWithData++;
        const breaks = breaksOf(diffJsonSchema(before, after));
        const show = (d: unknown) => JSON.stringify(d);
        if (back >= 0 && !breaks.backward)
          misses.push(
            `seed ${seed}: backward break missed; ${show(backWitness)} passes ${show(before)} but fails ${show(after)}`,
          );
        if (fwd >= 0 && !breaks.forward)
          misses.push(
            `seed ${seed}: forward break missed; ${show(fwdWitness)} passes ${show(after)} but fails ${show(before)}`,
          );
        for (const [flag, found] of [
          [breaks.backward, back >= 0],
          [breaks.forward, fwd >= 0],
        ] as const) {
          if (!flag) continue;
          reported++;
          if (found) witnessed++;
        }
      }
      console.log(
        `${dialect}: ${pairsWithData} schema pairs, ${reported} breaking directions reported, ${witnessed} with a witness document (${((100 * witnessed) / Math.max(1, reported)).toFixed(1)}%), ${misses.length} missed`,
      );
      expect(misses.slice(0, 3)).toEqual([]);
      expect(witnessed / Math.max(1, reported)).toBeGreaterThan(0.3);
    }, 120_000);
  }
});

const CELLS = [
  '',
  'NA',
  '-',
  '0',
  '1',
  '01',
  '-3',
  '2.5',
  '7',
  '42',
  'abc',
  'a',
  'true',
  'FALSE',
  '2024-01-31',
  '2024-02-30',
  '2024',
  'x@y.z',
  'INF',
  'nan',
];
const NAMES = ['a', 'b', 'c', 'd'];

function genField(rng: Rng, name: string): Record<string, unknown> {
  const type = pick(rng, ['integer', 'number', 'string', 'boolean', 'date', 'year', 'any', undefined]);
  const f: Record<string, unknown> = { name, ...(type ? { type } : {}) };
  const c: Record<string, unknown> = {};
  if (rng() < 0.3) c.required = true;
  if (rng() < 0.2) c.unique = true;
  if ((type === 'integer' || type === 'number') && rng() < 0.4)
    c[pick(rng, ['minimum', 'maximum', 'exclusiveMinimum'])] = pick(rng, [0, 1, 5]);
  if (type === 'string' && rng() < 0.3) c[pick(rng, ['minLength', 'maxLength'])] = pick(rng, [1, 2, 3]);
  if (type === 'string' && rng() < 0.25) c.pattern = pick(rng, ['[a-c]+', '.*', '[0-9]+']);
  if (type === 'string' && rng() < 0.25) c.enum = pick(rng, [['a', 'abc'], ['a'], ['abc', 'NA']]);
  if (Object.keys(c).length > 0) f.constraints = c;
  if (rng() < 0.15) f.missingValues = pick(rng, [['NA'], ['', '-'], []]);
  return f;
}

function genTable(rng: Rng): Record<string, unknown> {
  const names = NAMES.filter(() => rng() < 0.6);
  if (names.length === 0) names.push('a');
  const s: Record<string, unknown> = { fields: names.map((n) => genField(rng, n)) };
  if (rng() < 0.6) s.fieldsMatch = pick(rng, ['exact', 'equal', 'subset', 'superset', 'partial']);
  if (rng() < 0.3) s.missingValues = pick(rng, [['', 'NA'], ['-'], []]);
  if (rng() < 0.2) s.primaryKey = [pick(rng, names)];
  return s;
}

function mutateTable(rng: Rng, schema: Record<string, unknown>): Record<string, unknown> {
  const copy = structuredClone(schema);
  const fields = copy.fields as Array<Record<string, unknown>>;
  const op = Math.floor(rng() * 7);
  if (op === 0 && fields.length > 1) fields.splice(Math.floor(rng() * fields.length), 1);
  else if (op === 1) {
    const free = NAMES.filter((n) => !fields.some((f) => f.name === n));
    if (free.length > 0)
      fields.splice(Math.floor(rng() * (fields.length + 1)), 0, genField(rng, pick(rng, free)));
  } else if (op === 2) {
    const i = Math.floor(rng() * fields.length);
    fields[i] = genField(rng, String(fields[i]?.name));
  } else if (op === 3) copy.fieldsMatch = pick(rng, ['exact', 'equal', 'subset', 'superset', 'partial']);
  else if (op === 4) copy.missingValues = pick(rng, [['', 'NA'], ['-'], [], ['']]);
  else if (op === 5 && fields.length > 1) fields.reverse();
  else copy.primaryKey = rng() < 0.5 ? [String(pick(rng, fields).name)] : undefined;
  if (copy.primaryKey === undefined) delete copy.primaryKey;
  return copy;
}

/** A small table: a header drawn around both schemas' field names, and rows of pooled cells. */
function genCsv(rng: Rng, schemas: Array<Record<string, unknown>>): string[][] {
  const names = [
    ...new Set(schemas.flatMap((s) => (s.fields as Array<{ name: string }>).map((f) => f.name))),
  ];
  const fromSchema = (pick(rng, schemas).fields as Array<{ name: string }>).map((f) => f.name);
  let header = rng() < 0.5 ? [...fromSchema] : names.filter(() => rng() < 0.7);
  if (rng() < 0.2) header.push('e');
  if (rng() < 0.3) header = header.reverse();
  if (header.length === 0) header = [pick(rng, names)];
  const rows = Array.from({ length: 1 + Math.floor(rng() * 3) }, () => header.map(() => pick(rng, CELLS)));
  if (rng() < 0.2 && rows.length > 1) rows[1] = [...(rows[0] as string[])];
  return [header, ...rows];
}

function tableValid(schema: Record<string, unknown>, csv: string[][]): boolean | undefined {
  const { contract } = checkTableSchema({ path: 't.json', value: schema, lineOf: () => undefined });
  if (!contract) return undefined;
  const v = new TableValidator(contract, 't.csv', 1000);
  if (!v.header(csv[0], 1).ok) return false;
  return csv.slice(1).every((row, i) => v.row(row, { line: i + 2, record: i + 1 }).length === 0);
}

describe('the Table Schema differ against the table validator', () => {
  it('every validator-visible break is reported (sound); completeness measured', () => {
    const misses: string[] = [];
    let reported = 0;
    let witnessed = 0;
    for (let k = 0; k < PAIRS * 2; k++) {
      const seed = SEED + 90_000 + k;
      const rng = rngOf(seed);
      const before = genTable(rng);
      const after = mutateTable(rng, before);
      const tables = Array.from({ length: 60 }, () => genCsv(rng, [before, after]));
      const back = tables.find((t) => tableValid(before, t) === true && tableValid(after, t) === false);
      const fwd = tables.find((t) => tableValid(after, t) === true && tableValid(before, t) === false);
      const breaks = breaksOf(diffTableSchema(before, after));
      const show = (d: unknown) => JSON.stringify(d);
      if (back && !breaks.backward)
        misses.push(
          `seed ${seed}: backward missed; ${show(back)} passes ${show(before)}, fails ${show(after)}`,
        );
      if (fwd && !breaks.forward)
        misses.push(
          `seed ${seed}: forward missed; ${show(fwd)} passes ${show(after)}, fails ${show(before)}`,
        );
      for (const [flag, witness] of [
        [breaks.backward, back],
        [breaks.forward, fwd],
      ] as const) {
        if (!flag) continue;
        reported++;
        if (witness) witnessed++;
      }
    }
    console.log(
      `table-schema: ${PAIRS * 2} schema pairs, ${reported} breaking directions reported, ${witnessed} with a witness table (${((100 * witnessed) / Math.max(1, reported)).toFixed(1)}%), ${misses.length} missed`,
    );
    expect(misses.slice(0, 3)).toEqual([]);
    expect(witnessed / Math.max(1, reported)).toBeGreaterThan(0.3);
  }, 120_000);
});
