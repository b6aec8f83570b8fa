import type { DeclaredPython } from './declared-python.js';
import type { Draft } from './findings.js';
import { asRecord, type NotebookModel } from './notebook-model.js';
import { parseRelease, satisfies } from './python-version.js';

/** What the metadata says about the kernel, for the report. */
export interface KernelInfo {
  kernel?: string;
  language?: string;
  version?: string;
}

/** The kernel a notebook names, from `metadata.kernelspec` and `metadata.language_info`. */
export function kernelInfo(model: NotebookModel): KernelInfo {
  const spec = asRecord(model.metadata.kernelspec);
  const info = asRecord(model.metadata.language_info);
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
  const kernel = text(spec?.name);
  const language = text(info?.name) ?? text(spec?.language);
  const version = text(info?.version);
  return {
    ...(kernel ? { kernel } : {}),
    ...(language ? { language } : {}),
    ...(version ? { version } : {}),
  };
}

/**
 * Reproducibility metadata: a kernelspec with a name, and `language_info.version` (both written
 * by Jupyter on save, and kept by nbstripout); for a Python notebook, that version meets the one
 * the project declares, when it declares one.
 */
export function checkMetadata(model: NotebookModel, declared: DeclaredPython | undefined): Draft[] {
  const info = kernelInfo(model);
  const line = model.metadataLine;
  const drafts: Draft[] = [];
  const missing = [
    info.kernel ? '' : 'metadata.kernelspec.name',
    info.version ? '' : 'metadata.language_info.version',
  ];
  if (missing.some((m) => m !== '')) {
    drafts.push({
      rule: 'kernel-metadata',
      line,
      message: `The notebook does not say what it runs on: ${missing.filter((m) => m !== '').join(' and ')} ${missing.every((m) => m !== '') ? 'are' : 'is'} missing.`,
      fix: 'Open the notebook in Jupyter with the project kernel selected and save it (Jupyter writes both); do not strip metadata.kernelspec or metadata.language_info.',
    });
  }
  const python = info.language === undefined || info.language.toLowerCase() === 'python';
  const release = info.version ? parseRelease(info.version) : undefined;
  if (!declared || !python || !release || !info.version) return drafts;
  if (satisfies(release, declared.requirement)) return drafts;
  const wanted =
    declared.requirement.kind === 'minor'
      ? `Python ${declared.requirement.major}.${declared.requirement.minor}`
      : `Python ${declared.requirement.text}`;
  const from = declared.line !== undefined ? `${declared.source}:${declared.line}` : declared.source;
  drafts.push({
    rule: 'python-version',
    line: model.doc.lineAtPointer('/metadata/language_info/version'),
    message: `The notebook was saved with Python ${info.version}, but ${from} declares ${wanted}.`,
    fix: `Run the notebook with a kernel of ${wanted} and save it again, or update ${declared.source} if the project has moved on.`,
  });
  return drafts;
}
