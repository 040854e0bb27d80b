// Shared set-up steps for `npm start` and `npm test`: a fresh clone needs only Node and npm.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const root = new URL('..', import.meta.url).pathname;

export function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

export function mustRun(command, args, options) {
  const status = run(command, args, options);
  if (status !== 0) {
    console.error(`\n${command} ${args.join(' ')} failed with exit code ${status}`);
    process.exit(status);
  }
}

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Installs dependencies when node_modules is missing or older than the lock file. */
export function ensureInstalled() {
  const marker = join(root, 'node_modules/.package-lock.json');
  const lock = join(root, 'package-lock.json');
  if (existsSync(marker) && statSync(marker).mtimeMs >= statSync(lock).mtimeMs) return;
  console.log('Installing dependencies (npm ci)…');
  mustRun('npm', ['ci', '--no-audit', '--no-fund']);
}

/** Builds the site when build/ is missing or older than anything it is made from. */
export function ensureBuilt({ force = false } = {}) {
  const stamp = join(root, 'build/index.html');
  const inputs = ['src', 'seeds', 'static', 'scripts', 'package-lock.json', 'svelte.config.js', 'vite.config.ts'];
  const newestInput = Math.max(...inputs.map((p) => newestMtime(join(root, p))));
  if (!force && existsSync(stamp) && statSync(stamp).mtimeMs >= newestInput) return;
  console.log('Building the site from seeds/…');
  mustRun('npm', ['run', 'build']);
}
