/**
 * Geoparser speed: index load time, recognition + resolution throughput (MB/s on one core) and the
 * ratio against a naive baseline run in the same process over the same text: a regex pass over
 * capitalised tokens, each looked up in a Set of every gazetteer name (what "a gazetteer lookup"
 * costs at the least; it does no multi-word names, filtering or resolution).
 * Text: the GeoVirus news articles when the shared corpora are present, else the seed article.
 */
import fs from 'node:fs';
import { corpusPath, hasCorpus } from '../../tests/shared';
import { readGeoDataFiles } from '../../src/lib/server/geodata';
import { createGeoIndex } from '../../src/lib/geo/geo-index';
import { geoparse } from '../../src/lib/geo/geoparse';
import { fmt, timeIt } from './util';

export async function run(): Promise<void> {
  let t = performance.now();
  const files = readGeoDataFiles();
  const readMs = performance.now() - t;
  t = performance.now();
  const index = createGeoIndex(files);
  const buildMs = performance.now() - t;
  console.log(`index load: ${fmt(readMs + buildMs, 0)} ms (read ${fmt(readMs, 0)} ms + index ${fmt(buildMs, 0)} ms)`);

  const docs = hasCorpus('geovirus.jsonl')
    ? fs.readFileSync(corpusPath('geovirus.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text)
    : [fs.readFileSync(new URL('../../seeds/000_f9deb4eb91de4261.txt', import.meta.url), 'utf8')];
  const chars = docs.reduce((a, d) => a + d.length, 0);
  const mb = chars / 1e6;
  console.log(`text: ${docs.length} documents, ${fmt(mb, 2)} MB (${hasCorpus('geovirus.jsonl') ? 'GeoVirus' : 'seed article'})`);

  // first pass over unseen text (cold lookups, as a new batch of articles would be)
  t = performance.now();
  let mentions = 0;
  for (const d of docs) mentions += geoparse(d, index).length;
  const coldMs = performance.now() - t;

  const geo = timeIt(() => {
    for (const d of docs) geoparse(d, index);
  });

  const names = new Set<string>();
  for (const line of files.names.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) names.add(line.slice(0, tab));
  }
  const CAPITALISED = /\p{Lu}[\p{L}\p{M}]+/gu;
  let baselineHits = 0;
  const base = timeIt(() => {
    baselineHits = 0;
    for (const d of docs) {
      for (const m of d.matchAll(CAPITALISED)) if (names.has(m[0].toLowerCase())) baselineHits++;
    }
  });

  const geoMbs = mb / (geo.perRunMs / 1000);
  const baseMbs = mb / (base.perRunMs / 1000);
  console.log(`geoparse (recognition + resolution): ${fmt(geoMbs, 2)} MB/s warm, ${fmt(mb / (coldMs / 1000), 2)} MB/s first pass; ${mentions} mentions`);
  console.log(`baseline (capitalised tokens looked up in a Set of ${names.size} names): ${fmt(baseMbs, 2)} MB/s; ${baselineHits} hits`);
  console.log(`ratio geoparse / baseline: ${fmt(geoMbs / baseMbs, 2)}`);
}
