import { readFile } from 'node:fs/promises';
import type { GateCommand } from '../cli/gate-command.js';
import { COMPATIBILITY_MODES, dataSchemaSettings } from '../config/data-schema-settings.js';
import { evaluateDataSchema } from '../gates/data-schema/evaluate.js';
import type { OptionSpec } from './options.js';

/** Options of `ml-quality-gates data-schema`; the composite action passes each as MLQG_<NAME>. */
export const DATA_SCHEMA_OPTIONS: readonly OptionSpec[] = [
  { name: 'datasets', kind: 'list', description: 'Glob of data files, e.g. data/**/*.csv' },
  {
    name: 'max-findings-per-file',
    kind: 'number',
    description: 'Invalid rows listed per file (all are counted); default 20',
  },
  { name: 'sample-rows', kind: 'number', description: 'Read at most this many rows per file' },
  { name: 'base', kind: 'string', description: 'Git ref to compare schemas with for breaking changes' },
  {
    name: 'compatibility',
    kind: 'string',
    choices: COMPATIBILITY_MODES,
    description: 'Breaking-change mode: backward, forward, full (default), none, *_transitive',
  },
  { name: 'waiver-label', kind: 'string', description: 'PR label that waives breaking changes' },
];

/** The data schema gate: every dataset has a valid contract, the data meets it, no breaking change. */
export const DATA_SCHEMA_GATE: GateCommand = {
  name: 'data-schema',
  summary:
    'Every dataset has a valid schema (JSON Schema, Table Schema, Data Package), the data meets it, and schema changes are not breaking',
  options: DATA_SCHEMA_OPTIONS,
  configured: (config) => config['data-schema'] !== undefined,
  disabled: (config) =>
    config['data-schema']?.enabled === false ? 'data-schema.enabled is false in the config' : undefined,
  evaluate: async (config, options, ctx) =>
    evaluateDataSchema(
      dataSchemaSettings(config['data-schema'] ?? {}, options, ctx.cwd, {
        ...(pullRequestBase(ctx.env) ? { defaultBase: pullRequestBase(ctx.env) } : {}),
        labels: await pullRequestLabels(ctx.env),
      }),
    ),
};

/** In a pull_request workflow the base branch is known: compare with it unless told otherwise. */
function pullRequestBase(env: NodeJS.ProcessEnv): string | undefined {
  const baseRef = env.GITHUB_BASE_REF;
  return env.GITHUB_ACTIONS === 'true' && baseRef ? `origin/${baseRef}` : undefined;
}

/** The PR's labels from the event payload (`pull_request.labels[].name`); none outside a PR. */
async function pullRequestLabels(env: NodeJS.ProcessEnv): Promise<string[]> {
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return [];
  try {
    const event = JSON.parse(await readFile(path, 'utf8')) as {
      pull_request?: { labels?: Array<{ name?: unknown }> };
    };
    return (event.pull_request?.labels ?? [])
      .map((l) => l.name)
      .filter((n): n is string => typeof n === 'string');
  } catch {
    return []; // an unreadable payload only means no label waives anything
  }
}
