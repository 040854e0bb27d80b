/**
 * Time-expression tagger speed next to chrono-node, same texts, same process (a busy machine slows
 * both; the ratio stays meaningful). Texts: the GeoVirus WikiNews articles (real news, with their
 * dates) when the shared corpora are present, else the annotated news sentences joined into
 * articles. One core: everything runs on the main thread.
 */
import { existsSync, readFileSync } from 'node:fs';
import * as chrono from 'chrono-node';
import { corpusPath } from '../../tests/shared.ts';
import { tagTimexes } from '../../src/lib/extract/timex.ts';
import { fmt, timeIt } from './util.ts';

interface Article { text: string; dct: string }

function loadArticles(): { articles: Article[]; source: string } {
  const geovirus = corpusPath('geovirus.jsonl');
  if (existsSync(geovirus)) {
    const articles = readFileSync(geovirus, 'utf8').split('\n').filter(Boolean).map((l) => {
      const d = JSON.parse(l) as { text: string; dct?: string };
      return { text: d.text, dct: (d.dct ?? '2010-01-01').slice(0, 10) };
    });
    return { articles, source: 'GeoVirus WikiNews articles' };
  }
  const lines = readFileSync(new URL('../../tests/timex/news-annotated.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as { text: string; dct: string });
  const articles: Article[] = [];
  for (let i = 0; i < lines.length; i += 20) {
    articles.push({ text: lines.slice(i, i + 20).map((d) => d.text).join('\n\n'), dct: lines[i].dct });
  }
  return { articles, source: 'annotated news sentences, 20 a article' };
}

export async function run(): Promise<void> {
  const { articles, source } = loadArticles();
  const chars = articles.reduce((a, d) => a + d.text.length, 0);
  const refs = articles.map((d) => {
    const [y, m, day] = d.dct.split('-').map(Number);
    return new Date(y, m - 1, day, 12);
  });
  let sink = 0;
  const ours = timeIt(() => { for (const d of articles) sink += tagTimexes(d.text, d.dct).length; });
  const theirs = timeIt(() => { for (let i = 0; i < articles.length; i++) sink += chrono.parse(articles[i].text, refs[i]).length; }, { minMs: 1500, minRuns: 1 });
  const report = (name: string, perRunMs: number, runs: number) => {
    const perS = articles.length / (perRunMs / 1000);
    const mbS = chars / 1e6 / (perRunMs / 1000);
    console.log(`${name.padEnd(12)} ${fmt(perS, 0).padStart(8)} articles/s  ${fmt(mbS, 2).padStart(6)} MB/s  ≈ ${fmt(mbS * 1e6 / 4000, 0)} 4-kB articles/s  (${runs} runs)`);
    return mbS;
  };
  console.log(`${articles.length} articles (${source}), mean ${fmt(chars / articles.length, 0)} characters`);
  const a = report('tagTimexes', ours.perRunMs, ours.runs);
  const b = report('chrono-node', theirs.perRunMs, theirs.runs);
  console.log(`ratio: tagTimexes is ${fmt(a / b, 1)}× chrono-node  (checksum ${sink})`);
}
