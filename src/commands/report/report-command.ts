import { combineResults } from '../../report/combine.js';
import { decideVerdict } from '../../report/verdict.js';
import { stopCommandsBlock } from '../../outputs/log-escape.js';
import { setStepOutputs } from '../../outputs/publish.js';
import type { CommandContext } from '../context.js';
import { COMMON_OPTIONS, helpText, readOptions } from '../options.js';
import { configChangesResult } from './config-changes.js';
import { expectedGates } from './expected-gates.js';
import { gatherFromFiles, gatherFromWorkflowRun, type Gathered } from './gather-results.js';
import { publishVerdict } from './publish-verdict.js';
import { distrustArtifact } from './trusted-rerun.js';
import { REPORT_OPTIONS } from './report-options.js';
import { openReportRun, type ReportRun } from './report-run.js';

/**
 * `ml-quality-gates report`: collects gate results, decides the verdict, renders one report and
 * posts it — sticky PR comment, check run on the head commit, optional commit status — then
 * writes the job summary and outputs and exits non-zero when the verdict blocks. Without a
 * token it prints the report and the verdict and posts nothing.
 */
export async function runReport(args: string[], ctx: CommandContext): Promise<number> {
  // The report's own config-from (default base for workflow-run) replaces the common one, so
  // --help lists it once, with the report's default.
  const specs = [
    ...REPORT_OPTIONS,
    ...COMMON_OPTIONS.filter((c) => !REPORT_OPTIONS.some((r) => r.name === c.name)),
  ];
  const options = readOptions(specs, args, ctx.env);
  if (options.help) {
    ctx.stdout(
      helpText(
        'Usage: ml-quality-gates report [options]\n\nCombines gate results into one verdict, comment and check.',
        specs,
      ),
    );
    return 0;
  }
  const run = await openReportRun(options, ctx);
  const gathered = await gather(run);
  if (gathered.nothingToDo) {
    run.log.info(`Nothing to report: ${gathered.nothingToDo}.`);
    await setStepOutputs(ctx.env, {
      status: 'skip',
      'failed-gates': '',
      'comment-url': '',
      'check-run-id': '',
      'report-file': '',
    });
    return 0;
  }
  const combined = combineResults(gathered.sourced, gathered.problems, {
    expect: expectedGates(run.config, run.settings.expect),
    searched: gathered.searched,
  });
  // The pull request's changes to the gates' own settings: a section of the report, not a gate.
  const settingsChanges = await configChangesResult(run);
  const results = settingsChanges ? [...combined.results, settingsChanges] : combined.results;
  const verdict = decideVerdict(results, run.settings.policy);
  return publishVerdict(run, gathered.target, results, verdict);
}

async function gather(run: ReportRun): Promise<Gathered> {
  return run.log.group('Collect gate results', async () => {
    const g =
      run.settings.resultsFrom === 'workflow-run'
        ? await distrustArtifact(run, await gatherFromWorkflowRun(run.settings, run.target, run.client))
        : await gatherFromFiles(run.settings, run.target, run.ctx);
    // File names inside an artifact are the fork's words: in the workflow_run job they are
    // printed inside a stop-commands block, where no line is read as a command.
    const line = `${g.sourced.length} result(s) from ${g.searched}: ${g.sourced.map((s) => s.origin).join(', ') || 'none'}`;
    if (run.settings.resultsFrom === 'workflow-run' && run.core) run.ctx.stdout(stopCommandsBlock(line));
    else run.log.info(line);
    return g;
  });
}
