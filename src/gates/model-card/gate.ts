import type { Gate } from '../../result/gate.js';
import { pullRequestBase } from '../../result/gate-context.js';
import { MODEL_CARD_OPTIONS } from './options.js';
import type { ModelCardSettings } from './settings.js';

/** The model card gate: every model has a present, valid, complete and consistent card. */
export const MODEL_CARD_GATE: Gate<ModelCardSettings> = {
  id: 'model-card',
  title: 'Model card',
  summary:
    'Every model has a card: valid Hugging Face or Model Card Toolkit metadata, required sections, no placeholders, metrics as evaluated',
  // Read only when the config schema is composed (npm run generate): never at start-up.
  configSchema: async () => (await import('./config.schema.json', { with: { type: 'json' } })).default,
  recomputable: true,
  options: MODEL_CARD_OPTIONS,
  settings: async (section, options, ctx) =>
    (await import('./parse-settings.js')).modelCardSettings(section ?? {}, options, ctx.cwd, {
      ...(pullRequestBase(ctx) ? { defaultBase: pullRequestBase(ctx) } : {}),
      inPullRequest: ctx.event.pullRequest !== undefined,
    }),
  evaluate: async (settings) => (await import('./evaluate.js')).evaluateModelCard(settings),
};
