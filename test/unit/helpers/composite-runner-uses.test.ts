// `uses: actions/upload-artifact@<sha>` in the composite test runner: pinned by SHA or refused,
// `if`/`with:` evaluated, files named the way upload-artifact v4 names them, and the step's
// outcome visible to later steps.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCompositeAction, type RunActionResult } from '../../helpers/composite-runner.js';

const SHA = 'ea165f8d65b6e75b540449e92b4886f43607fa02'; // v4.6.2
const E = '$' + '{{';
const temp = mkdtempSync(join(tmpdir(), 'mlqg-uses-'));
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
});

/** An action whose `report` step writes files, then `steps` (YAML, indented 4) run. */
function action(steps: string, reportScript = REPORT): string {
  const dir = mkdtempSync(join(temp, 'action-'));
  const yaml = `name: uses
description: uploads what the report step wrote
inputs:
  upload-results: { description: u, default: 'true' }
  artifact-retention-days: { description: r, default: '7' }
outputs:
  upload-outcome: { description: o, value: "${E} steps.upload.outcome }}" }
  after: { description: a, value: "${E} steps.after.outputs.saw }}" }
runs:
  using: composite
  steps:
    - id: report
      shell: bash
      env:
        UPLOAD: ${E} inputs.upload-results }}
      run: |
${reportScript
  .split('\n')
  .map((line) => `        ${line}`)
  .join('\n')}
${steps}`;
  writeFileSync(join(dir, 'action.yml'), yaml);
  return dir;
}

// Writes $RUNNER_TEMP/mlqg/upload/{coverage.json, nested/log.txt, .hidden} and names them as outputs.
const REPORT = `dir="$RUNNER_TEMP/mlqg/upload"
mkdir -p "$dir/nested"
printf '{"status":"pass"}' > "$dir/coverage.json"
printf 'line\\n' > "$dir/nested/log.txt"
printf 'secret' > "$dir/.hidden"
echo "upload-results=$UPLOAD" >> "$GITHUB_OUTPUT"
echo "artifact-name=ml-quality-gates-results" >> "$GITHUB_OUTPUT"
echo "upload-dir=$dir" >> "$GITHUB_OUTPUT"`;

const UPLOAD = `    - id: upload
      if: always() && steps.report.outputs.upload-results == 'true'
      uses: actions/upload-artifact@${SHA} # v4.6.2
      with:
        name: ${E} steps.report.outputs.artifact-name }}
        path: ${E} steps.report.outputs.upload-dir }}
        retention-days: ${E} inputs.artifact-retention-days }}
        if-no-files-found: error
        overwrite: true
`;

const AFTER = `    - id: after
      if: always()
      shell: bash
      env:
        OUTCOME: ${E} steps.upload.outcome }}
        ID: ${E} steps.upload.outputs.artifact-id }}
      run: echo "saw=$OUTCOME:$ID" >> "$GITHUB_OUTPUT"
`;

async function run(dir: string, inputs: Record<string, string> = {}): Promise<RunActionResult> {
  const workspace = mkdtempSync(join(temp, 'ws-'));
  const result = await runCompositeAction(dir, { workspace, inputs });
  rmSync(result.scratchDir, { recursive: true, force: true });
  return result;
}

const text = (files: Record<string, Buffer>): Record<string, string> =>
  Object.fromEntries(Object.entries(files).map(([name, content]) => [name, content.toString('utf8')]));

