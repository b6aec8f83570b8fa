import { posix } from 'node:path';
import type { SchemaDocument } from './schema-files.js';

/**
 * Draft-07 (§8.3, as every draft before 2019-09): "All other properties in a `$ref` object MUST
 * be ignored." ajv 8 applies them, as 2019-09 and later do, so before ajv sees a draft-07
 * schema every keyword beside a `$ref` is renamed to an inert key (`x-ignored-beside-$ref:<k>`)
 * that ajv does not know and so does not apply. `definitions` and `$defs` keep their names; a
 * `$ref` that points into a renamed subtree (rare, but legal: a pointer may go anywhere) is
 * rewritten to follow the rename, in every document of the schema.
 */
export function ignoreRefSiblings(docs: ReadonlyMap<string, SchemaDocument>): Map<string, SchemaDocument> {
  const out = new Map<string, SchemaDocument>();
  for (const [path, doc] of docs) {
    const value = rewrite(doc.value, (ref) => followRenames(ref, path, docs), 0);
    out.set(path, { ...doc, value });
  }
  return out;
}

const KEPT = new Set(['$ref', 'definitions', '$defs', '$schema', '$comment']);
const DATA_KEYWORDS = new Set(['enum', 'const', 'examples', 'default']);

/** The name a keyword beside `$ref` gets, so ajv ignores it. */
export function inertName(key: string): string {
  return `x-ignored-beside-$ref:${key}`;
}

/** Depth bound for the copy; the scan already refused deeper schemas, so this is a backstop. */
const MAX_DEPTH = 512;

function rewrite(node: unknown, refs: (ref: string) => string, depth: number): unknown {
  if (typeof node !== 'object' || node === null || depth > MAX_DEPTH) return node;
  if (Array.isArray(node)) return node.map((n) => rewrite(n, refs, depth + 1));
  const obj = node as Record<string, unknown>;
  const hasRef = typeof obj.$ref === 'string';
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(obj)) {
    const name = hasRef && !KEPT.has(key) ? inertName(key) : key;
    if (key === '$ref' && typeof value === 'string') out[name] = refs(value);
    else out[name] = DATA_KEYWORDS.has(key) ? value : rewrite(value, refs, depth + 1);
  }
  return out;
}

/** A `$ref` whose JSON pointer passes through a renamed keyword, rewritten to the new name. */
function followRenames(ref: string, from: string, docs: ReadonlyMap<string, SchemaDocument>): string {
  const hash = ref.indexOf('#');
  if (hash === -1) return ref;
  const file = ref.slice(0, hash);
  const fragment = ref.slice(hash + 1);
  if (!fragment.startsWith('/')) return ref;
  const target =
    file === ''
      ? docs.get(from)
      : docs.get(posix.normalize(posix.join(posix.dirname(from), safeDecode(file))));
  if (!target) return ref;
  const segments = fragment
    .slice(1)
    .split('/')
    .map((s) => safeDecode(s).replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = target.value;
  let changed = false as boolean;
  const out = segments.map((segment) => {
    const obj = typeof node === 'object' && node !== null ? (node as Record<string, unknown>) : undefined;
    const renamed =
      obj !== undefined && !Array.isArray(obj) && typeof obj.$ref === 'string' && !KEPT.has(segment);
    node = obj?.[segment];
    if (renamed) changed = true;
    return renamed ? inertName(segment) : segment;
  });
  if (!changed) return ref;
  return `${file}#/${out.map((s) => encodeURIComponent(s.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/')}`;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
