/**
 * `npx crisis-timeline <command>`: a thin shell over the pipeline (docs/interfaces.md §1).
 * Exit codes: 0 all documents processed; 2 usage error; 3 some documents failed (the rest are output).
 */
import { createReadStream, existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { decodeDocumentBytes, DocumentError, type RawDocument } from '../lib/extract/document';
import { toCSV, toGeoJSON } from '../lib/extract/formats';
import { buildTimeline } from '../lib/extract/pipeline';
import { tagTimexes } from '../lib/extract/timex';
import { normaliseDate } from '../lib/extract/document';
import { applyReview } from '../lib/extract/review';
import type { Timeline } from '../lib/extract/types';
import { readReviewFile } from '../lib/server/review';
import { loadGeoparser, loadGeoIndexForCli, toponymsFor } from '../lib/server/pipeline-node';

const USAGE = `Usage: crisis-timeline <command> [options]

Commands:
  extract <path>...            Files or folders of .txt, .md (YAML front matter) and .html → Timeline JSON
      --format json|geojson|csv  Output format (default json)
      --reference-date YYYY-MM-DD  Use this date as every document's reference date
      --today YYYY-MM-DD           Latest date a year inferred from the text may fall on (default: today)
      --review FILE                Apply an editor's corrections (default: review.json in a folder given)
      --no-review                  Ignore review.json
  geoparse --jsonl <file|->    One {"id","text","dct"?} per line → {"id","toponyms":[…]} per line
  timex --jsonl <file|->       One {"id","text","dct"} per line → {"id","timexes":[…]} per line
      --mode news|narrative        Anchor relative dates on the article date (news, default) or on the text's last date
`;

class UsageError extends Error {}

// Articles, and data to import (ACLED-style CSV, GeoJSON). Folder scans leave out other JSON, such as
// seeds/review.json, which holds an editor's corrections rather than events.
const DOCUMENT_EXTENSIONS = /\.(txt|md|markdown|html?|csv|geojson)$/i;

function todayLocal(): string {
  // The CLI, not the pipeline, reads the clock: the pipeline gets the date as a parameter.
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

function parseFlags(args: string[], known: Record<string, 'value' | 'flag'>) {
  const flags: Record<string, string | true> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split('=', 2);
      const kind = known[name];
      if (!kind) throw new UsageError(`unknown option --${name}`);
      if (kind === 'flag') flags[name] = true;
      else {
        const value = inline ?? args[++i];
        if (value === undefined) throw new UsageError(`--${name} needs a value`);
        flags[name] = value;
      }
    } else positional.push(arg);
  }
  return { flags, positional };
}

/** Expands folders into their document files (sorted), keeping read failures as problems. */
export function collectDocuments(paths: string[]): { documents: RawDocument[]; failures: Array<{ path: string; message: string }> } {
  const documents: RawDocument[] = [];
  const failures: Array<{ path: string; message: string }> = [];
  const visit = (path: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      failures.push({ path, message: 'no such file or folder' });
      return;
    }
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) if (!name.startsWith('.')) visit(join(path, name), false);
      return;
    }
    if (!explicit && !DOCUMENT_EXTENSIONS.test(path)) return;
    const display = relative(process.cwd(), path) || path;
    try {
      documents.push({ path: display, text: decodeDocumentBytes(readFileSync(path)) });
    } catch (error) {
      failures.push({ path: display, message: error instanceof DocumentError ? error.message : `cannot be read (${(error as Error).message})` });
    }
  };
  for (const path of paths) visit(path, true);
  return { documents, failures };
}

