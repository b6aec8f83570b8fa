import type { ErrorObject } from 'ajv';
import { ConfigurationError, InputError } from '../util/errors.js';
import { describeSchemaError, foldSchemaErrors, valueAtPointer } from '../util/schema-errors.js';
import { parseYaml } from '../util/yaml.js';
import { validate as configValidator } from './config-validator.generated.js';
import type { Config } from './types.js';

/**
 * The config's schema errors. The validator is schema/config.schema.json compiled at build time
 * (scripts/generate.mjs, ajv standalone code with allErrors, strict, allowUnionTypes and
 * verbose), so no command pays for compiling it at start-up.
 */
function validate(document: unknown): ErrorObject[] {
  return configValidator(document) ? [] : (configValidator.errors ?? []);
}

/** Parses and validates config text; errors name the file, line, key, bad value and what is allowed. */
export function parseConfig(text: string, fileName: string): Config {
  let document: ReturnType<typeof parseYaml>;
  try {
    document = parseYaml(text, fileName);
  } catch (error) {
    if (error instanceof InputError) throw new ConfigurationError(error.message, error.location, error.fix);
    throw error;
  }
  const value: Config = (document.value ?? {}) as Config;
  const errors = validate(value);
  if (errors.length === 0) return value;
  const problems = dedupe(
    foldSchemaErrors(errors).map((e) => {
      const { pointer, message } = describeSchemaError(e, (p) => valueAtPointer(value, p));
      const line = document.lineOf(pointer);
      return { line, text: `${fileName}${line ? `:${line}` : ''}: ${message}` };
    }),
  );
  throw new ConfigurationError(
    problems.map((p) => p.text).join('\n'),
    { path: fileName, line: problems[0]?.line },
    'Fix the keys above; schema/config.schema.json documents every key (add `# yaml-language-server: $schema=...` for editor help).',
  );
}

function dedupe<T extends { text: string }>(items: T[]): T[] {
  return [...new Map(items.map((i) => [i.text, i])).values()];
}
