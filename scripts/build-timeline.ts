// Build step: runs the pipeline over seeds/ and writes generated/timeline.json for the site.
// Problems are reported but do not stop the build: the page shows every document that worked.
import { mkdirSync, writeFileSync } from 'node:fs';
import { collectDocuments } from '../src/cli/main';
import { buildTimeline } from '../src/lib/extract/pipeline';
import { loadGeoparser } from '../src/lib/server/pipeline-node';

const seedsDir = process.env.SEEDS_DIR ?? 'seeds';
const now = new Date();
const today = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
const started = performance.now();
const { documents, failures } = collectDocuments([seedsDir]);
const timeline = buildTimeline(documents, loadGeoparser(), { today });
for (const failure of failures) timeline.problems.unshift({ documentId: failure.path, message: `${failure.path}: ${failure.message}` });
mkdirSync('generated', { recursive: true });
writeFileSync('generated/timeline.json', JSON.stringify(timeline));
console.log(
  `timeline: ${timeline.documents.length} documents, ${timeline.events.length} events, ${timeline.places.length} places` +
    ` in ${Math.round(performance.now() - started)} ms → generated/timeline.json`
);
for (const problem of timeline.problems) console.warn(`problem: ${problem.message}`);