async function extract(args: string[]): Promise<number> {
  const { flags, positional } = parseFlags(args, { format: 'value', 'reference-date': 'value', today: 'value', review: 'value', 'no-review': 'flag' });
  if (!positional.length) throw new UsageError('extract needs at least one file or folder');
  const format = (flags.format as string | undefined) ?? 'json';
  if (!['json', 'geojson', 'csv'].includes(format)) throw new UsageError(`unknown --format ${format} (json, geojson or csv)`);
  const referenceDate = flags['reference-date'] as string | undefined;
  if (referenceDate !== undefined && !normaliseDate(referenceDate)) throw new UsageError(`--reference-date must be YYYY-MM-DD, not ${referenceDate}`);
  const today = (flags.today as string | undefined) ?? todayLocal();
  if (!normaliseDate(today)) throw new UsageError(`--today must be YYYY-MM-DD, not ${today}`);

  const { documents, failures } = collectDocuments(positional);
  let timeline: Timeline = buildTimeline(documents, loadGeoparser(), { today, ...(referenceDate ? { referenceDate: normaliseDate(referenceDate)! } : {}) });
  for (const failure of failures) timeline.problems.unshift({ documentId: failure.path, message: `${failure.path}: ${failure.message}` });
  // An editor's corrections: --review FILE, or review.json in a folder being extracted.
  const reviewFile = flags['no-review']
    ? undefined
    : ((flags.review as string | undefined) ?? positional.map((p) => join(p, 'review.json')).find((p) => existsSync(p)));
  if (reviewFile) {
    try {
      timeline = applyReview(timeline, readReviewFile(reviewFile));
    } catch (error) {
      timeline.problems.push({ documentId: 'review.json', message: `${(error as Error).message}; corrections not applied` });
    }
  }
  const output = format === 'geojson' ? JSON.stringify(toGeoJSON(timeline), null, 2) : format === 'csv' ? toCSV(timeline) : JSON.stringify(timeline, null, 2);
  process.stdout.write(format === 'csv' ? output : `${output}\n`);
  for (const problem of timeline.problems) process.stderr.write(`problem: ${problem.message}\n`);
  return timeline.problems.length ? 3 : 0;
}

async function* jsonLines(source: string): AsyncGenerator<{ line: number; value?: Record<string, unknown>; error?: string }> {
  const stream = source === '-' ? process.stdin : createReadStream(source);
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (!line.trim()) continue;
    try {
      const value = JSON.parse(line);
      if (!value || typeof value !== 'object' || Array.isArray(value)) yield { line: n, error: 'not a JSON object' };
      else yield { line: n, value };
    } catch {
      yield { line: n, error: 'not valid JSON' };
    }
  }
}

async function jsonlCommand(args: string[], handle: (item: Record<string, unknown>) => Record<string, unknown>): Promise<number> {
  const { flags, positional } = parseFlags(args, { jsonl: 'value' });
  const source = (flags.jsonl as string | undefined) ?? positional[0];
  if (!source) throw new UsageError('needs --jsonl <file or ->');
  if (source !== '-') {
    try {
      statSync(source);
    } catch {
      throw new UsageError(`no such file: ${source}`);
    }
  }
  let failures = 0;
  const out: string[] = [];
  const flush = () => {
    if (out.length) process.stdout.write(out.join(''));
    out.length = 0;
  };
  for await (const { line, value, error } of jsonLines(source)) {
    let result: Record<string, unknown>;
    if (error || !value) result = { id: null, error: `line ${line}: ${error}` };
    else if (typeof value.text !== 'string') result = { id: value.id ?? null, error: `line ${line}: "text" must be a string` };
    else {
      try {
        result = { id: value.id ?? null, ...handle(value) };
      } catch (e) {
        result = { id: value.id ?? null, error: `line ${line}: ${(e as Error).message}` };
      }
    }
    if ('error' in result) failures++;
    out.push(`${JSON.stringify(result)}\n`);
    if (out.length >= 256) flush();
  }
  flush();
  return failures ? 3 : 0;
}

function validDct(value: unknown): string | null {
  return typeof value === 'string' ? normaliseDate(value) : null;
}

export async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case 'extract':
        return await extract(args);
      case 'geoparse': {
        const index = loadGeoIndexForCli();
        return await jsonlCommand(args, (item) => ({ toponyms: toponymsFor(item.text as string, index) }));
      }
      case 'timex': {
        // News mode anchors on the article date; narrative mode (histories) on the last date the text named.
        const modeAt = args.indexOf('--mode');
        const mode = modeAt >= 0 ? args.splice(modeAt, 2)[1] : 'news';
        if (mode !== 'news' && mode !== 'narrative') throw new UsageError(`--mode must be news or narrative, not ${mode}`);
        return await jsonlCommand(args, (item) => ({
          timexes: tagTimexes(item.text as string, validDct(item.dct), { mode }).map(({ start, end, type, value }) => ({ start, end, type, value }))
        }));
      }
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE);
        return command ? 0 : 2;
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`crisis-timeline: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    throw error;
  }
}
