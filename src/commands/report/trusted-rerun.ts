import { resolve } from 'node:path';
import { sectionOf } from '../../config/types.js';
import { pullRequestInfo } from '../../github/pull-request.js';
import type { SourcedResult } from '../../report/combine.js';
import type { GateContext } from '../../result/gate.js';
import type { GateResult } from '../../result/types.js';
import { judgeGate } from '../gate-command.js';
import { GATES } from '../registry.js';
import type { Gathered } from './gather-results.js';
import type { ReportRun } from './report-run.js';

/**
 * The workflow_run flow trusts nothing it can recompute. Every result from the artifact is
 * labelled as reported by the pull request's own run (whose author controls it), and one from a
 * run that did not conclude `success` cannot vouch for a pass. With the pull request's files
 * checked out as data (`pr-checkout`), every gate that reads only files is re-run here, by the
 * base branch's code and config, and its artifact result is set aside.
 */
export async function distrustArtifact(run: ReportRun, gathered: Gathered): Promise<Gathered> {
  const triggering = run.target.triggeringRun;
  const runId = triggering?.id;
  const conclusion = triggering?.conclusion ?? null;
  let sourced = gathered.sourced.map(({ result, origin }) => ({
    origin,
    result: vouch(
      { ...result, provenance: { source: 'untrusted-run' as const, ...(runId ? { runId } : {}) } },
      conclusion,
    ),
  }));
  const checkout = run.settings.prCheckout;
  if (checkout && run.client && gathered.target.pullRequest !== undefined) {
    const rerun = await rerunGates(run, resolve(run.ctx.cwd, checkout), gathered.target.pullRequest);
    const replaced = new Set(rerun.map((r) => r.result.gate));
    sourced = [...sourced.filter((s) => !replaced.has(s.result.gate)), ...rerun];
  }
  return { ...gathered, sourced };
}

/** A pass (or warn, or skip) from a run that failed is not evidence: an `error` that says so. */
function vouch(result: GateResult, conclusion: string | null): GateResult {
  if (conclusion === 'success' || result.status === 'fail' || result.status === 'error') return result;
  return {
    ...result,
    status: 'error',
    title: `${result.title} (not trusted: the run that reported it ended ${conclusion ?? 'without a conclusion'})`,
    findings: [
      {
        severity: 'error',
        rule: 'report/untrusted-pass',
        message: `${result.gate} reported ${result.status}, but the pull request run that produced it ended ${conclusion ?? 'without a conclusion'}: a result from a run that did not succeed cannot vouch for a pass.`,
        fix: 'Fix what failed in the pull request run (its log says what) and push again; the result counts once the run succeeds.',
      },
      ...result.findings,
    ],
  };
}

async function rerunGates(run: ReportRun, cwd: string, pullRequest: number): Promise<SourcedResult[]> {
  const { client, target, ctx } = run;
  if (!client) return [];
  const pr = await pullRequestInfo(client, { owner: target.owner, repo: target.repo, pullRequest });
  const context: GateContext = {
    cwd,
    env: ctx.env,
    event: {
      name: 'pull_request',
      release: false,
      pullRequest: { number: pullRequest, baseRef: pr.baseRef, labels: pr.labels },
    },
    now: new Date(),
  };
  const out: SourcedResult[] = [];
  for (const gate of GATES) {
    const state = sectionOf(run.config, gate.id);
    if (!gate.recomputable || !state.configured || state.disabled) continue;
    run.log.info(`Re-running ${gate.id} on the pull request's files (${cwd}) with the base branch's config`);
    const result = await judgeGate(gate, {
      config: run.config,
      options: {},
      context,
      redactor: run.redactor,
      ctx: { ...ctx, cwd },
    });
    out.push({ result: { ...result, provenance: { source: 'trusted-rerun' } }, origin: `re-run on ${cwd}` });
  }
  return out;
}