describe('uses: actions/upload-artifact@<sha>', () => {
  it('uploads a directory’s contents at the artifact root, without hidden files', async () => {
    const result = await run(action(UPLOAD + AFTER));
    expect(result.exitCode).toBe(0);
    // One directory path → its contents at the root; .hidden is left out (include-hidden-files
    // defaults to false since v4.4).
    expect(result.artifacts.map((a) => ({ ...a, files: text(a.files) }))).toEqual([
      {
        name: 'ml-quality-gates-results',
        files: { 'coverage.json': '{"status":"pass"}', 'nested/log.txt': 'line\n' },
        retentionDays: 7,
      },
    ]);
    expect(result.outputs).toEqual({ 'upload-outcome': 'success', after: 'success:1001' });
    expect(result.stepOutputs.upload).toMatchObject({
      'artifact-id': '1001',
      'artifact-url': 'https://github.com/acme/churn-model/actions/runs/1/artifacts/1001',
    });
  });

  it('skips the step when its if is false, and later steps see outcome skipped', async () => {
    const result = await run(action(UPLOAD + AFTER), { 'upload-results': 'false' });
    expect(result.exitCode).toBe(0);
    expect(result.artifacts).toEqual([]);
    expect(result.outputs).toEqual({ 'upload-outcome': 'skipped', after: 'skipped:' });
  });

  // Workspace layout written by the report step below: out/a.json, out/b.txt, out/sub/c.json,
  // logs/run.log, .cache/x. Expected names follow upload-artifact's search.ts by hand:
  // several search paths → relative to their least common ancestor; one file → its name;
  // one directory or glob → relative to that directory (the glob's literal prefix).
  it.each([
    ['one file', 'out/a.json', ['a.json']],
    ['one directory', 'out', ['a.json', 'b.txt', 'sub/c.json']],
    ['a directory with a trailing slash', 'out/', ['a.json', 'b.txt', 'sub/c.json']],
    ['a glob', 'out/*.json', ['a.json']],
    ['a globstar', 'out/**/*.json', ['a.json', 'sub/c.json']],
    ['two paths (LCA = workspace)', 'out/a.json\nlogs/', ['logs/run.log', 'out/a.json']],
    ['two files in one directory (LCA = out)', 'out/a.json\nout/b.txt', ['a.json', 'b.txt']],
    ['a nested path under another (dropped)', 'out\nout/sub/c.json', ['a.json', 'b.txt', 'sub/c.json']],
    ['an exclude and a comment', '# results\nout\n!out/sub', ['a.json', 'b.txt']],
    ['a hidden directory (skipped, even as the search root)', '.cache', []],
    ['a missing path beside a real one (LCA still counts it)', 'out/b.txt\nnothing/here', ['out/b.txt']],
  ])('names files like v4 for %s', async (_what, path, expected) => {
    const script = `mkdir -p out/sub logs .cache
echo a > out/a.json; echo b > out/b.txt; echo c > out/sub/c.json; echo l > logs/run.log; echo x > .cache/x`;
    const step = `    - id: upload
      uses: actions/upload-artifact@${SHA}
      with:
        name: layout
        path: |
${path
  .split('\n')
  .map((line) => `          ${line}`)
  .join('\n')}
        if-no-files-found: ignore
`;
    const result = await run(action(step, script));
    expect(result.exitCode).toBe(0);
    expect(Object.keys(result.artifacts[0]?.files ?? {}).sort()).toEqual(expected);
  });

  it('fails the step (exit 1) on if-no-files-found: error with nothing to upload; failure() steps run', async () => {
    const step = `    - id: upload
      uses: actions/upload-artifact@${SHA}
      with:
        name: none
        path: missing/
        if-no-files-found: error
    - id: onfail
      if: failure()
      shell: bash
      run: echo "ran=yes" >> "$GITHUB_OUTPUT"
`;
    const result = await run(action(step + AFTER));
    expect(result.exitCode).toBe(1);
    expect(result.artifacts).toEqual([]);
    expect(result.outputs['upload-outcome']).toBe('failure');
    expect(result.stepOutputs.onfail).toEqual({ ran: 'yes' });
    expect(result.annotations).toEqual([
      {
        level: 'error',
        message: 'No files were found with the provided path: missing/. No artifacts will be uploaded.',
      },
    ]);
  });

  it.each([
    ['warn', [{ level: 'warning', message: expect.stringContaining('No files were found') }]],
    ['ignore', []],
  ])('succeeds on if-no-files-found: %s with nothing to upload', async (mode, annotations) => {
    const step = `    - id: upload
      uses: actions/upload-artifact@${SHA}
      with:
        path: missing
        if-no-files-found: ${mode}
`;
    const result = await run(action(step));
    expect(result.exitCode).toBe(0);
    expect(result.outputs['upload-outcome']).toBe('success');
    expect(result.artifacts).toEqual([]);
    expect(result.annotations).toEqual(annotations);
  });

  it('fails a second upload of the same name (409) unless overwrite: true, which replaces it', async () => {
    const twice = (overwrite: string) => `    - id: first
      uses: actions/upload-artifact@${SHA}
      with: { name: same, path: "${E} steps.report.outputs.upload-dir }}/coverage.json" }
    - id: upload
      uses: actions/upload-artifact@${SHA}
      with: { name: same, path: "${E} steps.report.outputs.upload-dir }}/nested", overwrite: ${overwrite} }
`;
    const conflict = await run(action(twice('false')));
    expect(conflict.exitCode).toBe(1);
    expect(conflict.annotations[0]?.message).toMatch(
      /\(409\) Conflict: an artifact with this name already exists/,
    );
    expect(conflict.artifacts.map((a) => Object.keys(a.files))).toEqual([['coverage.json']]);
    const replaced = await run(action(twice('true')));
    expect(replaced.exitCode).toBe(0);
    expect(replaced.artifacts.map((a) => Object.keys(a.files))).toEqual([['log.txt']]);
  });

  it('fails like the action on a ".." path, a bad name and a non-boolean overwrite', async () => {
    const step = (withs: string) => `    - id: upload
      continue-on-error: true
      uses: actions/upload-artifact@${SHA}
      with: { ${withs} }
`;
    const cases: Array<[string, RegExp]> = [
      ['path: ../elsewhere', /Relative pathing '\.' and '\.\.' is not allowed/],
      [`name: "a/b", path: "${E} steps.report.outputs.upload-dir }}"`, /artifact name is not valid: a\/b/],
      ['path: x, overwrite: maybe', /YAML 1\.2 "Core Schema" specification: overwrite/],
      ['name: x', /Input required and not supplied: path/],
    ];
    for (const [withs, message] of cases) {
      const result = await run(action(step(withs)));
      // continue-on-error: the job goes on and succeeds, the step's outcome is still failure.
      expect(result.exitCode).toBe(0);
      expect(result.outputs['upload-outcome']).toBe('failure');
      expect(result.annotations.map((a) => a.message).join('\n')).toMatch(message);
      expect(result.artifacts).toEqual([]);
    }
  });

  it.each([
    ['an unpinned tag', 'actions/upload-artifact@v4', /not pinned by SHA.*the ref "v4"/],
    ['a short SHA', 'actions/upload-artifact@ea165f8', /not pinned by SHA/],
    ['no ref', 'actions/upload-artifact', /not pinned by SHA.*no ref/],
    ['another action', `actions/checkout@${SHA}`, /not supported by the test runner/],
  ])('refuses %s before running anything', async (_what, uses, message) => {
    const dir = action(`    - uses: ${uses}\n      with: { path: out }\n`);
    await expect(run(dir)).rejects.toThrow(message);
  });

  it('refuses a with: key upload-artifact does not declare', async () => {
    const dir = action(
      `    - uses: actions/upload-artifact@${SHA}\n      with: { path: out, retention_days: 3 }\n`,
    );
    await expect(run(dir)).rejects.toThrow(/has no input "retention_days"/);
  });
});
