#!/usr/bin/env node
// npm test: backend and SQL view tests (jasmine, real PostgreSQL), frontend tests (karma in headless Chromium),
// then the end-to-end test (playwright-core drives Chromium against the built app). Ends with one plain line
// "N passed, N failed, N skipped" that CI logs can be read by.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const only = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
let anyFailure = false;

function findChromium() {
  const candidates = [
    process.env.CHROME_BIN,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((c) => c && fs.existsSync(c));
}

function run(name, command, args, env, parse) {
  return new Promise((resolve) => {
    console.log(`\n▶ ${name}: ${command} ${args.join(' ')}`);
    const child = spawn(command, args, {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      output += chunk;
    });
    child.on('exit', (code) => {
      const counts = parse(output);
      if (counts) {
        totals.passed += counts.passed;
        totals.failed += counts.failed;
        totals.skipped += counts.skipped;
      }
      if (code !== 0 || !counts) {
        anyFailure = true;
        if (!counts) totals.failed += 1;
        console.log(`✘ ${name} failed (exit code ${code})`);
      }
      resolve();
    });
  });
}

/** "26 specs, 0 failures, 2 pending specs" (jasmine) */
function jasmineCounts(output) {
  const match = /(\d+) specs?, (\d+) failures?(?:, (\d+) pending specs?)?/.exec(output);
  if (!match) return undefined;
  const [total, failed, pending] = [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)];
  return { passed: total - failed - pending, failed, skipped: pending };
}

/** "Karma: 42 passed, 0 failed, 0 skipped" (our karma reporter) */
function karmaCounts(output) {
  const match = /Karma: (\d+) passed, (\d+) failed, (\d+) skipped/.exec(output);
  return match ? { passed: Number(match[1]), failed: Number(match[2]), skipped: Number(match[3]) } : undefined;
}

const tsx = path.join(root, 'node_modules', '.bin', 'tsx');
const jasmine = path.join(root, 'node_modules', 'jasmine', 'bin', 'jasmine.js');
const ng = path.join(root, 'node_modules', '.bin', 'ng');
const wants = (part) => only.length === 0 || only.includes(part);

if (wants('backend'))
  await run(
    'typecheck (backend, bench, e2e)',
    path.join(root, 'node_modules', '.bin', 'tsc'),
    ['-p', 'backend/tsconfig.json', '--noEmit'],
    {},
    () => ({ passed: 0, failed: 0, skipped: 0 }),
  );
if (wants('backend'))
  await run('backend + SQL views', tsx, [jasmine, '--config=backend/jasmine.json'], {}, jasmineCounts);

const chromium = findChromium();
if ((wants('web') || wants('e2e')) && !chromium) {
  console.error(
    '\n✘ No Chromium found for the browser tests. Install it (Debian/Ubuntu: sudo apt-get install -y chromium)\n' +
      '  or point CHROME_BIN at a Chrome/Chromium binary, then run npm test again.',
  );
  anyFailure = true;
  totals.failed += 1;
} else {
  if (wants('web')) await run('frontend (karma)', ng, ['test', '--watch=false'], { CHROME_BIN: chromium }, karmaCounts);
  if (wants('e2e'))
    await run(
      'end-to-end (playwright-core)',
      tsx,
      [jasmine, '--config=e2e/jasmine.json'],
      { CHROME_BIN: chromium },
      jasmineCounts,
    );
}

console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(anyFailure || totals.failed > 0 ? 1 : 0);
