// Builds the explorer into ../dist, which the Go package embeds:
// index.html, explorer.js and explorer.css. Asset URLs carry a hash of
// their content, so the server can let browsers cache them for good.
// Run with `npm run build`; the output is deterministic, so CI can rebuild
// and compare it with the committed files (`npm run check-bundle`).
import * as esbuild from 'esbuild';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, '..', 'dist');

const res = await esbuild.build({
  absWorkingDir: here,
  entryPoints: { explorer: 'src/main.ts', style: 'src/style.css' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: ['es2020', 'chrome100', 'firefox100', 'safari15'],
  legalComments: 'eof',
  charset: 'utf8',
  outdir: 'dist',
  write: false,
  logLevel: 'warning',
});

const files = {};
for (const f of res.outputFiles) {
  const name = path.basename(f.path) === 'style.css' ? 'explorer.css' : path.basename(f.path);
  files[name] = f.contents;
}
const version = (name) => createHash('sha256').update(files[name]).digest('hex').slice(0, 12);
const html = readFileSync(path.join(here, 'src', 'index.html'), 'utf8')
  .replace('%CSS%', `/explorer/explorer.css?v=${version('explorer.css')}`)
  .replace('%JS%', `/explorer/explorer.js?v=${version('explorer.js')}`);
files['index.html'] = Buffer.from(html);

mkdirSync(out, { recursive: true });
for (const old of readdirSync(out)) if (!(old in files)) rmSync(path.join(out, old));
for (const [name, body] of Object.entries(files)) {
  writeFileSync(path.join(out, name), body);
  console.log(`${name}: ${body.length} bytes`);
}
