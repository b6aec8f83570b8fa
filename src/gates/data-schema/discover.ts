import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';
import type { Finding } from '../../result/types.js';
import { UserError } from '../../util/errors.js';
import { specialEntries, staysInside, unsafeReason } from '../../util/safe-path.js';
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

/** What discovery needs from the settings. */
export interface DiscoverSettings {
  cwd: string;
  /** Globs of data files. */
  datasets: string[];
  exclude: string[];
  rules: SchemaRule[];
  maxSchemaBytes: number;
}

/**
 * Finds the data files matching `datasets`, and for each the schema the first matching rule
 * names. Schema files and descriptors are never datasets themselves, even when a glob such as
 * `**\/*.json` matches them. A data file that is a symbolic link out of the repository or into
 * `.git`, or not a regular file, is refused with a finding. Also reports the other side of
 * presence: a map entry or Data Package resource whose data file is gone, and a same-name
 * schema with no data next to it.
 */
export async function discoverDatasets(settings: DiscoverSettings): Promise<Discovery> {
  const { cwd, rules } = settings;
  const listed = await listDataFiles(settings);
  const packages = await loadPackages(settings);
  const resourceOf = new Map(packages.resources);
  const findings: Finding[] = [...listed.findings, ...packages.findings];
  const suffixes = rules.flatMap((r) => (r.rule === 'same-name' ? r.suffixes : []));
  const result: Dataset[] = [];
  const used = new Set<string>();
  for (const path of listed.files) {
    const format = dataFormat(path);
    if (!format) {
      findings.push(unsupportedFinding(path));
      continue;
    }
    const schema = findSchema(cwd, path, rules, resourceOf);
    if (schema) used.add(schema.kind === 'file' ? schema.path : (schema.schemaPath ?? schema.path));
    else findings.push(missingSchemaFinding(path, rules, suffixes));
    result.push({ path, format, ...(schema ? { schema } : {}) });
  }
  findings.push(...orphanMapEntries(cwd, rules));
  findings.push(...(await orphanSameNameSchemas(settings, result, used)));
  return { datasets: result, packages: packages.docs, findings };
}

/** The data files the globs match, safe to read, and the findings for those refused. */
async function listDataFiles(settings: DiscoverSettings): Promise<{ files: string[]; findings: Finding[] }> {
  const { cwd, datasets, rules } = settings;
  if (datasets.length === 0) return { files: [], findings: [] };
  const ignore = [...ALWAYS_IGNORED, ...settings.exclude];
  const suffixes = rules.flatMap((r) => (r.rule === 'same-name' ? r.suffixes : []));
  const packageNames = rules.flatMap((r) => (r.rule === 'datapackage' ? [r.file] : []));
  const mapped = new Set(rules.flatMap((r) => (r.rule === 'map' ? Object.values(r.map) : [])));
  const isSchemaFile = (p: string) =>
    suffixes.some((s) => p.endsWith(s)) || packageNames.includes(posix.basename(p)) || mapped.has(p);
  // Links are never followed while walking (a link to / would walk the machine); they and special
  // files are found by reading the walked folders, and judged one by one.
  const walk = { cwd, ignore, expandDirectories: false, dot: false, followSymbolicLinks: false };
  const regular = await glob(datasets, { ...walk, onlyFiles: true });
  const bases = [...new Set(datasets.map((d) => picomatch.scan(d).base || '.'))];
  const folders = [
    ...bases,
    ...(await glob(
      bases.map((b) => (b === '.' ? '**' : `${b}/**`)),
      { ...walk, onlyDirectories: true },
    )),
  ].map((f) => f.replace(/\/$/, ''));
  const matcher = picomatch(datasets, { dot: false, ignore });
  const special = await specialEntries(cwd, [...new Set(folders)], matcher);
  const findings: Finding[] = [];
  const accepted: string[] = [];
  for (const path of special) {
    const reason = await unsafeReason(cwd, path);
    if (reason === undefined) accepted.push(path);
    else findings.push(unsafeFinding(path, reason));
  }
  const files = [...new Set([...regular, ...accepted])].filter((p) => !isSchemaFile(p)).sort();
  return { files, findings };
}

