import { posix } from 'node:path';
import { Ajv, type AnySchema, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Finding } from '../../result/types.js';
import { quickFormats } from './fast-formats.js';
import { UserError } from '../../util/errors.js';
import { describeSchemaError, foldSchemaErrors, keyPath, valueAtPointer } from '../../util/schema-errors.js';
import { ignoreRefSiblings } from './ref-siblings.js';
import { linearRegExp, UnsupportedPattern } from './regex.js';
import type { SchemaDocument } from './schema-files.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv | Ajv2019 | Ajv2020) => unknown;

/** A JSON Schema draft the gate validates with. */
export type Dialect = 'draft-07' | '2019-09' | '2020-12';

/** The JSON Schema drafts the gate validates with, by `$schema` URI (no trailing `#`). */
const DIALECTS: Record<string, Dialect> = {
  'http://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft-07/schema': 'draft-07',
  'https://json-schema.org/draft/2019-09/schema': '2019-09',
  'https://json-schema.org/draft/2020-12/schema': '2020-12',
};

/** A compiled JSON Schema with its findings; `validate` is missing when the schema is unusable. */
export interface CompiledJsonSchema {
  dialect?: string;
  validate?: ValidateFunction;
  findings: Finding[];
  /** Other local schema files the schema references (they are schemas, not orphans). */
  referenced: string[];
  /**
   * The documents `validate` was compiled from, the root first, as loaded: a worker thread
   * compiles the same validator from them (parts.ts).
   */
  sources?: Array<{ path: string; value: unknown }>;
}

/** Loads a referenced schema file; throws `UserError` when it is missing or unparseable. */
export type SchemaLoader = (path: string) => Promise<SchemaDocument>;

/** Deeper nesting than this is refused before ajv (which compiles recursively) sees it. */
export const MAX_SCHEMA_DEPTH = 128;

/**
 * Checks a JSON Schema and compiles it once for the data. In order: the dialect (draft-07,
 * 2019-09 or 2020-12 from `$schema`; 2020-12 when absent), constructs the gate refuses
 * (`$async`, which makes validation asynchronous; remote `$ref`s, which would need a fetch
 * — ajv gets no `loadSchema`, so nothing is ever fetched; regular expressions RE2 cannot run;
 * nesting deeper than {@link MAX_SCHEMA_DEPTH}), `$ref` cycles that lead nowhere (they would
 * recurse until the stack overflows), the meta-schema, and compilation. Local `$ref`s to other
 * files resolve against the referencing file's folder and are added to ajv under `file:` ids,
 * so they work without any network or file access by ajv itself. In draft-07, keywords beside a
 * `$ref` are ignored (draft-07 §8.3), as every draft before 2019-09 says; ajv would apply them.
 */
export async function compileJsonSchema(
  root: SchemaDocument,
  load: SchemaLoader,
): Promise<CompiledJsonSchema> {
  const dialect = dialectOf(root);
  if (typeof dialect !== 'string') return { findings: [dialect], referenced: [] };
  const { docs, findings } = await collectDocuments(root, load);
  const referenced = [...docs.keys()].filter((p) => p !== root.path);
  if (findings.some((f) => f.severity === 'error')) return { dialect, findings, referenced };
  const ajv = newAjv(dialect);
  for (const doc of docs.values()) {
    if (!ajv.validateSchema(doc.value as AnySchema)) {
      for (const e of foldSchemaErrors(ajv.errors ?? [])) findings.push(metaFinding(doc, e));
    }
  }
  if (findings.length > 0) return { dialect, findings, referenced };
  const prepared = dialect === 'draft-07' ? ignoreRefSiblings(docs) : docs;
  try {
    for (const doc of prepared.values()) {
      if (doc.path !== root.path) ajv.addSchema(withFileId(doc), fileId(doc.path));
    }
    const validate = ajv.compile(withFileId(prepared.get(root.path) ?? root));
    const sources = [...docs.values()].map((d) => ({ path: d.path, value: d.value }));
    return { dialect, validate, findings, referenced, sources };
  } catch (error) {
    findings.push(
      at(
        root,
        '',
        'schema-invalid',
        `${root.path}: the schema does not compile: ${(error as Error).message}`,
      ),
    );
    return { dialect, findings, referenced };
  }
}

