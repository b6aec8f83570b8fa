import { InputError } from '../../../util/errors.js';
import type { XmlScanHandlers, XmlTag } from '../../../util/xml-scanner.js';
import type { CoverageSink, FileWriter, ReportReader } from '../model.js';
import { intAttribute, parseXmlStream } from './xml-stream.js';

/**
 * Reads Cobertura XML (coverage.py/pytest-cov, gcovr, coverlet, Cobertura itself). Each
 * `<class>` streams into its file; a file split over several classes (inner classes, coverlet)
 * merges in the store, and lines nested under `<methods>` repeat the class's lines harmlessly.
 */
export const readCobertura: ReportReader = async (input, sink, reportName) => {
  await parseXmlStream(input.bytes(), (currentLine) => new CoberturaHandlers(sink, reportName, currentLine), reportName);
};

/** Scanner handlers for one Cobertura document. */
class CoberturaHandlers implements XmlScanHandlers {
  private rootSeen = false;
  private inSource = false;
  private sourceText = '';
  private readonly roots: string[] = [];
  private current: FileWriter | undefined;

  constructor(
    private readonly sink: CoverageSink,
    private readonly reportName: string,
    private readonly currentLine: () => number,
  ) {}

  open(tag: XmlTag): void {
    if (!this.rootSeen) {
      this.openRoot(tag);
    } else if (tag.is('line')) {
      if (this.current) this.readLine(tag, this.current);
    } else if (tag.is('source')) {
      this.inSource = true;
      this.sourceText = '';
    } else if (tag.is('class')) {
      this.openClass(tag);
    }
  }

  close(name: string): void {
    if (name === 'line') return;
    if (name === 'source') {
      this.inSource = false;
      const root = this.sourceText.trim();
      if (root !== '') this.roots.push(root);
    } else if (name === 'sources') {
      this.sink.sourceRoots(this.roots);
    } else if (name === 'class' && this.current) {
      this.current.end();
      this.current = undefined;
    }
  }

  wantsText(): boolean {
    return this.inSource;
  }

  text(text: string): void {
    this.sourceText += text;
  }

  private openRoot(tag: XmlTag): void {
    this.rootSeen = true;
    if (!tag.is('coverage')) {
      throw new InputError(`${this.reportName}: root element is <${tag.name}>, not Cobertura's <coverage>`, {
        path: this.reportName,
        line: this.currentLine(),
      });
    }
  }

  private openClass(tag: XmlTag): void {
    const filename = tag.attribute('filename');
    if (filename === undefined || filename === '') {
      const line = this.currentLine();
      throw new InputError(`${this.reportName}:${line}: <class> has no "filename" attribute`, {
        path: this.reportName,
        line,
      });
    }
    this.current = this.sink.beginFile(filename);
  }

  private readLine(tag: XmlTag, file: FileWriter): void {
    const number = intAttribute(tag, 'number', this.reportName, this.currentLine);
    file.line(number, intAttribute(tag, 'hits', this.reportName, this.currentLine));
    if (!tag.attributeIs('branch', 'true')) return;
    // condition-coverage="50% (1/2)"
    const match = /\((\d+)\s*\/\s*(\d+)\)/.exec(tag.attribute('condition-coverage') ?? '');
    if (match) file.branch(number, Number(match[1]), Number(match[2]));
  }
}
