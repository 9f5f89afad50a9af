import { spawn } from 'node:child_process';
import path from 'node:path';

const repo = path.resolve(import.meta.dirname, '..', '..', '..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's command lines (`backend/src/cli/<name>.ts`) in its own process, from the repository. */
export function runCli(name: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', `backend/src/cli/${name}.ts`, ...args], {
      cwd: repo,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

/** `npm run import -- ...` as a finance agent types it (same entry point, its own process), on the test database. */
export function importCli(args: string[], url: string): Promise<CliResult> {
  return runCli('import', args, { DATABASE_URL: url, LOG_LEVEL: 'silent' });
}
