// `run` judges its gates side by side in worker threads (src/commands/gate-lanes.ts). What it
// must keep from the one-after-another run: the same results, handed over in the config's gate
// order however the lanes finish, and a lane that fails still leaves an error result per gate.
// The worker script is the bundle's (dist/gate-worker.js, built by test/global-setup.ts).
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommandContext } from '../../../src/commands/context.js';
import { judgeInLanes, type Lanes, lanesFor } from '../../../src/commands/gate-lanes.js';
import type { JudgeReply, JudgeTask } from '../../../src/commands/judge-task.js';
import { runEvent } from '../../../src/commands/run-event.js';
import { loadConfig } from '../../../src/config/load-config.js';
import { makeExampleRepo } from '../../helpers/example-repo.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const WORKER = pathToFileURL(join(REPO_ROOT, 'dist', 'gate-worker.js'));

let repo: { dir: string };
let tasks: JudgeTask[];

beforeAll(async () => {
  repo = await makeExampleRepo();
  const { config } = await loadConfig(undefined, repo.dir);
  const env = { PATH: process.env.PATH, HOME: process.env.HOME };
  const context = { cwd: repo.dir, env, event: runEvent(env, {}), now: new Date('2026-12-01T12:00:00Z') };
  // The slowest gate of the example (a 1,000-resample bootstrap) first and the quickest
  // (an in-repo registry file) right after it: side by side, the second finishes first.
  const order = [
    'model-evaluation',
    'registry-approval',
    'coverage',
    'data-schema',
    'model-card',
    'notebooks',
  ];
  tasks = order.map((gate) => ({ gate, config, options: {}, context, secrets: ['ghs_0123456789abcdef'] }));
});
afterAll(() => {
  rmSync(join(repo.dir, '..'), { recursive: true, force: true });
});

const quiet: CommandContext = { cwd: '.', env: {}, stdout: () => {}, stderr: () => {} };

async function judged(lanes: Lanes, list = tasks): Promise<Array<{ index: number; reply: JudgeReply }>> {
  const out: Array<{ index: number; reply: JudgeReply }> = [];
  await judgeInLanes(list, lanes, quiet, async (reply, index) => {
    // A slow consumer must not let a later reply overtake this one.
    await new Promise((resolve) => setTimeout(resolve, 5));
    out.push({ index, reply });
  });
  return out;
}

describe('run: gates judged side by side', () => {
  it('the bundle has the worker script', () => {
    expect(existsSync(WORKER)).toBe(true);
  });

  it('gives the results of one thread, in the order of the tasks, on 2 and 3 lanes', async () => {
    const serial = await judged({ threads: 1, workerUrl: undefined });
    expect(serial.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(serial.map((r) => r.reply.result.gate)).toEqual(tasks.map((t) => t.gate));
    // The example judges every gate for real: no crash stands in for a result.
    for (const { reply } of serial) expect(reply.result.title).not.toMatch(/Internal error/);
    for (const threads of [2, 3]) {
      const side = await judged({ threads, workerUrl: WORKER });
      expect(side.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(side.map((r) => r.reply)).toEqual(serial.map((r) => r.reply));
    }
  });

  it('passes the secrets known before and those a gate declared back to the main thread', async () => {
    const [first] = await judged({ threads: 2, workerUrl: WORKER }, tasks.slice(1, 2));
    expect(first?.reply.secrets).toContain('ghs_0123456789abcdef');
  });

  it('makes every gate handed to a lane that cannot judge an internal error, never a pass', async () => {
    // The main thread is a lane of its own; the other gates go to a worker that cannot start.
    const missing = pathToFileURL(join(REPO_ROOT, 'dist', 'no-such-worker.js'));
    const broken = await judged({ threads: 2, workerUrl: missing }, tasks.slice(0, 4));
    expect(broken.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    const stopped = broken.filter(({ reply }) => /its worker thread stopped/.test(reply.result.summary));
    expect(stopped.length).toBeGreaterThan(0);
    for (const { reply } of stopped) {
      expect(reply.result.status).toBe('error');
      expect(reply.result.findings[0]?.rule).toMatch(/\/internal-error$/);
    }
    // The others were judged in the main thread, as in a one-lane run.
    const serial = await judged({ threads: 1, workerUrl: undefined }, tasks.slice(0, 4));
    for (const { index, reply } of broken.filter((r) => !stopped.includes(r)))
      expect(reply).toEqual(serial[index]?.reply);
    // A task the worker cannot serve (no such gate) is an error result too; the others still run.
    const unknown = [{ ...(tasks[1] as JudgeTask), gate: 'no-such-gate' }, tasks[1] as JudgeTask];
    const mixed = await judged({ threads: 2, workerUrl: WORKER }, unknown);
    expect(mixed[0]?.reply.result.status).toBe('error');
    expect(mixed[0]?.reply.result.summary).toMatch(/no gate with id "no-such-gate"/);
    expect(mixed[1]?.reply.result.gate).toBe('registry-approval');
    expect(mixed[1]?.reply.result.status).not.toBe('error');
  });

  it('takes one lane per CPU, never more than the gates, and MLQG_RUN_THREADS', () => {
    expect(lanesFor(6, { MLQG_RUN_THREADS: '1' })).toEqual({ threads: 1, workerUrl: undefined });
    expect(lanesFor(2, { MLQG_RUN_THREADS: '4' }).threads).toBe(2);
    expect(lanesFor(1, {}).threads).toBe(1);
    expect(lanesFor(6, { MLQG_RUN_THREADS: 'many' }).threads).toBeGreaterThanOrEqual(1);
    // From the sources there is no worker script: the gates run in the main thread.
    expect(lanesFor(6, { MLQG_RUN_THREADS: '3' }).workerUrl).toBeUndefined();
  });
});
