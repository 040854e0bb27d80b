/**
 * Quick geoparser measurement: runs geoparse over GeoVirus and every 10th WikToR document,
 * writes CLI-format predictions to a temp dir and scores them with /work/shared/tools/geo_score.mjs.
 * Usage: npx tsx scripts/eval-geo.ts [--corpora DIR] [--tools DIR]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadGeoIndex } from '../src/lib/server/geodata';
import { geoparse, toToponyms } from '../src/lib/geo/geoparse';

const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const corpora = arg('--corpora', '/work/shared/corpora');
const tools = arg('--tools', '/work/shared/tools');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'eval-geo-'));

const t0 = performance.now();
const index = loadGeoIndex();
console.log(`index load: ${(performance.now() - t0).toFixed(0)} ms`);

for (const [name, every] of [['geovirus', 1], ['wiktor', 10]] as const) {
  const lines = fs.readFileSync(path.join(corpora, name + '.jsonl'), 'utf8').split('\n').filter(Boolean);
  const gold: string[] = [];
  const preds: string[] = [];
  let bytes = 0, ms = 0;
  lines.forEach((line, k) => {
    if (k % every) return;
    const doc = JSON.parse(line) as { id: string; text: string };
    gold.push(line);
    const t = performance.now();
    const toponyms = toToponyms(geoparse(doc.text, index)).map((x) => ({ ...x, geonameid: x.geonameId }));
    ms += performance.now() - t;
    bytes += doc.text.length;
    preds.push(JSON.stringify({ id: doc.id, toponyms }));
  });
  const goldFile = path.join(out, name + '.gold.jsonl');
  const predFile = path.join(out, name + '.pred.jsonl');
  fs.writeFileSync(goldFile, gold.join('\n') + '\n');
  fs.writeFileSync(predFile, preds.join('\n') + '\n');
  console.log(`\n== ${name} (${gold.length} docs, ${(bytes / 1e6).toFixed(2)} MB, ${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s)  ${predFile}`);
  console.log(execFileSync('node', [path.join(tools, 'geo_score.mjs'), goldFile, predFile], { encoding: 'utf8' }));
}
