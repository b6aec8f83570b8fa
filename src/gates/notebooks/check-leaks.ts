import type { Draft } from './findings.js';
import { where } from './findings.js';
import type { CellModel, NotebookModel, OutputModel } from './notebook-model.js';
import { findInstalls } from './pip-install.js';
import { findSecrets, type SecretOptions } from './secrets.js';
import { jsonLineOfTextLine, positionIn, type TextField } from './text-field.js';

/**
 * Absolute paths of someone's machine: macOS and Linux home folders, Windows profiles (with
 * one or two backslashes, as a Python string literal writes them). The lookbehind keeps URL
 * paths (`example.com/home/…`) out.
 */
const LOCAL_PATH =
  /(?<![\w.~/-])\/(?:Users|home)\/[^/\s"'`\\,;:)\]]+|\b[A-Za-z]:(?:\\\\?|\/)(?:Users|Documents and Settings)(?:\\\\?|\/)[^\\/\s"'`,;:)\]]+/g;

/** Leaks in a notebook: secrets and local paths in sources and text outputs, unpinned installs. */
export async function checkLeaks(model: NotebookModel, secrets: SecretOptions): Promise<Draft[]> {
  const drafts: Draft[] = [];
  for (const cell of model.cells) {
    if (cell.source) drafts.push(...(await sourceLeaks(cell, cell.source, secrets)));
    for (const output of cell.outputs) drafts.push(...(await outputLeaks(cell, output, secrets)));
  }
  return drafts;
}

async function sourceLeaks(cell: CellModel, field: TextField, secrets: SecretOptions): Promise<Draft[]> {
  const drafts: Draft[] = (await findSecrets(field.text, secrets)).map((hit) => {
    const at = positionIn(field, hit.offset);
    return {
      rule: 'secret',
      line: at.jsonLine,
      message: `${where(cell.index, at.textLine)}: ${article(hit.name)} (${hit.redacted}) is in the source.`,
      fix: 'Revoke the credential now (it is in the git history), read it from an environment variable or a secrets manager instead, and rewrite the history if the repository is public.',
    };
  });
  const seenLines = new Set<number>();
  for (const match of field.text.matchAll(LOCAL_PATH)) {
    const at = positionIn(field, match.index);
    if (seenLines.has(at.textLine)) continue;
    seenLines.add(at.textLine);
    drafts.push({
      rule: 'local-path',
      line: at.jsonLine,
      message: `${where(cell.index, at.textLine)}: the absolute path ${shown(match[0])} exists only on one machine.`,
      fix: 'Use a path relative to the repository (pathlib.Path(__file__) or the notebook folder), or read it from configuration or an environment variable.',
    });
  }
  if (cell.type === 'code') {
    for (const install of findInstalls(field.text)) {
      drafts.push({
        rule: 'unpinned-install',
        line: jsonLineOfTextLine(field, install.line),
        message: `${where(cell.index, install.line)}: \`${clip(install.command, 80)}\` installs ${install.unpinned.slice(0, 5).join(', ')}${install.unpinned.length > 5 ? ' …' : ''} without an exact version.`,
        fix:
          install.tool === 'pip'
            ? 'Pin each package (name==1.2.3), or install from a pinned file: %pip install -r requirements.txt.'
            : 'Pin each package (name=1.2.3), or create the environment from a pinned environment.yml.',
      });
    }
  }
  return drafts;
}

/** One secret finding per hit; local paths once per output (tracebacks repeat them). */
async function outputLeaks(cell: CellModel, output: OutputModel, secrets: SecretOptions): Promise<Draft[]> {
  const drafts: Draft[] = [];
  let paths = 0;
  let firstPath: { label: string; line: number; textLine: number; value: string } | undefined;
  for (const { label, field } of output.texts) {
    for (const hit of await findSecrets(field.text, secrets)) {
      const at = positionIn(field, hit.offset);
      drafts.push({
        rule: 'secret',
        line: at.jsonLine,
        message: `${where(cell.index)}, output ${output.index + 1} (${label}), line ${at.textLine}: ${article(hit.name)} (${hit.redacted}) is in the output.`,
        fix: 'Revoke the credential now, clear the output (or strip the notebook) and stop printing credentials.',
      });
    }
    for (const match of field.text.matchAll(LOCAL_PATH)) {
      paths++;
      if (firstPath) continue;
      const at = positionIn(field, match.index);
      firstPath = { label, line: at.jsonLine, textLine: at.textLine, value: match[0] };
    }
  }
  if (firstPath) {
    drafts.push({
      rule: 'local-path',
      line: firstPath.line,
      message: `${where(cell.index)}, output ${output.index + 1} (${firstPath.label}), line ${firstPath.textLine}: the absolute path ${shown(firstPath.value)} shows someone's machine${paths > 1 ? ` (${paths} such paths in this output)` : ''}.`,
      fix: 'Clear or re-run the output on a neutral environment, and use paths relative to the repository.',
    });
  }
  return drafts;
}

/** `/Users/alice/…`: the home folder, which is what leaks, and no more. */
function shown(path: string): string {
  return `\`${clip(path.replace(/\\\\/g, '\\'), 60)}/…\``;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function article(name: string): string {
  return `${/^[aeiouAEIOU]/.test(name) ? 'an' : 'a'} ${name}`;
}
