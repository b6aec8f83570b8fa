import { open } from 'node:fs/promises';
import { InputError } from '../../util/errors.js';
import type { ReportFormat } from './model.js';

/** How much of a report is read to recognise its format. */
const SNIFF_BYTES = 64 * 1024;

/** Recognises a report's format from its first bytes; never from its name. */
export async function detectFormat(path: string, displayName: string): Promise<ReportFormat> {
  const handle = await open(path, 'r');
  let head: string;
  try {
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    head = buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
  return detectFormatFromText(head, displayName);
}

/** The format of a report whose first characters are `head`. */
export function detectFormatFromText(head: string, displayName: string): ReportFormat {
  const text = head.replace(/^\uFEFF/, '').trimStart();
  if (text === '') {
    throw new InputError(`${displayName}: the report is empty`, { path: displayName }, emptyFix);
  }
  if (text.startsWith('<')) return detectXml(text, displayName);
  if (text.startsWith('{')) return detectJson(text, displayName);
  const firstLine = text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n')).trim();
  if (/^mode:\s*(set|count|atomic)\b/.test(firstLine)) return 'go-coverprofile';
  if (/^(TN|SF|VER):/m.test(text.slice(0, 4096))) return 'lcov';
  throw unknown(displayName, `starts with ${JSON.stringify(firstLine.slice(0, 40))}`);
}

function detectXml(text: string, displayName: string): ReportFormat {
  // Skip the prolog (declaration, comments, doctype) to the root element's name.
  const body = text
    .replace(/^<\?xml[^>]*\?>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!DOCTYPE[^>[]*(\[[\s\S]*?\])?\s*>/i, '')
    .trimStart();
  const root = /^<([A-Za-z_][\w.-]*)/.exec(body)?.[1];
  if (root === 'coverage') {
    if (/\bclover=|<project\b/.test(body.slice(0, 2000))) {
      throw unknown(displayName, 'is Clover XML, which is not supported yet');
    }
    return 'cobertura';
  }
  if (root === 'report') return 'jacoco';
  if (root === undefined) throw unknown(displayName, 'is XML without a root element in its first 64 KiB');
  throw unknown(displayName, `is XML with root element <${root}>`);
}

function detectJson(text: string, displayName: string): ReportFormat {
  const firstKey = /^\{\s*"((?:[^"\\]|\\.)*)"/.exec(text)?.[1];
  if (firstKey === undefined) {
    if (/^\{\s*\}/.test(text))
      throw new InputError(
        `${displayName}: the report is an empty JSON object`,
        { path: displayName },
        emptyFix,
      );
    throw unknown(displayName, 'is JSON that does not start with an object key');
  }
  if (firstKey === 'meta' || (/"files"\s*:/.test(text) && /"executed_lines"|"totals"\s*:/.test(text))) {
    return 'coverage-py-json';
  }
  if (firstKey === 'total' && /"(lines|statements)"\s*:\s*\{\s*"total"/.test(text)) return 'istanbul-summary';
  if (/"statementMap"\s*:/.test(text)) return 'istanbul-final';
  throw unknown(displayName, `is JSON with first key ${JSON.stringify(firstKey.slice(0, 60))}`);
}

const emptyFix =
  'Check that the test step ran and wrote the report (an empty file usually means the tests crashed).';

function unknown(displayName: string, what: string): InputError {
  return new InputError(
    `${displayName}: unknown coverage report format: the file ${what}`,
    { path: displayName, line: 1 },
    'Supported: Cobertura XML, JaCoCo XML, LCOV, coverage.py JSON, Istanbul coverage-final.json / coverage-summary.json, Go coverprofile.',
  );
}
