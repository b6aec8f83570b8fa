import type { SaxesTagPlain } from 'saxes';
import { InputError } from '../../../util/errors.js';
import type { CoverageSink, FileRecord, LineBranches, ReportReader } from '../model.js';
import { intAttribute, parseXmlStream, type XmlHandlers } from './xml-stream.js';

/**
 * Reads JaCoCo XML. Line data lives under `<package name="a/b"><sourcefile name="C.java">`;
 * the `<class>` elements carry only counters and are skipped. A line is covered when it has
 * covered instructions (`ci > 0`), as JaCoCo's own line counter does.
 */
export const readJacoco: ReportReader = async (chunks, sink, reportName) => {
  await parseXmlStream(
    chunks,
    (currentLine) => new JacocoHandlers(sink, reportName, currentLine),
    reportName,
  );
};

/** SAX handlers for one JaCoCo document. */
class JacocoHandlers implements XmlHandlers {
  private rootSeen = false;
  private packageName = '';
  private current: FileRecord | undefined;
  private branches: LineBranches[] = [];

  constructor(
    private readonly sink: CoverageSink,
    private readonly reportName: string,
    private readonly currentLine: () => number,
  ) {}

  open(tag: SaxesTagPlain): void {
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (tag.name !== 'report') {
        throw new InputError(`${this.reportName}: root element is <${tag.name}>, not JaCoCo's <report>`, {
          path: this.reportName,
          line: this.currentLine(),
        });
      }
    } else if (tag.name === 'package') {
      this.packageName = tag.attributes.name ?? '';
    } else if (tag.name === 'sourcefile') {
      const name = tag.attributes.name ?? '';
      this.current = {
        path: this.packageName === '' ? name : `${this.packageName}/${name}`,
        lines: new Map(),
      };
      this.branches = [];
    } else if (tag.name === 'line' && this.current) {
      this.readLine(tag, this.current);
    }
  }

  close(name: string): void {
    if (name === 'sourcefile' && this.current) {
      if (this.branches.length > 0) this.current.branches = this.branches;
      this.sink.file(this.current);
      this.current = undefined;
    } else if (name === 'package') {
      this.packageName = '';
    }
  }

  private readLine(tag: SaxesTagPlain, record: FileRecord): void {
    const int = (name: string) => intAttribute(tag, name, this.reportName, this.currentLine);
    const line = int('nr');
    const missedInstructions = int('mi');
    const coveredInstructions = int('ci');
    if (missedInstructions + coveredInstructions > 0) record.lines.set(line, coveredInstructions);
    const missedBranches = tag.attributes.mb === undefined ? 0 : int('mb');
    const coveredBranches = tag.attributes.cb === undefined ? 0 : int('cb');
    if (missedBranches + coveredBranches > 0) {
      this.branches.push({ line, covered: coveredBranches, total: missedBranches + coveredBranches });
    }
  }
}
