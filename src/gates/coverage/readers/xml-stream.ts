import { InputError } from '../../../util/errors.js';
import { type XmlScanHandlers, XmlScanner, XmlSyntaxError, type XmlTag } from '../../../util/xml-scanner.js';

const FIX = 'Regenerate the report; a truncated file usually means the test job was cancelled while writing it.';

/**
 * Streams a report's bytes through the XML scanner. Any well-formedness error, including a
 * truncated file, becomes an `InputError` with the line and column; entities are never expanded.
 * `makeHandlers` gets the line of the tag being handled, for the handlers' own errors.
 */
export async function parseXmlStream(
  chunks: AsyncIterable<Uint8Array>,
  makeHandlers: (currentLine: () => number) => XmlScanHandlers,
  reportName: string,
): Promise<void> {
  // The handlers need the scanner's position, and the scanner needs the handlers.
  const ref: { scanner?: XmlScanner } = {};
  const scanner = new XmlScanner(makeHandlers(() => ref.scanner?.position().line ?? 1));
  ref.scanner = scanner;
  try {
    for await (const chunk of chunks) scanner.write(chunk);
    scanner.end();
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new InputError(
        `${reportName}:${error.line}:${error.column}: malformed XML: ${error.message}`,
        { path: reportName, line: error.line, column: error.column },
        FIX,
      );
    }
    throw error;
  }
}

/** Reads a required non-negative integer attribute or throws an `InputError` naming it. */
export function intAttribute(tag: XmlTag, name: string, reportName: string, currentLine: () => number): number {
  const value = tag.integer(name);
  if (value === undefined || Number.isNaN(value)) {
    const line = currentLine();
    const raw = tag.attribute(name);
    throw new InputError(
      `${reportName}:${line}: <${tag.name}> has ${raw === undefined ? `no "${name}" attribute` : `${name}="${raw}", not a non-negative integer`}`,
      { path: reportName, line },
      'Regenerate the report with a supported tool; hand-edited reports often break this.',
    );
  }
  return value;
}
