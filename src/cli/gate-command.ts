import { loadConfig } from '../config/load-config.js';
import type { Config } from '../config/types.js';
import type { CommandContext } from '../entries/context.js';
import {
  COMMON_OPTIONS,
  helpText,
  type OptionSpec,
  type OptionValues,
  readOptions,
} from '../entries/options.js';
import { errorGateResult, userErrorFinding } from '../result/error-result.js';
import { skippedResult } from '../result/skipped.js';
import { exitCodeFor, type GateResult } from '../result/types.js';
import { publishResult } from '../run/publish.js';
import { ConfigurationError, UserError } from '../util/errors.js';

/** A gate as the CLI and the actions see it: its options and how to run it from config + options. */
export interface GateCommand {
  name: string;
  summary: string;
  options: readonly OptionSpec[];
  /** True when the config asks for this gate (for `run`, which runs every configured gate). */
  configured(config: Config): boolean;
  /** The reason the gate is switched off, or undefined when it should run. */
  disabled(config: Config): string | undefined;
  evaluate(config: Config, options: OptionValues, ctx: CommandContext): Promise<GateResult>;
}

/** `--id`: names this run's result when one gate runs several times (matrix shards). */
export const RESULT_ID_OPTION: OptionSpec = {
  name: 'id',
  kind: 'string',
  description: 'Result id when one gate runs several times, e.g. per matrix shard (default: the gate name)',
};

const RESULT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** Runs one gate as a command: options, config, evaluation, publishing; returns the exit code. */
export async function runGateCommand(
  gate: GateCommand,
  args: string[],
  ctx: CommandContext,
): Promise<number> {
  const specs = [...gate.options, RESULT_ID_OPTION, ...COMMON_OPTIONS];
  let options: OptionValues;
  let config: Config;
  try {
    options = readOptions(specs, args, ctx.env);
    if (typeof options.id === 'string' && !RESULT_ID.test(options.id)) {
      throw new ConfigurationError(
        `--id: ${JSON.stringify(options.id)} is not allowed; expected letters, digits, '.', '_' or '-' (at most 100)`,
      );
    }
    if (options.help) {
      ctx.stdout(helpText(`Usage: ml-quality-gates ${gate.name} [options]\n\n${gate.summary}.`, specs));
      return 0;
    }
    ({ config } = await loadConfig(options.config as string | undefined, ctx.cwd));
  } catch (error) {
    // In a workflow, a bad input or config still yields a result file, outputs and a summary
    // (status error), so later steps and the report see it; the CLI then prints the message.
    if (error instanceof UserError && ctx.env.GITHUB_ACTIONS === 'true') {
      const result = errorGateResult(gate.name, 'Could not start: bad input or configuration', [
        userErrorFinding(gate.name, error),
      ]);
      await publishResult(result, {
        format: 'text',
        cwd: ctx.cwd,
        env: ctx.env,
        stdout: () => {},
        annotate: false,
      });
    }
    throw error;
  }
  const evaluated = await evaluateGate(gate, config, options, ctx);
  const result = typeof options.id === 'string' ? { ...evaluated, id: options.id } : evaluated;
  await publishResult(result, {
    format: (options.format as 'text' | 'json' | 'markdown' | undefined) ?? 'text',
    output: options.output as string | undefined,
    cwd: ctx.cwd,
    env: ctx.env,
    stdout: ctx.stdout,
  });
  return exitCodeFor(result.status);
}

/** Evaluates a gate, or reports it skipped when the config turns it off. */
export async function evaluateGate(
  gate: GateCommand,
  config: Config,
  options: OptionValues,
  ctx: CommandContext,
): Promise<GateResult> {
  const reason = gate.disabled(config);
  return reason ? skippedResult(gate.name, reason) : gate.evaluate(config, options, ctx);
}
