import type { GateOption, OptionValuesOf } from '../../result/gate.js';
import { COMPATIBILITY_MODES } from './settings.js';

/** Options of `ml-quality-gates data-schema`, which are also the inputs of actions/data-schema. */
export const DATA_SCHEMA_OPTIONS = [
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
] as const satisfies readonly GateOption[];

/** Values given as CLI options or action inputs; each one overrides the config file. */
export type DataSchemaOverrides = OptionValuesOf<typeof DATA_SCHEMA_OPTIONS>;
