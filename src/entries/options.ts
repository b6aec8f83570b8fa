import { parseArgs } from 'node:util';
import { ConfigurationError } from '../util/errors.js';

/** One command-line option, which the composite actions pass as the `MLQG_<NAME>` variable instead. */
export interface OptionSpec {
  name: string;
  kind: 'string' | 'number' | 'list' | 'boolean';
  description: string;
  /** Allowed values, for a string option. */
  choices?: readonly string[];
  /** The environment variable, when it is not `MLQG_<NAME>` (an action input named differently). */
  env?: string;
}

/** Parsed option values; a key is absent when the option was given nowhere. */
export type OptionValues = Record<string, string | number | boolean | string[] | undefined>;

/** The environment variable an option is read from when not on the command line. */
export function envName(spec: Pick<OptionSpec, 'name' | 'env'>): string {
  return spec.env ?? `MLQG_${spec.name.toUpperCase().replace(/-/g, '_')}`;
}

/**
 * Reads options from argv, falling back to `MLQG_*` variables (how composite actions pass
 * inputs, never by pasting them into a script). Empty variables count as unset, because an
 * action input that is not given arrives as an empty string.
 */
export function readOptions(
  specs: readonly OptionSpec[],
  args: string[],
  env: NodeJS.ProcessEnv,
): OptionValues {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: Object.fromEntries(
        specs.map((s) => [
          s.name,
          { type: s.kind === 'boolean' ? 'boolean' : 'string', multiple: s.kind === 'list' },
        ]),
      ),
    });
  } catch (error) {
    throw new ConfigurationError(
      `${(error as Error).message.split('\n')[0]}`,
      undefined,
      'Run with --help for the options.',
    );
  }
  const out: OptionValues = {};
  for (const spec of specs) {
    const fromArgs = parsed.values[spec.name];
    const fromEnv = env[envName(spec)];
    const raw = fromArgs ?? (fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv : undefined);
    if (raw === undefined) continue;
    out[spec.name] = convert(spec, raw, fromArgs === undefined);
  }
  return out;
}

function convert(
  spec: OptionSpec,
  raw: string | boolean | Array<string | boolean>,
  fromEnv: boolean,
): OptionValues[string] {
  const where = fromEnv
    ? `${envName(spec)} (the "${spec.env ? spec.env.slice(5).toLowerCase().replace(/_/g, '-') : spec.name}" input)`
    : `--${spec.name}`;
  switch (spec.kind) {
    case 'boolean':
      if (typeof raw === 'boolean') return raw;
      if (/^(true|false)$/i.test(String(raw).trim())) return /^true$/i.test(String(raw).trim());
      throw new ConfigurationError(`${where}: ${JSON.stringify(raw)} is not allowed; expected true or false`);
    case 'number': {
      const n = Number(String(raw).trim());
      if (String(raw).trim() === '' || !Number.isFinite(n)) {
        throw new ConfigurationError(`${where}: ${JSON.stringify(raw)} is not allowed; expected a number`);
      }
      return n;
    }
    case 'list': {
      // From the environment a list is one input: one item per line (or comma-separated).
      const items = Array.isArray(raw) ? raw.map(String) : String(raw).split(/\r?\n|,/);
      return items.map((s) => s.trim()).filter((s) => s !== '' && !s.startsWith('#'));
    }
    default: {
      const value = String(raw).trim();
      if (spec.choices && !spec.choices.includes(value)) {
        throw new ConfigurationError(
          `${where}: ${JSON.stringify(value)} is not allowed; allowed: ${spec.choices.join(', ')}`,
        );
      }
      return value;
    }
  }
}

/** Help text for a command from its option table. */
export function helpText(usage: string, specs: readonly OptionSpec[]): string {
  const width = Math.max(...specs.map((s) => s.name.length + (s.kind === 'boolean' ? 0 : 6)));
  const lines = specs.map((s) => {
    const flag = `--${s.name}${s.kind === 'boolean' ? '' : ' VALUE'}`;
    return `  ${flag.padEnd(width + 4)}${s.description}${s.kind === 'list' ? ' (repeatable)' : ''} [${envName(s)}]`;
  });
  return `${usage}\n\nOptions (each can also be set by the environment variable in brackets):\n${lines.join('\n')}\n`;
}

/** Options every gate command accepts. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  { name: 'config', kind: 'string', description: 'Config file (default .github/ml-quality-gates.yml)' },
  {
    name: 'format',
    kind: 'string',
    choices: ['text', 'json', 'markdown'],
    description: 'Output on stdout: text (default), json (the result document), markdown',
  },
  { name: 'output', kind: 'string', description: 'Also write the result document (JSON) to this file' },
  { name: 'help', kind: 'boolean', description: 'Show this help' },
];
