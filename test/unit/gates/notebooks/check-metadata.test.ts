import { describe, expect, it } from 'vitest';
import { checkMetadata, kernelInfo } from '../../../../src/gates/notebooks/check-metadata.js';
import { parseRequirement } from '../../../../src/gates/notebooks/python-version.js';
import { modelOf, notebookWith } from './fixture-model.js';

const declared = (text: string, source = 'pyproject.toml', line?: number) => {
  const requirement = parseRequirement(text);
  if (!requirement) throw new Error(text);
  return { requirement, source, ...(line !== undefined ? { line } : {}) };
};

describe('checkMetadata', () => {
  it('reads the kernel of a Jupyter-saved notebook', () => {
    expect(kernelInfo(modelOf('executed.ipynb'))).toEqual({
      kernel: 'python3',
      language: 'python',
      version: '3.11.2',
    });
    expect(checkMetadata(modelOf('executed.ipynb'), declared('>=3.10'))).toEqual([]);
  });

  it('reports a missing kernelspec and language_info at the metadata line', () => {
    // notebookWith([]) saved with one-space indent: "cells": [] on line 2, "metadata" on line 3.
    const drafts = checkMetadata(modelOf(notebookWith([])), undefined);
    expect(drafts).toEqual([
      expect.objectContaining({
        rule: 'kernel-metadata',
        line: 3,
        message:
          'The notebook does not say what it runs on: metadata.kernelspec.name and metadata.language_info.version are missing.',
      }),
    ]);
  });

  it('reports a Python version the project does not declare, at the version line', () => {
    // executed.ipynb: "version": "3.11.2" of language_info is on line 180.
    const drafts = checkMetadata(modelOf('executed.ipynb'), declared('>=3.12', 'pyproject.toml', 9));
    expect(drafts).toEqual([
      {
        rule: 'python-version',
        line: 180,
        message: 'The notebook was saved with Python 3.11.2, but pyproject.toml:9 declares Python >=3.12.',
        fix: 'Run the notebook with a kernel of Python >=3.12 and save it again, or update pyproject.toml if the project has moved on.',
      },
    ]);
    expect(checkMetadata(modelOf('executed.ipynb'), declared('3.10', '.python-version'))[0]?.message).toBe(
      'The notebook was saved with Python 3.11.2, but .python-version declares Python 3.10.',
    );
  });

  it('does not hold an R notebook to the Python version', () => {
    const r = notebookWith([], {
      kernelspec: { display_name: 'R', language: 'R', name: 'ir' },
      language_info: { name: 'R', version: '4.3.1' },
    });
    expect(checkMetadata(modelOf(r), declared('3.11'))).toEqual([]);
  });
});
