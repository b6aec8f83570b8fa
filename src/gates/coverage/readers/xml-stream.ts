import { type LineColumn, PositionedError, resolvingPositions } from '../../../util/byte-lines.js';
import { InputError } from '../../../util/errors.js';
import { type ByteSource, consumeBytes } from '../../../util/text-stream.js';
import {
  MAX_MARKUP,
  type PartialOutcome,
  type XmlScanHandlers,
  XmlScanner,
  XmlSyntaxError,
  type XmlTag,
} from '../../../util/xml-scanner.js';

const FIX = 'Regenerate the report; a truncated file usually means the test job was cancelled while writing it.';

/**
 * Streams a report's bytes through the XML scanner. Any well-formedness error, including a
 * truncated file, becomes an `InputError` with the line and column; entities are never expanded.
 * Lines are not counted while reading: an error's line is found by reading `whole()` (the whole
 * report) again up to the error's offset.
 */
export async function parseXmlStream(
  source: ByteSource,
  handlers: XmlScanHandlers,
  reportName: string,
  whole: () => AsyncIterable<Uint8Array>,
): Promise<void> {
  await resolvingPositions(whole, async () => {
    const scanner = new XmlScanner(handlers);
    try {
      await scan(source, scanner);
      scanner.end();
    } catch (error) {
      throw positioned(error, reportName);
    }
  });
}

/**
 * Scans one part of a report that was split at `<` offsets in element content (see
 * `XmlScannerOptions.partial`). The first part starts at the document's start; the others inside
 * the root. Errors are thrown with offsets only: the caller reads the report again whole to
 * report them, since an error in a part may only mean that the split was wrong.
 */
export async function parseXmlPart(
  source: ByteSource,
  handlers: XmlScanHandlers,
  part: { start: number },
): Promise<PartialOutcome & { sawRoot: boolean }> {
  const scanner = new XmlScanner(handlers, { partial: part.start > 0, offset: part.start });
  await scan(source, scanner);
  const outcome = scanner.endPart();
  return { ...outcome, sawRoot: scanner.sawRoot };
}

function scan(source: ByteSource, scanner: XmlScanner): Promise<void> {
  return consumeBytes(
    source,
    (view, offset, final) => scanner.consume(view, offset, final),
    MAX_MARKUP,
    (offset) => {
      throw new XmlSyntaxError('markup too long (unterminated tag, comment or string?)', offset);
    },
  );
}

/** An XML syntax error as an input error that names the file, line and column. */
function positioned(error: unknown, reportName: string): unknown {
  if (!(error instanceof XmlSyntaxError)) return error;
  return new PositionedError([error.offset], ([at]) => {
    const { line, column } = at as LineColumn;
    return new InputError(
      `${reportName}:${line}:${column}: malformed XML: ${error.message}`,
      { path: reportName, line, column },
      FIX,
    );
  });
}

/** An input error about a tag, with the tag's line (found when it is thrown). */
export function tagError(tag: XmlTag, build: (line: number) => InputError): PositionedError {
  return new PositionedError([tag.offset], ([at]) => build((at as LineColumn).line));
}

/** Reads a required non-negative integer attribute or throws an error naming it and its line. */
export function intAttribute(tag: XmlTag, name: string, reportName: string): number {
  const value = tag.integer(name);
  if (value === undefined || Number.isNaN(value)) {
    const raw = tag.attribute(name);
    const tagName = tag.name;
    throw tagError(
      tag,
      (line) =>
        new InputError(
          `${reportName}:${line}: <${tagName}> has ${raw === undefined ? `no "${name}" attribute` : `${name}="${raw}", not a non-negative integer`}`,
          { path: reportName, line },
          'Regenerate the report with a supported tool; hand-edited reports often break this.',
        ),
    );
  }
  return value;
}
