import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { readCorpus } from '../../../tests/shared';
import { tagTimexes, type TimexDetail } from './timex.ts';
import { addDays, addMonths, isValidDate, isoWeekString, weekdayOf } from './calendar.ts';

const seed = readFileSync(new URL('../../../seeds/000_f9deb4eb91de4261.txt', import.meta.url), 'utf8');
const wikiwars = readCorpus<{ id: string; text: string; dct: string }>('wikiwars.jsonl');

/** The sentence of a corpus document that contains `needle`. */
function corpusSentence(needle: string): string {
  for (const d of wikiwars) {
    const i = d.text.indexOf(needle);
    if (i < 0) continue;
    const s = Math.max(d.text.lastIndexOf('. ', i) + 2, d.text.lastIndexOf('\n', i) + 1);
    let e = d.text.indexOf('. ', i + needle.length);
    if (e < 0) e = d.text.length;
    return d.text.slice(s, e + 1);
  }
  throw new Error(`not in corpus: ${needle}`);
}

const surface = (text: string, t: TimexDetail) => text.slice(t.start, t.end);
const find = (text: string, list: TimexDetail[], s: string) => list.filter((t) => surface(text, t) === s);
const values = (text: string, dct: string | null, opts?: { mode?: 'news' | 'narrative' }) =>
  tagTimexes(text, dct, opts).map((t) => [surface(text, t), t.value]);

describe('calendar', () => {
  it('does integer date arithmetic without time-zone shifts', () => {
    expect(addDays('2022-01-10', -5)).toBe('2022-01-05');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(weekdayOf('2022-01-10')).toBe(1);
    expect(weekdayOf('2011-01-10')).toBe(1);
    expect(isoWeekString('2022-01-10')).toBe('2022-W02');
    expect(isoWeekString('2021-01-03')).toBe('2020-W53');
    expect(addMonths('2022-01-31', 1)).toBe('2022-02-28');
    expect(isValidDate(2022, 2, 30)).toBe(false);
  });
});

describe('tagTimexes on the seed article (dated 2022-01-10)', () => {
  const tags = tagTimexes(seed, '2022-01-10');
  it('resolves weekdays backwards to the article date', () => {
    const mondays = find(seed, tags, 'Monday');
    expect(mondays.length).toBe(3);
    for (const t of mondays) expect(t.value).toBe('2022-01-10');
  });
  it('reads the explicit dates and keeps "as of"/"on" out of the span', () => {
    expect(find(seed, tags, 'January 10').map((t) => t.value)).toEqual(['2022-01-10', '2022-01-10']);
    expect(find(seed, tags, 'January 10')[0].signal).toBe('as of');
    expect(find(seed, tags, 'January 2').map((t) => t.value)).toEqual(['2022-01-02']);
  });
  it('gives "last week" as the ISO week before the article', () => {
    const lw = find(seed, tags, 'last week');
    expect(lw.length).toBe(2);
    for (const t of lw) expect(t.value).toBe('2022-W01');
  });
  it('turns "a 5-day break" before Monday into a duration with an interval ending the day before', () => {
    const d = tags.find((t) => t.type === 'DURATION');
    expect(d).toBeDefined();
    expect(seed.slice(d!.start - 2, d!.end + 6)).toBe('a 5-day break');
    expect(d!.value).toBe('P5D');
    expect(d!.interval).toEqual({ start: '2022-01-05', end: '2022-01-09' });
  });
  it('tags no false dates (counts, "Central", "2,030 soldiers")', () => {
    for (const t of tags) expect(['Monday', 'January 10', 'January 2', 'last week', '5-day']).toContain(surface(seed, t));
  });
  it('without an article date leaves the year unknown', () => {
    const t = tagTimexes(seed, null);
    expect(find(seed, t, 'January 2')[0].value).toBe('XXXX-01-02');
    expect(find(seed, t, 'Monday')[0].value).toBe('XXXX-WXX-1');
  });
});

describe.skipIf(wikiwars.length === 0)('tagTimexes on WikiWars sentences (narrative mode)', () => {
  it('follows the discourse for "twelve days later"', () => {
    const s = corpusSentence('On June 10, Italy invaded');
    const v = values('In May 1940 the offensive began. ' + s, '2009-12-19', { mode: 'narrative' });
    expect(v).toContainEqual(['June 10', '1940-06-10']);
    expect(v).toContainEqual(['twelve days later', '1940-06-22']);
  });
  it('reads full dates and carries their year to "early October"', () => {
    const s = corpusSentence('On September 17, 1939') + ' ' + corpusSentence('By early October, Poland');
    const v = values(s, '2009-12-19', { mode: 'narrative' });
    expect(v).toContainEqual(['September 17, 1939', '1939-09-17']);
    expect(v).toContainEqual(['early October', '1939-10']);
  });
  it('tags bare years, BC years and decades', () => {
    expect(values(corpusSentence('218 BC'), '2009-12-19', { mode: 'narrative' }).map((x) => x[1])).toContain('BC0218');
    expect(values('Trade grew in the 1870s and again in 1994.', null)).toEqual([['the 1870s', '187'], ['1994', '1994']]);
    expect(values('It was the bloodiest war of the 20th century.', null)).toEqual([['the 20th century', '19']]);
  });
});

