// Validates requests against GitHub's official OpenAPI description (@octokit/openapi), so a fake
// GitHub API can refuse anything the real one would. The spec is read once, lazily: the plain
// (non-dereferenced) file is ~13 MB and parses in a few hundred ms, whereas the .deref.json is
// ~73 MB. Its $refs are resolved locally by registering the whole document with ajv; nothing is
// ever fetched.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { addFormats } from './spec-formats.js';
import { extraRequestRules } from './extra-rules.js';

/** One operation of the spec, e.g. `POST /repos/{owner}/{repo}/check-runs`. */
export interface Operation {
  method: string;
  /** The path template as written in the spec. */
  template: string;
  operationId: string;
  /** Path parameter values taken from the request path (still strings). */
  params: Record<string, string>;
}

/** A request as seen on the wire; `body` is the parsed JSON (undefined when there was none). */
export interface RequestToValidate {
  method: string;
  path: string;
  query?: Record<string, string>;
  headers?: Record<string, string | string[] | undefined>;
  body?: unknown;
}

type Json = Record<string, unknown>;
interface ParameterObject {
  name: string;
  in: string;
  required?: boolean;
  schema?: Json;
  'x-multi-segment'?: boolean;
}
interface Route {
  template: string;
  regex: RegExp;
  names: string[];
  literals: number;
}
interface Loaded {
  spec: { paths: Record<string, Record<string, Json>>; components: Json };
  ajv: Ajv;
  routes: Route[];
}

const SPEC_ID = 'https://api.github.com/openapi.json';
const METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head']);
let loaded: Loaded | undefined;
const validators = new Map<string, ValidateFunction>();

function load(): Loaded {
  if (loaded) return loaded;
  const file = createRequire(import.meta.url).resolve('@octokit/openapi/generated/api.github.com.json');
  const spec = JSON.parse(readFileSync(file, 'utf8')) as Loaded['spec'];
  convertNullable(spec);
  // validateSchema: false because the registered document is an OpenAPI file, not a JSON Schema;
  // strict: false because OpenAPI adds keywords (example, x-github, discriminator) ajv doesn't know.
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  ajv.addSchema({ $id: SPEC_ID, components: spec.components, paths: spec.paths });
  const routes = Object.keys(spec.paths).map((template) => compileRoute(spec, template));
  // Prefer literal segments over templates: /issues/comments/{id} beats /issues/{n}/{x}.
  routes.sort((a, b) => b.literals - a.literals);
  loaded = { spec, ajv, routes };
  return loaded;
}

/** OpenAPI 3.0 `nullable: true` has no JSON Schema equivalent; rewrite it once, in place. */
function convertNullable(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) convertNullable(item);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const object = node as Json;
  for (const value of Object.values(object)) convertNullable(value);
  if (object.nullable !== true) return;
  delete object.nullable;
  if (typeof object.type === 'string') {
    object.type = [object.type, 'null'];
    if (Array.isArray(object.enum) && !object.enum.includes(null)) object.enum.push(null);
  } else {
    const rest = { ...object };
    for (const key of Object.keys(object)) Reflect.deleteProperty(object, key);
    object.anyOf = [rest, { type: 'null' }];
  }
}

function compileRoute(spec: Loaded['spec'], template: string): Route {
  const names: string[] = [];
  const operations = Object.values(spec.paths[template] ?? {});
  const multi = new Set(
    operations.flatMap((op) =>
      parametersOf(op, spec)
        .filter((p) => p['x-multi-segment'])
        .map((p) => p.name),
    ),
  );
  let literals = 0;
  const source = template
    .split('/')
    .map((segment) => {
      if (!segment.includes('{')) literals += 1;
      return segment
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const name = /^\{([^}]+)\}$/.exec(part)?.[1];
          if (name === undefined) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          names.push(name);
          // x-multi-segment parameters (e.g. a ref like heads/main) may contain slashes.
          return multi.has(name) ? '(.+?)' : '([^/]+)';
        })
        .join('');
    })
    .join('/');
  return { template, regex: new RegExp(`^${source}$`), names, literals };
}

