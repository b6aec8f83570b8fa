// Runs a command and measures its wall time, CPU time and peak resident set size (RSS).
//
// Peak RSS comes from the kernel's high-water mark, VmHWM in /proc/<pid>/status, sampled every
// few milliseconds for the process and its descendants (git children of the gate or of
// diff-cover); the largest single process counts. VmHWM only grows, so sampling misses at most
// what the process adds in its last few milliseconds. CPU time (user + system, including
// children it waited for) comes from /proc/<pid>/stat the same way, so it misses the last
// sampling interval. It is less sensitive than wall time to other work on the machine.
// No extra package is needed. With
// `rss: 'time'` GNU time (`/usr/bin/time -v`, apt package `time`) measures instead, via wait4().

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';

const SAMPLE_MS = 5;

let clockTicks;
function ticksPerSecond() {
  if (clockTicks === undefined) {
    const res = spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' });
    clockTicks = Number(res.stdout?.trim()) || 100;
  }
  return clockTicks;
}

/** utime + stime + cutime + cstime of a process, in seconds, or 0 when it is gone. */
function cpuSeconds(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the parenthesised command name start at field 3 (state).
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14])) / ticksPerSecond();
  } catch {
    return 0;
  }
}

export const GNU_TIME = '/usr/bin/time';

/** Which RSS method works here: 'proc' (Linux /proc), 'time' (GNU time) or 'none'. */
export function rssMethod(preferred = 'proc') {
  const proc = existsSync(`/proc/${process.pid}/status`);
  const time = existsSync(GNU_TIME);
  if (preferred === 'time' && time) return 'time';
  if (proc) return 'proc';
  return time ? 'time' : 'none';
}

function vmHwmBytes(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const m = /^VmHWM:\s+(\d+)\s+kB/m.exec(status);
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function childrenOf(pid) {
  const out = [];
  let tasks;
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
      if (text !== '') for (const c of text.split(/\s+/)) out.push(Number(c));
    } catch {
      // The thread ended between readdir and read.
    }
  }
  return out;
}

/**
 * Runs `cmd args` in `cwd`; resolves with { seconds, cpu (seconds, or null), peakRss (bytes, or null),
 * load, code, signal,
 * stdout, stderr }. stdout/stderr are kept in memory (the gate prints a small JSON document).
 */
export function measure(cmd, args, { cwd, method = rssMethod(), env } = {}) {
  return new Promise((resolvePromise, reject) => {
    const useTime = method === 'time';
    const argv = useTime ? ['-v', cmd, ...args] : args;
    // Other work on the machine skews timings; keep the 1-minute load average with each sample.
    const load = loadavg()[0];
    const started = process.hrtime.bigint();
    const child = spawn(useTime ? GNU_TIME : cmd, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const out = [];
    const err = [];
    child.stdout.on('data', (b) => out.push(b));
    child.stderr.on('data', (b) => err.push(b));
    const peaks = new Map();
    let cpu = null;
    let timer;
    if (method === 'proc') {
      ticksPerSecond();
      const sample = () => {
        const c = cpuSeconds(child.pid);
        if (c > 0) cpu = Math.max(cpu ?? 0, c);
        const stack = [child.pid];
        while (stack.length > 0) {
          const pid = stack.pop();
          const hwm = vmHwmBytes(pid);
          if (hwm > (peaks.get(pid) ?? 0)) peaks.set(pid, hwm);
          stack.push(...childrenOf(pid));
        }
      };
      sample();
      timer = setInterval(sample, SAMPLE_MS);
    }
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code, signal) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      clearInterval(timer);
      let stderr = Buffer.concat(err).toString('utf8');
      let peakRss = null;
      if (method === 'proc') peakRss = peaks.size > 0 ? Math.max(...peaks.values()) : null;
      if (useTime) {
        const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
        if (m) peakRss = Number(m[1]) * 1024;
        const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
        const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
        if (user && system) cpu = Number(user[1]) + Number(system[1]);
        // GNU time appends its report (and "Command exited with non-zero status") to stderr.
        stderr = stderr.replace(
          /(Command exited with non-zero status \d+\n)?\tCommand being timed:[\s\S]*$/,
          '',
        );
        const exited = /Exit status: (\d+)/.exec(Buffer.concat(err).toString('utf8'));
        if (exited) code = Number(exited[1]);
      }
      resolvePromise({
        seconds,
        cpu,
        peakRss,
        load,
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr,
      });
    });
  });
}
