// `npm test`: every test — type check, unit tests, end-to-end tests in Chromium — on a fresh clone.
// Installs what is missing first, and ends with one line "N passed, N failed" for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureInstalled, mustRun, root, run } from './lib-setup.mjs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function ensureChromium() {
  if (existsSync(chromium)) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
  if (isRoot && hasApt) {
    console.log('Chromium is missing: installing Debian\'s chromium package with apt-get…');
    mustRun('apt-get', ['update', '-qq']);
    mustRun('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (existsSync(chromium)) return;
  }
  console.error(
    `Chromium was not found at ${chromium}. Install Debian's package as root:\n` +
      '  apt-get update && apt-get install -y chromium\n' +
      'or point CHROMIUM_PATH at an existing Chromium or Chrome binary.'
  );
  process.exit(1);
}

ensureInstalled();
ensureChromium();
mustRun('npm', ['run', 'geodata']);

const results = [];
const out = mkdtempSync(join(tmpdir(), 'crisis-timeline-test-'));

console.log('\n── Type check (svelte-check) ──');
const check = run('npm', ['run', 'check']);
results.push({ name: 'type check', passed: check === 0 ? 1 : 0, failed: check === 0 ? 0 : 1 });

console.log('\n── Unit tests (vitest) ──');
const vitestJson = join(out, 'vitest.json');
const unit = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]);
results.push(countVitest(vitestJson, unit));

console.log('\n── End-to-end tests (Playwright + Chromium) ──');
const playwrightJson = join(out, 'playwright.json');
const e2e = run('npx', ['playwright', 'test', '--reporter=list,json'], {
  env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson }
});
results.push(countPlaywright(playwrightJson, e2e));

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log('\n── Summary ──');
for (const r of results) console.log(`${r.name}: ${r.passed} passed, ${r.failed} failed`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

function countVitest(file, status) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const failedCount = report.numFailedTests + (status !== 0 && report.numFailedTests === 0 ? 1 : 0);
    return { name: 'unit tests', passed: report.numPassedTests, failed: failedCount };
  } catch {
    return { name: 'unit tests', passed: 0, failed: 1 };
  }
}

function countPlaywright(file, status) {
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const { expected = 0, unexpected = 0, flaky = 0 } = report.stats ?? {};
    const failedCount = unexpected + (status !== 0 && unexpected === 0 ? 1 : 0);
    return { name: 'end-to-end tests', passed: expected + flaky, failed: failedCount };
  } catch {
    return { name: 'end-to-end tests', passed: 0, failed: 1 };
  }
}
void root;
