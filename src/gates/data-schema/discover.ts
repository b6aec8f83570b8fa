import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { Finding } from '../../result/types.js';
import { UserError } from '../../util/errors.js';
import { loadSchemaFile, type SchemaDocument } from './schema-files.js';
import type { SchemaRule } from './settings.js';

/** Data formats the gate reads, by file extension. */
export type DataFormat = 'csv' | 'tsv' | 'jsonl' | 'json' | 'parquet';

/** Where a data file's schema is: its own file, or inside a Data Package descriptor. */
export type SchemaSource =
  | { kind: 'file'; path: string; via: string }
  | {
      kind: 'datapackage';
      /** The descriptor's path. */
      path: string;
      /** JSON pointer of the resource in the descriptor. */
      pointer: string;
      /** The resource's `schema` path when it names a file instead of holding the schema. */
      schemaPath?: string;
      /** CSV dialect of the resource (delimiter, header). */
      dialect: { delimiter?: string; header?: boolean };
    };

/** One data file and where its schema comes from (undefined: none found). */
export interface Dataset {
  path: string;
  format: DataFormat;
  schema?: SchemaSource;
}

/** What discovery found: the datasets, the loaded descriptors, and presence findings. */
export interface Discovery {
  datasets: Dataset[];
  packages: SchemaDocument[];
  findings: Finding[];
}

/** Extensions `dataFormat` knows. */
const DATA_EXTENSIONS = ['.csv', '.tsv', '.tab', '.jsonl', '.ndjson', '.json', '.parquet', '.pq'];

/** Folders that never hold a project's datasets. */
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**', '**/.venv/**', '**/__pycache__/**'];

/** The format of a data file from its extension, or undefined when the gate cannot read it. */
export function dataFormat(path: string): DataFormat | undefined {
  const ext = posix.extname(path).toLowerCase();
  switch (ext) {
    case '.csv':
      return 'csv';
    case '.tsv':
    case '.tab':
      return 'tsv';
    case '.jsonl':
    case '.ndjson':
      return 'jsonl';
    case '.json':
      return 'json';
    case '.parquet':
    case '.pq':
      return 'parquet';
    default:
      return undefined;
  }
}

/**
 * Finds the data files matching `datasets`, and for each the schema the first matching rule
 * names. Schema files and descriptors are never datasets themselves, even when a glob such as
 * `**\/*.json` matches them. Also reports the other side of presence: a map entry or Data
 * Package resource whose data file is gone, and a same-name schema with no data next to it.
 */
export async function discoverDatasets(
  cwd: string,
  datasets: string[],
  exclude: string[],
  rules: SchemaRule[],
  maxSchemaBytes: number,
): Promise<Discovery> {
  const findings: Finding[] = [];
  const ignore = [...ALWAYS_IGNORED, ...exclude];
  const suffixes = rules.flatMap((r) => (r.rule === 'same-name' ? r.suffixes : []));
  const packageNames = rules.flatMap((r) => (r.rule === 'datapackage' ? [r.file] : []));
  const mapped = new Set(rules.flatMap((r) => (r.rule === 'map' ? Object.values(r.map) : [])));
  const isSchemaFile = (p: string) =>
    suffixes.some((s) => p.endsWith(s)) || packageNames.includes(posix.basename(p)) || mapped.has(p);

  const files =
    datasets.length === 0
      ? []
      : (await glob(datasets, { cwd, onlyFiles: true, ignore, expandDirectories: false, dot: false }))
          .filter((p) => !isSchemaFile(p))
          .sort();

  // Data Package descriptors anywhere in the tree, parsed once.
  const packages: SchemaDocument[] = [];
  const resourceOf = new Map<string, SchemaSource>();
  for (const name of packageNames) {
    for (const path of (await glob([`**/${name}`], { cwd, onlyFiles: true, ignore })).sort()) {
      try {
        const doc = await loadSchemaFile(cwd, path, maxSchemaBytes);
        packages.push(doc);
        indexPackage(cwd, doc, resourceOf, findings);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        findings.push(badSchemaFinding(error, path));
      }
    }
  }

  const result: Dataset[] = [];
  const used = new Set<string>();
  for (const path of files) {
    const format = dataFormat(path);
    if (!format) {
      findings.push({
        severity: 'warning',
        rule: 'data-schema/unsupported-format',
        path,
        message: `${path} matches data-schema.datasets but its extension is not one the gate reads (csv, tsv, jsonl, ndjson, json, parquet).`,
        fix: 'Narrow the dataset globs, or add the file to data-schema.exclude.',
      });
      continue;
    }
    const schema = findSchema(cwd, path, rules, resourceOf);
    if (schema) used.add(schema.kind === 'file' ? schema.path : (schema.schemaPath ?? schema.path));
    else {
      findings.push({
        severity: 'error',
        rule: 'data-schema/missing-schema',
        path,
        message: `${path} has no schema: ${describeRules(path, rules)}.`,
        fix: `Add a schema for it (e.g. ${sameNameCandidate(path, suffixes[0] ?? '.schema.json')}), or list it in data-schema.schemas.`,
      });
    }
    result.push({ path, format, ...(schema ? { schema } : {}) });
  }

  // Map entries naming a data file that is not there.
  for (const rule of rules) {
    if (rule.rule !== 'map') continue;
    for (const [data, schema] of Object.entries(rule.map)) {
      if (picomatch.scan(data).isGlob || existsSync(join(cwd, data))) continue;
      findings.push({
        severity: 'error',
        rule: 'data-schema/orphan-schema',
        path: schema,
        message: `data-schema.schemas maps ${data} to ${schema}, but ${data} does not exist.`,
        fix: 'Remove the map entry (and the schema) if the dataset was retired, or restore the data file.',
      });
    }
  }
  // Same-name schemas beside the datasets' folders with no data file of that name.
  if (suffixes.length > 0 && datasets.length > 0) {
    const schemaGlobs = [
      ...new Set(datasets.flatMap((d) => suffixes.map((s) => `${posix.dirname(d)}/*${s}`))),
    ];
    const candidates = await glob(schemaGlobs, { cwd, onlyFiles: true, ignore });
    const dataStems = new Set(result.map((d) => stem(d.path)));
    for (const path of candidates.sort()) {
      if (used.has(path) || mapped.has(path)) continue;
      const suffix = suffixes.find((s) => path.endsWith(s)) ?? '';
      const dataStem = path.slice(0, path.length - suffix.length);
      // Data of that name in a format the gate reads counts even outside this run's globs (a
      // matrix shard may check only the Parquet files).
      if (
        dataStems.has(dataStem) ||
        DATA_EXTENSIONS.some((ext) => existsSync(join(cwd, `${dataStem}${ext}`)))
      )
        continue;
      findings.push({
        severity: 'error',
        rule: 'data-schema/orphan-schema',
        path,
        message: `${path} is a schema with no data: no file ${posix.basename(dataStem)}.* matching data-schema.datasets is next to it.`,
        fix: 'Delete the schema if the dataset was retired, restore the data, or add the file to data-schema.exclude if it is not a dataset schema.',
      });
    }
  }
  return { datasets: result, packages, findings };
}

