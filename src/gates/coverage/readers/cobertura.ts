import type { SaxesTagPlain } from 'saxes';
import { InputError } from '../../../util/errors.js';
import { addLineHits, type FileRecord, type LineBranches, type ReportReader } from '../model.js';
import { intAttribute, parseXmlStream } from './xml-stream.js';

const CONDITION_COVERAGE = /\((\d+)\s*\/\s*(\d+)\)/;

/**
 * Reads Cobertura XML (coverage.py/pytest-cov, gcovr, coverlet, Cobertura itself). One record per
 * `<class>`; a file split over several classes (inner classes, coverlet) is merged by the store.
 * Lines nested under `<methods>` repeat the class's lines and merge harmlessly.
 */
export const readCobertura: ReportReader = async (chunks, sink, reportName) => {
  await parseXmlStream(
    chunks,
    (currentLine) => {
      let rootSeen = false;
      let inSource = false;
      let sourceText = '';
      const roots: string[] = [];
      let current: FileRecord | undefined;
      let branchByLine: Map<number, LineBranches> | undefined;

      return {
        open(tag: SaxesTagPlain) {
          if (!rootSeen) {
            rootSeen = true;
            if (tag.name !== 'coverage') {
              throw new InputError(
                `${reportName}: root element is <${tag.name}>, not Cobertura's <coverage>`,
                { path: reportName, line: currentLine() },
              );
            }
            return;
          }
          switch (tag.name) {
            case 'source':
              inSource = true;
              sourceText = '';
              return;
            case 'class': {
              const filename = tag.attributes.filename;
              if (filename === undefined || filename === '') {
                throw new InputError(`${reportName}:${currentLine()}: <class> has no "filename" attribute`, {
                  path: reportName,
                  line: currentLine(),
                });
              }
              current = { path: filename, lines: new Map() };
              branchByLine = undefined;
              return;
            }
            case 'line': {
              if (!current) return;
              const number = intAttribute(tag, 'number', reportName, currentLine);
              const hits = intAttribute(tag, 'hits', reportName, currentLine);
              addLineHits(current.lines, number, hits);
              if (tag.attributes.branch === 'true') {
                const match = CONDITION_COVERAGE.exec(tag.attributes['condition-coverage'] ?? '');
                if (match) {
                  branchByLine ??= new Map();
                  const covered = Number(match[1]);
                  const total = Number(match[2]);
                  const seen = branchByLine.get(number);
                  if (!seen) branchByLine.set(number, { line: number, covered, total });
                  else {
                    seen.covered = Math.max(seen.covered, covered);
                    seen.total = Math.max(seen.total, total);
                  }
                }
              }
              return;
            }
          }
        },
        close(name: string) {
          if (name === 'source') {
            inSource = false;
            const root = sourceText.trim();
            if (root !== '') roots.push(root);
          } else if (name === 'sources') {
            sink.sourceRoots(roots);
          } else if (name === 'class' && current) {
            if (branchByLine) current.branches = [...branchByLine.values()];
            sink.file(current);
            current = undefined;
          }
        },
        text(text: string) {
          if (inSource) sourceText += text;
        },
      };
    },
    reportName,
  );
};
