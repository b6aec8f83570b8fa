import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../../util/errors.js';
import { findJsonSyntaxError } from '../../util/json-entries.js';
import { parseYaml } from '../../util/yaml.js';
import { unsafeReason } from '../../util/safe-path.js';

/** A schema or descriptor file, parsed, with the line of any JSON pointer for findings. */
export interface SchemaDocument {
  /** Repository-relative path, forward slashes. */
  path: string;
  value: unknown;
  lineOf(pointer: string): number | undefined;
}

/**
 * Reads a JSON or YAML schema file. JSON files are parsed with `JSON.parse` (so a YAML-only
 * construct in a `.json` file is an error, as every other JSON tool would say); line numbers
 * come from the safe YAML parser, which reads JSON too and caps aliases and depth. Anything
 * unreadable, too large or unparseable is an `InputError` with the line.
 */
export async function loadSchemaFile(cwd: string, path: string, maxBytes: number): Promise<SchemaDocument> {
  const abs = join(cwd, path);
  const unsafe = await unsafeReason(cwd, path);
  if (unsafe !== undefined) {
    throw new InputError(
      `${path} ${unsafe}; the gate does not read it`,
      { path },
      'Commit the schema as a regular file inside the repository.',
    );
  }
  let size: number;
  try {
    const info = await stat(abs);
    if (!info.isFile()) throw new InputError(`${path}: not a file`, { path });
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(
      `${path}: schema file not found`,
      { path },
      'Create the schema file, or fix the path that names it.',
    );
  }
  if (size > maxBytes) {
    throw new InputError(
      `${path}: ${size} bytes is larger than the ${maxBytes}-byte limit for a schema file`,
      { path },
      'A schema is a description, not data: keep examples and inline data out of it, or raise data-schema.max-schema-bytes.',
    );
  }
  let text = await readFile(abs, 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/\.ya?ml$/i.test(path)) {
    const doc = parseYaml(text, path);
    return { path, value: doc.value, lineOf: (p) => doc.lineOf(p) };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const line = jsonErrorLine(text, (error as Error).message);
    throw new InputError(
      `${path}${line ? `:${line}` : ''}: not valid JSON: ${(error as Error).message}`,
      { path, ...(line ? { line } : {}) },
      'Fix the JSON syntax at that line (a JSON linter or your editor shows it).',
    );
  }
  return { path, value, lineOf: lineLookup(text, path) };
}

/** Line numbers for pointers; JSON the YAML parser refuses (tabs in odd places) just has none. */
function lineLookup(text: string, path: string): (pointer: string) => number | undefined {
  try {
    const doc = parseYaml(text, path);
    return (p) => doc.lineOf(p);
  } catch {
    return () => undefined;
  }
}

/** The 1-based line of a `JSON.parse` error, from the position V8 puts in its message. */
export function jsonErrorLine(text: string, message: string): number | undefined {
  const lineMatch = /line (\d+)/.exec(message);
  if (lineMatch) return Number(lineMatch[1]);
  const posMatch = /position (\d+)/.exec(message);
  if (posMatch) {
    const pos = Number(posMatch[1]);
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < pos; i = text.indexOf('\n', i + 1)) line++;
    return line;
  }
  // Node 20's messages often carry no position: find it with the repo's JSON syntax scanner.
  const problem = findJsonSyntaxError(text);
  if (problem) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < problem.offset; i = text.indexOf('\n', i + 1)) line++;
    return line;
  }
  return undefined;
}

/** What a schema describes, from its content (`$schema`, `fields`, `resources`) or the data's format. */
export type SchemaKind = 'json-schema' | 'table-schema' | 'data-package';

/** Detects a schema's kind; `fallback` decides when the document itself does not say. */
export function schemaKind(value: unknown, fallback: 'json-schema' | 'table-schema'): SchemaKind {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fallback;
  const v = value as Record<string, unknown>;
  const profile = typeof v.$schema === 'string' ? v.$schema : '';
  if (/json-schema\.org/.test(profile)) return 'json-schema';
  if (/datapackage\.json$|data-package/.test(profile) || Array.isArray(v.resources)) return 'data-package';
  if (/tableschema|table-schema/.test(profile) || Array.isArray(v.fields)) return 'table-schema';
  return fallback;
}
