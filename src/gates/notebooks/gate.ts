import type { Gate } from '../../result/gate.js';
import { NOTEBOOKS_OPTIONS } from './options.js';
import type { NotebooksSettings } from './settings.js';

/**
 * The notebooks gate: every Jupyter notebook is a valid nbformat 4 file, stripped or executed
 * top to bottom as its path's policy says, leaks no secret or local path, pins its installs,
 * stays within size limits and names its kernel and the project's Python version.
 */
export const NOTEBOOKS_GATE: Gate<NotebooksSettings> = {
  id: 'notebooks',
  title: 'Notebooks',
  summary:
    'Jupyter notebooks are valid, stripped or run top to bottom as policy says, leak no secrets or local paths, pin installs, stay small and name their kernel and Python version',
  // Read only when the config schema is composed (npm run generate): never at start-up.
  configSchema: async () => (await import('./config.schema.json', { with: { type: 'json' } })).default,
  recomputable: true,
  options: NOTEBOOKS_OPTIONS,
  settings: async (section, options, ctx) =>
    (await import('./parse-settings.js')).notebooksSettings(section, options, ctx),
  evaluate: async (settings) => (await import('./evaluate.js')).evaluateNotebooks(settings),
};
