import { describe, expect, it } from 'vitest';
import { MAX_FINDINGS_PER_RESULT, MAX_RESULT_DEPTH, parseResult } from '../../../src/outputs/parse-result.js';

const valid = {
  schemaVersion: 1,
  gate: 'coverage',
  status: 'pass',
  title: 't',
  summary: 's',
  metrics: {},
  findings: [],
};

describe('parseResult', () => {
  it('accepts a valid result document', () => {
    expect(parseResult({ origin: 'r.json', text: JSON.stringify(valid) })).toEqual({
      origin: 'r.json',
      result: valid,
    });
  });

  it('names the file and line of invalid JSON without quoting the text', () => {
    const parsed = parseResult({ origin: 'r.json', text: '{\n"password": "hunter2",\n' });
    expect('problem' in parsed && parsed.problem.message).toMatch(/^r\.json:\d+: not valid JSON/);
    expect(JSON.stringify(parsed)).not.toContain('hunter2');
  });

  it('another JSON file is refused without its content reaching the report', () => {
    const parsed = parseResult({
      origin: 'x.json',
      text: JSON.stringify({ auths: { 'ghcr.io': { auth: 'c2VjcmV0' } } }),
    });
    expect('problem' in parsed && parsed.problem.message).toBe(
      'x.json: not a gate result document (no "schemaVersion" and "gate" keys)',
    );
    expect(JSON.stringify(parsed)).not.toContain('c2VjcmV0');
  });

  it('names the key and the allowed values of a schema violation', () => {
    const parsed = parseResult({ origin: 'r.json', text: JSON.stringify({ ...valid, status: 'passed' }) });
    expect('problem' in parsed && parsed.problem.message).toMatch(
      /status: "passed" is not allowed; allowed: "pass", "warn", "fail", "error", "skip"/,
    );
  });

  it('keeps at most the cap of findings and says how many were dropped', () => {
    const findings = Array.from({ length: MAX_FINDINGS_PER_RESULT + 5 }, () => ({
      severity: 'notice',
      message: 'm',
    }));
    const parsed = parseResult({ origin: 'r.json', text: JSON.stringify({ ...valid, findings }) });
    expect('result' in parsed && parsed.result.findings).toHaveLength(MAX_FINDINGS_PER_RESULT + 1);
    expect('result' in parsed && parsed.result.findings.at(-1)?.message).toMatch(
      /^5 more finding\(s\) in r\.json were not read/,
    );
  });
});

describe('a result nested beyond any real one', () => {
  it('is a problem naming the file, never a stack overflow', () => {
    // 20,000 levels inside metrics: JSON.parse copes, the recursive walks after it would not.
    const deep = `${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}`;
    const text = `{"schemaVersion":1,"gate":"coverage","status":"pass","title":"t","summary":"s","metrics":${deep},"findings":[]}`;
    const parsed = parseResult({ origin: 'artifact r: coverage.json', text });
    expect(parsed).toMatchObject({
      problem: {
        severity: 'error',
        message: `artifact r: coverage.json: nested deeper than ${MAX_RESULT_DEPTH} levels; a gate result never is`,
      },
    });
  });
});
