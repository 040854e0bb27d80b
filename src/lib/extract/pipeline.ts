/**
 * The whole pipeline: raw documents → Timeline JSON (schemaVersion 1).
 * Pure and deterministic: today's date comes in as a parameter, geography as a loaded index,
 * so the same code runs in the CLI, at build time and in a browser worker.
 * One broken document never stops the others: it is listed in `problems` and the rest build.
 */
import { CsvError } from './csv';
import { DocumentError, parseDocument, type ParsedDocument, type RawDocument } from './document';
import { eventId, extractEvents, mergeEvents, type EventDraft, type MentionForEvents } from './events';
import { stableHash } from './hash';
import { importFile, isImportPath } from './imports';
import { inferReferenceDate } from './refdate';
import { splitSentences } from './sentences';
import { tagTimexes } from './timex';
import type { ReferenceDateSource, Timeline, TimelineDocument, TimelineEvent, TimelinePlace, Timex } from './types';

/** What the pipeline needs from geography (src/lib/geo provides it; tests may pass a small one). */
export interface Geoparser {
  /** Place and demonym mentions in `text`, resolved. */
  parse(text: string): MentionForEvents[];
  /** The capital of a country, for "the capital". */
  capitalOf?(country: string): TimelinePlace | null;
  /** ISO alpha-2 code of a country name, for imported data. */
  countryCode?(name: string): string | undefined;
  /** The country the mentions are mostly about, as an area place. */
  focusPlace(mentions: MentionForEvents[]): TimelinePlace | null;
}

export interface PipelineOptions {
  /** Today's date (YYYY-MM-DD): the latest a year inferred from the text may be. Never read from the clock here. */
  today: string;
  /** Overrides every document's reference date (CLI --reference-date). */
  referenceDate?: string;
}

export interface AnalysedDocument {
  doc: ParsedDocument;
  referenceDate: string | null;
  referenceDateSource: ReferenceDateSource | null;
  timexes: Timex[];
  mentions: MentionForEvents[];
  drafts: EventDraft[];
}

export function analyseDocument(doc: ParsedDocument, geo: Geoparser, options: PipelineOptions): AnalysedDocument {
  const content = doc.content;
  const sentences = splitSentences(doc.body, content);
  let referenceDate: string | null = null;
  let referenceDateSource: ReferenceDateSource | null = null;
  if (options.referenceDate) {
    referenceDate = options.referenceDate;
    referenceDateSource = 'option';
  } else if (doc.published) {
    referenceDate = doc.published;
    referenceDateSource = 'front-matter';
  } else {
    const inferred = inferReferenceDate(doc.body, options.today);
    referenceDate = inferred.date;
    referenceDateSource = inferred.source;
  }
  const timexes = tagTimexes(doc.body, referenceDate);
  const mentions = geo.parse(doc.body);
  const focusPlace = geo.focusPlace(mentions);
  const drafts = extractEvents({
    id: doc.id,
    body: doc.body,
    sentences,
    mentions,
    timexes,
    referenceDate,
    focusPlace,
    capitalPlace: focusPlace?.country ? (geo.capitalOf?.(focusPlace.country) ?? null) : null,
    dateline: doc.dateline
  });
  return { doc, referenceDate, referenceDateSource, timexes, mentions, drafts };
}

export function buildTimeline(inputs: RawDocument[], geo: Geoparser, options: PipelineOptions): Timeline {
  const documents: TimelineDocument[] = [];
  const problems: Timeline['problems'] = [];
  const drafts: EventDraft[] = [];
  const seen = new Set<string>();
  // Sorted by path so that output does not depend on the order files were listed in.
  for (const input of [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (isImportPath(input.path)) {
      try {
        const imported = importFile(input.path, input.text, { countryCode: geo.countryCode?.bind(geo) });
        documents.push(imported.document);
        drafts.push(...imported.drafts);
        for (const message of imported.problems) problems.push({ documentId: imported.document.id, message: `${input.path}: ${message}` });
      } catch (error) {
        problems.push({ documentId: `doc-${stableHash(input.path)}`, message: `${input.path}: ${describe(error)}` });
      }
      continue;
    }
    let doc: ParsedDocument;
    try {
      doc = parseDocument(input);
    } catch (error) {
      problems.push({ documentId: `doc-${stableHash(input.path)}`, message: `${input.path}: ${describe(error)}` });
      continue;
    }
    if (seen.has(doc.id)) {
      problems.push({ documentId: doc.id, message: `${input.path}: same text as an earlier document; skipped` });
      continue;
    }
    seen.add(doc.id);
    try {
      const analysed = analyseDocument(doc, geo, options);
      documents.push({
        id: doc.id,
        path: doc.path,
        title: doc.title,
        published: doc.published,
        referenceDate: analysed.referenceDate,
        referenceDateSource: analysed.referenceDateSource,
        ...(doc.url ? { url: doc.url } : {}),
        ...(doc.source ? { source: doc.source } : {}),
        ...(doc.language ? { language: doc.language } : {})
      });
      drafts.push(...analysed.drafts);
    } catch (error) {
      problems.push({ documentId: doc.id, message: `${input.path}: ${describe(error)}` });
    }
  }
  return assembleTimeline(documents, mergeEvents(drafts), problems);
}

function describe(error: unknown): string {
  if (error instanceof DocumentError || error instanceof CsvError) return error.message;
  if (error instanceof Error && /^not (valid JSON|a GeoJSON)/.test(error.message)) return error.message;
  return `could not be processed (${error instanceof Error ? error.message : String(error)})`;
}

export function assembleTimeline(documents: TimelineDocument[], drafts: EventDraft[], problems: Timeline['problems']): Timeline {
  const places = new Map<string, TimelinePlace>();
  const usedIds = new Set<string>();
  const events: TimelineEvent[] = drafts.map((draft) => {
    for (const place of draft.places) if (!places.has(place.id)) places.set(place.id, place);
    // Ids must be unique for the page and for review files; the rare identical report gets a suffix.
    let id = eventId(draft);
    for (let n = 2; usedIds.has(id); n++) id = `${eventId(draft)}-${n}`;
    usedIds.add(id);
    const event: TimelineEvent & { actors?: string[]; reasons?: string[] } = {
      id,
      title: draft.title,
      summary: draft.summary,
      category: draft.category,
      start: draft.range.start,
      ...(draft.utcOffset ? { utcOffset: draft.utcOffset } : {}),
      end: draft.range.end,
      timePrecision: draft.range.precision,
      placeIds: draft.places.map((p) => p.id),
      quote: draft.sources.map((s) => s.quote).filter((q, i, all) => all.indexOf(q) === i).join(' … '),
      sources: draft.sources.map((s) => ({
        documentId: s.documentId,
        start: s.start,
        end: s.end,
        ...(s.counts ? { counts: s.counts } : {})
      })),
      ...(Object.keys(draft.counts).length ? { counts: draft.counts } : {}),
      confidence: draft.confidence,
      ...(draft.actors.length ? { actors: draft.actors } : {}),
      reasons: draft.reasons
    };
    return event;
  });
  events.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    schemaVersion: 1,
    documents,
    places: [...places.values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    events,
    problems
  };
}