describe('tagTimexes, hard cases', () => {
  const dct = '2022-01-12'; // a Wednesday
  it('weekdays: backwards in news style, forwards after a future cue', () => {
    expect(values('Officials met on Monday.', dct)).toEqual([['Monday', '2022-01-10']]);
    expect(values('Officials met on Wednesday.', dct)).toEqual([['Wednesday', '2022-01-12']]);
    expect(values('Ministers will meet on Friday.', dct)).toEqual([['Friday', '2022-01-14']]);
    expect(values('Protests erupted late on Wednesday.', '2022-01-13')).toEqual([['late on Wednesday', '2022-01-12']]);
  });
  it('relative expressions on the article date', () => {
    expect(values('Yesterday police fired; today it is calm; tomorrow a rally.', dct).map((x) => x[1])).toEqual(['2022-01-11', '2022-01-12', '2022-01-13']);
    expect(values('Prices rose earlier this month and last year.', dct)).toEqual([['earlier this month', '2022-01'], ['last year', '2021']]);
    expect(values('He left a week ago and is now in Moscow; recently he spoke.', dct)).toEqual([['a week ago', '2022-01-05'], ['now', 'PRESENT_REF'], ['recently', 'PAST_REF']]);
  });
  it('relative expressions on the discourse date', () => {
    const v = values('Clashes began on January 5. Two days later troops arrived. The day before, the Internet was cut. That night, shots were heard.', dct);
    expect(v).toEqual([['January 5', '2022-01-05'], ['Two days later', '2022-01-07'], ['The day before', '2022-01-06'], ['That night', '2022-01-06TNI']]);
  });
  it('times of day', () => {
    const v = values('On January 5, at 23:00 local time, troops moved; Wednesday night was quiet; overnight, looting spread.', '2022-01-06');
    expect(v).toEqual([['January 5', '2022-01-05'], ['23:00', '2022-01-05T23:00'], ['Wednesday night', '2022-01-05TNI'], ['overnight', '2022-01-05TNI']]);
    expect(values('The curfew starts at 11 p.m.', dct)).toEqual([['11 p.m.', '2022-01-12T23:00']]);
  });
  it('dates in all common forms', () => {
    expect(values('Dated 2022-01-10, 10.01.2022, 10 January 2022, Jan. 10, 10 января 2022 and on the 10th.', dct).map((x) => x[1]))
      .toEqual(['2022-01-10', '2022-01-10', '2022-01-10', '2022-01-10', '2022-01-10', '2022-01-10']);
    expect(values('Talks ran from January 2 to January 10.', dct).map((t) => t[1])).toEqual(['2022-01-02', '2022-01-10']);
    expect(values('Talks ran on January 2-4.', dct)).toEqual([['January 2', '2022-01-02'], ['4', '2022-01-04']]);
  });
  it('durations and sets', () => {
    expect(values('The strike lasted for three years after a week-long standoff.', dct)).toEqual([['three years', 'P3Y'], ['week-long', 'P1W']]);
    expect(values('He was held for more than 24 hours and reported daily, every Monday.', dct)).toEqual([['more than 24 hours', 'PT24H'], ['daily', 'P1D'], ['every Monday', 'XXXX-WXX-1']]);
    const t = tagTimexes('The blockade lasted for 5 days until January 9.', dct);
    expect(t[0].interval).toEqual({ start: '2022-01-05', end: '2022-01-09' });
  });
  it('word-sense traps are not dates', () => {
    const traps = 'Thousands may march on the capital. The cat sat. Shares rose 1.35 a share. Half is 1/2. Central Asia. 2,030 soldiers and 1,500 troops. He said Jan was right. In February 30 people died.';
    expect(values(traps, dct)).toEqual([]);
    expect(values('The rally on February 30 was cancelled.', dct)).toEqual([]);
    expect(values('She was a 5-year-old girl.', dct)).toEqual([]);
  });
  it('months, years, seasons and quarters', () => {
    expect(values('In March the army withdrew; in 1994 it returned; in the spring of 1794 it rested.', dct))
      .toEqual([['March', '2021-03'], ['1994', '1994'], ['the spring of 1794', '1794-SP']]);
  });
  it('stays linear on a 1 MB line of digits, dots and month names', () => {
    const unit = '10.01.2022.1.2.3 January 1 2 3. May 4, 2019 1/2/3/4 ';
    const big = unit.repeat(Math.ceil(1_000_000 / unit.length));
    const digits = '1'.repeat(1_000_000) + '.' + '2.'.repeat(200_000);
    // A backtracking or quadratic scan takes minutes here; the generous bound only catches that
    // (the speed itself is measured by `npm run bench`, not asserted on a shared machine).
    let t0 = performance.now();
    const tags = tagTimexes(big, '2022-01-10');
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(tags.length).toBeGreaterThan(1000);
    t0 = performance.now();
    tagTimexes(digits, '2022-01-10');
    expect(performance.now() - t0).toBeLessThan(10_000);
  });
});
