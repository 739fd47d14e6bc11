// Builds the offline GraphiQL bundle into ../assets (embedded by the Go
// server): playground.js.gz and playground.css.gz. Run with `npm run build`.
import * as esbuild from 'esbuild';
import { writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync, constants } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'assets');

const common = {
  bundle: true,
  minify: true,
  legalComments: 'none',
  target: ['es2020'],
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  absWorkingDir: here,
};

// Each worker becomes one self-contained classic script (IIFE), kept in
// memory and imported by the page bundle as a string.
async function buildWorker(entry) {
  const res = await esbuild.build({
    ...common,
    entryPoints: [entry],
    format: 'iife',
    write: false,
  });
  return res.outputFiles[0].text;
}

const workerPlugin = {
  name: 'worker-as-text',
  setup(build) {
    build.onResolve({ filter: /^worker:/ }, (args) => ({
      path: args.path.slice('worker:'.length),
      namespace: 'worker-text',
    }));
    build.onLoad({ filter: /.*/, namespace: 'worker-text' }, async (args) => {
      const entry = await build.resolve(args.path, { kind: 'import-statement', resolveDir: here });
      if (entry.errors.length) return { errors: entry.errors };
      return { contents: await buildWorker(entry.path), loader: 'text' };
    });
  },
};

const res = await esbuild.build({
  ...common,
  entryPoints: { playground: 'src/main.jsx' },
  format: 'iife',
  outdir: 'dist',
  write: false,
  jsx: 'automatic',
  // Fonts and images referenced by CSS are inlined so nothing is fetched.
  loader: { '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl', '.png': 'dataurl' },
  plugins: [workerPlugin],
});

mkdirSync(out, { recursive: true });
for (const f of res.outputFiles) {
  const name = path.basename(f.path);
  const gz = gzipSync(f.contents, { level: constants.Z_BEST_COMPRESSION });
  writeFileSync(path.join(out, name + '.gz'), gz);
  console.log(`${name}: ${f.contents.length} bytes, ${gz.length} gzipped`);
}
