/**
 * Compiles news-annotated.src.txt (inline [[surface|TYPE|value]] marks) into news-annotated.jsonl
 * with character offsets, so offsets are computed, never typed. Run: npx tsx tests/timex/build-news.ts
 * Odd documents (1st, 3rd …) are the dev half, even ones the held-out half; after a line
 * "#split NAME" every document belongs to that split (held-out B, written after the rules).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const here = new URL('./', import.meta.url);
const src = readFileSync(new URL('news-annotated.src.txt', here), 'utf8');
const MARK = /\[\[([^|\]]+)\|(DATE|TIME|DURATION|SET)\|([^\]|]+)\]\]/g;
const out: string[] = [];
let n = 0;
let fixedSplit: string | null = null;
for (const line of src.split('\n')) {
  if (line.startsWith('#split ')) fixedSplit = line.slice(7).trim();
  if (line === '' || line.startsWith('#')) continue;
  const tab = line.indexOf('\t');
  if (tab < 0) throw new Error(`no tab: ${line}`);
  const dct = line.slice(0, tab);
  const marked = line.slice(tab + 1);
  let text = '';
  let last = 0;
  const timexes: Array<{ start: number; end: number; type: string; value: string; text: string }> = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[1];
    timexes.push({ start, end: text.length, type: m[2], value: m[3], text: m[1] });
    last = m.index! + m[0].length;
  }
  text += marked.slice(last);
  if (text.includes('[[') || text.includes(']]')) throw new Error(`malformed mark: ${line}`);
  for (const t of timexes) if (text.slice(t.start, t.end) !== t.text) throw new Error(`offset mismatch in ${line}`);
  n++;
  const id = `news-${String(n).padStart(3, '0')}`;
  out.push(JSON.stringify({ id, split: fixedSplit ?? (n % 2 === 1 ? 'dev' : 'test'), dct, text, timexes }));
}
writeFileSync(new URL('news-annotated.jsonl', here), out.join('\n') + '\n');
console.log(`${out.length} documents, ${out.reduce((a, l) => a + JSON.parse(l).timexes.length, 0)} timexes`);
