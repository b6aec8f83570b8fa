import { posix } from 'node:path';
import { Ajv, type AnySchema, type ErrorObject, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { Finding } from '../../result/types.js';
import { UserError } from '../../util/errors.js';
import { describeSchemaError, foldSchemaErrors, keyPath, valueAtPointer } from '../../util/schema-errors.js';
import type { SchemaDocument } from './schema-files.js';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ??
  addFormatsModule) as unknown as (ajv: Ajv | Ajv2019 | Ajv2020) => unknown;

/** The JSON Schema drafts the gate validates with, by `$schema` URI (no trailing `#`). */
const DIALECTS: Record<string, 'draft-07' | '2019-09' | '2020-12'> = {
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
}

/** Loads a referenced schema file; throws `UserError` when it is missing or unparseable. */
export type SchemaLoader = (path: string) => Promise<SchemaDocument>;

/**
 * Checks a JSON Schema and compiles it once for the data. In order: the dialect (draft-07,
 * 2019-09 or 2020-12 from `$schema`; 2020-12 when absent), constructs the gate refuses
 * (`$async`, which makes validation asynchronous; remote `$ref`s, which would need a fetch
 * — ajv gets no `loadSchema`, so nothing is ever fetched), `$ref` cycles that lead nowhere
 * (they would recurse until the stack overflows), the meta-schema, and compilation. Local
 * `$ref`s to other files resolve against the referencing file's folder and are added to ajv
 * under `file:` ids, so they work without any network or file access by ajv itself.
 */
