/**
 * Puts two timelines together (the site's and one built in the browser from a pasted article):
 * documents and places are joined by id, events listed once each in time order.
 */
import type { Timeline } from './types';

export function combineTimelines(base: Timeline, added: Timeline): Timeline {
  const documents = new Map(base.documents.map((d) => [d.id, d]));
  for (const d of added.documents) if (!documents.has(d.id)) documents.set(d.id, d);
  const places = new Map(base.places.map((p) => [p.id, p]));
  for (const p of added.places) if (!places.has(p.id)) places.set(p.id, p);
  const events = new Map(base.events.map((e) => [e.id, e]));
  for (const e of added.events) if (!events.has(e.id)) events.set(e.id, e);
  return {
    schemaVersion: 1,
    documents: [...documents.values()],
    places: [...places.values()],
    events: [...events.values()].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1)),
    problems: [...base.problems, ...added.problems]
  };
}
