import { InputError } from '../../../util/errors.js';
import type { XmlScanHandlers, XmlTag } from '../../../util/xml-scanner.js';
import type { CoverageSink, FileWriter, ReportReader } from '../model.js';
import { intAttribute, parseXmlStream, tagError } from './xml-stream.js';

/**
 * Reads JaCoCo XML. Line data lives under `<package name="a/b"><sourcefile name="C.java">`;
 * the `<class>` elements carry only counters and are skipped. A line is covered when it has
 * covered instructions (`ci > 0`), as JaCoCo's own line counter does.
 */
export const readJacoco: ReportReader = async (input, sink, reportName) => {
  await parseXmlStream(input.source?.() ?? input.bytes(), new JacocoHandlers(sink, reportName), reportName, () =>
    input.bytes(),
  );
};

/** Scanner handlers for one JaCoCo document. */
class JacocoHandlers implements XmlScanHandlers {
  private rootSeen = false;
  private packageName = '';
  private current: FileWriter | undefined;

  constructor(
    private readonly sink: CoverageSink,
    private readonly reportName: string,
  ) {}

  open(tag: XmlTag): void {
    if (!this.rootSeen) {
      this.rootSeen = true;
      if (!tag.is('report')) {
        const name = tag.name;
        throw tagError(
          tag,
          (line) =>
            new InputError(`${this.reportName}: root element is <${name}>, not JaCoCo's <report>`, {
              path: this.reportName,
              line,
            }),
        );
      }
    } else if (tag.is('line')) {
      if (this.current) this.readLine(tag, this.current);
    } else if (tag.is('package')) {
      this.packageName = tag.attribute('name') ?? '';
    } else if (tag.is('sourcefile')) {
      const name = tag.attribute('name') ?? '';
      this.current = this.sink.beginFile(this.packageName === '' ? name : `${this.packageName}/${name}`);
      this.current.hasBranches();
    }
  }

  close(name: string): void {
    if (name === 'sourcefile' && this.current) {
      this.current.end();
      this.current = undefined;
    } else if (name === 'package') {
      this.packageName = '';
    }
  }

  private readLine(tag: XmlTag, file: FileWriter): void {
    const int = (name: string) => intAttribute(tag, name, this.reportName);
    const line = int('nr');
    const missedInstructions = int('mi');
    const coveredInstructions = int('ci');
    if (missedInstructions + coveredInstructions > 0) file.line(line, coveredInstructions);
    const missedBranches = tag.attribute('mb') === undefined ? 0 : int('mb');
    const coveredBranches = tag.attribute('cb') === undefined ? 0 : int('cb');
    if (missedBranches + coveredBranches > 0) file.branch(line, coveredBranches, missedBranches + coveredBranches);
  }
}