/** Follows a local `#/...` pointer in the spec. */
function resolvePointer(pointer: string, root: unknown = load().spec): unknown {
  let node: unknown = root;
  for (const raw of pointer.replace(/^#\//, '').split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Json | undefined)?.[key];
  }
  return node;
}

function pointerTo(...parts: string[]): string {
  return '#/' + parts.map((p) => encodeURIComponent(p.replace(/~/g, '~0').replace(/\//g, '~1'))).join('/');
}

function parametersOf(operation: Json, root?: unknown): ParameterObject[] {
  const list = (operation.parameters ?? []) as Json[];
  return list.map((p) => (typeof p.$ref === 'string' ? resolvePointer(p.$ref, root) : p) as ParameterObject);
}

function operationObject(op: Operation): Json {
  const found = load().spec.paths[op.template]?.[op.method];
  if (!found) throw new Error(`no operation ${op.method} ${op.template}`);
  return found;
}

/** Compiles (once) a validator for the schema at a pointer into the registered spec. */
function validatorAt(pointer: string): ValidateFunction {
  let validate = validators.get(pointer);
  if (!validate) {
    validate = load().ajv.compile({ $ref: SPEC_ID + pointer });
    validators.set(pointer, validate);
  }
  return validate;
}

/**
 * Finds the spec operation for a request. Returns `undefined` for an unknown path, and an
 * operation with an empty operationId when the path exists but not for this method.
 */
export function matchOperation(method: string, path: string): Operation | undefined {
  const lower = method.toLowerCase();
  for (const route of load().routes) {
    const match = route.regex.exec(path);
    if (!match) continue;
    const params: Record<string, string> = {};
    route.names.forEach((name, i) => (params[name] = decodeURIComponent(match[i + 1] ?? '')));
    const object = load().spec.paths[route.template]?.[lower];
    const operationId = object && METHODS.has(lower) ? String(object.operationId) : '';
    return { method: lower, template: route.template, operationId, params };
  }
  return undefined;
}

function formatErrors(where: string, errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => {
    const detail = 'allowedValues' in e.params ? ` (${JSON.stringify(e.params.allowedValues)})` : '';
    return `${where}${e.instancePath} ${e.message ?? 'is invalid'}${detail}`;
  });
}

/** Path and query values arrive as strings; coerce the ones whose schema wants a number/boolean. */
function coerce(value: string, schema: Json | undefined): unknown {
  const type = schema?.type;
  if ((type === 'integer' || type === 'number') && /^-?\d+(\.\d+)?$/.test(value)) return Number(value);
  if (type === 'boolean' && (value === 'true' || value === 'false')) return value === 'true';
  return value;
}

/**
 * Checks a request against the spec plus the limits GitHub enforces but the spec omits
 * (see extra-rules.ts). Returns human-readable problems; an empty list means "valid".
 */
export function validateRequest(request: RequestToValidate): string[] {
  const op = matchOperation(request.method, request.path);
  if (!op) return [`${request.method.toUpperCase()} ${request.path}: no such path in the GitHub API`];
  const label = `${op.method.toUpperCase()} ${op.template}`;
  if (!op.operationId) return [`${label}: method not allowed on this path`];
  const problems: string[] = [];
  const operation = operationObject(op);
  const parameters = parametersOf(operation);
  const query = request.query ?? {};
  parameters.forEach((param, index) => {
    if (param.in !== 'path' && param.in !== 'query') return;
    const raw = param.in === 'path' ? op.params[param.name] : query[param.name];
    if (raw === undefined) {
      if (param.required) problems.push(`${label}: missing required ${param.in} parameter ${param.name}`);
      return;
    }
    const ref = (operation.parameters as Json[])[index]?.$ref;
    const base =
      typeof ref === 'string' ? ref : pointerTo('paths', op.template, op.method, 'parameters', String(index));
    const validate = validatorAt(`${base}/schema`);
    if (!validate(coerce(raw, param.schema))) {
      problems.push(...formatErrors(`${label}: ${param.in} parameter ${param.name}`, validate.errors));
    }
  });
  const known = new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of Object.keys(query)) {
    if (!known.has(name)) problems.push(`${label}: unknown query parameter ${name}`);
  }
  const requestBody = operation.requestBody as Json | undefined;
  if (requestBody) {
    if (request.body === undefined) {
      if (requestBody.required) problems.push(`${label}: request body is required`);
    } else {
      const validate = validatorAt(
        pointerTo('paths', op.template, op.method, 'requestBody', 'content', 'application/json', 'schema'),
      );
      if (!validate(request.body)) problems.push(...formatErrors(`${label}: body`, validate.errors));
    }
  }
  problems.push(...extraRequestRules(op, query, request.body).map((p) => `${label}: ${p}`));
  return problems;
}

/** Whether the operation documents a response for this status. */
export function isDocumentedStatus(op: Operation, status: number): boolean {
  return (
    resolvePointer(pointerTo('paths', op.template, op.method, 'responses', String(status))) !== undefined
  );
}

/** A schema from `components/schemas` (with `nullable` already rewritten), e.g. `pull-request-simple`. */
export function componentSchema(name: string): Json | undefined {
  return (load().spec.components.schemas as Record<string, Json> | undefined)?.[name];
}

/**
 * Checks a response body against the operation's documented schema for that status. Given the
 * response headers, a redirect (3xx but 304) must also carry its documented `Location`.
 */
export function validateResponse(
  op: Operation,
  status: number,
  body: unknown,
  headers?: Record<string, string>,
): string[] {
  const label = `${op.method.toUpperCase()} ${op.template} -> ${status}`;
  const base = pointerTo('paths', op.template, op.method, 'responses', String(status));
  const response = resolvePointer(base) as Json | undefined;
  if (!response) return [`${label}: status not documented`];
  const location = typeof response.$ref === 'string' ? response.$ref : base;
  const content = (typeof response.$ref === 'string' ? resolvePointer(response.$ref) : response) as Json;
  const problems: string[] = [];
  if (headers && status >= 300 && status < 400 && status !== 304) {
    const documented = Object.keys((content.headers ?? {}) as Json).map((h) => h.toLowerCase());
    const sent = new Set(Object.keys(headers).map((h) => h.toLowerCase()));
    if (documented.includes('location') && !sent.has('location'))
      problems.push(`${label}: redirect without a Location header`);
  }
  if (!content.content) {
    if (body !== undefined && body !== '') problems.push(`${label}: expected no body`);
    return problems;
  }
  const validate = validatorAt(`${location}/content/${encodeURIComponent('application~1json')}/schema`);
  if (!validate(body)) problems.push(...formatErrors(`${label}: body`, validate.errors));
  return problems;
}
