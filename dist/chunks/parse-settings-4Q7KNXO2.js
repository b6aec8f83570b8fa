import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  PRESETS
} from "./chunk-FVAB2YGT.js";
import {
  PRESET_NAMES
} from "./chunk-G6QUDK5B.js";
import {
  globs
} from "./chunk-KB5LYSBM.js";
import {
  ConfigurationError
} from "./chunk-JB365UXO.js";
import "./chunk-UETBL5CI.js";

// src/gates/model-card/parse-settings.ts
var DEFAULT_MARKERS = ["*.onnx", "model.pkl", "MLmodel", "*.safetensors"];
var DEFAULT_CARDS = ["README.md", "MODEL_CARD.md", "model_card.json"];
function modelCardSettings(config, overrides, cwd, context = {}) {
  const { defaultBase } = context;
  const list = (o, c) => o && o.length > 0 ? o : c;
  const diffFile = overrides["diff-file"] ?? config["diff-file"];
  const base = diffFile ? void 0 : overrides.base ?? config.base ?? defaultBase;
  const preset = overrides.preset ?? config.preset ?? "huggingface";
  if (!PRESET_NAMES.includes(preset)) {
    throw new ConfigurationError(
      `--preset: ${JSON.stringify(preset)} is not allowed; allowed: ${PRESET_NAMES.join(", ")}`
    );
  }
  const custom = overrides.sections && overrides.sections.length > 0 ? overrides.sections.map((name) => ({ name, synonyms: [] })) : config.sections?.map(
    (s) => typeof s === "string" ? { name: s, synonyms: [] } : { name: s.name, synonyms: s.synonyms ?? [] }
  );
  const minWords = overrides["min-words"] ?? config["min-words"] ?? 1;
  if (!Number.isInteger(minWords) || minWords < 0) {
    throw new ConfigurationError(
      `--min-words: ${minWords} is not allowed; expected a whole number of at least 0`
    );
  }
  const tolerance = overrides.tolerance ?? config.metrics?.tolerance ?? 5e-4;
  if (tolerance < 0)
    throw new ConfigurationError(`--tolerance: ${tolerance} is not allowed; expected 0 or more`);
  const models = list(overrides.models, globs(config.models)) ?? [];
  const configuredMarkers = config.markers === void 0 ? void 0 : globs(config.markers);
  return {
    cwd,
    models,
    markers: list(overrides.markers, configuredMarkers) ?? DEFAULT_MARKERS,
    cards: list(overrides.cards, config.cards) ?? DEFAULT_CARDS,
    exclude: globs(config.exclude),
    ...base ? { base } : {},
    ...diffFile ? { diffFile } : {},
    inPullRequest: context.inPullRequest ?? false,
    sections: custom ?? PRESETS[preset],
    preset: custom ? "custom" : preset,
    minWords,
    placeholders: config.placeholders ?? [],
    requiredMetadata: config["required-metadata"] ?? ["license"],
    licenseAllow: (list(overrides["license-allow"], config.license?.allow) ?? []).map((l) => l.toLowerCase()),
    ...overrides["metrics-file"] ?? config.metrics?.file ? { metricsFile: overrides["metrics-file"] ?? config.metrics?.file } : {},
    tolerance,
    tolerances: Object.entries(config.metrics?.tolerances ?? {}).map(([metric, t]) => ({
      metric,
      absolute: t.absolute ?? 0,
      relative: t.relative ?? 0
    })),
    metricsRequired: config.metrics?.required ?? false,
    metricsIgnore: config.metrics?.ignore ?? [],
    datasetSchemas: config["dataset-schemas"] ?? {},
    maxCardBytes: config["max-card-bytes"] ?? 1024 * 1024
  };
}
export {
  DEFAULT_CARDS,
  DEFAULT_MARKERS,
  modelCardSettings
};
