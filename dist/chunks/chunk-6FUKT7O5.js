import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-JB365UXO.js";

// src/util/byte-lines.ts
var MAX_LINE_BYTES = 64 * 1024 * 1024;
async function forEachByteLine(chunks, reportName, onLine) {
  let carry;
  let lineNumber = 0;
  for await (const chunk of chunks) {
    let buf = chunk;
    if (carry) {
      buf = new Uint8Array(carry.length + chunk.length);
      buf.set(carry, 0);
      buf.set(chunk, carry.length);
      carry = void 0;
    }
    let start = 0;
    for (let nl = buf.indexOf(10, start); nl !== -1; nl = buf.indexOf(10, start)) {
      lineNumber++;
      onLine(buf, start, nl > start && buf[nl - 1] === 13 ? nl - 1 : nl, lineNumber);
      start = nl + 1;
    }
    if (start < buf.length) carry = buf.slice(start);
    if (carry && carry.length > MAX_LINE_BYTES) {
      throw new InputError(
        `${reportName}:${lineNumber + 1}: line longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB: not a coverage report`,
        { path: reportName, line: lineNumber + 1 },
        "Check that this is the report file the tests wrote."
      );
    }
  }
  if (carry && carry.length > 0) {
    lineNumber++;
    const end = carry[carry.length - 1] === 13 ? carry.length - 1 : carry.length;
    onLine(carry, 0, end, lineNumber);
  }
  return lineNumber;
}
function utf8Text(buf, start, end) {
  if (end - start <= 64) {
    let ascii = true;
    for (let i = start; i < end; i++) {
      if (buf[i] >= 128) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, buf.subarray(start, end));
  }
  return decoder.decode(buf.subarray(start, end));
}
var decoder = new TextDecoder("utf-8");
async function lineColumnAt(chunks, offsets) {
  const order = offsets.map((offset, index) => ({ offset, index })).sort((a, b) => a.offset - b.offset);
  const out = offsets.map(() => ({ line: 1, column: 1 }));
  let line = 1;
  let lineStart = 0;
  let base = 0;
  let next = 0;
  const settle = (limit) => {
    while (next < order.length && order[next].offset <= limit) {
      const { offset, index } = order[next];
      out[index] = { line, column: offset - lineStart + 1 };
      next++;
    }
  };
  for await (const chunk of chunks) {
    const end = base + chunk.length;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, nl + 1)) {
      settle(base + nl);
      if (next === order.length) break;
      line++;
      lineStart = base + nl + 1;
    }
    if (next === order.length) break;
    settle(end - 1);
    if (next === order.length) break;
    base = end;
  }
  settle(Number.POSITIVE_INFINITY);
  return out;
}
var PositionedError = class extends Error {
  constructor(offsets, build) {
    super("an input error whose position is not resolved yet");
    this.offsets = offsets;
    this.build = build;
  }
  offsets;
  build;
};
async function resolvingPositions(input, read) {
  try {
    return await read();
  } catch (error) {
    if (!(error instanceof PositionedError)) throw error;
    throw error.build(await lineColumnAt(input(), error.offsets));
  }
}

export {
  MAX_LINE_BYTES,
  forEachByteLine,
  utf8Text,
  PositionedError,
  resolvingPositions
};
