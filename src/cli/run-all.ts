import { loadConfig } from '../config/load-config.js';
import type { CommandContext } from '../entries/context.js';
import { COMMON_OPTIONS, helpText, type OptionSpec, readOptions } from '../entries/options.js';
import { renderGateMarkdown, STATUS_LABEL } from '../report/render-gate.js';
import { renderGateText } from '../report/render-text.js';
import { exitCodeFor, type GateResult, worstStatus } from '../result/types.js';
import { publishResult, setStepOutput } from '../run/publish.js';
import { evaluateGate } from './gate-command.js';
import { GATES } from './gates.js';

/** `run` also takes `--summary false`: the root action's report writes the one job summary. */
const RUN_OPTIONS: readonly OptionSpec[] = [
  ...COMMON_OPTIONS,
  {
    name: 'summary',
    kind: 'boolean',
    description: "Write each gate's section to the job summary (default true)",
  },
];

/**
 * `ml-quality-gates run`: every gate the config declares, one after another, with the combined
 * verdict last. Each gate publishes its own result file and outputs, as its own action would.
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
  const { config, path } = await loadConfig(options.config as string | undefined, ctx.cwd);
  const gates = GATES.filter((g) => g.configured(config));
  if (gates.length === 0) {
    ctx.stderr(
      `ml-quality-gates run: no gate is configured${path ? ` in ${path}` : ' (no .github/ml-quality-gates.yml found)'}; add a section such as "coverage:".\n`,
    );
    return 2;
  }
  const format = (options.format as 'text' | 'json' | 'markdown' | undefined) ?? 'text';
  const results: GateResult[] = [];
  for (const gate of gates) {
    const result = await evaluateGate(gate, config, {}, ctx);
    results.push(result);
    // Each gate's files and outputs as its own action writes them; stdout gets the combined view.
    await publishResult(result, {
      format,
      cwd: ctx.cwd,
      env: ctx.env,
      stdout: () => {},
      outputPrefix: `${gate.name}-`,
      summary: options.summary !== false,
    });
  }
  const status = results.map((r) => r.status).reduce(worstStatus);
  await setStepOutput('status', status, ctx.env);
  if (format === 'json') ctx.stdout(`${JSON.stringify({ status, results }, null, 2)}\n`);
  else if (format === 'markdown') {
    ctx.stdout(
      `## ${STATUS_LABEL[status]} — ml-quality-gates\n\n${results.map((r) => renderGateMarkdown(r)).join('\n')}`,
    );
  } else {
    ctx.stdout(
      `${results.map((r) => renderGateText(r)).join('\n')}\nOverall: ${status.toUpperCase()} (${results.length} gate(s))\n`,
    );
  }
  return exitCodeFor(status);
}
