import type { CoverageSink, FileRecord, ReportReader } from '../../src/gates/coverage/model.js';
import { textChunks } from '../../src/util/text-stream.js';

/** Runs a reader over text and collects what it emits. */
export async function collect(
  reader: ReportReader,
  text: string | string[],
  name = 'report',
): Promise<{ files: FileRecord[]; roots: string[] }> {
  const files: FileRecord[] = [];
  let roots: string[] = [];
  const sink: CoverageSink = {
    sourceRoots: (r) => {
      roots = r;
    },
    file: (f) => files.push(f),
  };
  await reader(textChunks(...(Array.isArray(text) ? text : [text])), sink, name);
  return { files, roots };
}

/** Line map as a plain object for readable assertions. */
export function linesOf(record: FileRecord | undefined): Record<number, number> {
  return Object.fromEntries(record?.lines ?? []);
}
