/**
 * Words for the details panel: how precise a date and a place are, and which words of the quote
 * gave them. The quote is split into plain segments (some marked) so the view renders text only,
 * never markup from the article.
 */
import type { TimelineEvent, TimelinePlace } from '$lib/extract/types';
import { MONTHS, parseCalendarTime } from './dates';

/** Extra fields the pipeline may add to an event (not part of the schema contract). */
export interface EventExplanations {
  /** How the time, place and category were found, e.g. `date from "January 2"`. */
  reasons?: string[];
  actors?: string[];
}

export function explanations(event: TimelineEvent): EventExplanations {
  const extra = event as TimelineEvent & Record<string, unknown>;
  const strings = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined);
  return { reasons: strings(extra.reasons), actors: strings(extra.actors) };
}

const PRECISION_TEXT: Record<string, string> = {
  hour: 'to the hour',
  day: 'to the day',
  week: 'approximate: within a week',
  month: 'approximate: within a month',
  year: 'approximate: within a year'
};

export function datePrecisionText(precision: string): string {
  return PRECISION_TEXT[precision] ?? 'precision unknown';
}

/** "area: western Kazakhstan, approximate", "point: Almaty", "whole country: Kazakhstan". */
export function placePrecisionText(place: TimelinePlace): string {
  switch (place.kind) {
    case 'city':
    case 'landmark':
      return `point: ${place.name}${place.confidence !== undefined && place.confidence < 0.6 ? ', uncertain' : ''}`;
    case 'country':
      return `whole country: ${place.name}, no more precise place given`;
    case 'region':
      return `area: ${place.name}, approximate`;
    case 'admin1':
      return `province or region: ${place.name}`;
    default:
      return `area: ${place.name}`;
  }
}

export type SegmentKind = 'date' | 'place';
export interface QuoteSegment {
  text: string;
  mark?: SegmentKind;
}

const DATE_REASON = /^(?:date|span) from "([^"]{1,80})"/;
const PLACE_REASON = /^place named[^:]{0,40}:\s*(.{1,80})$/;

/**
 * Words of the quote to highlight: those the reasons name, else the place's name and the event's
 * month and day as they would be written ("January 2", "2 January").
 */
export function highlightTerms(event: TimelineEvent, place: TimelinePlace | undefined): { text: string; kind: SegmentKind }[] {
  const terms: { text: string; kind: SegmentKind }[] = [];
  for (const reason of explanations(event).reasons ?? []) {
    const date = DATE_REASON.exec(reason);
    if (date) terms.push({ text: date[1], kind: 'date' });
    const where = PLACE_REASON.exec(reason);
    if (where) terms.push({ text: where[1].trim(), kind: 'place' });
  }
  if (place) terms.push({ text: place.name, kind: 'place' });
  const start = parseCalendarTime(event.start);
  if (start) {
    const month = MONTHS[start.getMonth()];
    terms.push({ text: `${month} ${start.getDate()}`, kind: 'date' }, { text: `${start.getDate()} ${month}`, kind: 'date' });
  }
  return terms.filter((term) => term.text.length >= 2);
}

/** The quote cut into segments, the first occurrence of each term marked; overlaps keep the earlier, longer match. */
export function quoteSegments(quote: string, terms: readonly { text: string; kind: SegmentKind }[]): QuoteSegment[] {
  const lower = quote.toLowerCase();
  const ranges: { start: number; end: number; kind: SegmentKind }[] = [];
  for (const term of terms) {
    const at = lower.indexOf(term.text.toLowerCase());
    if (at >= 0) ranges.push({ start: at, end: at + term.text.length, kind: term.kind });
  }
  ranges.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: QuoteSegment[] = [];
  let cursor = 0;
  for (const range of ranges) {
    if (range.start < cursor) continue;
    if (range.start > cursor) segments.push({ text: quote.slice(cursor, range.start) });
    segments.push({ text: quote.slice(range.start, range.end), mark: range.kind });
    cursor = range.end;
  }
  if (cursor < quote.length) segments.push({ text: quote.slice(cursor) });
  return segments;
}
