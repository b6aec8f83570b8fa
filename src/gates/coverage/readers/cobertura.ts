import type { SaxesTagPlain } from 'saxes';
import { InputError } from '../../../util/errors.js';
import {
  addLineHits,
  type CoverageSink,
  type FileRecord,
  type LineBranches,
  type ReportReader,
} from '../model.js';
import { intAttribute, parseXmlStream, type XmlHandlers } from './xml-stream.js';

const CONDITION_COVERAGE = /\((\d+)\s*\/\s*(\d+)\)/;

/**
 * Reads Cobertura XML (coverage.py/pytest-cov, gcovr, coverlet, Cobertura itself). One record per
 * `<class>`; a file split over several classes (inner classes, coverlet) is merged by the store.
 * Lines nested under `<methods>` repeat the class's lines and merge harmlessly.
 */
export const readCobertura: ReportReader = async (chunks, sink, reportName) => {
  await parseXmlStream(
    chunks,
    (currentLine) => new CoberturaHandlers(sink, reportName, currentLine),
    reportName,
  );
};

/** SAX handlers for one Cobertura document. */
class CoberturaHandlers implements XmlHandlers {
  private rootSeen = false;
  private inSource = false;
  private sourceText = '';
  private readonly roots: string[] = [];
  private current: FileRecord | undefined;
  private branchByLine: Map<number, LineBranches> | undefined;

  constructor(
    private readonly sink: CoverageSink,
    private readonly reportName: string,
    private readonly currentLine: () => number,
  ) {}

  open(tag: SaxesTagPlain): void {
    if (!this.rootSeen) {
      this.openRoot(tag);
    } else if (tag.name === 'source') {
      this.inSource = true;
      this.sourceText = '';
    } else if (tag.name === 'class') {
      this.openClass(tag);
    } else if (tag.name === 'line' && this.current) {
      this.readLine(tag, this.current);
    }
  }

  close(name: string): void {
    if (name === 'source') {
      this.inSource = false;
      const root = this.sourceText.trim();
      if (root !== '') this.roots.push(root);
    } else if (name === 'sources') {
      this.sink.sourceRoots(this.roots);
    } else if (name === 'class' && this.current) {
      if (this.branchByLine) this.current.branches = [...this.branchByLine.values()];
      this.sink.file(this.current);
      this.current = undefined;
    }
  }

  text(text: string): void {
    if (this.inSource) this.sourceText += text;
  }

  private openRoot(tag: SaxesTagPlain): void {
    this.rootSeen = true;
    if (tag.name !== 'coverage') {
      throw new InputError(`${this.reportName}: root element is <${tag.name}>, not Cobertura's <coverage>`, {
        path: this.reportName,
        line: this.currentLine(),
      });
    }
  }

  private openClass(tag: SaxesTagPlain): void {
    const filename = tag.attributes.filename;
    if (filename === undefined || filename === '') {
      const line = this.currentLine();
      throw new InputError(`${this.reportName}:${line}: <class> has no "filename" attribute`, {
        path: this.reportName,
        line,
      });
    }
    this.current = { path: filename, lines: new Map() };
    this.branchByLine = undefined;
  }

  private readLine(tag: SaxesTagPlain, record: FileRecord): void {
    const number = intAttribute(tag, 'number', this.reportName, this.currentLine);
    addLineHits(record.lines, number, intAttribute(tag, 'hits', this.reportName, this.currentLine));
    if (tag.attributes.branch !== 'true') return;
    const match = CONDITION_COVERAGE.exec(tag.attributes['condition-coverage'] ?? '');
    if (!match) return;
    this.branchByLine ??= new Map();
    const covered = Number(match[1]);
    const total = Number(match[2]);
    const seen = this.branchByLine.get(number);
    if (!seen) this.branchByLine.set(number, { line: number, covered, total });
    else {
      seen.covered = Math.max(seen.covered, covered);
      seen.total = Math.max(seen.total, total);
    }
  }
}
