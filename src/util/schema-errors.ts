import type { ErrorObject } from 'ajv';

/** A JSON pointer as a dotted key path for people: `/coverage/paths/0/glob` → `coverage.paths[0].glob`. */
export function keyPath(pointer: string): string {
  if (pointer === '') return '(top level)';
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce(
      (acc, part) => (/^\d+$/.test(part) ? `${acc}[${part}]` : acc === '' ? part : `${acc}.${part}`),
      '',
    );
}

/**
 * One sentence per ajv error that names the key, the bad value and what is allowed, e.g.
 * `coverage.thresholds.patch: "x" is not allowed; expected a number`.
 */
export function describeSchemaError(
  error: ErrorObject,
  valueAt: (pointer: string) => unknown,
): {
  pointer: string;
  message: string;
} {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const pointer = `${error.instancePath}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      const allowed = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      ).filter((k) => k !== '$schema');
      return {
        pointer,
        message: `${keyPath(pointer)}: unknown key "${key}"; allowed here: ${allowed.join(', ')}`,
      };
    }
    case 'required':
      return {
        pointer: error.instancePath,
        message: `${keyPath(error.instancePath)}: missing required key "${String(params.missingProperty)}"`,
      };
    default: {
      const value = valueAt(error.instancePath);
      return {
        pointer: error.instancePath,
        message: `${keyPath(error.instancePath)}: ${JSON.stringify(value)} is not allowed; ${expected(error)}`,
      };
    }
  }
}

function expected(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'type':
      return `expected ${String(params.type)}`;
    case 'enum':
      return `allowed: ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `allowed: ${JSON.stringify(params.allowedValue)}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'pattern':
      // A configured path or glob is read inside the checkout only (the config comes from the PR).
      if ((error.parentSchema as { $comment?: unknown } | undefined)?.$comment === 'repository-path')
        return 'must stay inside the repository: a relative path without a .. segment';
      return error.message ?? 'does not match the schema';
    case 'format':
      return error.message ?? 'does not match the schema';
    case 'oneOf':
    case 'anyOf':
      return 'expected one of the allowed shapes (see the schema description)';
    default:
      return error.message ?? 'does not match the schema';
  }
}

/**
 * Folds ajv's error list for people: the alternatives of a `oneOf` become one "expected string
 * or array" message instead of one error per branch, and the bare `oneOf` error is dropped.
 */
export function foldSchemaErrors(errors: ErrorObject[]): ErrorObject[] {
  const typesAt = new Map<string, string[]>();
  for (const e of errors) {
    if (e.keyword !== 'type') continue;
    const list = typesAt.get(e.instancePath) ?? [];
    list.push(String((e.params as { type: unknown }).type));
    typesAt.set(e.instancePath, list);
  }
  const out: ErrorObject[] = [];
  const done = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'oneOf' || e.keyword === 'anyOf') {
      if (errors.length === 1) out.push(e);
      continue;
    }
    if (e.keyword === 'type') {
      if (done.has(e.instancePath)) continue;
      done.add(e.instancePath);
      out.push({ ...e, params: { type: [...new Set(typesAt.get(e.instancePath))].join(' or ') } });
      continue;
    }
    out.push(e);
  }
  return out;
}

/** The value at a JSON pointer inside a document. */
export function valueAtPointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}
