import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { expect } from 'vitest';
import { REPO_ROOT } from './paths.js';

const validate = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(
  JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'result.schema.json'), 'utf8')),
);

/** Asserts that a document is a valid gate result per the published schema. */
export function expectValidResult(document: unknown): void {
  const ok = validate(document);
  expect(validate.errors ?? [], 'result document violates schema/result.schema.json').toEqual([]);
  expect(ok).toBe(true);
}
