import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { inferReferenceDate } from './refdate.ts';

const seed = readFileSync(new URL('../../../seeds/000_f9deb4eb91de4261.txt', import.meta.url), 'utf8');
const TODAY = '2026-11-25';

describe('inferReferenceDate', () => {
  it('infers 2022-01-10 for the seed from "Monday" … "January 10" agreement', () => {
    const r = inferReferenceDate(seed, TODAY);
    expect(r.date).toBe('2022-01-10');
    expect(r.source).toBe('inferred');
    expect(r.reason).toMatch(/weekday/);
  });
  it('never picks a year after today', () => {
    // 10 January is a Monday in 2011, 2022 and 2028 (not 2016: a Sunday)
    expect(inferReferenceDate(seed, '2021-06-01').date).toBe('2011-01-10');
    expect(inferReferenceDate(seed, '2022-01-09').date).toBe('2011-01-10');
    expect(inferReferenceDate(seed, '2030-01-01').date).toBe('2028-01-10');
  });
  it('reads datelines in the common forms', () => {
    const cases: Array<[string, string]> = [
      ['ALMATY, Jan 10 (Reuters) - Kazakhstan said on Monday that order was restored.', '2022-01-10'],
      ['January 10, 2022\nProtests continued in Almaty.', '2022-01-10'],
      ['10.01.2022\nПротесты продолжились.', '2022-01-10'],
      ['Monday 10 January 2022 14:03\nTroops arrived.', '2022-01-10'],
      ['NUR-SULTAN, Kazakhstan, Jan. 5, 2022 — The government resigned.', '2022-01-05']
    ];
    for (const [text, date] of cases) {
      const r = inferReferenceDate(text, TODAY);
      expect([text, r.date, r.source]).toEqual([text, date, 'dateline']);
    }
  });
  it('takes the year from full dates in the text', () => {
    const r = inferReferenceDate('The crisis began on 2 January 2022. Troops left on January 13.', TODAY);
    expect(r).toMatchObject({ date: '2022-01-13', source: 'inferred' });
  });
  it('returns null when nothing pins a date down', () => {
    expect(inferReferenceDate('Protesters gathered on Tuesday in the main square.', TODAY).date).toBeNull();
    expect(inferReferenceDate('The protests began on January 2.', TODAY).date).toBeNull();
    expect(inferReferenceDate('In 2019 the capital was renamed.', TODAY).date).toBeNull();
  });
});
