/**
 * The whole pipeline (document → events) on the seed and the fixture articles, beside a baseline
 * measured in the same process: sentence segmentation alone, the least any pipeline must do.
 * Also the one-off cost of loading the geography, and the heap it takes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/lib/extract/document';
import { buildTimeline } from '../../src/lib/extract/pipeline';
import { splitSentences } from '../../src/lib/extract/sentences';
import { loadGeoparser } from '../../src/lib/server/pipeline-node';
import { fmt, timeIt } from './util';

export async function run() {
  const heapBefore = process.memoryUsage().heapUsed;
  const loadStart = performance.now();
  const geo = loadGeoparser();
  const loadMs = performance.now() - loadStart;
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;

  const folders = ['seeds', 'tests/fixtures/articles', 'tests/fixtures/other-crises'];
  const inputs = folders.flatMap((dir) =>
    readdirSync(dir).filter((n) => /\.(txt|md|html)$/.test(n)).map((n) => ({ path: join(dir, n), text: readFileSync(join(dir, n), 'utf8') }))
  );
  const bytes = inputs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
  const options = { today: '2026-11-25' };

  const pipeline = timeIt(() => {
    for (const input of inputs) buildTimeline([input], geo, options);
  });
  const baseline = timeIt(() => {
    for (const input of inputs) {
      const doc = parseDocument(input);
      splitSentences(doc.body, doc.content);
    }
  });
  const docsPerSecond = (inputs.length * 1000) / pipeline.perRunMs;
  console.log(`geography load: ${fmt(loadMs, 0)} ms, heap +${fmt(heapMb, 0)} MB`);
  console.log(`pipeline: ${inputs.length} articles (${fmt(bytes / 1024)} kB) in ${fmt(pipeline.perRunMs, 2)} ms → ${fmt(docsPerSecond, 0)} articles/s, ${fmt((bytes / 2 ** 20) * (1000 / pipeline.perRunMs), 2)} MB/s`);
  console.log(`baseline (documents + sentences only): ${fmt(baseline.perRunMs, 2)} ms; pipeline / baseline = ${fmt(pipeline.perRunMs / baseline.perRunMs, 1)}×`);
}
