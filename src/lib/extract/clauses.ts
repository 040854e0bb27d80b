/**
 * Clauses: news sentences often pack two facts ("X said …, while Y denounced …";
 * "… the events, which began with demonstrations … on January 2"). Splitting at these
 * connectors lets each fact get its own event, time and place.
 */
import type { Sentence } from './sentences';

export interface Clause {
  start: number;
  end: number;
  text: string;
  /** 0 for the main clause; later clauses are subordinate or coordinated to what precedes them. */
  index: number;
  sentence: Sentence;
}

// Connectors that start a new clause. Lower-case, matched on word boundaries after a comma or semicolon.
const CONNECTORS = [', while ', ', whereas ', '; ', ', which ', ', who ', ', after which ', ' — '];

export function splitClauses(sentence: Sentence): Clause[] {
  const text = sentence.text;
  const lower = text.toLowerCase();
  const cuts: number[] = [];
  for (const connector of CONNECTORS) {
    let from = 0;
    for (;;) {
      const at = lower.indexOf(connector, from);
      if (at < 0) break;
      // Cut after the comma/semicolon so that the connector word opens the new clause.
      const cut = connector.startsWith(',') || connector.startsWith(';') ? at + 2 : at + 1;
      // Too short a piece is an aside, not a separate fact.
      if (cut > 25 && text.length - cut > 25) cuts.push(cut);
      from = at + connector.length;
    }
  }
  cuts.sort((a, b) => a - b);
  const clauses: Clause[] = [];
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    const piece = text.slice(start, cut);
    const lead = piece.length - piece.trimStart().length;
    const trimmed = piece.trim().replace(/[,;—]$/, '').trimEnd();
    if (trimmed) {
      const absoluteStart = sentence.start + start + lead;
      clauses.push({
        start: absoluteStart,
        end: absoluteStart + trimmed.length,
        text: trimmed,
        index: clauses.length,
        sentence
      });
    }
    start = cut;
  }
  return clauses;
}
