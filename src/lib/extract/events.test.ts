/** Event titles and figures on real sentences from the GeoVirus corpus (WikiNews), beside the seed tests. */
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../../tests/shared';
import { loadGeoparser } from '../server/pipeline-node';
import { buildTimeline } from './pipeline';

const corpus = readCorpus<{ id: string; text: string }>('geovirus.jsonl');
const sentenceWith = (needle: string) => {
  const doc = corpus.find((d) => d.text.includes(needle))!;
  const i = doc.text.indexOf(needle);
  const start = Math.max(doc.text.lastIndexOf('. ', i) + 2, 0);
  const end = doc.text.indexOf('. ', i + needle.length);
  return doc.text.slice(start, end < 0 ? undefined : end + 1);
};
const events = (text: string) =>
  buildTimeline([{ path: 'a.md', text: `---\npublished: 2006-03-01\n---\n${text}` }], loadGeoparser(), { today: '2026-11-25' }).events;

describe.skipIf(corpus.length === 0)('statements and figures in WikiNews sentences', () => {
  it('credits a quote to the speaker named after it', () => {
    const text = sentenceWith('designed to be extremely sensitive');
    const [statement] = events(text).filter((e) => e.category === 'statement');
    expect(statement.title).toMatch(/^Clifford: “designed to be extremely sensitive”$/);
  });

  it('counts the people killed, not the years or other numbers in the sentence', () => {
    const text = 'At least 150 people were killed in the outbreak in 1994, health officials said.';
    const [event] = events(text);
    expect(event.counts).toEqual({ killed: 150 });
  });
});
