/**
 * "Previous event" / "Next event": walking the events one at a time, in time order.
 * From a selected event the walk continues from it; with nothing selected it starts at the day shown,
 * so Next lands on the first event of that day or later and Previous on the last one started by its end.
 */
import type { IndexedEvent } from './visibility';

export function adjacentEvent(
  indexed: readonly IndexedEvent[],
  from: { period: { start: Date; end: Date }; selectedId: string | null },
  direction: 1 | -1
): IndexedEvent | undefined {
  const selectedIndex = from.selectedId ? indexed.findIndex((item) => item.event.id === from.selectedId) : -1;
  if (selectedIndex >= 0) return indexed[selectedIndex + direction];
  if (direction > 0) return indexed.find((item) => item.startMs >= +from.period.start);
  for (let i = indexed.length - 1; i >= 0; i--) if (indexed[i].startMs < +from.period.end) return indexed[i];
  return undefined;
}
