#!/usr/bin/env node
// npm start: build the dashboard and the API server when their sources changed since the last build, then run the
// compiled server IN THIS PROCESS (no child process, no tsx): it alone receives Ctrl-C or SIGTERM and shuts down
// once, stopping the embedded PostgreSQL it started. The database is the embedded PostgreSQL in ./data unless
// DATABASE_URL names a server. SKIP_BUILD=1 skips the dashboard's build (the API server is always brought up to date).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { backendBundle, backendIsStale, buildBackend } from './build-backend.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const index = path.join(root, 'dist', 'pilotage', 'browser', 'index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const sources = [path.join(root, 'frontend'), path.join(root, 'angular.json')];
const builtAt = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
const changedAt = Math.max(
  ...sources.map((s) => (fs.statSync(s).isDirectory() ? newestMtime(s) : fs.statSync(s).mtimeMs)),
);
if (process.env.SKIP_BUILD !== '1' && changedAt > builtAt) {
  console.log('Building the dashboard (ng build)...');
  const build = spawnSync(bin('ng'), ['build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

if (backendIsStale()) {
  console.log('Building the API server (esbuild)...');
  await buildBackend();
}
await import(pathToFileURL(backendBundle).href);
