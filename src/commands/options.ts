import { parseArgs } from 'node:util';
import type { GateOption, OptionValues } from '../result/gate.js';
import { ConfigurationError } from '../util/errors.js';

export type { OptionValues } from '../result/gate.js';
/** A command-line option; the composite actions pass it as the `MLQG_<INPUT>` variable instead. */
export type OptionSpec = GateOption;

/** The environment variable an option is read from when not on the command line. */
export function envName(spec: Pick<GateOption, 'name' | 'input'>): string {
  return `MLQG_${(spec.input ?? spec.name).toUpperCase().replace(/-/g, '_')}`;
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
  const parsed = parse(specs, args);
  const out: OptionValues = {};
  for (const spec of specs) {
    const fromArgs = [spec.name, ...(spec.aliases ?? [])].map((n) => parsed[n]).find((v) => v !== undefined);
    const fromEnv = env[envName(spec)];
    const raw = fromArgs ?? (fromEnv !== undefined && fromEnv.trim() !== '' ? fromEnv : undefined);
    if (raw === undefined) continue;
    out[spec.name] = convert(spec, raw, fromArgs === undefined);
  }
  return out;
}

function parse(
  specs: readonly OptionSpec[],
  args: string[],
): Record<string, string | boolean | Array<string | boolean> | undefined> {
  const names = specs.flatMap((s) => [s.name, ...(s.aliases ?? [])].map((n) => [n, s] as const));
  try {
    return parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: Object.fromEntries(
        names.map(([n, s]) => [
          n,
          { type: s.kind === 'boolean' ? 'boolean' : 'string', multiple: s.kind === 'list' },
        ]),
      ),
    }).values;
  } catch (error) {
    const message = (error as Error).message.split('\n')[0] ?? '';
    const unknown = /Unknown option '(--?[^']+)'/.exec(message)?.[1];
    const nearest = unknown
      ? nearestOption(
          unknown.replace(/^-+/, ''),
          names.map(([n]) => n),
        )
      : undefined;
    throw new ConfigurationError(
      message,
      undefined,
      nearest
        ? `Did you mean --${nearest}? Run with --help for the options.`
        : 'Run with --help for the options.',
    );
  }
}

/** The known option closest to a mistyped one (edit distance at most a third of its length). */
export function nearestOption(typed: string, known: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(typed.toLowerCase(), name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(typed.length / 3)) ? best.name : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

function convert(
  spec: OptionSpec,
  raw: string | boolean | Array<string | boolean>,
  fromEnv: boolean,
): OptionValues[string] {
  const where = fromEnv ? `${envName(spec)} (the "${spec.input ?? spec.name}" input)` : `--${spec.name}`;
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
    name: 'config-from',
    kind: 'string',
    choices: ['head', 'base'],
    description: "Config that governs: head (the checked-out file, default) or base (the PR base branch's)",
  },
  {
    name: 'format',
    kind: 'string',
    choices: ['text', 'json', 'markdown'],
    description: 'Output on stdout: text (default), json (the result document), markdown',
  },
  { name: 'output', kind: 'string', description: 'Also write the result document (JSON) to this file' },
  { name: 'help', kind: 'boolean', description: 'Show this help' },
];
