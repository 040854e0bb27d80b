import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocument } from './document';
import { splitSentences } from './sentences';
import { splitClauses } from './clauses';

const seed = parseDocument({ path: 'seed.txt', text: readFileSync('seeds/000_f9deb4eb91de4261.txt', 'utf8') });

describe('splitSentences', () => {
  const sentences = splitSentences(seed.body, seed.content);

  it('finds the ten sentences of the seed, with offsets that give back their text', () => {
    expect(sentences).toHaveLength(10);
    for (const s of sentences) expect(seed.body.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[5].text).toMatch(/^For its part, the Interior Ministry of Kazakhstan announced/);
  });

  it('treats line breaks as hard boundaries even without a final period', () => {
    const body = 'Almaty airport seized\nTroops arrived on Thursday. Shops stayed closed.';
    expect(splitSentences(body).map((s) => s.text)).toEqual(['Almaty airport seized', 'Troops arrived on Thursday.', 'Shops stayed closed.']);
  });
});

describe('splitClauses', () => {
  const sentences = splitSentences(seed.body, seed.content);
  it('separates "X said …, while Y denounced …" into two clauses', () => {
    const clauses = splitClauses(sentences[0]);
    expect(clauses).toHaveLength(2);
    expect(clauses[1].text).toMatch(/^while Russian President Vladimir Putin denounced/);
    for (const c of clauses) expect(seed.body.slice(c.start, c.end)).toBe(c.text);
  });
  it('separates a relative clause that reports its own fact', () => {
    const last = splitClauses(sentences[9]);
    expect(last.at(-1)!.text).toMatch(/^which began with demonstrations .* on January 2\.?$/);
  });
});
