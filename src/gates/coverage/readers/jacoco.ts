import type { SaxesTagPlain } from 'saxes';
import { InputError } from '../../../util/errors.js';
import type { FileRecord, LineBranches, ReportReader } from '../model.js';
import { intAttribute, parseXmlStream } from './xml-stream.js';

/**
 * Reads JaCoCo XML. Line data lives under `<package name="a/b"><sourcefile name="C.java">`;
 * the `<class>` elements carry only counters and are skipped. A line is covered when it has
 * covered instructions (`ci > 0`), as JaCoCo's own line counter does.
 */
export const readJacoco: ReportReader = async (chunks, sink, reportName) => {
  await parseXmlStream(
    chunks,
    (currentLine) => {
      let rootSeen = false;
      let packageName = '';
      let current: FileRecord | undefined;
      let branches: LineBranches[] = [];
      return {
        open(tag: SaxesTagPlain) {
          if (!rootSeen) {
            rootSeen = true;
            if (tag.name !== 'report') {
              throw new InputError(`${reportName}: root element is <${tag.name}>, not JaCoCo's <report>`, {
                path: reportName,
                line: currentLine(),
              });
            }
            return;
          }
          if (tag.name === 'package') {
            packageName = tag.attributes.name ?? '';
          } else if (tag.name === 'sourcefile') {
            const name = tag.attributes.name ?? '';
            current = { path: packageName === '' ? name : `${packageName}/${name}`, lines: new Map() };
            branches = [];
          } else if (tag.name === 'line' && current) {
            const line = intAttribute(tag, 'nr', reportName, currentLine);
            const missedInstructions = intAttribute(tag, 'mi', reportName, currentLine);
            const coveredInstructions = intAttribute(tag, 'ci', reportName, currentLine);
            const missedBranches = Number(tag.attributes.mb ?? 0);
            const coveredBranches = Number(tag.attributes.cb ?? 0);
            if (missedInstructions + coveredInstructions > 0) current.lines.set(line, coveredInstructions);
            if (missedBranches + coveredBranches > 0) {
              branches.push({ line, covered: coveredBranches, total: missedBranches + coveredBranches });
            }
          }
        },
        close(name: string) {
          if (name === 'sourcefile' && current) {
            if (branches.length > 0) current.branches = branches;
            sink.file(current);
            current = undefined;
          } else if (name === 'package') {
            packageName = '';
          }
        },
      };
    },
    reportName,
  );
};
