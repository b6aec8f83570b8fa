// Writes generated benchmark inputs line by line without holding the file: lines are batched into
// ~1 MiB chunks and the stream's backpressure is respected (shared by the data schema and model
// evaluation input generators).
import { createWriteStream } from 'node:fs';

/** Writes `header` then `line(0)` … `line(n - 1)` to `path`. */
export async function writeLines(path, header, n, line) {
  const out = createWriteStream(path);
  if (header) out.write(header);
  let chunk = '';
  for (let i = 0; i < n; i++) {
    chunk += line(i);
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise((r) => out.once('drain', r));
      chunk = '';
    }
  }
  out.write(chunk);
  await new Promise((r) => out.end(r));
}