/** The finding for a data or schema path the gate refuses to read; it quotes nothing from the file. */
export function unsafeFinding(path: string, reason: string): Finding {
  return {
    severity: 'error',
    rule: 'data-schema/unsafe-path',
    path,
    message: `${path} ${reason}; the gate does not read it.`,
    fix: 'Commit the data as a regular file inside the repository, or exclude the path in data-schema.exclude.',
  };
}

/** Data Package descriptors anywhere in the tree, parsed once, with the data file of each resource. */
async function loadPackages(
  settings: DiscoverSettings,
): Promise<{ docs: SchemaDocument[]; resources: Array<[string, SchemaSource]>; findings: Finding[] }> {
  const { cwd, rules } = settings;
  const ignore = [...ALWAYS_IGNORED, ...settings.exclude];
  const docs: SchemaDocument[] = [];
  const resources: Array<[string, SchemaSource]> = [];
  const findings: Finding[] = [];
  for (const name of rules.flatMap((r) => (r.rule === 'datapackage' ? [r.file] : []))) {
    const paths = await glob([`**/${name}`], { cwd, onlyFiles: true, ignore, followSymbolicLinks: false });
    for (const path of paths.sort()) {
      try {
        const doc = await loadSchemaFile(cwd, path, settings.maxSchemaBytes);
        docs.push(doc);
        const indexed = indexPackage(cwd, doc);
        resources.push(...indexed.resources);
        findings.push(...indexed.findings);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        findings.push(badSchemaFinding(error, path));
      }
    }
  }
  return { docs, resources, findings };
}

function unsupportedFinding(path: string): Finding {
  return {
    severity: 'warning',
    rule: 'data-schema/unsupported-format',
    path,
    message: `${path} matches data-schema.datasets but its extension is not one the gate reads (csv, tsv, jsonl, ndjson, json, parquet).`,
    fix: 'Narrow the dataset globs, or add the file to data-schema.exclude.',
  };
}

function missingSchemaFinding(path: string, rules: SchemaRule[], suffixes: string[]): Finding {
  return {
    severity: 'error',
    rule: 'data-schema/missing-schema',
    path,
    message: `${path} has no schema: ${describeRules(path, rules)}.`,
    fix: `Add a schema for it (e.g. ${sameNameCandidate(path, suffixes[0] ?? '.schema.json')}), or list it in data-schema.schemas.`,
  };
}

/** Map entries naming a data file that is not there. */
function orphanMapEntries(cwd: string, rules: SchemaRule[]): Finding[] {
  const findings: Finding[] = [];
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
  return findings;
}

/** Same-name schemas beside the datasets' folders with no data file of that name. */
async function orphanSameNameSchemas(
  settings: DiscoverSettings,
  datasets: readonly Dataset[],
  used: ReadonlySet<string>,
): Promise<Finding[]> {
  const { cwd, rules } = settings;
  const suffixes = rules.flatMap((r) => (r.rule === 'same-name' ? r.suffixes : []));
  if (suffixes.length === 0 || settings.datasets.length === 0) return [];
  const mapped = new Set(rules.flatMap((r) => (r.rule === 'map' ? Object.values(r.map) : [])));
  const ignore = [...ALWAYS_IGNORED, ...settings.exclude];
  const schemaGlobs = [
    ...new Set(settings.datasets.flatMap((d) => suffixes.map((s) => `${posix.dirname(d)}/*${s}`))),
  ];
  const candidates = await glob(schemaGlobs, { cwd, onlyFiles: true, ignore, followSymbolicLinks: false });
  const dataStems = new Set(datasets.map((d) => stem(d.path)));
  const findings: Finding[] = [];
  for (const path of candidates.sort()) {
    if (used.has(path) || mapped.has(path)) continue;
    const suffix = suffixes.find((s) => path.endsWith(s)) ?? '';
    const dataStem = path.slice(0, path.length - suffix.length);
    // Data of that name in a format the gate reads counts even outside this run's globs (a
    // matrix shard may check only the Parquet files).
    if (dataStems.has(dataStem) || DATA_EXTENSIONS.some((ext) => existsSync(join(cwd, `${dataStem}${ext}`))))
      continue;
    findings.push({
      severity: 'error',
      rule: 'data-schema/orphan-schema',
      path,
      message: `${path} is a schema with no data: no file ${posix.basename(dataStem)}.* matching data-schema.datasets is next to it.`,
      fix: 'Delete the schema if the dataset was retired, restore the data, or add the file to data-schema.exclude if it is not a dataset schema.',
    });
  }
  return findings;
}

