import type { BaseRef, GateContext, OptionValues } from '../../result/gate.js';
import { pullRequestBase } from '../../result/gate-context.js';
import { ConfigurationError } from '../../util/errors.js';
import { globs } from '../../util/globs.js';
import type { NotebooksConfig } from './config.generated.js';
import { parseRequirement } from './python-version.js';
import {
  DEFAULT_SEVERITY,
  type NotebooksSettings,
  OUTPUTS_POLICIES,
  type OutputsPolicy,
  type RuleLevel,
  RULES,
} from './settings.js';

const KIB = 1024;
const MIB = 1024 * 1024;

/**
 * Merges the config's `notebooks:` section (already validated against config.schema.json) with
 * options (CLI / action inputs, which win) into the gate's settings. Throws `ConfigurationError`
 * naming the key and the fix for what the schema cannot say: a bad regular expression, a Python
 * version that is not one, an option value of the wrong kind.
 */
export function notebooksSettings(
  section: unknown,
  options: OptionValues,
  ctx: GateContext,
): NotebooksSettings {
  const config = (section ?? {}) as NotebooksConfig;
  const paths = listOption(options, 'paths') ?? globs(config.paths);
  const optionVersion = stringOption(options, 'python-version');
  const pythonVersion = optionVersion ?? config['python-version'];
  if (pythonVersion !== undefined && !parseRequirement(pythonVersion)) {
    const key = optionVersion !== undefined ? '--python-version' : 'notebooks.python-version';
    throw new ConfigurationError(
      `${key}: ${JSON.stringify(pythonVersion)} is not a Python version`,
      undefined,
      'Write a minor version such as 3.11, or a specifier such as >=3.10,<3.12.',
    );
  }
  const base = baseRef(options, config, ctx);
  return {
    cwd: ctx.cwd,
    paths: paths.length > 0 ? paths : ['**/*.ipynb'],
    exclude: listOption(options, 'exclude') ?? globs(config.exclude),
    changedOnly: booleanOption(options, 'changed-only') ?? config['changed-only'] ?? false,
    ...(base ? { base } : {}),
    policies: (config.policies ?? []).map((p) => ({ globs: globs(p.glob), outputs: p.outputs })),
    defaultOutputs: outputsOption(options) ?? config.outputs ?? 'stripped',
    ...(pythonVersion !== undefined ? { pythonVersion } : {}),
    maxNotebookBytes: size(options, 'max-notebook-kib', config['max-notebook-kib'] ?? 1024) * KIB,
    maxOutputBytes: size(options, 'max-output-kib', config['max-output-kib'] ?? 200) * KIB,
    maxReadBytes: (config['max-read-mib'] ?? 32) * MIB,
    secretEntropy: config.secrets?.entropy ?? 3.5,
    secretAllow: checkedPatterns(config.secrets?.allow ?? []),
    severity: severities(config.severity ?? {}),
    maxFindingsPerNotebook: config['max-findings-per-notebook'] ?? 20,
  };
}

/** The base ref: an option, else the config, else the pull request's base branch. */
function baseRef(options: OptionValues, config: NotebooksConfig, ctx: GateContext): BaseRef | undefined {
  const option = stringOption(options, 'base');
  if (option !== undefined) return { ref: option, source: 'option' };
  if (config.base !== undefined) return { ref: config.base, source: 'config' };
  const pr = pullRequestBase(ctx);
  return pr ? { ref: pr, source: 'pull-request' } : undefined;
}

function severities(config: Partial<Record<string, RuleLevel>>): NotebooksSettings['severity'] {
  const out = { ...DEFAULT_SEVERITY };
  for (const rule of RULES) {
    const level = config[rule];
    if (level !== undefined) out[rule] = level;
  }
  return out;
}

/** Allow patterns must compile; a typo would otherwise silence nothing, or everything. */
function checkedPatterns(patterns: string[]): string[] {
  patterns.forEach((pattern, i) => {
    try {
      new RegExp(pattern);
    } catch (error) {
      throw new ConfigurationError(
        `notebooks.secrets.allow[${i}]: ${JSON.stringify(pattern)} is not a regular expression (${(error as Error).message})`,
        undefined,
        'Write a JavaScript regular expression, escaping special characters such as . and + with a backslash.',
      );
    }
  });
  return patterns;
}

function size(options: OptionValues, name: string, fallback: number): number {
  const value = options[name];
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new ConfigurationError(
      `--${name}: ${JSON.stringify(value)} is not allowed; expected a number of KiB above 0`,
      undefined,
      `Pass a size such as --${name} 512.`,
    );
  }
  return value;
}

function outputsOption(options: OptionValues): OutputsPolicy | undefined {
  const value = stringOption(options, 'outputs');
  if (value === undefined) return undefined;
  if (!(OUTPUTS_POLICIES as readonly string[]).includes(value)) {
    throw new ConfigurationError(
      `--outputs: ${JSON.stringify(value)} is not allowed; allowed: ${OUTPUTS_POLICIES.join(', ')}`,
      undefined,
      'Pass --outputs stripped, executed or any.',
    );
  }
  return value as OutputsPolicy;
}

function stringOption(options: OptionValues, name: string): string | undefined {
  const value = options[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw kindError(name, value, 'a string');
  return value;
}

function listOption(options: OptionValues, name: string): string[] | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list)) throw kindError(name, value, 'a list of globs');
  const items = list.filter((item) => item !== '');
  return items.length > 0 ? items : undefined;
}

function booleanOption(options: OptionValues, name: string): boolean | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw kindError(name, value, 'true or false');
  return value;
}

function kindError(name: string, value: unknown, expected: string): ConfigurationError {
  return new ConfigurationError(
    `--${name}: ${JSON.stringify(value)} is not allowed; expected ${expected}`,
    undefined,
    `Pass --${name} with ${expected}.`,
  );
}
