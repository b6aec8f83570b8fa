import type { Gate } from '../../result/gate.js';
import { pullRequestBase } from '../../result/gate-context.js';
import { COVERAGE_OPTIONS } from './options.js';
import type { CoverageSettings } from './settings.js';

/** The coverage gate: line, branch and patch coverage from every common report format. */
export const COVERAGE_GATE: Gate<CoverageSettings> = {
  id: 'coverage',
  title: 'Coverage',
  summary:
    'Line, branch and patch coverage from Cobertura, JaCoCo, LCOV, coverage.py JSON, Istanbul and Go reports',
  // Read only when the config schema is composed (npm run generate): never at start-up.
  configSchema: async () => (await import('./config.schema.json', { with: { type: 'json' } })).default,
  recomputable: false,
  options: COVERAGE_OPTIONS,
  settings: async (section, options, ctx) =>
    (await import('./parse-settings.js')).coverageSettings(section ?? {}, options, ctx.cwd, {
      ...(pullRequestBase(ctx) ? { defaultBase: pullRequestBase(ctx) } : {}),
      inPullRequest: ctx.event.pullRequest !== undefined,
    }),
  evaluate: async (settings) => (await import('./evaluate.js')).evaluateCoverage(settings),
};
