import type { GateResult } from './types.js';

/**
 * The one gate contract. Every gate is a folder `src/gates/<id>/` whose `gate.ts` exports one
 * `Gate` value, registered once in `src/commands/registry.ts`. From that list come CLI dispatch and
 * `--help`, `run`, the report's expected gates, the composed `schema/config.schema.json` and the
 * test that each `actions/<id>/action.yml` declares exactly the gate's inputs.
 */

/**
 * One input of a gate: the CLI option `--<name>`, and the composite action input `<input>`
 * (default: `<name>`) that the action passes as the environment variable `MLQG_<INPUT>`.
 */
export interface GateOption {
  name: string;
  kind: 'string' | 'number' | 'list' | 'boolean';
  description: string;
  /** Allowed values, for a string option. */
  choices?: readonly string[];
  /** The action input's name when it differs from the option's (`reports` for `--report`). */
  input?: string;
  /** Other spellings the command line accepts (`--reports` for `--report`). */
  aliases?: readonly string[];
  /** A secret (token, password): masked in logs and redacted from every output. */
  secret?: boolean;
}

/** Parsed option values; a key is absent when the option was given nowhere. */
export type OptionValues = Record<string, string | number | boolean | string[] | undefined>;

/** Where the base of a comparison (patch coverage, breaking changes, changed cards) comes from. */
export interface BaseRef {
  /** A git ref as the user means it (`main`, `origin/main`, a SHA). */
  ref: string;
  /** Who chose it: an option/input, the config file, or the pull request event. */
  source: 'option' | 'config' | 'pull-request';
}

/** What a gate may know of the run it is judging; built once by the command that runs it. */
export interface GateContext {
  /** Directory globs and relative paths resolve against (the checkout). */
  cwd: string;
  /**
   * The process environment, read-only. Gates read only documented variables from it (a
   * registry's own credentials, e.g. `MLFLOW_TRACKING_TOKEN`, `AWS_REGION`).
   */
  env: Readonly<Record<string, string | undefined>>;
  /** The event being judged. */
  event: RunEvent;
  /** The clock, injected so expiry dates are testable. */
  now: Date;
}

/** The event a run judges, read once from `GITHUB_EVENT_NAME` / `GITHUB_EVENT_PATH`. */
export interface RunEvent {
  /** `pull_request`, `push`, `release`, … ; `local` outside GitHub Actions. */
  name: string;
  /** True on events that ship (release, tag push, manual dispatch). */
  release: boolean;
  /** Present on pull_request / pull_request_target events. */
  pullRequest?: {
    number: number;
    /** The base branch name (`main`); the remote-tracking ref is `origin/<baseRef>`. */
    baseRef: string;
    /** The PR head commit: links to files point here, not at GITHUB_SHA (the merge commit). */
    headSha?: string;
    labels: string[];
  };
}

/**
 * A gate. `settings` and `evaluate` import their implementation lazily (`await import(...)`), so
 * the registry costs nothing at start-up and each command loads only the gate it runs.
 */
export interface Gate<Settings = unknown> {
  /** The config section, CLI command, action folder and result `gate` field: `coverage`. */
  id: string;
  /** Human name for headings: `Coverage`. */
  title: string;
  /** One sentence for `--help` and the README. */
  summary: string;
  /**
   * JSON Schema (draft-07) of the gate's config section, composed into schema/config.schema.json
   * by `npm run generate`. A loader, so start-up never parses six schemas it does not use (the
   * config is validated against the composed file).
   */
  configSchema: () => Promise<Readonly<Record<string, unknown>>>;
  /** CLI options, which are also the composite action's inputs (plus the common ones). */
  options: readonly GateOption[];
  /**
   * The config section (validated against `configSchema`; undefined when absent) merged with
   * options into the gate's settings. Throws `ConfigurationError` naming the key and the fix.
   */
  settings(section: unknown, options: OptionValues, ctx: GateContext): Settings | Promise<Settings>;
  /** Judges the repository. Bad input is an `error` result, never a throw; a throw is a bug. */
  evaluate(settings: Settings, ctx: GateContext): Promise<GateResult>;
  /** Secret values the settings hold, to mask in logs and redact from every output. */
  secrets?(settings: Settings): string[];
  /**
   * True when the gate reads only repository files (and, at most, a registry): the trusted
   * workflow_run job may then re-run it on a fork's files, checked out as data, executing nothing
   * from them. False for a gate that needs the pull request's own run (coverage needs its tests).
   */
  recomputable: boolean;
}

type OptionValueOf<Kind extends GateOption['kind']> = Kind extends 'list'
  ? string[]
  : Kind extends 'number'
    ? number
    : Kind extends 'boolean'
      ? boolean
      : string;

/**
 * The values of a gate's options, typed from the option table itself (declared `as const`), so a
 * gate's options are written once: `OptionValuesOf<typeof COVERAGE_OPTIONS>['min-lines']` is a number.
 */
export type OptionValuesOf<Options extends readonly GateOption[]> = {
  [O in Options[number] as O['name']]?: OptionValueOf<O['kind']>;
};