/**
 * Every resource path of a descriptor, with where its schema is; a resource whose file is gone,
 * or whose path leaves the descriptor's repository, is a finding.
 */
function indexPackage(cwd: string, doc: SchemaDocument): PackageIndex {
  const out: PackageIndex = { resources: [], findings: [] };
  const resources = (doc.value as { resources?: unknown } | null)?.resources;
  if (!Array.isArray(resources)) return out; // the profile check reports it
  resources.forEach((r: unknown, i) => {
    indexResource(cwd, doc, r, i, out);
  });
  return out;
}

/** Result of indexing a descriptor: each local data path with its schema source, and findings. */
interface PackageIndex {
  resources: Array<[string, SchemaSource]>;
  findings: Finding[];
}

/**
 * Resource `i` of a descriptor into `out`: each of its local paths either indexed with where its
 * schema is, or a finding (leaves the repository, or the file is gone). Remote paths are skipped.
 */
function indexResource(cwd: string, doc: SchemaDocument, r: unknown, i: number, out: PackageIndex): void {
  if (typeof r !== 'object' || r === null) return;
  const dir = posix.dirname(doc.path);
  const res = r as { path?: unknown; schema?: unknown; dialect?: unknown; name?: unknown };
  const paths: unknown[] =
    typeof res.path === 'string' ? [res.path] : Array.isArray(res.path) ? res.path : [];
  const dialect = typeof res.dialect === 'object' && res.dialect !== null ? res.dialect : {};
  const line = doc.lineOf(`/resources/${i}/path`);
  for (const p of paths) {
    if (typeof p !== 'string' || /^[a-z][a-z0-9+.-]*:/i.test(p)) continue; // remote data is not ours to read
    const path = posix.normalize(dir === '.' ? p : `${dir}/${p}`);
    if (!staysInside(path)) {
      out.findings.push({
        severity: 'error',
        rule: 'data-schema/unsafe-path',
        path: doc.path,
        ...(line ? { line } : {}),
        message: `resource ${JSON.stringify(res.name ?? i)} of ${doc.path} has the path ${JSON.stringify(p)}, which leaves the repository; the gate does not read it.`,
        fix: 'Resource paths are relative to the descriptor and stay inside the repository (no "..", not absolute).',
      });
      continue;
    }
    if (!existsSync(join(cwd, path))) {
      out.findings.push({
        severity: 'error',
        rule: 'data-schema/orphan-schema',
        path: doc.path,
        ...(line ? { line } : {}),
        message: `resource ${JSON.stringify(res.name ?? i)} of ${doc.path} points at ${path}, which does not exist.`,
        fix: 'Remove the resource if the dataset was retired, or restore the data file.',
      });
      continue;
    }
    const schemaPath =
      typeof res.schema === 'string'
        ? posix.normalize(dir === '.' ? res.schema : `${dir}/${res.schema}`)
        : undefined;
    out.resources.push([
      path,
      {
        kind: 'datapackage',
        path: doc.path,
        pointer: `/resources/${i}`,
        ...(schemaPath ? { schemaPath } : {}),
        dialect,
      },
    ]);
  }
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
