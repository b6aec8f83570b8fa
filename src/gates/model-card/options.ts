import type { GateOption, OptionValuesOf } from '../../result/gate.js';
import { PRESET_NAMES } from './preset-names.js';

/** Options of `ml-quality-gates model-card`, which are also the inputs of actions/model-card. */
export const MODEL_CARD_OPTIONS = [
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
] as const satisfies readonly GateOption[];

/** Values given as CLI options or action inputs; each one overrides the config file. */
export type ModelCardOverrides = OptionValuesOf<typeof MODEL_CARD_OPTIONS>;
