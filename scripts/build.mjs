// Bundles each entry point into dist/ (ESM, Node 20+) with shared chunks. The output is
// deterministic, so CI can rebuild and compare it with the committed dist/.
// `coverage-worker` is the coverage readers' worker thread (src/gates/coverage/pool.ts);
// `data-schema-worker` checks parts of large data files (src/gates/data-schema/parts.ts);
// `gate-worker` judges one of `run`'s gates per lane (src/commands/gate-lanes.ts).
// `--outdir DIR` builds elsewhere (bench/run.mjs builds into bench/out/).
import { readFile, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const outdir = parseArgs({ options: { outdir: { type: 'string', default: 'dist' } } }).values.outdir;
const { version } = JSON.parse(await readFile('package.json', 'utf8'));
await rm(outdir, { recursive: true, force: true });
await build({
  entryPoints: {
    cli: 'src/main.ts',
    'coverage-worker': 'src/gates/coverage/worker.ts',
    'data-schema-worker': 'src/gates/data-schema/worker.ts',
    'gate-worker': 'src/commands/gate-worker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies inside an ESM bundle still call require().
  banner: {
    js: "import { createRequire as __mlqgCreateRequire } from 'node:module'; const require = __mlqgCreateRequire(import.meta.url);",
  },
  define: { __MLQG_VERSION__: JSON.stringify(version) },
  legalComments: 'linked',
  // Whitespace and syntax only: names stay readable in a stack trace and in a review of dist/.
  minifyWhitespace: true,
  minifySyntax: true,
  sourcemap: false,
  logLevel: 'warning',
});
