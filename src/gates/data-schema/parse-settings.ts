import {
  COMPATIBILITY_MODES,
  type CompatibilityMode,
  type DataSchemaSettings,
  type SchemaRule,
} from './settings.js';
import { ConfigurationError } from '../../util/errors.js';
import { globs } from '../../util/globs.js';
import type { DataSchemaConfig } from './config.generated.js';
import type { DataSchemaOverrides } from './options.js';
import { staysInside } from '../../util/safe-path.js';

/** Mapping rules used when the config names none. */
export const DEFAULT_SCHEMA_RULES: SchemaRule[] = [
  { rule: 'same-name', suffixes: ['.schema.json', '.schema.yaml', '.schema.yml'] },
  { rule: 'datapackage', file: 'datapackage.json' },
];

/**
 * Merges the config's `data-schema:` section with overrides into the gate's settings.
 * `defaultBase` is the PR's base branch in a pull_request workflow; `labels` are the PR's labels
 * (read from the event by the entry, so the gate stays pure).
 */
export function dataSchemaSettings(
  config: DataSchemaConfig,
  overrides: DataSchemaOverrides,
  cwd: string,
  context: { defaultBase?: string; labels?: string[]; now?: Date; inPullRequest?: boolean } = {},
): DataSchemaSettings {
  const mode = compatibilityMode(overrides.compatibility ?? config.compatibility ?? 'full');
  const datasets =
    overrides.datasets && overrides.datasets.length > 0 ? overrides.datasets : globs(config.datasets);
  const sampleRows = whole('sample-rows', overrides['sample-rows'] ?? config['sample-rows'], 1);
  const base = overrides.base ?? config.base ?? context.defaultBase;
  const waiverLabel = overrides['waiver-label'] ?? config['waiver-label'];
  const schemas = schemaRules(config);
  const exclude = globs(config.exclude);
  checkInsideRoot(datasets, exclude, schemas);
  return {
    cwd,
    datasets,
    exclude,
    schemas,
    maxFindingsPerFile:
      whole(
        'max-findings-per-file',
        overrides['max-findings-per-file'] ?? config['max-findings-per-file'],
        1,
      ) ?? 20,
    ...(sampleRows !== undefined ? { sampleRows } : {}),
    maxUniqueKeys: config['max-unique-keys'] ?? 5_000_000,
    maxSchemaBytes: config['max-schema-bytes'] ?? 16 * 1024 * 1024,
    breaking: {
      ...(base ? { base } : {}),
      mode,
      waivers: config.waivers ?? [],
      labels: context.labels ?? [],
      ...(waiverLabel ? { waiverLabel } : {}),
      now: context.now ?? new Date(),
      inPullRequest: context.inPullRequest ?? false,
    },
  };
}

/**
 * `value` when unset or a whole number of at least `min`; anything else (a fraction, or a count
 * below the minimum) is refused as a configuration error naming `--<name>`.
 */
function whole(name: string, value: number | undefined, min: number): number | undefined {
  if (value !== undefined && (!Number.isInteger(value) || value < min)) {
    throw new ConfigurationError(
      `--${name}: ${value} is not allowed; expected a whole number of at least ${min}`,
    );
  }
  return value;
}

/** `mode` as a compatibility mode; refused here so a typo fails the run instead of checking nothing. */
function compatibilityMode(mode: string): CompatibilityMode {
  if (!(COMPATIBILITY_MODES as readonly string[]).includes(mode)) {
    throw new ConfigurationError(
      `--compatibility: ${JSON.stringify(mode)} is not allowed; allowed: ${COMPATIBILITY_MODES.join(', ')}`,
    );
  }
  return mode as CompatibilityMode;
}

/** The config's schema mapping rules with each rule's defaults filled in, else the default rules. */
function schemaRules(config: DataSchemaConfig): SchemaRule[] {
  return config.schemas
    ? config.schemas.map((r) =>
        r.rule === 'same-name'
          ? { rule: 'same-name', suffixes: r.suffixes ?? ['.schema.json', '.schema.yaml', '.schema.yml'] }
          : r.rule === 'datapackage'
            ? { rule: 'datapackage', file: r.file ?? 'datapackage.json' }
            : { rule: 'map', map: r.map },
      )
    : DEFAULT_SCHEMA_RULES;
}

/**
 * Every configured path and glob stays inside the repository: a `..` segment or an absolute
 * path would let a pull request's config point the gate at files outside the checkout.
 */
function checkInsideRoot(datasets: string[], exclude: string[], schemas: SchemaRule[]): void {
  const refuse = (key: string, value: string, why: string) => {
    throw new ConfigurationError(
      `data-schema.${key}: ${JSON.stringify(value)} ${why}`,
      undefined,
      'Write paths and globs relative to the repository root, without "..".',
    );
  };
  for (const [key, values] of [
    ['datasets', datasets],
    ['exclude', exclude],
  ] as const) {
    for (const v of values)
      if (!staysInside(v)) refuse(key, v, 'leaves the repository (no "..", no absolute paths)');
  }
  for (const rule of schemas) {
    if (rule.rule === 'map') {
      for (const [data, schema] of Object.entries(rule.map)) {
        if (!staysInside(data))
          refuse('schemas.map', data, 'leaves the repository (no "..", no absolute paths)');
        if (!staysInside(schema))
          refuse('schemas.map', schema, 'leaves the repository (no "..", no absolute paths)');
      }
    } else if (rule.rule === 'same-name') {
      for (const suffix of rule.suffixes)
        if (/[\\/]/.test(suffix))
          refuse('schemas.suffixes', suffix, 'is a suffix of a file name and cannot hold a "/"');
    } else if (/[\\/]/.test(rule.file))
      refuse('schemas.file', rule.file, 'is a file name and cannot hold a "/"');
  }
}
