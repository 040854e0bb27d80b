/**
 * Scores the time-expression tagger with the shared TempEval-3-style scorer, next to chrono-node
 * (the baseline of docs/baselines.md) run on the same texts in the same process.
 *
 *   npm run eval:time                  WikiWars (narrative mode) + the annotated news set (dev, held-out)
 *   npm run eval:time -- --errors      also print value errors and missed / spurious spans (ours)
 *   npm run eval:time -- --only news   one corpus (wikiwars | news)
 *
 * WikiWars `dct` is only the download date, so histories are read in narrative mode; the news
 * sentences (tests/timex/news-annotated.jsonl) in news mode against their article date: a dev half,
 * a held-out half (A) and a set written after the rules were last changed (B).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as chrono from 'chrono-node';
import { corpusPath, sharedDir } from '../tests/shared.ts';
import { tagTimexes, type TimexOptions } from '../src/lib/extract/timex.ts';

interface GoldTimex { start: number; end: number; type: string; value: string }
interface Doc { id: string; dct?: string; text: string; split?: string; timexes: GoldTimex[] }
interface Score {
  gold: number; system: number; strict: { P: number; R: number; F1: number }; relaxed: { P: number; R: number; F1: number };
  valueAcc: number; valueF1: number; typeAcc: number;
  valueErrors: Array<{ doc: string; dct: string; text?: string; gold: string; pred: string }>;
}
type Scorer = (gold: Doc[], pred: Array<{ id: string; timexes: GoldTimex[] }>) => Score;

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const showErrors = args.includes('--errors');
const { scoreTimex } = (await import(pathToFileURL(resolve(sharedDir, 'tools/timex_score.mjs')).href)) as { scoreTimex: Scorer };

const readJsonl = (path: string): Doc[] => readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);

function ours(docs: Doc[], options: TimexOptions) {
  return docs.map((d) => ({
    id: d.id,
    timexes: tagTimexes(d.text, d.dct ?? null, options).map(({ start, end, type, value }) => ({ start, end, type, value }))
  }));
}

/** chrono-node as a TIMEX tagger: spans trimmed of spaces, trailing commas and leading prepositions, value at the precision it is sure of. */
function chronoTimexes(docs: Doc[]) {
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return docs.map((d) => {
    const [y, m, day] = (d.dct ?? '2000-01-01').split('-').map(Number);
    const ref = new Date(y, m - 1, day, 12);
    const timexes = chrono.parse(d.text, ref).map((r) => {
      let start = r.index;
      let end = r.index + r.text.length;
      while (start < end && /\s/.test(d.text[start])) start++;
      while (end > start && /[\s,;]/.test(d.text[end - 1])) end--;
      const lead = /^(?:on|in|at|since|from|by|during|until|till|to|of|as of|for)\s+/i.exec(d.text.slice(start, end));
      if (lead && lead[0].length < end - start) start += lead[0].length;
      const c = r.start;
      const date = `${pad(c.get('year') ?? 0, 4)}-${pad(c.get('month') ?? 1)}-${pad(c.get('day') ?? 1)}`;
      let value: string;
      let type = 'DATE';
      if (c.isCertain('hour')) { value = `${date}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}`; type = 'TIME'; }
      else if (c.isCertain('day') || c.isCertain('weekday')) value = date;
      else if (c.isCertain('month')) value = date.slice(0, 7);
      else if (c.isCertain('year')) value = date.slice(0, 4);
      else value = date;
      return { start, end, type, value };
    });
    return { id: d.id, timexes };
  });
}

const f = (x: number) => x.toFixed(3);
function line(name: string, r: Score): string {
  return `  ${name.padEnd(12)} strict P/R/F1 ${f(r.strict.P)}/${f(r.strict.R)}/${f(r.strict.F1)}   relaxed P/R/F1 ${f(r.relaxed.P)}/${f(r.relaxed.R)}/${f(r.relaxed.F1)}   value acc ${f(r.valueAcc)}  value F1 ${f(r.valueF1)}  (type acc ${f(r.typeAcc)}; gold ${r.gold}, system ${r.system})`;
}

function spanErrors(docs: Doc[], pred: Array<{ id: string; timexes: GoldTimex[] }>): string[] {
  const out: string[] = [];
  const byId = new Map(pred.map((p) => [p.id, p.timexes]));
  for (const d of docs) {
    const p = byId.get(d.id) ?? [];
    const overlaps = (a: GoldTimex, b: GoldTimex) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
    for (const g of d.timexes) if (!p.some((x) => overlaps(x, g))) out.push(`  missed   ${d.id} ${JSON.stringify(d.text.slice(g.start, g.end))} ${g.value}`);
    for (const x of p) if (!d.timexes.some((g) => overlaps(x, g))) out.push(`  spurious ${d.id} ${JSON.stringify(d.text.slice(x.start, x.end))} ${x.value}`);
    for (const x of p) {
      const g = d.timexes.find((g) => overlaps(x, g));
      if (g && (g.start !== x.start || g.end !== x.end)) out.push(`  span     ${d.id} gold ${JSON.stringify(d.text.slice(g.start, g.end))} ours ${JSON.stringify(d.text.slice(x.start, x.end))}`);
    }
  }
  return out;
}

function evaluate(name: string, docs: Doc[], options: TimexOptions) {
  if (docs.length === 0) return;
  const mine = ours(docs, options);
  const theirs = chronoTimexes(docs);
  const a = scoreTimex(docs, mine);
  const b = scoreTimex(docs, theirs);
  console.log(`${name} (${docs.length} docs, mode ${options.mode ?? 'news'})`);
  console.log(line('ours', a));
  console.log(line('chrono-node', b));
  if (showErrors) {
    for (const e of a.valueErrors) {
      const doc = docs.find((d) => d.id === e.doc)!;
      const g = doc.timexes.find((t) => t.value === e.gold);
      console.log(`  value    ${e.doc} ${g ? JSON.stringify(doc.text.slice(g.start, g.end)) : ''} gold ${e.gold} ours ${e.pred} (dct ${doc.dct})`);
    }
    for (const s of spanErrors(docs, mine)) console.log(s);
  }
}

if (!only || only === 'wikiwars') {
  const path = corpusPath('wikiwars.jsonl');
  if (existsSync(path)) evaluate('WikiWars', readJsonl(path), { mode: 'narrative' });
  else console.log(`WikiWars: ${path} absent, skipped`);
}
if (!only || only === 'news') {
  const news = readJsonl(new URL('../tests/timex/news-annotated.jsonl', import.meta.url).pathname);
  evaluate('news, dev', news.filter((d) => d.split === 'dev'), { mode: 'news' });
  evaluate('news, held-out A', news.filter((d) => d.split === 'test'), { mode: 'news' });
  evaluate('news, held-out B (written after the rules)', news.filter((d) => d.split === 'fresh'), { mode: 'news' });
  evaluate('news, all', news, { mode: 'news' });
}
