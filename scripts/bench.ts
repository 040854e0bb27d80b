/**
 * `npm run bench`: speed and memory figures, each next to a baseline measured in the same process
 * (so a busy machine slows both sides and the ratio stays meaningful). Every module in
 * scripts/bench/ exports `run()`; pass names to run only some: `npm run bench -- timex geo`.
 */
import { readdirSync } from 'node:fs';
import { basename } from 'node:path';

const only = process.argv.slice(2);
const dir = new URL('./bench/', import.meta.url);
const modules = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.ts'))
  .sort()
  .filter((name) => !only.length || only.includes(basename(name, '.bench.ts')));
for (const name of modules) {
  console.log(`\n── ${basename(name, '.bench.ts')} ──`);
  const mod = (await import(new URL(name, dir).href)) as { run: () => Promise<void> | void };
  await mod.run();
}
