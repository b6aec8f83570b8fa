import type { Findings } from './findings.js';

/** The action the workflow runs, by major tag (users pin it harder by SHA; see the README). */
export const ACTION_REF = 'ml-quality-gates/ml-quality-gates@v1';

/** Third-party actions, pinned by full commit SHA with the version in a comment (as in this repo). */
const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';
const SETUP_PYTHON = 'actions/setup-python@ece7cb06caefa5fff74198d8649806c4678c61a1 # v6.3.0';
const SETUP_NODE = 'actions/setup-node@249970729cb0ef3589644e2896645e5dc5ba9c38 # v6.5.0';
const SETUP_GO = 'actions/setup-go@b7ad1dad31e06c5925ef5d2fc7ad053ef454303e # v7.0.0';

/** The steps that run the tests and write the coverage reports the config names. */
function testSteps(f: Findings): string[] {
  const c = f.coverage;
  if (!c?.runTests) {
    return c
      ? ['      # The coverage reports are committed; running the tests here would keep them current.']
      : [];
  }
  const steps: string[] = [];
  const { python, node, go } = f.project;
  if (python && c.pytestReport) {
    steps.push(
      `      - uses: ${SETUP_PYTHON}`,
      '        with:',
      `          python-version: '${python.version}'`,
      '      - name: Tests with coverage (adjust to how your project installs and tests)',
      '        run: |',
      `          ${python.install}`,
      `          python -m pytest --cov --cov-branch --cov-report=xml:${c.pytestReport}`,
    );
  }
  if (node) {
    steps.push(
      `      - uses: ${SETUP_NODE}`,
      '        with:',
      "          node-version: '24'",
      '      - name: Tests with coverage (npm test must write an LCOV or Istanbul report)',
      '        run: |',
      `          ${node.install}`,
      '          npm test',
    );
  }
  if (go && c.goReport) {
    steps.push(
      `      - uses: ${SETUP_GO}`,
      '        with:',
      '          go-version-file: go.mod',
      '      - name: Tests with coverage',
      `        run: go test -coverprofile=${c.goReport} ./...`,
    );
  }
  if (steps.length === 0) {
    steps.push(`      # Run your tests here, so that they write ${c.reports.join(', ')}.`);
  }
  return steps;
}

/** The starter `.github/workflows/ml-quality-gates.yml`: tests, then every configured gate and the report. */
export function workflowText(f: Findings): string {
  return [
    '# ML quality gates on every pull request and on the default branch, written by',
    '# `ml-quality-gates init`. The gates read .github/ml-quality-gates.yml; the report posts one',
    '# sticky comment and the "ML quality gates" check: make that check required in branch protection.',
    '# Pull requests from forks get a read-only token: add the report workflow for them from',
    '# https://github.com/ml-quality-gates/ml-quality-gates/blob/main/docs/workflows/fork-report.yml',
    'name: ML quality gates',
    'on:',
    '  pull_request:',
    '  push:',
    `    branches: ['${f.project.defaultBranch}']`,
    'permissions:',
    '  contents: read',
    '  pull-requests: write # the sticky comment',
    '  checks: write # the check run',
    'concurrency:',
    '  # One run per pull request: a newer push cancels the older run, so two reports never race.',
    '  group: ml-quality-gates-${{ github.workflow }}-${{ github.event.pull_request.number || github.ref }}',
    '  cancel-in-progress: true',
    'jobs:',
    '  gates:',
    '    runs-on: ubuntu-latest',
    '    steps:',
    `      - uses: ${CHECKOUT}`,
    '        with:',
    '          fetch-depth: 0 # the gates compare with the base branch',
    ...testSteps(f),
    '      # Every gate configured in .github/ml-quality-gates.yml, then the combined report.',
    `      - uses: ${ACTION_REF}`,
    '        if: ${{ !cancelled() }} # report failed tests too',
    '',
  ].join('\n');
}
