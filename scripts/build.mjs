// Bundles each entry point into dist/ (ESM, Node 20+) with shared chunks. The output is
// deterministic, so CI can rebuild and compare it with the committed dist/.
import { readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';

const { version } = JSON.parse(await readFile('package.json', 'utf8'));
await rm('dist', { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/main.ts' },
  outdir: 'dist',
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
  sourcemap: false,
  logLevel: 'warning',
});
