import { PRESET_NAMES, PRESETS, type PresetName } from './presets.js';
import type { ModelCardSettings, SectionRule } from './settings.js';
import { ConfigurationError } from '../../util/errors.js';
import { globs } from '../../util/globs.js';
import type { ModelCardConfig } from './config.generated.js';
import type { ModelCardOverrides } from './options.js';

/** What marks a model when the config names neither model directories nor markers. */
export const DEFAULT_MARKERS = ['*.onnx', 'model.pkl', 'MLmodel', '*.safetensors'];
/** Card names looked for, in order. */
export const DEFAULT_CARDS = ['README.md', 'MODEL_CARD.md', 'model_card.json'];

/**
 * Merges the config's `model-card:` section with overrides into the gate's settings.
 * `defaultBase` is the PR's base branch when running in a pull_request workflow.
 */
export function modelCardSettings(
  config: ModelCardConfig,
  overrides: ModelCardOverrides,
  cwd: string,
  context: { defaultBase?: string; inPullRequest?: boolean } = {},
): ModelCardSettings {
  const { defaultBase } = context;
  const diffFile = overrides['diff-file'] ?? config['diff-file'];
  const base = diffFile ? undefined : (overrides.base ?? config.base ?? defaultBase);
  const preset = presetName(overrides.preset ?? config.preset ?? 'huggingface');
  const custom = customSections(config, overrides);
  const minWords = overrides['min-words'] ?? config['min-words'] ?? 1;
  if (!Number.isInteger(minWords) || minWords < 0) {
    throw new ConfigurationError(
      `--min-words: ${minWords} is not allowed; expected a whole number of at least 0`,
    );
  }
  const tolerance = overrides.tolerance ?? config.metrics?.tolerance ?? 0.0005;
  if (tolerance < 0)
    throw new ConfigurationError(`--tolerance: ${tolerance} is not allowed; expected 0 or more`);
  const models = list(overrides.models, globs(config.models)) ?? [];
  const configuredMarkers = config.markers === undefined ? undefined : globs(config.markers);
  return {
    cwd,
    models,
    markers: list(overrides.markers, configuredMarkers) ?? DEFAULT_MARKERS,
    cards: list(overrides.cards, config.cards) ?? DEFAULT_CARDS,
    exclude: globs(config.exclude),
    ...(base ? { base } : {}),
    ...(diffFile ? { diffFile } : {}),
    inPullRequest: context.inPullRequest ?? false,
    sections: custom ?? PRESETS[preset],
    preset: custom ? 'custom' : preset,
    minWords,
    placeholders: config.placeholders ?? [],
    requiredMetadata: config['required-metadata'] ?? ['license'],
    licenseAllow: (list(overrides['license-allow'], config.license?.allow) ?? []).map((l) => l.toLowerCase()),
    ...((overrides['metrics-file'] ?? config.metrics?.file)
      ? { metricsFile: overrides['metrics-file'] ?? config.metrics?.file }
      : {}),
    tolerance,
    tolerances: Object.entries(config.metrics?.tolerances ?? {}).map(([metric, t]) => ({
      metric,
      absolute: t.absolute ?? 0,
      relative: t.relative ?? 0,
    })),
    metricsRequired: config.metrics?.required ?? false,
    metricsIgnore: config.metrics?.ignore ?? [],
    datasetSchemas: config['dataset-schemas'] ?? {},
    maxCardBytes: config['max-card-bytes'] ?? 1024 * 1024,
  };
}

/** The override list when it names anything, else the config's: an empty CLI list means "not set". */
function list(o: string[] | undefined, c: string[] | undefined): string[] | undefined {
  return o && o.length > 0 ? o : c;
}

/** `preset` as a preset name; refused here so a typo fails the run instead of requiring nothing. */
function presetName(preset: string): PresetName {
  if (!(PRESET_NAMES as readonly string[]).includes(preset)) {
    throw new ConfigurationError(
      `--preset: ${JSON.stringify(preset)} is not allowed; allowed: ${PRESET_NAMES.join(', ')}`,
    );
  }
  return preset as PresetName;
}

/**
 * Required sections named by the overrides or the config (a bare name has no synonyms), or
 * `undefined` when neither names any, so the preset's sections apply.
 */
function customSections(config: ModelCardConfig, overrides: ModelCardOverrides): SectionRule[] | undefined {
  return overrides.sections && overrides.sections.length > 0
    ? overrides.sections.map((name) => ({ name, synonyms: [] }))
    : config.sections?.map((s) =>
        typeof s === 'string' ? { name: s, synonyms: [] } : { name: s.name, synonyms: s.synonyms ?? [] },
      );
}
