// The hostile-input corpus (test/fixtures/hostile/<attack>/case.json), run through dist/ as a
// workflow step runs it: for every case no crash, no hang, nothing of the attacked file quoted,
// no workflow command from its text, and the expected exit code and words.
import { spawnSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FIXTURES, REPO_ROOT } from '../helpers/paths.js';

interface HostileCase {
  why: string;
  command: string[];
  files?: Record<string, string>;
  symlinks?: Record<string, string>;
  git?: boolean;
  exit: number;
  contains?: string[];
  absent?: string[];
}

const CORPUS = join(FIXTURES, 'hostile');
const cases = readdirSync(CORPUS)
  .sort()
  .map((name) => ({
    name,
    spec: JSON.parse(readFileSync(join(CORPUS, name, 'case.json'), 'utf8')) as HostileCase,
  }));
const scratch = mkdtempSync(join(tmpdir(), 'mlqg-hostile-'));
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
});

/** Commands the runner would act on: only those this tool writes itself may appear at a line start. */
const OUR_COMMANDS =
  /^(::(debug|group|endgroup|add-mask|error|warning|notice)\b|::stop-commands::[0-9a-f]{32}$|::[0-9a-f]{32}::$)/;

function workspace(name: string, spec: HostileCase): string {
  const ws = join(scratch, name);
  mkdirSync(ws, { recursive: true });
  if (spec.git) spawnSync('git', ['init', '-q'], { cwd: ws });
  for (const [path, text] of Object.entries(spec.files ?? {})) {
    mkdirSync(dirname(join(ws, path)), { recursive: true });
    writeFileSync(join(ws, path), text);
  }
  for (const [path, target] of Object.entries(spec.symlinks ?? {})) {
    mkdirSync(dirname(join(ws, path)), { recursive: true });
    symlinkSync(target, join(ws, path));
  }
  return ws;
}

describe.each(cases)('hostile input: $name', ({ name, spec }) => {
  it(spec.why, () => {
    const ws = workspace(name, spec);
    const temp = mkdtempSync(join(scratch, `${name}-runner-`));
    const event = join(temp, 'event.json');
    writeFileSync(event, '{}');
    for (const f of ['output', 'summary']) writeFileSync(join(temp, f), '');
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'dist', 'cli.js'), ...spec.command], {
      cwd: ws,
      encoding: 'utf8',
      timeout: 60_000, // the published limit for one step: a hang fails the case
      env: {
        PATH: process.env.PATH,
        GITHUB_ACTIONS: 'true',
        GITHUB_EVENT_NAME: 'push',
        GITHUB_EVENT_PATH: event,
        GITHUB_OUTPUT: join(temp, 'output'),
        GITHUB_STEP_SUMMARY: join(temp, 'summary'),
        RUNNER_TEMP: temp,
        GITHUB_REPOSITORY: 'octo-org/ml-repo',
      },
    });
    const printed = `${run.stdout}\n${run.stderr}\n${readFileSync(join(temp, 'summary'), 'utf8')}`;
    expect(run.signal, 'killed: it hung past the time limit').toBeNull();
    expect(run.status).toBe(spec.exit);
    expect(printed).not.toMatch(/internal error|RangeError|Maximum call stack|\n\s+at \S+ \(/);
    for (const line of `${run.stdout}\n${run.stderr}`.split(/\r\n|\r|\n/)) {
      const trimmed = line.replace(/^[\s\u0085]+/, '');
      if (trimmed.startsWith('::') || trimmed.startsWith('##[')) expect(trimmed).toMatch(OUR_COMMANDS);
      // The runner finds the legacy form anywhere in a line (ActionCommand.TryParse uses IndexOf);
      // an annotation line is parsed as `::error` first, so only the other lines could carry one.
      else expect(trimmed).not.toContain('##[');
    }
    for (const text of spec.contains ?? []) expect(printed).toContain(text);
    // Annotation lines are plain text in GitHub's UI; every other line may be rendered Markdown.
    const rendered = printed
      .split('\n')
      .filter((l) => !/^::(error|warning|notice)\b/.test(l))
      .join('\n');
    for (const text of spec.absent ?? []) expect(rendered).not.toContain(text);
  });
});
