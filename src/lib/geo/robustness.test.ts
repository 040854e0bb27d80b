/**
 * Bad input: other scripts, all-caps text, number tables, binary junk and a 10 MB document must not
 * crash, and time must grow linearly (bounds are generous: they catch blow-ups, not slowness).
 */
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGeoIndex } from '../server/geodata';
import type { GeoIndex } from './geo-index';
import { geoparse } from './geoparse';

const seed = fs.readFileSync(new URL('../../../seeds/000_f9deb4eb91de4261.txt', import.meta.url), 'utf8');
let index: GeoIndex;
beforeAll(() => {
  index = loadGeoIndex();
}, 30000);

const timed = <T>(fn: () => T): [T, number] => {
  const t = performance.now();
  const r = fn();
  return [r, performance.now() - t];
};

/** Deterministic pseudo-random bytes (no clock, no Math.random: the same junk every run). */
function junk(n: number, seedValue = 7): string {
  let x = seedValue;
  let out = '';
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(x % 0xd800); // stays off lone surrogates
  }
  return out;
}

describe('geoparse on hostile input', () => {
  it('handles Cyrillic, Chinese and Arabic text without inventing English places', () => {
    const text = 'Протесты в Алматы и Жанаозене. 哈萨克斯坦的抗议活动蔓延到阿拉木图。 احتجاجات في كازاخستان';
    const ms = geoparse(text, index);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('reads an all-caps headline without tagging every word', () => {
    const ms = geoparse('PROTESTS SPREAD ACROSS KAZAKHSTAN AS PRICES RISE; THE PRESIDENT DECLARES EMERGENCY IN ALMATY', index);
    // acronym-like words (AS, THE, IN) are never places
    expect(ms.some((m) => /^(AS|THE|IN|RISE)$/.test(m.surface))).toBe(false);
    expect(ms.length).toBeLessThan(6);
  });

  it('finds nothing in a table of numbers', () => {
    const rows = Array.from({ length: 2000 }, (_, i) => `${i}\t${(i * 37) % 1000}.${i % 10}\t${i * 3}%\t-${i}`).join('\n');
    expect(geoparse(rows, index)).toEqual([]);
  });

  it('survives 1 MB of binary junk in linear time', () => {
    const [small, tSmall] = timed(() => geoparse(junk(100_000), index));
    const [big, tBig] = timed(() => geoparse(junk(1_000_000), index));
    expect(Array.isArray(small) && Array.isArray(big)).toBe(true);
    expect(tBig).toBeLessThan(10_000);
    // ten times the input may not cost a hundred times the time
    expect(tBig).toBeLessThan(Math.max(50 * tSmall, 2000));
  }, 30000);

  it('parses a 10 MB document (the seed article repeated) with bounded output', () => {
    const copies = Math.ceil(10_000_000 / seed.length);
    const big = Array.from({ length: copies }, () => seed).join('\n\n');
    const [ms, t] = timed(() => geoparse(big, index));
    expect(t).toBeLessThan(60_000);
    const once = geoparse(seed, index).length;
    expect(ms.length).toBeGreaterThanOrEqual(once * copies * 0.9);
    expect(ms.length).toBeLessThanOrEqual(once * copies * 1.1);
    // same reading everywhere: no drift as the document grows
    expect(new Set(ms.filter((m) => m.surface === 'Almaty').map((m) => m.place.id)).size).toBe(1);
  }, 120000);

  it('long lines of capitalised words and thousands of county names stay linear', () => {
    // (a title-case line is found by its words, a county's state by the spans near it: neither scans the whole text)
    const headline = (n: number) => 'Protesters Clash With Police In Almaty As Unrest Spreads Across Kazakhstan '.repeat(n) + '\nThe end.';
    const counties = (n: number) => 'Officials in Michigan said so. ' + 'Flooding hit Monroe County, Paris and Berlin. '.repeat(n);
    for (const make of [headline, counties]) {
      const [small, tSmall] = timed(() => geoparse(make(1_000), index));
      const [big, tBig] = timed(() => geoparse(make(10_000), index));
      expect(big.length).toBeGreaterThanOrEqual(small.length * 9);
      expect(tBig).toBeLessThan(Math.max(50 * tSmall, 3000));
    }
  }, 60000);

  it('a 1 MB line without spaces or capitals stays linear', () => {
    const [ms, t] = timed(() => geoparse('a'.repeat(1_000_000) + ' in Almaty', index));
    expect(t).toBeLessThan(10_000);
    expect(ms.map((m) => m.surface)).toEqual(['Almaty']);
  }, 30000);
});
