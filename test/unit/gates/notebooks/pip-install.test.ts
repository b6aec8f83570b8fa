import { describe, expect, it } from 'vitest';
import { findInstalls, isPinned } from '../../../../src/gates/notebooks/pip-install.js';

describe('findInstalls', () => {
  it('finds shell escapes and magics, with the line and what is unpinned', () => {
    const source = [
      'import sys', // 1
      '!pip install pandas numpy==1.26.4', // 2
      '%pip install -q "scikit-learn>=1.3" -r requirements.txt', // 3
      '!{sys.executable} -m pip install torch', // 4
      '!uv pip install polars==0.20.3', // 5: pinned
      '%conda install -c conda-forge -y xgboost=2.0.3 lightgbm', // 6
      'pip_install = "!pip install nothing"', // 7: Python, not a shell escape
    ].join('\n');
    expect(findInstalls(source).map((c) => [c.line, c.tool, c.unpinned])).toEqual([
      [2, 'pip', ['pandas']],
      [3, 'pip', ['scikit-learn>=1.3']],
      [4, 'pip', ['torch']],
      [6, 'conda', ['lightgbm']],
    ]);
  });

  it('joins continuation lines and splits chained commands', () => {
    const source = '!pip install \\\n    requests \\\n    httpx==0.27.0 && pip install rich';
    expect(findInstalls(source)).toEqual([
      {
        line: 1,
        tool: 'pip',
        unpinned: ['requests'],
        command: '!pip install  requests  httpx==0.27.0 && pip install rich',
      },
      {
        line: 1,
        tool: 'pip',
        unpinned: ['rich'],
        command: '!pip install  requests  httpx==0.27.0 && pip install rich',
      },
    ]);
  });

  it('ignores pip commands that install nothing from an index', () => {
    expect(
      findInstalls('!pip install -r requirements.txt\n%pip install -e .\n!pip list\n!pip --version'),
    ).toEqual([]);
  });
});

describe('isPinned', () => {
  it.each([
    ['pandas==2.2.2', true],
    ['pandas[excel]==2.2.2', true],
    ['torch==2.1.0+cpu', true],
    ['pkg===1.0', true],
    ['pandas', false],
    ['pandas>=2', false],
    ['pandas~=2.2', false],
    ['pandas==2.*', false],
    ['pandas==2.2,!=2.2.1', false],
    ['pkg==1.0; python_version < "3.9"', true],
    ['git+https://github.com/org/repo.git@4f2b9c1', true],
    ['git+https://github.com/org/repo.git', false],
    ['git+ssh://git@github.com/org/repo.git', false], // the @ of the user is not a ref
    ['mypkg@git+https://github.com/org/repo.git@v1.2.0', true],
    ['./wheels/pkg-1.0-py3-none-any.whl', true],
    ['https://example.org/pkg-1.0.tar.gz', true],
    ['$PACKAGE', true], // a variable cannot be judged
  ])('pip %s: %s', (spec, pinned) => {
    expect(isPinned(spec, 'pip')).toBe(pinned);
  });

  it('reads conda pins', () => {
    expect(isPinned('numpy=1.26.4', 'conda')).toBe(true);
    expect(isPinned('numpy', 'conda')).toBe(false);
    expect(isPinned('numpy>=1.26', 'conda')).toBe(false);
  });
});
