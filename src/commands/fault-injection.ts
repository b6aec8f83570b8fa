/**
 * A test hook, off unless `MLQG_FAULT_INJECTION` is set: `crash:<gate>` makes the gate throw as a
 * bug would, `kill:<gate>` kills the process as a runner timeout or an out-of-memory kill would.
 * The end-to-end suite sets it to prove that no such failure turns a required check green.
 */
export function injectFault(gate: string, env: NodeJS.ProcessEnv): void {
  const [mode, target] = (env.MLQG_FAULT_INJECTION ?? '').split(':');
  if (target !== gate) return;
  if (mode === 'crash')
    throw new RangeError(`Maximum call stack size exceeded (fault injected into ${gate})`);
  if (mode === 'kill') process.kill(process.pid, 'SIGKILL');
}