/** The dialect from `$schema` (2020-12 when absent), or the finding that refuses the document. */
function dialectOf(root: SchemaDocument): Dialect | Finding {
  const isSchema =
    typeof root.value === 'boolean' ||
    (typeof root.value === 'object' && root.value !== null && !Array.isArray(root.value));
  if (!isSchema)
    return at(root, '', 'schema-invalid', `${root.path} is not a JSON Schema: expected an object`);
  const schemaUri = (root.value as { $schema?: unknown } | null)?.$schema;
  const uri = typeof schemaUri === 'string' ? schemaUri.replace(/#$/, '') : undefined;
  const dialect = uri === undefined ? '2020-12' : DIALECTS[uri];
  if (dialect) return dialect;
  return at(
    root,
    '/$schema',
    'unsupported-dialect',
    `${root.path}: $schema ${JSON.stringify(schemaUri)} is not a dialect the gate validates (draft-07, 2019-09, 2020-12)`,
    'Declare "$schema": "https://json-schema.org/draft/2020-12/schema" (or draft-07 / 2019-09) and update the keywords it changed.',
  );
}

/** Every document the schema needs: the root and the local files it references, transitively. */
async function collectDocuments(
  root: SchemaDocument,
  load: SchemaLoader,
): Promise<{ docs: Map<string, SchemaDocument>; findings: Finding[] }> {
  const docs = new Map<string, SchemaDocument>([[root.path, root]]);
  const findings: Finding[] = [];
  const queue: SchemaDocument[] = [root];
  for (let doc = queue.shift(); doc !== undefined; doc = queue.shift()) {
    const scanned = scan(doc);
    findings.push(...scanned.findings);
    for (const ref of scanned.refs) {
      const target = posix.normalize(posix.join(posix.dirname(doc.path), ref.file));
      if (target.startsWith('../') || posix.isAbsolute(target)) {
        findings.push(
          at(
            doc,
            ref.pointer,
            'ref-outside-repo',
            `${doc.path}: $ref ${JSON.stringify(ref.raw)} points outside the repository`,
            'Keep referenced schemas inside the repository.',
          ),
        );
        continue;
      }
      if (docs.has(target)) continue;
      const loaded = await loadReferenced(doc, ref, target, load);
      if ('path' in loaded && 'value' in loaded) {
        docs.set(target, loaded);
        queue.push(loaded);
      } else findings.push(loaded);
    }
  }
  return { docs, findings };
}

async function loadReferenced(
  doc: SchemaDocument,
  ref: { raw: string; pointer: string },
  target: string,
  load: SchemaLoader,
): Promise<SchemaDocument | Finding> {
  try {
    return await load(target);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return at(
      doc,
      ref.pointer,
      'unresolved-ref',
      `${doc.path}: $ref ${JSON.stringify(ref.raw)}: ${error.message}`,
      error.fix,
    );
  }
}

/** The regular-expression engine ajv gets: RE2, so `pattern` and `patternProperties` run in linear time. */
const linearEngine = Object.assign(
  (pattern: string) => {
    const re = linearRegExp(pattern);
    // ajv caches compiled patterns by `toString()`: each must say which pattern it is.
    return { test: (s: string) => re.test(s), toString: () => `re2:${pattern}` };
  },
  { code: 'linearRegExp' },
);

/** One ajv per schema: ids of different schemas never collide. `$data` off, formats asserted. */
function newAjv(dialect: Dialect): Ajv | Ajv2019 | Ajv2020 {
  const options = {
    allErrors: true,
    strict: false,
    $data: false,
    logger: false as const,
    validateSchema: false,
    addUsedSchema: false,
    code: { regExp: linearEngine },
  };
  const ajv =
    dialect === 'draft-07'
      ? new Ajv(options)
      : dialect === '2019-09'
        ? new Ajv2019(options)
        : new Ajv2020(options);
  // The 2019/2020 classes share the draft-07 class's core, which is all ajv-formats touches.
  addFormats(ajv);
  // Dates and times in their usual spelling are accepted quickly; ajv-formats judges the rest.
  for (const [name, format] of quickFormats(ajv.formats)) ajv.addFormat(name, format);
  return ajv;
}

/** A `file:` id per repository path, so relative `$ref`s between files resolve as paths do. */
function fileId(path: string): string {
  return `file:///${path.split('/').map(encodeURIComponent).join('/')}`;
}

/** The schema with its `$id` replaced by its file id (relative refs then resolve to sibling files). */
function withFileId(doc: SchemaDocument): AnySchema {
  if (typeof doc.value !== 'object' || doc.value === null) return doc.value as AnySchema;
  return { ...(doc.value as Record<string, unknown>), $id: fileId(doc.path) };
}

/** Meta-schemas ajv knows without fetching. */
const KNOWN_REMOTE = new Set([
  ...Object.keys(DIALECTS),
  'http://json-schema.org/draft-07/schema',
  'https://json-schema.org/draft/2019-09/meta/core',
  'https://json-schema.org/draft/2020-12/meta/core',
]);

/** What one walk over a schema document found: references to other files, and problems. */
interface ScanResult {
  refs: Array<{ file: string; raw: string; pointer: string }>;
  findings: Finding[];
}

/** Keywords whose values are data, not schemas: never walked. */
const DATA_KEYWORDS = new Set(['enum', 'const', 'examples', 'default']);

/**
 * Walks a schema once: refuses `$async`, flags `$data`, refuses regular expressions RE2 cannot
 * run and nesting deeper than {@link MAX_SCHEMA_DEPTH}, reports remote and looping `$ref`s, and
 * returns the references to other local files. Iterative, so a deep schema cannot overflow the
 * stack.
 */
function scan(doc: SchemaDocument): ScanResult {
  const result: ScanResult = { refs: [], findings: [] };
  const stack: Array<{ node: unknown; pointer: string; depth: number }> = [
    { node: doc.value, pointer: '', depth: 0 },
  ];
  const ownId = (doc.value as { $id?: unknown } | null)?.$id;
  let tooDeep = false;
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { node, pointer, depth } = item;
    if (typeof node !== 'object' || node === null) continue;
    if (depth > MAX_SCHEMA_DEPTH) {
      if (!tooDeep) result.findings.push(tooDeepFinding(doc, pointer));
      tooDeep = true;
      continue;
    }
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, pointer: `${pointer}/${i}`, depth: depth + 1 }));
      continue;
    }
    const obj = node as Record<string, unknown>;
    result.findings.push(...keywordFindings(doc, obj, pointer));
    const ref = refOf(doc, obj, pointer, ownId);
    if (ref && 'file' in ref) result.refs.push(ref);
    else if (ref) result.findings.push(ref);
    for (const [key, child] of Object.entries(obj)) {
      if (DATA_KEYWORDS.has(key)) continue;
      stack.push({ node: child, pointer: `${pointer}/${escapePointer(key)}`, depth: depth + 1 });
    }
  }
  return result;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function tooDeepFinding(doc: SchemaDocument, pointer: string): Finding {
  return at(
    doc,
    pointer,
    'schema-too-deep',
    `${doc.path}: the schema nests deeper than ${MAX_SCHEMA_DEPTH} levels at ${keyPath(pointer)}; the gate does not validate with it`,
    'Flatten the schema with $defs and $ref; no real schema nests this deep.',
  );
}

