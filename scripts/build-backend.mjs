#!/usr/bin/env node
// npm run build:backend: compiles the API server (backend/src/main.ts and what it imports) into one ES module,
// dist/backend/main.js (and each worker thread's entry beside it), that plain `node` runs in production (npm start,
// the Docker image). Packages stay in node_modules; SQL files and demo data are read from the repository at run time.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const backendEntry = path.join(root, 'backend', 'src', 'main.ts');
export const backendBundle = path.join(root, 'dist', 'backend', 'main.js');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/** Whether the backend's sources (or the installed packages) changed since the bundle was built. */
export function backendIsStale() {
  if (!fs.existsSync(backendBundle)) return true;
  const builtAt = fs.statSync(backendBundle).mtimeMs;
  const sources = [path.join(root, 'backend', 'src'), path.join(root, 'common'), path.join(root, 'package-lock.json')];
  return (
    Math.max(...sources.map((s) => (fs.statSync(s).isDirectory() ? newestMtime(s) : fs.statSync(s).mtimeMs))) > builtAt
  );
}

export async function buildBackend() {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error('esbuild is missing: run `npm install` (it is a development dependency) to build the backend.');
  }
  try {
    await build(esbuild);
  } finally {
    // esbuild's service process would otherwise stay a child of the server for its whole life
    await esbuild.stop();
  }
}

/**
 * The server, and every worker thread's entry (`*-worker.ts`, loaded by `new Worker(new URL('./x-worker.js',
 * import.meta.url))`) as a file of its own beside it.
 */
function entryPoints() {
  const entries = { main: backendEntry };
  for (const file of fs.readdirSync(path.join(root, 'backend', 'src'), { recursive: true })) {
    if (String(file).endsWith('-worker.ts'))
      entries[path.basename(String(file), '.ts')] = path.join(root, 'backend', 'src', String(file));
  }
  return entries;
}

async function build(esbuild) {
  await esbuild.build({
    entryPoints: entryPoints(),
    outdir: path.dirname(backendBundle),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  await buildBackend();
  console.log(`Backend built into ${path.relative(root, backendBundle)} in ${Date.now() - started} ms`);
}
