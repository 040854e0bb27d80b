/**
 * Running totals at the time shown: people arrested, killed and injured in the events so far.
 * Figures are added up as the events report them; within one event, synonyms (arrested/detained)
 * count once. Reports can overlap (a later cumulative figure includes earlier ones), so the view
 * labels these as "reported so far", not as an audited toll.
 */
import type { IndexedEvent } from './visibility';

export const TOTAL_KINDS = ['arrested', 'killed', 'injured'] as const;
export type TotalKind = (typeof TOTAL_KINDS)[number];
export type RunningTotals = Record<TotalKind, number>;

/** Counts under other names that mean the same thing to a reader. */
const ALIASES: Record<string, TotalKind> = { arrested: 'arrested', detained: 'arrested', killed: 'killed', injured: 'injured' };

/** Totals over the given events (the ones started by the time shown, already filtered). */
export function runningTotals(events: readonly IndexedEvent[]): RunningTotals {
  const totals: RunningTotals = { arrested: 0, killed: 0, injured: 0 };
  for (const { event } of events) {
    // Within one event, "arrested" and "detained" are the same people reported twice.
    const perEvent: RunningTotals = { arrested: 0, killed: 0, injured: 0 };
    for (const [name, value] of Object.entries(event.counts ?? {})) {
      const kind = ALIASES[name];
      if (kind && typeof value === 'number' && Number.isFinite(value) && value > 0) perEvent[kind] = Math.max(perEvent[kind], value);
    }
    for (const kind of TOTAL_KINDS) totals[kind] += perEvent[kind];
  }
  return totals;
}