/** `$async`, a `$data` reference, and regular expressions RE2 cannot run, in one schema object. */
function keywordFindings(doc: SchemaDocument, obj: Record<string, unknown>, pointer: string): Finding[] {
  const findings: Finding[] = [];
  if ('$async' in obj) {
    findings.push(
      at(
        doc,
        `${pointer}/$async`,
        'async-schema',
        `${doc.path}: ${keyPath(pointer)} uses $async, which the gate refuses (validation would wait on promises the schema controls)`,
        'Remove "$async": data is validated synchronously.',
      ),
    );
  }
  if (Object.keys(obj).length === 1 && typeof obj.$data === 'string') {
    findings.push({
      ...at(
        doc,
        pointer,
        'data-reference',
        `${doc.path}: ${keyPath(pointer)} is a $data reference; the gate turns $data off, so it is read as a literal value`,
        'Write the bound as a value; $data references to the instance are not supported.',
      ),
      severity: 'warning',
    });
  }
  const patterns: Array<[string, string]> = [];
  if (typeof obj.pattern === 'string') patterns.push([`${pointer}/pattern`, obj.pattern]);
  if (typeof obj.patternProperties === 'object' && obj.patternProperties !== null) {
    for (const key of Object.keys(obj.patternProperties))
      patterns.push([`${pointer}/patternProperties/${escapePointer(key)}`, key]);
  }
  for (const [where, pattern] of patterns) {
    try {
      linearRegExp(pattern);
    } catch (error) {
      if (!(error instanceof UnsupportedPattern)) throw error;
      findings.push(
        at(
          doc,
          where,
          'unsupported-regex',
          `${doc.path}: ${keyPath(where)}: the pattern ${JSON.stringify(pattern)} cannot be used: ${error.message}`,
          'Rewrite the pattern without lookaround or backreferences (every pattern runs on RE2, in linear time).',
        ),
      );
    }
  }
  return findings;
}