/** Records every resource path of a descriptor; a resource whose file is gone is a finding. */
function indexPackage(
  cwd: string,
  doc: SchemaDocument,
  resourceOf: Map<string, SchemaSource>,
  findings: Finding[],
): void {
  const dir = posix.dirname(doc.path);
  const resources = (doc.value as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources)) return; // the profile check reports it
  resources.forEach((r: unknown, i) => {
    if (typeof r !== 'object' || r === null) return;
    const res = r as { path?: unknown; schema?: unknown; dialect?: unknown; name?: unknown };
    const paths = typeof res.path === 'string' ? [res.path] : Array.isArray(res.path) ? res.path : [];
    const dialect = typeof res.dialect === 'object' && res.dialect !== null ? res.dialect : {};
    for (const p of paths) {
      if (typeof p !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(p)) continue; // remote data is not ours to read
      const path = posix.normalize(dir === '.' ? p : `${dir}/${p}`);
      if (!existsSync(join(cwd, path))) {
        findings.push({
          severity: 'error',
          rule: 'data-schema/orphan-schema',
          path: doc.path,
          ...(doc.lineOf(`/resources/${i}/path`) ? { line: doc.lineOf(`/resources/${i}/path`) } : {}),
          message: `resource ${JSON.stringify(res.name ?? i)} of ${doc.path} points at ${path}, which does not exist.`,
          fix: 'Remove the resource if the dataset was retired, or restore the data file.',
        });
        continue;
      }
      const schemaPath =
        typeof res.schema === 'string'
          ? posix.normalize(dir === '.' ? res.schema : `${dir}/${res.schema}`)
          : undefined;
      resourceOf.set(path, {
        kind: 'datapackage',
        path: doc.path,
        pointer: `/resources/${i}`,
        ...(schemaPath ? { schemaPath } : {}),
        dialect: dialect,
      });
    }
  });
}

function findSchema(
  cwd: string,
  path: string,
  rules: SchemaRule[],
  resourceOf: Map<string, SchemaSource>,
): SchemaSource | undefined {
  for (const rule of rules) {
    if (rule.rule === 'same-name') {
      for (const suffix of rule.suffixes) {
        const candidate = sameNameCandidate(path, suffix);
        if (existsSync(join(cwd, candidate))) return { kind: 'file', path: candidate, via: 'same-name' };
      }
    } else if (rule.rule === 'datapackage') {
      const found = resourceOf.get(path);
      if (found) return found;
    } else {
      for (const [data, schema] of Object.entries(rule.map)) {
        if (data === path || picomatch.isMatch(path, data, { dot: true }))
          return { kind: 'file', path: schema, via: 'map' };
      }
    }
  }
  return undefined;
}

/** `data/x.csv` + `.schema.json` → `data/x.schema.json`. */
function sameNameCandidate(path: string, suffix: string): string {
  return `${stem(path)}${suffix}`;
}

function stem(path: string): string {
  const ext = posix.extname(path);
  return ext ? path.slice(0, -ext.length) : path;
}

function describeRules(path: string, rules: SchemaRule[]): string {
  return rules
    .map((r) =>
      r.rule === 'same-name'
        ? `no ${r.suffixes.map((s) => posix.basename(sameNameCandidate(path, s))).join(' or ')} next to it`
        : r.rule === 'datapackage'
          ? `no ${r.file} lists it as a resource`
          : 'no data-schema.schemas map entry matches it',
    )
    .join(', ');
}

function badSchemaFinding(error: UserError, path: string): Finding {
  return {
    severity: 'error',
    rule: 'data-schema/schema-unparseable',
    path,
    ...(error.location?.line !== undefined ? { line: error.location.line } : {}),
    message: error.message,
    ...(error.fix ? { fix: error.fix } : {}),
  };
}