export async function compileJsonSchema(
  root: SchemaDocument,
  load: SchemaLoader,
): Promise<CompiledJsonSchema> {
  const findings: Finding[] = [];
  const schemaUri = (root.value as { $schema?: unknown } | null)?.$schema;
  const uri = typeof schemaUri === 'string' ? schemaUri.replace(/#$/, '') : undefined;
  const dialect = uri === undefined ? '2020-12' : DIALECTS[uri];
  if (typeof root.value !== 'object' || root.value === null || Array.isArray(root.value)) {
    if (typeof root.value !== 'boolean') {
      findings.push(at(root, '', 'schema-invalid', `${root.path} is not a JSON Schema: expected an object`));
      return { findings, referenced: [] };
    }
  }
  if (!dialect) {
    findings.push(
      at(
        root,
        '/$schema',
        'unsupported-dialect',
        `${root.path}: $schema ${JSON.stringify(schemaUri)} is not a dialect the gate validates (draft-07, 2019-09, 2020-12)`,
        'Declare "$schema": "https://json-schema.org/draft/2020-12/schema" (or draft-07 / 2019-09) and update the keywords it changed.',
      ),
    );
    return { findings, referenced: [] };
  }

  // Every document the schema needs: the root and the local files it references, transitively.
  const docs = new Map<string, SchemaDocument>([[root.path, root]]);
  const queue: SchemaDocument[] = [root];
  while (queue.length > 0) {
    const doc = queue.shift() as SchemaDocument;
    for (const ref of scan(doc, findings)) {
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
      try {
        const loaded = await load(target);
        docs.set(target, loaded);
        queue.push(loaded);
      } catch (error) {
        if (!(error instanceof UserError)) throw error;
        findings.push(
          at(
            doc,
            ref.pointer,
            'unresolved-ref',
            `${doc.path}: $ref ${JSON.stringify(ref.raw)}: ${error.message}`,
            error.fix,
          ),
        );
      }
    }
  }
  const referenced = [...docs.keys()].filter((p) => p !== root.path);
  if (findings.some((f) => f.severity === 'error')) return { dialect, findings, referenced };

  const ajv = newAjv(dialect);
  for (const doc of docs.values()) {
    if (!ajv.validateSchema(doc.value as AnySchema)) {
      for (const e of foldSchemaErrors(ajv.errors ?? [])) findings.push(metaFinding(doc, e));
    }
  }
  if (findings.length > 0) return { dialect, findings, referenced };
  try {
    for (const doc of docs.values()) {
      if (doc !== root) ajv.addSchema(withFileId(doc), fileId(doc.path));
    }
    const validate = ajv.compile(withFileId(root));
    return { dialect, validate, findings, referenced };
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

/** One ajv per schema: ids of different schemas never collide. `$data` off, formats asserted. */
function newAjv(dialect: 'draft-07' | '2019-09' | '2020-12'): Ajv | Ajv2019 | Ajv2020 {
  const options = {
    allErrors: false,
    strict: false,
    $data: false,
    logger: false as const,
    validateSchema: false,
    addUsedSchema: false,
  };
  const ajv =
    dialect === 'draft-07'
      ? new Ajv(options)
      : dialect === '2019-09'
        ? new Ajv2019(options)
        : new Ajv2020(options);
  // The 2019/2020 classes share the draft-07 class's core, which is all ajv-formats touches.
  addFormats(ajv);
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

/**
 * Walks a schema once: refuses `$async`, flags `$data`, reports remote and looping `$ref`s,
 * and returns the references to other local files. Iterative, so a deep schema cannot
 * overflow the stack.
 */
function scan(
  doc: SchemaDocument,
  findings: Finding[],
): Array<{ file: string; raw: string; pointer: string }> {
  const refs: Array<{ file: string; raw: string; pointer: string }> = [];
  const stack: Array<{ node: unknown; pointer: string }> = [{ node: doc.value, pointer: '' }];
  const ownId = (doc.value as { $id?: unknown } | null)?.$id;
  while (stack.length > 0) {
    const { node, pointer } = stack.pop() as { node: unknown; pointer: string };
    if (typeof node !== 'object' || node === null) continue;
    if (Array.isArray(node)) {
      node.forEach((child, i) => stack.push({ node: child, pointer: `${pointer}/${i}` }));
      continue;
    }
    const obj = node as Record<string, unknown>;
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
    const ref = obj.$ref;
    if (typeof ref === 'string') {
      const hash = ref.indexOf('#');
      const file = hash === -1 ? ref : ref.slice(0, hash);
      const fragment = hash === -1 ? '' : ref.slice(hash + 1);
      if (file === '' || file === ownId) {
        if (fragment.startsWith('/') || fragment === '')
          checkLoop(doc, `${pointer}/$ref`, fragment, findings);
      } else if (/^[a-z][a-z0-9+.-]*:/i.test(file)) {
        if (!KNOWN_REMOTE.has(file.replace(/#$/, ''))) {
          findings.push(
            at(
              doc,
              `${pointer}/$ref`,
              'remote-ref',
              `${doc.path}: $ref ${JSON.stringify(ref)} is remote; the gate never fetches schemas`,
              'Vendor the referenced schema into the repository and $ref it by relative path.',
            ),
          );
        }
      } else refs.push({ file: decodeURIComponent(file), raw: ref, pointer: `${pointer}/$ref` });
    }
    for (const [key, child] of Object.entries(obj)) {
      if (key === 'enum' || key === 'const' || key === 'examples' || key === 'default') continue;
      stack.push({ node: child, pointer: `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}` });
    }
  }
  return refs;
}

/**
 * Follows a chain of local `$ref`s; when it comes back to a schema it already passed through
 * without any other keyword in between, validation would recurse forever — a finding.
 */
function checkLoop(doc: SchemaDocument, refPointer: string, fragment: string, findings: Finding[]): void {
  const seen = new Set<string>([refPointer.slice(0, -'/$ref'.length)]);
  let target = fragment;
  for (let hops = 0; hops < 1000; hops++) {
    if (seen.has(target)) {
      findings.push(
        at(
          doc,
          refPointer,
          'ref-loop',
          `${doc.path}: $ref chain from ${keyPath(refPointer)} loops back to ${target === '' ? 'the root' : keyPath(target)} without validating anything`,
          'Break the cycle: a $ref must eventually reach a schema with its own keywords.',
        ),
      );
      return;
    }
    seen.add(target);
    const node = valueAtPointer(doc.value, decodeURIComponent(target));
    if (typeof node !== 'object' || node === null) return; // ajv reports a dangling ref
    const keys = Object.keys(node).filter((k) => k !== '$comment' && k !== 'description' && k !== 'title');
    const next = (node as { $ref?: unknown }).$ref;
    if (keys.length !== 1 || typeof next !== 'string' || !next.startsWith('#')) return;
    target = next.slice(1);
  }
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