/** A `$ref` to another local file, or the finding for a remote or looping one. */
function refOf(
  doc: SchemaDocument,
  obj: Record<string, unknown>,
  pointer: string,
  ownId: unknown,
): { file: string; raw: string; pointer: string } | Finding | undefined {
  const ref = obj.$ref;
  if (typeof ref !== 'string') return undefined;
  const hash = ref.indexOf('#');
  const file = hash === -1 ? ref : ref.slice(0, hash);
  const fragment = hash === -1 ? '' : ref.slice(hash + 1);
  if (file === '' || file === ownId) {
    return fragment.startsWith('/') || fragment === ''
      ? loopFinding(doc, `${pointer}/$ref`, fragment)
      : undefined;
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(file)) {
    if (KNOWN_REMOTE.has(file.replace(/#$/, ''))) return undefined;
    return at(
      doc,
      `${pointer}/$ref`,
      'remote-ref',
      `${doc.path}: $ref ${JSON.stringify(ref)} is remote; the gate never fetches schemas`,
      'Vendor the referenced schema into the repository and $ref it by relative path.',
    );
  }
  return { file: decodeURIComponent(file), raw: ref, pointer: `${pointer}/$ref` };
}

/**
 * Follows a chain of local `$ref`s; when it comes back to a schema it already passed through
 * without any other keyword in between, validation would recurse forever — a finding.
 */
function loopFinding(doc: SchemaDocument, refPointer: string, fragment: string): Finding | undefined {
  const seen = new Set<string>([refPointer.slice(0, -'/$ref'.length)]);
  let target = fragment;
  for (let hops = 0; hops < 1000; hops++) {
    if (seen.has(target)) {
      return at(
        doc,
        refPointer,
        'ref-loop',
        `${doc.path}: $ref chain from ${keyPath(refPointer)} loops back to ${target === '' ? 'the root' : keyPath(target)} without validating anything`,
        'Break the cycle: a $ref must eventually reach a schema with its own keywords.',
      );
    }
    seen.add(target);
    const node = valueAtPointer(doc.value, decodeURIComponent(target));
    if (typeof node !== 'object' || node === null) return undefined; // ajv reports a dangling ref
    const keys = Object.keys(node).filter((k) => k !== '$comment' && k !== 'description' && k !== 'title');
    const next = (node as { $ref?: unknown }).$ref;
    if (keys.length !== 1 || typeof next !== 'string' || !next.startsWith('#')) return undefined;
    target = next.slice(1);
  }
  return undefined;
}

function metaFinding(doc: SchemaDocument, error: ErrorObject): Finding {
  const { pointer, message } = describeSchemaError(error, (p) => valueAtPointer(doc.value, p));
  return at(doc, pointer, 'schema-invalid', `${doc.path}: not a valid JSON Schema: ${message}`);
}

function at(doc: SchemaDocument, pointer: string, rule: string, message: string, fix?: string): Finding {
  const line = doc.lineOf(pointer);
  return {
    severity: 'error',
    rule: `data-schema/${rule}`,
    path: doc.path,
    ...(line !== undefined ? { line } : {}),
    message,
    fix: fix ?? 'Fix the schema at that key; editors with JSON Schema support show the problem as you type.',
  };
}
