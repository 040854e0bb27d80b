/**
 * Scores the time-expression tagger on WikiWars (TIMEX3, TempEval-3 style) with the shared scorer.
 * Usage: npx tsx scripts/eval-time.ts [--mode news|narrative] [--corpus path] [--errors]
 * WikiWars `dct` is only the download date, so histories are read in narrative mode by default.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { corpusPath, sharedDir } from '../tests/shared.ts';
import { execFileSync } from 'node:child_process';
import { tagTimexes } from '../src/lib/extract/timex.ts';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const corpus = opt('--corpus', corpusPath('wikiwars.jsonl'));
const mode = opt('--mode', 'narrative') as 'news' | 'narrative';
const docs = readFileSync(corpus, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; dct?: string; text: string });

const lines: string[] = [];
const t0 = performance.now();
for (const d of docs) {
  const timexes = tagTimexes(d.text, d.dct ?? null, { mode }).map(({ start, end, type, value }) => ({ start, end, type, value }));
  lines.push(JSON.stringify({ id: d.id, timexes }));
}
const ms = performance.now() - t0;
// throughput, second pass (warm JIT)
const t1 = performance.now();
let chars = 0;
const rounds = 3;
for (let r = 0; r < rounds; r++) for (const d of docs) { tagTimexes(d.text, d.dct ?? null, { mode }); chars += d.text.length; }
const warmMs = performance.now() - t1;

const dir = mkdtempSync(join(tmpdir(), 'eval-time-'));
const predPath = join(dir, 'pred.jsonl');
writeFileSync(predPath, lines.join('\n') + '\n');
const scorer = resolve(sharedDir, 'tools/timex_score.mjs');
const scoreArgs = [scorer, corpus, predPath];
if (args.includes('--errors')) scoreArgs.push('--errors');
const raw = execFileSync('node', scoreArgs, { encoding: 'utf8', maxBuffer: 64 << 20 });
const jsonEnd = raw.indexOf('\n}') + 2;
const r = JSON.parse(raw.slice(0, jsonEnd));
const f = (x: number) => x.toFixed(3);
console.log(`corpus ${corpus} (${docs.length} docs, mode ${mode}); predictions in ${predPath}`);
console.log(`gold ${r.gold}  system ${r.system}`);
console.log(`strict   P ${f(r.strict.P)}  R ${f(r.strict.R)}  F1 ${f(r.strict.F1)}`);
console.log(`relaxed  P ${f(r.relaxed.P)}  R ${f(r.relaxed.R)}  F1 ${f(r.relaxed.F1)}`);
console.log(`value accuracy ${f(r.valueAcc)}  value F1 ${f(r.valueF1)}  (type accuracy ${f(r.typeAcc)})`);
const mbPerS = chars / 1e6 / (warmMs / 1000);
console.log(`throughput: first pass ${(docs.length / (ms / 1000)).toFixed(0)} docs/s; warm ${((docs.length * rounds) / (warmMs / 1000)).toFixed(0)} docs/s = ${mbPerS.toFixed(1)} MB/s ≈ ${(mbPerS * 1e6 / 4000).toFixed(0)} news articles (4 kB) per second`);
if (args.includes('--errors')) console.log(raw.slice(jsonEnd));
