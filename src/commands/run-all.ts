import { sectionOf } from '../config/types.js';
import { publishResult, setStepOutputs } from '../outputs/publish.js';
import { renderGateMarkdown, STATUS_LABEL } from '../report/render-gate.js';
import { renderGateText } from '../report/render-text.js';
import type { Gate, OptionValues } from '../result/gate.js';
import { exitCodeFor, type GateResult, type GateStatus, worstStatus } from '../result/types.js';
import { errorMessage } from '../util/errors.js';
import { environmentSecrets, Redactor } from '../util/redact.js';
import type { CommandContext } from './context.js';
import { debugLog } from './debug-log.js';
import { type ConfigSource, loadGoverningConfig } from './governing-config.js';
import { gateContextOf, maskSecrets } from './gate-command.js';
import { judgeInLanes, lanesFor } from './gate-lanes.js';
import { COMMON_OPTIONS, helpText, type OptionSpec, readOptions } from './options.js';
import { GATES } from './registry.js';

/**
 * `run` takes the options every comparing gate shares (so a local run measures what CI does),
 * and `--summary false`: the root action's report writes the one job summary.
 */
const RUN_OPTIONS: readonly OptionSpec[] = [
  { name: 'base', kind: 'string', description: 'Git ref the gates compare with (patch, breaking changes)' },
  {
    name: 'diff-file',
    kind: 'string',
    description: 'Unified diff to take changed lines from instead of git',
  },
  ...COMMON_OPTIONS,
  {
    name: 'summary',
    kind: 'boolean',
    description: "Write each gate's section to the job summary (default true)",
  },
];

/**
 * `ml-quality-gates run`: every gate the config declares, side by side on one lane per CPU
 * (`gate-lanes.ts`), with the combined verdict last. Each gate publishes its own result file and
 * outputs, as its own action would, in the config's gate order whatever order they finish in. A
 * gate that crashes is an `error` result; the others still run, and the exit code is the worst.
 */
export async function runAll(args: string[], ctx: CommandContext): Promise<number> {
  const options = readOptions(RUN_OPTIONS, args, ctx.env);
  if (options.help) {
    ctx.stdout(
      helpText(
        'Usage: ml-quality-gates run [options]\n\nRuns every gate configured in the config file.',
        RUN_OPTIONS,
      ),
    );
    return 0;
  }
  const context = await gateContextOf(ctx);
  const { config, path } = await loadGoverningConfig(
    (options['config-from'] as ConfigSource | undefined) ?? 'head',
    {
      path: options.config as string | undefined,
      cwd: ctx.cwd,
      base: options.base as string | undefined,
      event: context.event,
    },
  );
  const gates = GATES.filter((g) => sectionOf(config, g.id).configured);
  if (gates.length === 0) {
    ctx.stderr(
      `ml-quality-gates run: no gate is configured${path ? ` in ${path}` : ' (no .github/ml-quality-gates.yml found)'}; add a section such as "coverage:".\n`,
    );
    return 2;
  }
  const format = (options.format as 'text' | 'json' | 'markdown' | undefined) ?? 'text';
  const redactor = new Redactor();
  redactor.add(...environmentSecrets(ctx.env));
  const tasks = gates.map((gate) => ({
    gate: gate.id,
    config,
    options: sharedOptions(gate, options),
    context,
    secrets: redactor.secrets(),
  }));
  const results: GateResult[] = [];
  await judgeInLanes(tasks, lanesFor(gates.length, ctx.env), ctx, async (reply) => {
    // A worker thread registered them too, but its output reaches this thread's stdout on its
    // own schedule: registered here, they are masked before anything of this gate is written.
    await maskSecrets(redactor.add(...reply.secrets), ctx.env);
    const result = redactor.value(reply.result);
    results.push(await publishOrError(result, { format, summary: options.summary !== false, ctx }));
  });
  const status = results.map((r) => r.status).reduce<GateStatus>(worstStatus, 'skip');
  await setStepOutputs(ctx.env, { status });
  ctx.stdout(render(format, status, results));
  return exitCodeFor(status);
}

/** The `run` options a gate also has (`--base` for the gates that compare, not for the registry). */
function sharedOptions(gate: Gate, options: OptionValues): OptionValues {
  const names = new Set(gate.options.map((o) => o.name));
  return Object.fromEntries(Object.entries(options).filter(([name]) => names.has(name)));
}

/**
 * Publishes a gate's result as its own action would. A result that cannot be written is itself an
 * error (the report would otherwise find it missing with no reason given).
 */
async function publishOrError(
  result: GateResult,
  { format, summary, ctx }: { format: string; summary: boolean; ctx: CommandContext },
): Promise<GateResult> {
  try {
    await publishResult(result, {
      format: format as 'text',
      cwd: ctx.cwd,
      env: ctx.env,
      stdout: () => {},
      outputPrefix: `${result.gate}-`,
      summary,
    });
    return result;
  } catch (error) {
    debugLog(ctx, `could not publish the ${result.gate} result: ${errorMessage(error)}`);
    return {
      ...result,
      status: 'error',
      summary: `${result.summary} (its result file could not be written: ${errorMessage(error)})`,
    };
  }
}

function render(format: string, status: GateStatus, results: GateResult[]): string {
  if (format === 'json') return `${JSON.stringify({ status, results }, null, 2)}\n`;
  if (format === 'markdown') {
    return `## ${STATUS_LABEL[status]} — ml-quality-gates\n\n${results.map((r) => renderGateMarkdown(r)).join('\n')}`;
  }
  return `${results.map((r) => renderGateText(r)).join('\n')}\nOverall: ${status.toUpperCase()} (${results.length} gate(s))\n`;
}
