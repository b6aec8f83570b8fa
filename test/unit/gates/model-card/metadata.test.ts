import { describe, expect, it } from 'vitest';
import { checkLicense } from '../../../../src/gates/model-card/license.js';
import {
  checkHuggingFaceMetadata,
  checkToolkitCard,
  parseMapping,
} from '../../../../src/gates/model-card/metadata.js';

function metadata(yaml: string) {
  const parsed = parseMapping(yaml, 'README.md', 2, 'The front matter');
  if (!('metadata' in parsed)) throw new Error(JSON.stringify(parsed.findings));
  return parsed.metadata;
}

const options = { requiredKeys: ['license'], licenseAllow: [], frontMatterLine: 1 };

describe('Hugging Face front matter', () => {
  it('accepts a full, valid card', () => {
    const m = metadata(`license: apache-2.0
language: [en]
library_name: scikit-learn
tags: [churn]
datasets: customers
metrics: [accuracy]
base_model: [org/base]
pipeline_tag: tabular-classification
model-index:
  - name: m
    results:
      - task: {type: tabular-classification}
        dataset: {type: customers, name: Customers}
        metrics:
          - {type: accuracy, value: 0.9}
`);
    expect(checkHuggingFaceMetadata(m, 'README.md', options)).toEqual([]);
  });

  it('requires task.type, dataset.type/name and metric type/value in model-index, with lines', () => {
    const m = metadata(`license: mit
model-index:
  - name: m
    results:
      - task: {name: Churn}
        dataset: {name: Customers}
        metrics:
          - {type: accuracy}
`);
    const findings = checkHuggingFaceMetadata(m, 'README.md', options);
    const messages = findings.map((f) => f.message).join('\n');
    expect(messages).toContain('missing required key "type"');
    expect(messages).toContain('missing required key "value"');
    expect(findings.every((f) => f.rule === 'model-card/metadata-schema')).toBe(true);
    // results[0].task is YAML line 5 -> card line 6.
    expect(findings.find((f) => f.message.includes('task'))?.line).toBe(6);
  });

  it('wants license_name and license_link with license: other', () => {
    const findings = checkHuggingFaceMetadata(metadata('license: other\n'), 'README.md', options);
    expect(findings.map((f) => f.message).join()).toMatch(/license_name/);
    expect(
      checkHuggingFaceMetadata(
        metadata('license: other\nlicense_name: x\nlicense_link: LICENSE\n'),
        'README.md',
        options,
      ),
    ).toEqual([]);
  });

  it('reports wrong types and missing required keys', () => {
    const findings = checkHuggingFaceMetadata(metadata('tags: 5\n'), 'README.md', options);
    expect(findings.map((f) => f.rule).sort()).toEqual([
      'model-card/metadata-missing',
      'model-card/metadata-schema',
    ]);
  });
});

describe('licenses', () => {
  it('accepts SPDX ids in any case and Hub ids, refuses made-up ones', () => {
    expect(checkLicense('Apache-2.0', [], { path: 'x' })).toEqual([]);
    expect(checkLicense('cc-by-4.0', [], { path: 'x' })).toEqual([]);
    expect(checkLicense('openrail', [], { path: 'x' })).toEqual([]);
    expect(checkLicense('apache-3.0', [], { path: 'x', line: 2 })[0]).toMatchObject({
      rule: 'model-card/license-unknown',
      line: 2,
    });
  });

  it('applies the allowlist', () => {
    expect(checkLicense('gpl-3.0', ['mit'], { path: 'x' })[0]?.rule).toBe('model-card/license-not-allowed');
    expect(checkLicense('MIT', ['mit'], { path: 'x' })).toEqual([]);
  });
});

describe('Model Card Toolkit JSON', () => {
  it('v0.0.1 requires model_details and refuses unknown top-level keys', () => {
    const m = metadata('{"schema_version": "0.0.1", "extra": 1}');
    const { version, findings } = checkToolkitCard(m, 'model_card.json', []);
    expect(version).toBe('0.0.1');
    const text = findings.map((f) => f.message).join('\n');
    expect(text).toContain('missing required key "model_details"');
    expect(text).toContain('unknown key "extra"');
  });

  it('v0.0.2 checks the license oneOf and the SPDX id', () => {
    const ok = metadata(
      '{"schema_version": "0.0.2", "model_details": {"name": "m", "licenses": [{"identifier": "Apache-2.0"}]}}',
    );
    expect(checkToolkitCard(ok, 'model_card.json', []).findings).toEqual([]);
    const bad = metadata('{"model_details": {"licenses": [{}, {"identifier": "nope-1"}]}}');
    const rules = checkToolkitCard(bad, 'model_card.json', []).findings.map((f) => f.rule);
    expect(rules).toContain('model-card/metadata-schema');
    expect(rules).toContain('model-card/license-unknown');
  });
});
