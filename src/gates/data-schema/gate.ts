import type { Gate } from '../../result/gate.js';
import { pullRequestBase } from '../../result/gate-context.js';
import schema from './config.schema.json' with { type: 'json' };
import { DATA_SCHEMA_OPTIONS } from './options.js';
import { dataSchemaSettings } from './parse-settings.js';
import type { DataSchemaSettings } from './settings.js';

/** The data schema gate: every dataset has a valid contract, the data meets it, no breaking change. */
export const DATA_SCHEMA_GATE: Gate<DataSchemaSettings> = {
  id: 'data-schema',
  title: 'Data schema',
  summary:
    'Every dataset has a valid schema (JSON Schema, Table Schema, Data Package), the data meets it, and schema changes are not breaking',
  configSchema: schema,
  recomputable: true,
  options: DATA_SCHEMA_OPTIONS,
  settings: (section, options, ctx) => {
    const defaultBase = pullRequestBase(ctx);
    return dataSchemaSettings(section ?? {}, options, ctx.cwd, {
      ...(defaultBase ? { defaultBase } : {}),
      labels: ctx.event.pullRequest?.labels ?? [],
      now: ctx.now,
      inPullRequest: ctx.event.pullRequest !== undefined,
    });
  },
  evaluate: async (settings) => (await import('./evaluate.js')).evaluateDataSchema(settings),
};
