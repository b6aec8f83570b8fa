/**
 * Composes the published `schema/config.schema.json` from each section's own schema, so a gate's
 * config keys are written once, beside the gate. `scripts/generate.mjs` writes the file and a test
 * checks that the committed file equals a fresh composition.
 */

/** One config section: its key in the file and its JSON Schema (draft-07, may carry `definitions`). */
export interface SchemaSection {
  id: string;
  schema: Readonly<Record<string, unknown>>;
}

/**
 * Where the published schema lives: the file at the major version's tag, which every 1.x release
 * moves forward, so the URL stays the same for the whole major version while the schema only grows
 * compatibly. Editors (`# yaml-language-server: $schema=`) and SchemaStore fetch it from there; a
 * new major version gets a new `$id` (`.../v2/...`).
 */
export const CONFIG_SCHEMA_ID =
  'https://raw.githubusercontent.com/ml-quality-gates/ml-quality-gates/v1/schema/config.schema.json';

/**
 * The whole config schema: `version`, `$schema` and one property per section. Each section's
 * `definitions` are hoisted to the root, where its `#/definitions/...` references resolve; two
 * sections may share a definition name only with identical content.
 */
export function composeConfigSchema(sections: readonly SchemaSection[]): Record<string, unknown> {
  const definitions: Record<string, unknown> = {};
  const properties: Record<string, unknown> = {
    $schema: { type: 'string', description: 'Editor hint; ignored.' },
    version: { description: 'Configuration format version. Only 1 exists.', const: 1 },
  };
  for (const { id, schema } of sections) {
    // The section's own `$schema` is dropped: the composed file states the dialect once.
    const { definitions: own, ...rest } = schema as Record<string, unknown>;
    const body = Object.fromEntries(Object.entries(rest).filter(([k]) => k !== '$schema'));
    for (const [name, definition] of Object.entries((own ?? {}) as Record<string, unknown>)) {
      if (name in definitions && JSON.stringify(definitions[name]) !== JSON.stringify(definition)) {
        throw new Error(`config schema: section ${id} redefines "${name}" differently`);
      }
      definitions[name] = definition;
    }
    const key = camelCase(id);
    if (key in definitions) throw new Error(`config schema: section ${id} clashes with a definition`);
    definitions[key] = body;
    properties[id] = { $ref: `#/definitions/${key}` };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'ml-quality-gates configuration (.github/ml-quality-gates.yml)',
    description: 'One section per gate plus the report. Action inputs and CLI options override these values.',
    type: 'object',
    additionalProperties: false,
    properties,
    definitions: Object.fromEntries(Object.entries(definitions).sort(([a], [b]) => a.localeCompare(b))),
  };
}

function camelCase(id: string): string {
  return id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
}
