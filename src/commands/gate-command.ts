import { type Config, sectionOf } from '../config/types.js';
import { publishResult } from '../outputs/publish.js';
import { errorGateResult, internalErrorResult, userErrorFinding } from '../result/error-result.js';
import type { Gate, GateContext, OptionValues } from '../result/gate.js';
import { skippedResult } from '../result/skipped.js';
import { exitCodeFor, type GateResult } from '../result/types.js';
import { errorMessage, UserError } from '../util/errors.js';
import { environmentSecrets, Redactor } from '../util/redact.js';
import type { CommandContext } from './context.js';
import { COMMON_OPTIONS, helpText, type OptionSpec, readOptions } from './options.js';
import { debugLog } from './debug-log.js';
import { injectFault } from './fault-injection.js';
import { type ConfigSource, loadGoverningConfig } from './governing-config.js';
import { readEventPayload, runEvent } from './run-event.js';

/** `--id`: names this run's result when one gate runs several times (matrix shards). */
export const RESULT_ID_OPTION: OptionSpec = {
  name: 'id',
  kind: 'string',
  description: 'Result id when one gate runs several times, e.g. per matrix shard (default: the gate name)',
};

/**
 * `--summary`: write the gate's own section to the job summary. Off by default: actions/report
 * writes the one job summary, verdict first; a gate's section before it would push the verdict
 * off-screen and repeat every gate.
 */
export const SUMMARY_OPTION: OptionSpec = {
  name: 'summary',
  kind: 'boolean',
  description: "Also write this gate's section to the job summary (default false: actions/report writes it)",
};

const RESULT_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

/** Every option a gate command takes: the gate's own, `--id`, `--summary`, then the common ones. */
export function gateCommandOptions(gate: Gate): OptionSpec[] {
  return [...gate.options, RESULT_ID_OPTION, SUMMARY_OPTION, ...COMMON_OPTIONS];
}

/**
 * Runs one gate as a command: options, config, evaluation, publishing; returns the exit code.
 * Whatever goes wrong — a bad option, a bad config, a crash inside the gate — a workflow still
 * gets a result file with status `error`, so the report blocks instead of missing the gate.
 */
export async function runGateCommand(gate: Gate, args: string[], ctx: CommandContext): Promise<number> {
  const specs = gateCommandOptions(gate);
  const redactor = new Redactor();
  redactor.add(...environmentSecrets(ctx.env));
  let options: OptionValues;
  let config: Config;
  let gateContext: GateContext;
  try {
    options = readOptions(specs, args, ctx.env);
    redactor.add(...secretOptionValues(specs, options));
    if (typeof options.id === 'string' && !RESULT_ID.test(options.id)) {
      throw new UserError(
        `--id: ${JSON.stringify(options.id)} is not allowed; expected letters, digits, '.', '_' or '-' (at most 100)`,
      );
    }
    if (options.help) {
      ctx.stdout(helpText(`Usage: ml-quality-gates ${gate.id} [options]\n\n${gate.summary}.`, specs));
      return 0;
    }
    gateContext = await gateContextOf(ctx);
    ({ config } = await loadGoverningConfig((options['config-from'] as ConfigSource | undefined) ?? 'head', {
      path: options.config as string | undefined,
      cwd: ctx.cwd,
      base: options.base as string | undefined,
      event: gateContext.event,
    }));
  } catch (error) {
    // The CLI prints the message (dispatch.ts); a workflow also gets the result file and outputs.
    await publishStartFailure(gate.id, error, redactor, ctx);
    throw error;
  }
  const judged = await judgeGate(gate, { config, options, context: gateContext, redactor, ctx });
  const result = typeof options.id === 'string' ? { ...judged, id: options.id } : judged;
  await publishResult(redactor.value(result), {
    format: (options.format as 'text' | 'json' | 'markdown' | undefined) ?? 'text',
    output: options.output as string | undefined,
    cwd: ctx.cwd,
    env: ctx.env,
    stdout: ctx.stdout,
    summary: options.summary === true,
  });
  return exitCodeFor(result.status);
}

/** What judging one gate needs. */
export interface JudgeInput {
  config: Config;
  options: OptionValues;
  context: GateContext;
  redactor: Redactor;
  ctx: CommandContext;
}

/**
 * Judges one gate and always returns a result: `skip` when the config switches it off, `error`
 * when its settings are bad or it crashed. It never throws, so `run` judges every gate.
 */
export async function judgeGate(gate: Gate, input: JudgeInput): Promise<GateResult> {
  const { section, disabled } = sectionOf(input.config, gate.id);
  if (disabled) return skippedResult(gate.id, `${gate.id}.enabled is false in the config`);
  try {
    injectFault(gate.id, input.ctx.env);
    const settings = await gate.settings(section, input.options, input.context);
    input.redactor.add(...(gate.secrets?.(settings) ?? []));
    await maskInLog(input.redactor, input.ctx.env);
    return await gate.evaluate(settings, input.context);
  } catch (error) {
    if (error instanceof UserError) {
      return errorGateResult(gate.id, 'Could not start: bad input or configuration', [
        userErrorFinding(gate.id, error),
      ]);
    }
    // A bug in the gate: the result says so in one line; the stack goes to the debug log only.
    debugLog(input.ctx, `internal error in gate ${gate.id}: ${stackOf(error)}`);
    return internalErrorResult(gate.id, errorMessage(error));
  }
}

/** The gate context of this process: the checkout, the environment, the event, the clock. */
export async function gateContextOf(ctx: CommandContext): Promise<GateContext> {
  return {
    cwd: ctx.cwd,
    env: ctx.env,
    event: runEvent(ctx.env, await readEventPayload(ctx.env)),
    now: new Date(),
  };
}

/** In a workflow, a gate that could not start still leaves its result file and outputs. */
async function publishStartFailure(
  gate: string,
  error: unknown,
  redactor: Redactor,
  ctx: CommandContext,
): Promise<void> {
  if (ctx.env.GITHUB_ACTIONS !== 'true') return;
  const result =
    error instanceof UserError
      ? errorGateResult(gate, 'Could not start: bad input or configuration', [userErrorFinding(gate, error)])
      : internalErrorResult(gate, errorMessage(error));
  await publishResult(redactor.value(result), {
    format: 'text',
    cwd: ctx.cwd,
    env: ctx.env,
    stdout: () => {},
    annotate: false,
    summary: false,
  });
}

function secretOptionValues(specs: readonly OptionSpec[], options: OptionValues): string[] {
  return specs
    .filter((s) => s.secret === true)
    .map((s) => options[s.name])
    .filter((v): v is string => typeof v === 'string');
}

/** Registers every secret with the runner so the job log masks it too. */
async function maskInLog(redactor: Redactor, env: NodeJS.ProcessEnv): Promise<void> {
  await maskSecrets(redactor.secrets(), env);
}

/** Registers secrets with the runner (`::add-mask::`), so the job log masks them from here on. */
export async function maskSecrets(secrets: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  if (env.GITHUB_ACTIONS !== 'true' || secrets.length === 0) return;
  // @actions/core loads only inside a workflow.
  const core = await import('@actions/core');
  for (const secret of secrets) core.setSecret(secret);
}

function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
