import type { Gate } from '../../result/gate.js';
import { pullRequestBase } from '../../result/gate-context.js';
import { DATA_SCHEMA_OPTIONS } from './options.js';
import type { DataSchemaSettings } from './settings.js';

/** The data schema gate: every dataset has a valid contract, the data meets it, no breaking change. */
export const DATA_SCHEMA_GATE: Gate<DataSchemaSettings> = {
  id: 'data-schema',
  title: 'Data schema',
  summary:
    'Every dataset has a valid schema (JSON Schema, Table Schema, Data Package), the data meets it, and schema changes are not breaking',
  // Read only when the config schema is composed (npm run generate): never at start-up.
  configSchema: async () => (await import('./config.schema.json', { with: { type: 'json' } })).default,
  recomputable: true,
  options: DATA_SCHEMA_OPTIONS,
  settings: async (section, options, ctx) => {
    const defaultBase = pullRequestBase(ctx);
    return (await import('./parse-settings.js')).dataSchemaSettings(section ?? {}, options, ctx.cwd, {
      ...(defaultBase ? { defaultBase } : {}),
      labels: ctx.event.pullRequest?.labels ?? [],
      now: ctx.now,
      inPullRequest: ctx.event.pullRequest !== undefined,
    });
  },
  evaluate: async (settings) => (await import('./evaluate.js')).evaluateDataSchema(settings),
};
