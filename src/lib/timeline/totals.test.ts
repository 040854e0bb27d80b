import { describe, expect, it } from 'vitest';
import { seedEvents } from './fixtures';
import { runningTotals } from './totals';
import { countStartedBefore, indexEvents } from './visibility';
import { parseCalendarTime } from './dates';

// Figures from the seed article: 7,939 arrested by 10 January, 16 members of the security forces killed.
const withCounts = [
  { ...seedEvents[0], counts: { arrested: 7939, detained: 7939 } },
  { ...seedEvents[2], counts: { killed: 16, troops: 2030 } },
  seedEvents[1]
];

describe('running totals', () => {
  const indexed = indexEvents(withCounts);

  it('adds up only the events started by the time shown', () => {
    const byThe5th = indexed.slice(0, countStartedBefore(indexed, +parseCalendarTime('2022-01-06')!));
    expect(runningTotals(byThe5th)).toEqual({ arrested: 0, killed: 16, injured: 0 });
    expect(runningTotals(indexed)).toEqual({ arrested: 7939, killed: 16, injured: 0 });
  });

  it('does not count the same people twice when one report says arrested and detained', () => {
    expect(runningTotals(indexed).arrested).toBe(7939);
  });

  it('ignores counts that are not people hurt or held, and nonsense values', () => {
    const odd = indexEvents([{ ...seedEvents[0], counts: { troops: 2030, equipment: 250, killed: Number.NaN, injured: -3 } }]);
    expect(runningTotals(odd)).toEqual({ arrested: 0, killed: 0, injured: 0 });
  });
});
