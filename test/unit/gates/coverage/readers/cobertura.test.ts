import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCobertura } from '../../../../../src/gates/coverage/readers/cobertura.js';
import { InputError } from '../../../../../src/util/errors.js';
import { collect, linesOf } from '../../../../helpers/collect.js';
import { CONFORMANCE_DIR } from '../../../../helpers/paths.js';

const PY = `<?xml version="1.0" ?>
<coverage version="7.4.0" timestamp="1" lines-valid="5" lines-covered="3" line-rate="0.6" branches-covered="1" branches-valid="2" branch-rate="0.5" complexity="0">
  <sources>
    <source>/home/runner/work/app/app/src</source>
  </sources>
  <packages>
    <package name="churn" line-rate="0.6" branch-rate="0.5" complexity="0">
      <classes>
        <class name="train.py" filename="churn/train.py" complexity="0" line-rate="0.6" branch-rate="0.5">
          <methods/>
          <lines>
            <line number="1" hits="1"/>
            <line number="2" hits="1" branch="true" condition-coverage="50% (1/2)" missing-branches="4"/>
            <line number="3" hits="0"/>
            <line number="4" hits="3"/>
            <line number="6" hits="0"/>
          </lines>
        </class>
      </classes>
    </package>
  </packages>
</coverage>
`;

describe('readCobertura', () => {
  it('reads sources, classes, hits and branch figures (coverage.py shape)', async () => {
    const { files, roots } = await collect(readCobertura, PY);
    expect(roots).toEqual(['/home/runner/work/app/app/src']);
    expect(files).toHaveLength(1);
    expect(files[0]?.path).toBe('churn/train.py');
    expect(linesOf(files[0])).toEqual({ 1: 1, 2: 1, 3: 0, 4: 3, 6: 0 });
    expect(files[0]?.branches).toEqual([{ line: 2, covered: 1, total: 2 }]);
  });

  it('gives the same records however the input is chunked', async () => {
    const whole = await collect(readCobertura, PY);
    for (let cut = 1; cut < PY.length; cut += 7) {
      const split = await collect(readCobertura, [PY.slice(0, cut), PY.slice(cut)]);
      expect(split.files.map(linesOf)).toEqual(whole.files.map(linesOf));
    }
  });

  it('reads a coverlet report with a BOM, a padded source and method-level lines', async () => {
    const text = readFileSync(join(CONFORMANCE_DIR, 'diff-cover', 'dotnet_coverage.xml'), 'utf8');
    const { files, roots } = await collect(readCobertura, text);
    expect(roots).toContain('/code/samplediff/SampleApp');
    expect(files[0]?.path).toBe('Sample.cs');
    expect(linesOf(files[0])[23]).toBe(0);
  });

  it.each([
    ['truncated', PY.slice(0, PY.indexOf('</lines>')), /malformed XML/],
    ['not XML', 'hello <world', /malformed XML|root element/],
    ['wrong root', '<?xml version="1.0"?><report name="x"></report>', /not Cobertura/],
    ['bad hits', PY.replace('hits="3"', 'hits="three"'), /hits="three"/],
    ['line without number', PY.replace('number="4" ', ''), /no "number" attribute/],
    ['class without filename', PY.replace(' filename="churn/train.py"', ''), /no "filename"/],
  ])('rejects %s with the report name and line', async (_name, text, pattern) => {
    const error = await collect(readCobertura, text, 'reports/coverage.xml').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).message).toMatch(pattern);
    expect((error as InputError).message).toContain('reports/coverage.xml');
    expect((error as InputError).location?.line).toBeGreaterThan(0);
  });

  it('does not expand entities (billion laughs fails fast instead of exhausting memory)', async () => {
    const bomb = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<coverage><sources><source>&lol3;</source></sources></coverage>`;
    await expect(collect(readCobertura, bomb)).rejects.toThrow(/malformed XML.*entity/i);
  });

  it('does not read external entities', async () => {
    const xxe = `<?xml version="1.0"?>
<!DOCTYPE coverage [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<coverage><sources><source>&xxe;</source></sources></coverage>`;
    await expect(collect(readCobertura, xxe)).rejects.toThrow(/entity/i);
  });
});
