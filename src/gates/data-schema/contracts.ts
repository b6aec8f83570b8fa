import { userErrorFinding } from '../../result/error-result.js';
import type { Finding } from '../../result/types.js';
import { UserError } from '../../util/errors.js';
import { valueAtPointer } from '../../util/schema-errors.js';
import type { Dataset, Discovery } from './discover.js';
import { compileJsonSchema, type CompiledJsonSchema } from './json-schema.js';
import { loadSchemaFile, type SchemaDocument, schemaKind } from './schema-files.js';
import type { DataSchemaSettings } from './settings.js';
import { checkTableSchema, type TableContract } from './table-schema.js';

/** A schema as loaded for a dataset: what it is, and its compiled form or why there is none. */
export interface LoadedContract {
  doc: SchemaDocument;
  /** Pointer of the schema inside the document (a Data Package resource), '' for a whole file. */
  pointer: string;
  kind: 'json-schema' | 'table-schema';
  findings: Finding[];
  /** True when the schema file could not be read or parsed (the dataset cannot be judged). */
  unreadable: boolean;
  json?: CompiledJsonSchema;
  table?: TableContract;
}

/** Loads each schema once, however many datasets share it. */
export class ContractCache {
  private readonly contracts = new Map<string, Promise<LoadedContract>>();

  constructor(
    private readonly discovery: Discovery,
    private readonly settings: DataSchemaSettings,
  ) {}

  /** The dataset's contract, or undefined when it has no schema. */
  forDataset(dataset: Dataset): Promise<LoadedContract> | undefined {
    const source = dataset.schema;
    if (!source) return undefined;
    const key =
      source.kind === 'file' ? source.path : (source.schemaPath ?? `${source.path}#${source.pointer}/schema`);
    let loaded = this.contracts.get(key);
    if (!loaded) {
      loaded = loadContract(dataset, this.discovery, this.settings);
      this.contracts.set(key, loaded);
    }
    return loaded;
  }

  /** Every contract loaded so far. */
  all(): Promise<LoadedContract[]> {
    return Promise.all(this.contracts.values());
  }
}

/** Where a dataset's schema document is, or why it cannot be read. */
type Located = { doc: SchemaDocument; pointer: string } | LoadedContract;

async function loadContract(
  dataset: Dataset,
  discovery: Discovery,
  settings: DataSchemaSettings,
): Promise<LoadedContract> {
  const located = await locate(dataset, discovery, settings);
  if ('kind' in located) return located;
  const { doc, pointer } = located;
  const fallback = dataset.format === 'jsonl' || dataset.format === 'json' ? 'json-schema' : 'table-schema';
  const kind = schemaKind(valueAtPointer(doc.value, pointer), fallback);
  if (kind === 'json-schema') {
    const json = await compileJsonSchema(doc, (p) =>
      loadSchemaFile(settings.cwd, p, settings.maxSchemaBytes),
    );
    return { doc, pointer, kind, json, findings: json.findings, unreadable: false };
  }
  if (kind === 'data-package') {
    const finding: Finding = {
      severity: 'error',
      rule: 'data-schema/schema-kind',
      path: doc.path,
      message: `${doc.path} is a Data Package descriptor, not a schema; ${dataset.path} needs a Table Schema or JSON Schema.`,
      fix: 'Use the datapackage rule in data-schema.schemas so the resource for the file is found.',
    };
    return { doc, pointer, kind: 'table-schema', unreadable: false, findings: [finding] };
  }
  const { findings, contract } = checkTableSchema(doc, pointer);
  return { doc, pointer, kind, findings, unreadable: false, ...(contract ? { table: contract } : {}) };
}

/** The schema's document: a file, or the resource's inline schema in a Data Package. */
async function locate(
  dataset: Dataset,
  discovery: Discovery,
  settings: DataSchemaSettings,
): Promise<Located> {
  const source = dataset.schema;
  const fallback = dataset.format === 'jsonl' || dataset.format === 'json' ? 'json-schema' : 'table-schema';
  if (source?.kind === 'datapackage' && !source.schemaPath) {
    const pkg = discovery.packages.find((p) => p.path === source.path) as SchemaDocument;
    const pointer = `${source.pointer}/schema`;
    if (valueAtPointer(pkg.value, pointer) !== undefined) return { doc: pkg, pointer };
    const line = pkg.lineOf(source.pointer);
    const finding: Finding = {
      severity: 'error',
      rule: 'data-schema/missing-schema',
      path: pkg.path,
      ...(line ? { line } : {}),
      message: `the resource for ${dataset.path} in ${pkg.path} has no schema.`,
      fix: 'Add a "schema" (a Table Schema, or the path of one) to the resource.',
    };
    return { doc: pkg, pointer, kind: 'table-schema', unreadable: false, findings: [finding] };
  }
  const path = source?.kind === 'file' ? source.path : (source?.schemaPath ?? dataset.path);
  try {
    return { doc: await loadSchemaFile(settings.cwd, path, settings.maxSchemaBytes), pointer: '' };
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return {
      doc: { path, value: undefined, lineOf: () => undefined },
      pointer: '',
      kind: fallback,
      unreadable: true,
      findings: [{ ...userErrorFinding('data-schema', error), rule: 'data-schema/schema-unparseable' }],
    };
  }
}
