import type { GateCommand } from '../cli/gate-command.js';
import { modelCardSettings } from '../config/model-card-settings.js';
import { evaluateModelCard } from '../gates/model-card/evaluate.js';
import { PRESET_NAMES } from '../gates/model-card/presets.js';
import type { OptionSpec } from './options.js';

/** Options of `ml-quality-gates model-card`; the composite action passes each as MLQG_<NAME>. */
export const MODEL_CARD_OPTIONS: readonly OptionSpec[] = [
  { name: 'models', kind: 'list', description: 'Glob of model directories, e.g. models/*/' },
  { name: 'markers', kind: 'list', description: 'File-name glob that marks a model directory, e.g. *.onnx' },
  {
    name: 'cards',
    kind: 'list',
    description: 'Card file name to look for, in order (README.md, MODEL_CARD.md, model_card.json)',
  },
  {
    name: 'base',
    kind: 'string',
    description: 'Git ref; a model changed since the merge base must have its card changed',
  },
  {
    name: 'diff-file',
    kind: 'string',
    description: 'Unified diff to take changed files from instead of git',
  },
  {
    name: 'preset',
    kind: 'string',
    choices: PRESET_NAMES,
    description: 'Required sections: huggingface (default), mitchell-2019, eu-ai-act, none',
  },
  { name: 'sections', kind: 'list', description: 'Required section heading (replaces the preset)' },
  { name: 'min-words', kind: 'number', description: 'Minimum words in each required section' },
  {
    name: 'metrics-file',
    kind: 'string',
    description: 'Evaluation metrics file ({model} = model directory)',
  },
  {
    name: 'tolerance',
    kind: 'number',
    description: "Largest difference between the card's and the file's figure",
  },
  { name: 'license-allow', kind: 'list', description: 'Allowed license id (SPDX)' },
];

/** The model card gate: every model has a present, valid, complete and consistent card. */
export const MODEL_CARD_GATE: GateCommand = {
  name: 'model-card',
  summary:
    'Every model has a card: valid Hugging Face or Model Card Toolkit metadata, required sections, no placeholders, metrics as evaluated',
  options: MODEL_CARD_OPTIONS,
  configured: (config) => config['model-card'] !== undefined,
  disabled: (config) =>
    config['model-card']?.enabled === false ? 'model-card.enabled is false in the config' : undefined,
  evaluate: (config, options, ctx) =>
    evaluateModelCard(
      modelCardSettings(config['model-card'] ?? {}, options, ctx.cwd, pullRequestBase(ctx.env)),
    ),
};

/** In a pull_request workflow the base branch is known: compare with it unless told otherwise. */
function pullRequestBase(env: NodeJS.ProcessEnv): string | undefined {
  const baseRef = env.GITHUB_BASE_REF;
  return env.GITHUB_ACTIONS === 'true' && baseRef ? `origin/${baseRef}` : undefined;
}
