import type { Config } from '../config/types.js';
import type { GateContext, OptionValues } from '../result/gate.js';
import type { GateResult } from '../result/types.js';
import { Redactor } from '../util/redact.js';
import type { CommandContext } from './context.js';
import { judgeGate } from './gate-command.js';
import { gateById } from './registry.js';

/**
 * One gate for `run` to judge, as it crosses to a worker thread: plain data only (structured
 * clone), the gate named by id because a gate object holds functions.
 */
export interface JudgeTask {
  gate: string;
  config: Config;
  options: OptionValues;
  context: GateContext;
  /** Secrets known before the gate starts (the environment's), masked and redacted as in the main thread. */
  secrets: string[];
}

/** What judging one gate gives back: its result and the secrets its settings declared. */
export interface JudgeReply {
  result: GateResult;
  secrets: string[];
}

/**
 * Judges one gate in this thread with its own redactor (`judgeGate`: never throws, a crash is an
 * `error` result). The checkout and environment come with the task; `output` is the thread's:
 * debug lines and `::add-mask::` commands go where they would go for the gate's own action.
 */
export async function judgeTask(
  task: JudgeTask,
  output: Pick<CommandContext, 'stdout' | 'stderr'>,
): Promise<JudgeReply> {
  const gate = gateById(task.gate);
  if (!gate) throw new Error(`no gate with id ${JSON.stringify(task.gate)}`);
  const redactor = new Redactor();
  redactor.add(...task.secrets);
  const result = await judgeGate(gate, {
    config: task.config,
    options: task.options,
    context: task.context,
    redactor,
    ctx: { stdout: output.stdout, stderr: output.stderr, cwd: task.context.cwd, env: task.context.env },
  });
  return { result, secrets: redactor.secrets() };
}
