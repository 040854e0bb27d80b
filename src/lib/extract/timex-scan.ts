/**
 * Time-expression scanner: a hand-written tokenizer and a grammar of small look-ahead functions
 * over the tokens. Every rule looks at a bounded number of tokens, so the scan is linear in the
 * text length whatever the input (no regular expressions on the text itself).
 *
 * It finds the expressions and what they say ("10 January, year not written", "two days after
 * the current day", "a 5-day duration"); `timex.ts` turns these mentions into TIMEX3 values
 * against the document date and the discourse.
 */
import {
  COUNT_NOUNS, FUTURE_CUES, LABEL_WORDS, LONG_UNITS, MONTHS, NON_FINAL_ABBREVIATIONS, NUMBER_WORDS,
  ORDINAL_SUFFIXES, ORDINAL_WORDS, PARTS_OF_DAY, RU_RELATIVE_DAYS, SEASONS, TEMPORAL_PREPOSITIONS, TIME_ZONE_WORDS, UNITS,
  VAGUE_QUANTITIES, WEEKDAYS, WEEKDAY_PLURALS, type UnitInfo
} from './timex-lexicon.ts';
import { isValidMonthDay } from './calendar.ts';

// ───────────────────────────── tokens ─────────────────────────────

export const WORD = 1;
export const NUM = 2;
export const PUNCT = 3;

export interface Token {
  kind: number;
  start: number;
  end: number;
  /** Lower-case text for words, the digits for numbers, the character for punctuation. */
  text: string;
  /** Numeric value for numbers of up to 9 digits, else -1. */
  num: number;
  /** First letter upper-case. */
  cap: boolean;
  /** What separates it from the previous token: 0 nothing, 1 spaces, 2 a line break. */
  gap: number;
  sentence: number;
}

function isLetterCode(c: number, text: string, i: number): boolean {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 0xc0) return false;
  if (c <= 0x24f) return c !== 0xd7 && c !== 0xf7;
  if (c >= 0x400 && c <= 0x4ff) return true;
  if (c >= 0x2000 && c <= 0x2bff) return false; // punctuation, symbols, arrows
  return /\p{L}/u.test(text[i]);
}

function isSpaceCode(c: number): boolean {
  return c <= 32 || c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000 || c === 0xfeff;
}

export function tokenize(text: string): Token[] {
  // Hot loop: char codes only; a word is lower-cased (a new string) only when it has a capital.
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let gap = 0;
  let sentence = 0;
  let pendingBoundary = false;
  let prev: Token | undefined;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c <= 32 || (c >= 0x80 && isSpaceCode(c))) {
      if (c === 10 || c === 13 || c === 0x2028 || c === 0x2029) gap = 2;
      else if (gap === 0) gap = 1;
      i++;
      continue;
    }
    const start = i;
    let kind: number;
    let lower: string;
    let num = -1;
    let cap = false;
    if (c >= 48 && c <= 57) {
      let v = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d < 48 || d > 57) break;
        v = v * 10 + (d - 48);
        i++;
      }
      kind = NUM;
      lower = text.slice(start, i);
      if (i - start <= 9) num = v;
    } else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && isLetterCode(c, text, i))) {
      let upper = c <= 90;
      let ascii = c < 0x80;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d >= 97 && d <= 122) { i++; continue; }
        if (d >= 65 && d <= 90) { upper = true; i++; continue; }
        if (d >= 0xc0 && isLetterCode(d, text, i)) { ascii = false; i++; continue; }
        break;
      }
      kind = WORD;
      const raw = text.slice(start, i);
      if (ascii) {
        lower = upper ? raw.toLowerCase() : raw;
        cap = c <= 90;
      } else {
        lower = raw.toLowerCase();
        cap = raw !== lower && raw.charCodeAt(0) !== lower.charCodeAt(0);
      }
    } else {
      i++;
      kind = PUNCT;
      lower = text[start];
    }
    if (gap === 2) sentence++;
    else if (pendingBoundary && gap > 0 && (cap || kind === NUM || (kind === PUNCT && c !== 44))) sentence++;
    pendingBoundary = false;
    const tok: Token = { kind, start, end: i, text: lower, num, cap, gap, sentence };
    tokens.push(tok);
    if (kind === PUNCT && (c === 46 || c === 33 || c === 63 || c === 0x2026)) {
      const abbrev = c === 46 && prev !== undefined && prev.kind === WORD && gap === 0 && NON_FINAL_ABBREVIATIONS.has(prev.text);
      pendingBoundary = !abbrev;
    }
    prev = tok;
    gap = 0;
  }
  return tokens;
}

// ───────────────────────────── mentions ─────────────────────────────

export type MentionKind =
  | 'date' // explicit calendar parts (y/m/d/weekday), possibly year-less
  | 'weekday' // a weekday without a date: resolved against an anchor
  | 'relative' // offset from the document date or the discourse date
  | 'ref' // PRESENT_REF, PAST_REF, FUTURE_REF
  | 'decade'
  | 'century'
  | 'season'
  | 'time' // clock time
  | 'partOfDay' // morning, night … with an anchor
  | 'duration'
  | 'set';

export type Anchor = 'dct' | 'discourse' | 'none';
export type RelUnit = 'D' | 'W' | 'WE' | 'M' | 'Y' | 'DE' | 'CE' | 'Q';

export interface Mention {
  kind: MentionKind;
  start: number;
  end: number;
  sentence: number;
  /** Index of the first token (for context look-ups). */
  tokenIndex: number;
  y?: number;
  m?: number;
  d?: number;
  wd?: number;
  bc?: boolean;
  /** Decade / century digits ("199", "19"). */
  digits?: string;
  season?: string;
  quarter?: number;
  hh?: number;
  mi?: number;
  part?: string;
  /** relative: unit and offset from the anchor; weekday: 'last' | 'next' | 'this'. */
  unit?: RelUnit;
  offset?: number;
  anchor?: Anchor;
  rel?: 'last' | 'next' | 'this';
  /** Fixed values (ref, duration, set, vague relatives). */
  value?: string;
  /** Duration quantity and unit, for intervals. */
  quantity?: number;
  unitInfo?: UnitInfo;
  mod?: string;
  /** Word that introduces the expression ("since", "as of", "until", "from", "following" …). */
  signal?: string;
  /** A future cue (will, scheduled, …) precedes it in the sentence. */
  future?: boolean;
  /** The year was written (as opposed to inferred). */
  explicitYear?: boolean;
  /** Clock times: the zone word written after it ("gmt", "msk"). */
  zone?: string;
  /** "two weeks ago", "a week later": a counted offset, which names a day when the anchor is a day. */
  counted?: boolean;
}

// ───────────────────────────── grammar ─────────────────────────────

interface Core extends Partial<Mention> {
  kind: MentionKind;
  /** Token index after the expression. */
  next: number;
  /** Extra mentions produced by a range ("January 2-10"). */
  extra?: Mention[];
}

const DASHES = new Set(['-', '–', '—']);
const RANGE_WORDS = new Set(['to', 'through', 'and', 'until', 'till', 'or']);
const MOD_OF = new Map([
  ['end', 'END'], ['beginning', 'START'], ['start', 'START'], ['middle', 'MID'], ['close', 'END'], ['turn', 'START'],
  ['dawn', 'START'], ['outset', 'START']
]);
const MOD_WORDS = new Map([['early', 'START'], ['late', 'END'], ['mid', 'MID'], ['middle', 'MID']]);
const DURATION_MODS = new Map([
  ['more than', 'MORE_THAN'], ['less than', 'LESS_THAN'], ['at least', 'EQUAL_OR_MORE'], ['up to', 'EQUAL_OR_LESS'],
  ['nearly', 'APPROX'], ['almost', 'APPROX'], ['about', 'APPROX'], ['around', 'APPROX'], ['some', 'APPROX'],
  ['roughly', 'APPROX'], ['approximately', 'APPROX'], ['over', 'MORE_THAN'], ['under', 'LESS_THAN'],
  ['fewer than', 'LESS_THAN'], ['at most', 'EQUAL_OR_LESS'], ['just over', 'MORE_THAN'], ['just under', 'LESS_THAN']
]);
const DURATION_MOD_FIRST = new Set([...DURATION_MODS.keys()].map((k) => k.split(' ')[0]));
const PRESENT_WORDS = new Map([
  ['now', 'PRESENT_REF'], ['currently', 'PRESENT_REF'], ['presently', 'PRESENT_REF'], ['nowadays', 'PRESENT_REF'],
  ['recently', 'PAST_REF'], ['lately', 'PAST_REF'], ['formerly', 'PAST_REF'], ['once', '']
]);
const SIGNAL_WORDS = new Set([
  'on', 'in', 'at', 'since', 'until', 'till', 'by', 'from', 'to', 'through', 'between', 'and', 'during', 'before',
  'after', 'following', 'for', 'of', 'within', 'throughout', 'around', 'into', 'circa', 'over'
]);
const RELATIVE_DIRECTIONS = new Map<string, number>([
  ['last', -1], ['past', -1], ['previous', -1], ['this', 0], ['current', 0], ['next', 1], ['coming', 1], ['following', 1]
]);
const UNIT_WORDS_FOR_REL = new Map<string, RelUnit>([
  ['day', 'D'], ['week', 'W'], ['weekend', 'WE'], ['month', 'M'], ['year', 'Y'], ['decade', 'DE'], ['century', 'CE'],
  ['quarter', 'Q']
]);
const AGO_WORDS = new Map<string, number>([
  ['ago', -1], ['later', 1], ['afterwards', 1], ['afterward', 1], ['earlier', -1], ['before', -1], ['after', 1],
  ['previously', -1], ['prior', -1], ['on', 1], ['hence', 1]
]);
const SET_ADVERBS = new Map([
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['yearly', 'P1Y'], ['annually', 'P1Y'], ['hourly', 'PT1H'],
  ['nightly', 'XXXX-XX-XXTNI'], ['biweekly', 'P2W'], ['fortnightly', 'P2W']
]);
const TIME_SUFFIX_STOP = new Set(['share', 'shares', 'barrel', 'dollar', 'dollars', 'percent']);

export class Scanner {
  readonly t: Token[];
  readonly text: string;
  constructor(text: string) {
    this.text = text;
    this.t = tokenize(text);
  }

  w(i: number): string {
    const tok = this.t[i];
    return tok !== undefined && tok.kind === WORD ? tok.text : '';
  }
  p(i: number, ch: string): boolean {
    const tok = this.t[i];
    return tok !== undefined && tok.kind === PUNCT && tok.text === ch;
  }
  isDash(i: number): boolean {
    const tok = this.t[i];
    return tok !== undefined && tok.kind === PUNCT && DASHES.has(tok.text);
  }
  num(i: number): Token | undefined {
    const tok = this.t[i];
    return tok !== undefined && tok.kind === NUM ? tok : undefined;
  }
  /** Token i touches token i-1 (no space). */
  adj(i: number): boolean {
    const tok = this.t[i];
    return tok !== undefined && tok.gap === 0;
  }
  sameSentence(a: number, b: number): boolean {
    const ta = this.t[a];
    const tb = this.t[b];
    return ta !== undefined && tb !== undefined && ta.sentence === tb.sentence;
  }

  /** A number glued to digit groups ("2,030", "1.35", "10.01.2022.5") is not a standalone number. */
  isolatedNumber(i: number): boolean {
    const before = this.t[i - 1];
    if (before && before.kind === PUNCT && this.adj(i) && (before.text === ',' || before.text === '.' || before.text === ':' || before.text === '/') &&
      this.num(i - 2) && this.adj(i - 1)) return false;
    if (before && before.kind === PUNCT && this.adj(i) && (before.text === '$' || before.text === '€' || before.text === '£' || before.text === '#' || before.text === '№')) return false;
    if (before && before.kind === WORD && this.adj(i)) return false; // "A1994", "Q1"
    const after = this.t[i + 1];
    if (after && after.kind === PUNCT && after.gap === 0 && (after.text === ',' || after.text === '.' || after.text === ':' || after.text === '/') &&
      this.num(i + 2) && this.adj(i + 2)) return false;
    if (after && after.kind === PUNCT && after.gap === 0 && (after.text === '%' || after.text === '$')) return false;
    return true;
  }

  // ── numbers ──

  /** Day of month: "10", "10th", "tenth", "twenty-first". */
  day(i: number): { d: number; next: number; ordinal: boolean } | null {
    const n = this.num(i);
    if (n) {
      if (n.text.length > 2 || n.num < 1 || n.num > 31) return null;
      let next = i + 1;
      let ordinal = false;
      if (this.adj(next) && ORDINAL_SUFFIXES.has(this.w(next))) {
        next++;
        ordinal = true;
      }
      if (!ordinal) {
        const after = this.t[next];
        if (after && after.kind === PUNCT && after.gap === 0 && (after.text === ':' || after.text === '.' || after.text === ',' || after.text === '/') &&
          this.num(next + 1) && this.adj(next + 1)) return null;
      }
      if (!ordinal && this.t[i - 1]?.kind === PUNCT && this.adj(i) && (this.t[i - 1].text === '.' || this.t[i - 1].text === ',' || this.t[i - 1].text === ':') && this.num(i - 2) && this.adj(i - 1)) return null;
      return { d: n.num, next, ordinal };
    }
    const word = this.w(i);
    const ord = ORDINAL_WORDS.get(word);
    if (ord !== undefined) {
      if ((ord === 20 || ord === 30) && false) return null;
      return { d: ord, next: i + 1, ordinal: true };
    }
    if ((word === 'twenty' || word === 'thirty') && this.isDash(i + 1) && this.adj(i + 1) && this.adj(i + 2)) {
      const unit = ORDINAL_WORDS.get(this.w(i + 2));
      if (unit !== undefined && unit < 10) return { d: (word === 'twenty' ? 20 : 30) + unit, next: i + 3, ordinal: true };
    }
    return null;
  }

  /** A year: 4 digits (1000–2999), or 1–4 digits with BC/AD. */
  year(i: number, loose: boolean): { y: number; next: number; bc: boolean } | null {
    const w0 = this.w(i);
    if ((w0 === 'ad' || w0 === 'ce') && this.t[i]?.cap) {
      const n = this.num(i + 1);
      if (n && n.text.length <= 4 && n.num > 0 && this.isolatedNumber(i + 1)) return { y: n.num, next: i + 2, bc: false };
      return null;
    }
    const n = this.num(i);
    if (!n || n.text.length > 4 || n.num < 0) return null;
    if (!this.isolatedNumber(i)) return null;
    // Era markers: "218 BC", "146 B.C.", "AD 9".
    const era = this.era(i + 1);
    if (era) return { y: n.num, next: era.next, bc: era.bc };
    if (n.text.length !== 4) return null;
    if (n.num < 1000 || n.num > 2999) return null;
    if (!loose && n.num < 1500) return null;
    // Russian: "2022 года", "в 2019 году", "2022 г."
    const after = this.w(i + 1);
    if (after === 'года' || after === 'году' || after === 'год') return { y: n.num, next: i + 2, bc: false };
    if (after === 'г' && this.p(i + 2, '.') && this.adj(i + 2)) return { y: n.num, next: i + 3, bc: false };
    return { y: n.num, next: i + 1, bc: false };
  }

  era(i: number): { bc: boolean; next: number } | null {
    const w0 = this.w(i);
    if (w0 === 'bc' || w0 === 'bce') return { bc: true, next: i + 1 };
    if ((w0 === 'ad' || w0 === 'ce') && this.t[i]?.cap) return { bc: false, next: i + 1 };
    if ((w0 === 'b' || w0 === 'a') && this.t[i]?.cap && this.p(i + 1, '.') && this.adj(i + 1) && this.adj(i + 2) &&
      (this.w(i + 2) === 'c' || this.w(i + 2) === 'd') && this.t[i + 2]?.cap) {
      const bc = w0 === 'b' && this.w(i + 2) === 'c';
      if (!bc && !(w0 === 'a' && this.w(i + 2) === 'd')) return null;
      let next = i + 3;
      if (this.p(next, '.') && this.adj(next)) next++;
      return { bc, next };
    }
    return null;
  }

  /** Cardinal quantity: "5", "five", "twenty-five", "a", "an", "a few", "several", "1.5". */
  quantity(i: number, allowArticle: boolean): { q: number | null; next: number } | null {
    const n = this.num(i);
    if (n) {
      if (n.num < 0 || n.text.length > 4) return null;
      // decimals: "1.5 years"
      if (this.p(i + 1, '.') && this.adj(i + 1) && this.num(i + 2) && this.adj(i + 2)) {
        const frac = this.t[i + 2].text;
        if (frac.length > 2) return null;
        return { q: Number(`${n.text}.${frac}`), next: i + 3 };
      }
      if (!this.isolatedNumber(i)) return null;
      return { q: n.num, next: i + 1 };
    }
    const word = this.w(i);
    if (word === '') return null;
    if (allowArticle && (word === 'a' || word === 'an')) {
      const w1 = this.w(i + 1);
      if (w1 === 'few' || w1 === 'couple') {
        const next = w1 === 'couple' && this.w(i + 2) === 'of' ? i + 3 : i + 2;
        return { q: w1 === 'couple' ? 2 : null, next };
      }
      return { q: 1, next: i + 1 };
    }
    if (VAGUE_QUANTITIES.has(word)) return { q: null, next: i + 1 };
    const v = NUMBER_WORDS.get(word);
    if (v !== undefined) {
      // "twenty-five", "twenty five"
      if (v >= 20 && v < 100) {
        let j = i + 1;
        if (this.isDash(j) && this.adj(j)) j++;
        const u = NUMBER_WORDS.get(this.w(j));
        if (u !== undefined && u < 10) return { q: v + u, next: j + 1 };
      }
      if (v === 100 || v === 12) return { q: v, next: i + 1 };
      // "one hundred", "two hundred"
      if (this.w(i + 1) === 'hundred') return { q: v * 100, next: i + 2 };
      return { q: v, next: i + 1 };
    }
    if (word === 'half' && (this.w(i + 1) === 'a' || this.w(i + 1) === 'an')) return { q: 0.5, next: i + 2 };
    return null;
  }

  /** Month name, skipping the period of "Jan.". */
  month(i: number): { m: number; abbrev: boolean; ambiguous: boolean; next: number } | null {
    const word = this.w(i);
    if (word === '') return null;
    const info = MONTHS.get(word);
    if (!info) return null;
    let next = i + 1;
    if (info.abbrev && this.p(next, '.') && this.adj(next)) next++;
    return { m: info.month, abbrev: info.abbrev, ambiguous: info.ambiguous, next };
  }

  /** Context word before token i (skipping "the"). */
  prevWord(i: number): string {
    let j = i - 1;
    if (this.w(j) === 'the') j--;
    return this.w(j);
  }

  /** A future cue between the start of the sentence and token i (bounded look-back). */
  futureBefore(i: number): boolean {
    const sentence = this.t[i]?.sentence;
    for (let j = i - 1, k = 0; j >= 0 && k < 12; j--, k++) {
      const tok = this.t[j];
      if (tok.sentence !== sentence) break;
      if (tok.kind === WORD && FUTURE_CUES.has(tok.text)) {
        // "would" and "set" are too weak alone; "until" only marks the future with a present verb.
        if (tok.text === 'set' || tok.text === 'until' || tok.text === 'till') continue;
        return true;
      }
      if (tok.kind === WORD && (tok.text === 'said' || tok.text === 'was' || tok.text === 'were' || tok.text === 'had')) return false;
    }
    return false;
  }

  /** The signal word(s) just before token i ("as of", "since", "on" …). */
  signalBefore(i: number): string | undefined {
    let j = i - 1;
    if (this.w(j) === 'the' || this.w(j) === 'a' || this.w(j) === 'an') j--;
    const w1 = this.w(j);
    if (w1 === 'of' && this.w(j - 1) === 'as') return 'as of';
    if (SIGNAL_WORDS.has(w1)) return w1;
    return undefined;
  }

  // ── date cores ──

  /** Explicit calendar dates led by a month, a day or digits. */
  calendarDate(i: number, ctx: { the: boolean; mod: boolean }): Core | null {
    return this.monthLed(i, ctx) ?? this.dayLed(i, ctx) ?? this.numericDate(i);
  }

  monthLed(i: number, ctx: { the: boolean; mod: boolean }): Core | null {
    const mo = this.month(i);
    if (!mo) return null;
    const tok = this.t[i];
    const russianOrCap = tok.cap || tok.text.charCodeAt(0) >= 0x400;
    if (mo.ambiguous && !russianOrCap) return null;
    let j = mo.next;
    const dy = this.day(j);
    if (dy && !(this.month(dy.next) && !dy.ordinal)) {
      // "January 10", "Jan. 10th", "January 10, 2022"
      let k = dy.next;
      let y: { y: number; next: number; bc: boolean } | null = null;
      let extra: Mention[] | undefined;
      // range "January 2-10" / "January 2 to 10"
      let k2 = k;
      let rangeDay: { d: number; next: number } | null = null;
      if ((this.isDash(k2) || RANGE_WORDS.has(this.w(k2))) && !this.month(k2 + 1)) {
        const d2 = this.day(k2 + 1);
        if (d2 && d2.d > dy.d && !this.month(d2.next) && !UNITS.has(this.w(d2.next)) && this.w(d2.next) !== 'am' && this.w(d2.next) !== 'pm') {
          rangeDay = d2;
          k2 = d2.next;
        }
      }
      const afterDays = rangeDay ? k2 : k;
      const comma = this.p(afterDays, ',') ? afterDays + 1 : afterDays;
      y = this.year(comma, true);
      if (!y && comma !== afterDays) y = null;
      if (!isValidMonthDay(mo.m, dy.d)) return null;
      // "May 10 people" is not a date: an ambiguous month with a bare number followed by a counted noun
      if (mo.ambiguous && !dy.ordinal && !y && COUNT_NOUNS.has(this.w(dy.next)) && !rangeDay) return null;
      if (rangeDay) {
        if (!isValidMonthDay(mo.m, rangeDay.d)) return null;
        const startTok = this.t[k + 1];
        extra = [{
          kind: 'date', start: startTok.start, end: this.t[(y ? y.next : k2) - 1].end, sentence: startTok.sentence,
          tokenIndex: k + 1, m: mo.m, d: rangeDay.d, y: y?.y, bc: y?.bc, explicitYear: !!y
        }];
        // the first part ends at the first day; the year applies to both
        return { kind: 'date', m: mo.m, d: dy.d, y: y?.y, bc: y?.bc, explicitYear: !!y, next: k, extra };
      }
      return { kind: 'date', m: mo.m, d: dy.d, y: y?.y, bc: y?.bc, explicitYear: !!y, next: y ? y.next : k };
    }
    // "January 2022", "February of 1940", "January, 2022"
    let yj = j;
    if (this.w(yj) === 'of' || this.p(yj, ',')) yj++;
    const y = this.year(yj, true);
    if (y) return { kind: 'date', m: mo.m, y: y.y, bc: y.bc, explicitYear: true, next: y.next };
    // a month alone
    if (mo.abbrev && tok.text.charCodeAt(0) < 0x400) return null;
    if (!russianOrCap) return null;
    if (mo.ambiguous) {
      const prev = this.w(i - 1);
      const prevIsMid = this.isDash(i - 1) && this.w(i - 2) === 'mid';
      if (!ctx.mod && !prevIsMid && !(TEMPORAL_PREPOSITIONS.has(prev) && prev !== '')) return null;
      // "in May and June" is fine; "May I" or a name ("April Smith") is not
      const nextTok = this.t[j];
      if (nextTok && nextTok.kind === WORD && nextTok.cap && !MONTHS.has(nextTok.text) && nextTok.gap !== 2 && !this.sentenceStartsAt(j)) return null;
    }
    return { kind: 'date', m: mo.m, next: j };
  }

  sentenceStartsAt(j: number): boolean {
    return j > 0 && this.t[j].sentence !== this.t[j - 1].sentence;
  }

  dayLed(i: number, ctx: { the: boolean; mod: boolean }): Core | null {
    const dy = this.day(i);
    if (!dy) return null;
    if (!this.num(i) && !ctx.the && this.w(dy.next) !== 'of') return null; // "first of May" needs "of" … or "the"
    let j = dy.next;
    if (this.w(j) === 'of') j++;
    // range "10-12 January" / "10 and 11 January"
    let rangeDay: { d: number; next: number; ordinal: boolean } | null = null;
    if (!this.month(j) && (this.isDash(j) || this.w(j) === 'and' || this.w(j) === 'to')) {
      const d2 = this.day(j + 1);
      if (d2 && d2.d > dy.d) {
        let k = d2.next;
        if (this.w(k) === 'of') k++;
        if (this.month(k)) {
          rangeDay = d2;
          j = k;
        }
      }
    }
    const mo = this.month(j);
    if (!mo) {
      // "on the 10th": day of the current month
      if (ctx.the && dy.ordinal && this.num(i)) {
        const after = this.t[dy.next];
        const ok = !after || after.kind === PUNCT || ['and', 'at', 'in', 'when', 'as', 'after', 'before', 'but', 'until', 'with', 'to', 'was', 'is', 'the', 'a', 'by', 'while', 'that'].includes(after.text);
        if (ok) return { kind: 'date', d: dy.d, next: dy.next };
      }
      return null;
    }
    if (mo.ambiguous && !this.t[j].cap && this.t[j].text.charCodeAt(0) < 0x400) return null;
    if (!isValidMonthDay(mo.m, dy.d)) return null;
    let k = mo.next;
    if (this.p(k, ',')) k++;
    const y = this.year(k, true);
    const next = y ? y.next : mo.next;
    if (rangeDay) {
      if (!isValidMonthDay(mo.m, rangeDay.d)) return null;
      const st = this.t[j - (this.w(j - 1) === 'of' ? 1 : 0)];
      const firstEnd = this.t[dy.next - 1].end;
      const secondTok = this.t[rangeDay.next - (rangeDay.ordinal && this.num(rangeDay.next - 2) ? 2 : 1)];
      void st;
      const extra: Mention = {
        kind: 'date', start: secondTok.start, end: this.t[next - 1].end, sentence: secondTok.sentence,
        tokenIndex: rangeDay.next - 1, m: mo.m, d: rangeDay.d, y: y?.y, bc: y?.bc, explicitYear: !!y
      };
      void firstEnd;
      return { kind: 'date', d: dy.d, m: mo.m, y: y?.y, bc: y?.bc, explicitYear: !!y, next: dy.next, extra: [extra] };
    }
    return { kind: 'date', d: dy.d, m: mo.m, y: y?.y, bc: y?.bc, explicitYear: !!y, next };
  }

  /** 2022-01-10, 10.01.2022 (day first), 1/10/2022 (month first unless the day is > 12). */
  numericDate(i: number): Core | null {
    const a = this.num(i);
    if (!a) return null;
    const s1 = this.t[i + 1];
    if (!s1 || s1.kind !== PUNCT || s1.gap !== 0) return null;
    const sep = s1.text;
    if (sep !== '-' && sep !== '.' && sep !== '/') return null;
    const b = this.num(i + 2);
    const s2 = this.t[i + 3];
    const c = this.num(i + 4);
    if (!b || !s2 || !c || !this.adj(i + 2) || s2.gap !== 0 || s2.text !== sep || !this.adj(i + 4)) return null;
    // not part of a longer group ("10.01.2022.5", "1-2-3-4")
    const after = this.t[i + 5];
    if (after && after.kind === PUNCT && after.gap === 0 && (after.text === sep || after.text === '.' || after.text === ',') && this.num(i + 6) && this.adj(i + 6)) return null;
    const before = this.t[i - 1];
    if (before && before.kind === PUNCT && this.adj(i) && (before.text === sep || before.text === '.') && this.num(i - 2) && this.adj(i - 1)) return null;
    let y: number, m: number, d: number;
    if (a.text.length === 4 && b.text.length <= 2 && c.text.length <= 2) {
      if (sep === '.') return null;
      y = a.num; m = b.num; d = c.num;
    } else if (a.text.length <= 2 && b.text.length <= 2 && c.text.length === 4) {
      y = c.num;
      if (sep === '/') {
        if (a.num > 12) { d = a.num; m = b.num; } else { m = a.num; d = b.num; }
      } else {
        if (b.num > 12 && a.num <= 12) { m = a.num; d = b.num; } else { d = a.num; m = b.num; }
      }
    } else return null;
    if (y < 1000 || y > 2999 || !isValidMonthDay(m, d)) return null;
    return { kind: 'date', y, m, d, explicitYear: true, next: i + 5 };
  }

  /** A weekday, alone or leading a date ("Monday, January 10"). */
  weekdayLed(i: number, ctx: { the: boolean; mod: boolean }): Core | null {
    const word = this.w(i);
    if (word === '') return null;
    const info = WEEKDAYS.get(word);
    if (!info) return null;
    let j = i + 1;
    if (info.abbrev) {
      if (!this.t[i].cap) return null;
      if (this.p(j, '.') && this.adj(j)) j++;
    }
    let k = j;
    if (this.p(k, ',')) k++;
    const date = this.calendarDate(k, { the: false, mod: false });
    if (date && date.d !== undefined && !date.extra) {
      return { ...date, kind: 'date', wd: info.wd };
    }
    if (info.abbrev) return null;
    // "the Sunday Times": a name, not a day
    const after = this.t[j];
    if (this.w(i - 1) === 'the' && after !== undefined && after.kind === WORD && after.cap && after.gap !== 2 &&
      !MONTHS.has(after.text) && !PARTS_OF_DAY.has(after.text)) return null;
    void ctx;
    return { kind: 'weekday', wd: info.wd, next: j };
  }

  /** A bare year, decade or century. */
  yearLike(i: number, ctx: { the: boolean; mod: boolean }): Core | null {
    const n = this.num(i);
    // decades: "1990s", "1990's", "'90s"
    if (n && n.text.length === 4 && n.text.endsWith('0')) {
      let j = i + 1;
      if (this.p(j, "'") || this.p(j, '’')) j++;
      if (this.w(j) === 's' && this.adj(j) && this.isolatedNumberStart(i)) {
        return { kind: 'decade', digits: n.text.slice(0, 3), next: j + 1 };
      }
    }
    if ((this.p(i, "'") || this.p(i, '’')) && this.num(i + 1)?.text.length === 2 && this.adj(i + 1) && this.w(i + 2) === 's' && this.adj(i + 2) && this.t[i + 1].text.endsWith('0')) {
      return { kind: 'decade', digits: 'XX' + this.t[i + 1].text[0], next: i + 3 };
    }
    // centuries: "20th century", "the twentieth century", "20th-century"
    const dy = this.day(i);
    if (dy && dy.ordinal && dy.d <= 21) {
      let j = dy.next;
      if (this.isDash(j) && this.adj(j)) j++;
      if (this.w(j) === 'century') {
        let next = j + 1;
        let bc = false;
        const era = this.era(next);
        if (era) { bc = era.bc; next = era.next; }
        const c = dy.d - 1;
        return { kind: 'century', digits: (bc ? 'BC' : '') + String(c).padStart(2, '0'), next };
      }
    }
    const prev = this.prevWord(i);
    const loose = ctx.mod || TEMPORAL_PREPOSITIONS.has(prev) || (this.isDash(i - 1) && this.w(i - 2) === 'mid');
    const y = this.year(i, loose);
    if (!y) return null;
    if (!y.bc && y.next === i + 1) {
      // counted things and labels are not years
      const nextWord = this.w(i + 1);
      if (COUNT_NOUNS.has(nextWord)) return null;
      if (LABEL_WORDS.has(this.w(i - 1)) && !loose) return null;
      const b = this.t[i - 1];
      if (b && b.kind === PUNCT && (b.text === '$' || b.text === '€' || b.text === '£' || b.text === '#' || b.text === '№')) return null;
      if (this.p(i + 1, '%')) return null;
      // "1939-45", "1914–1918": the first year only; the second is found on its own (below)
    }
    if (y.bc && this.num(i) && !loose && this.num(i)!.text.length < 3 && !ctx.the) {
      // "9 BC" fine; keep
    }
    return { kind: 'date', y: y.y, bc: y.bc, explicitYear: true, next: y.next };
  }

  isolatedNumberStart(i: number): boolean {
    const before = this.t[i - 1];
    if (before && before.kind === PUNCT && this.adj(i) && (before.text === ',' || before.text === '.') && this.num(i - 2)) return false;
    return true;
  }

  /** "1939-45": the second part of a year range, written short. */
  shortYearRangeEnd(i: number): Core | null {
    const n = this.num(i);
    if (!n || n.text.length !== 2 || !this.isDash(i - 1) || !this.adj(i) || !this.adj(i - 1)) return null;
    const first = this.num(i - 2);
    if (!first || first.text.length !== 4 || first.num < 1000) return null;
    const y = Math.floor(first.num / 100) * 100 + n.num;
    if (y <= first.num) return null;
    if (this.p(i + 1, '.') && this.num(i + 2) && this.adj(i + 1)) return null;
    return { kind: 'date', y, explicitYear: true, next: i + 1 };
  }

  // ── relative expressions ──

  relative(i: number, ctx: { the: boolean; mod: boolean }): Core | null {
    const word = this.w(i);
    if (word === '') return null;
    switch (word) {
      case 'today':
        return this.withPart({ kind: 'relative', unit: 'D', offset: 0, anchor: 'dct', next: i + 1 });
      case 'yesterday':
        return this.withPart({ kind: 'relative', unit: 'D', offset: -1, anchor: 'dct', next: i + 1 });
      case 'tomorrow':
        return this.withPart({ kind: 'relative', unit: 'D', offset: 1, anchor: 'dct', next: i + 1 });
      case 'tonight':
        return { kind: 'relative', unit: 'D', offset: 0, anchor: 'dct', part: 'NI', next: i + 1 };
      case 'overnight': {
        // "overnight Saturday" is Saturday night
        const day = this.weekdayLed(i + 1, ctx) ?? this.calendarDate(i + 1, ctx);
        if (day && (day.kind === 'weekday' || day.d !== undefined) && !day.extra && day.part === undefined) return { ...day, part: 'NI' };
        // offset −1: on the article date alone it is the night before (resolved in timex.ts)
        return { kind: 'partOfDay', part: 'NI', anchor: 'discourse', offset: -1, next: i + 1 };
      }
      case 'earlier':
      case 'later': {
        // "later today", "later on Thursday"
        const w1 = this.w(i + 1);
        if (w1 === 'today' || w1 === 'tonight' || w1 === 'tomorrow' || w1 === 'yesterday') {
          const day = this.relative(i + 1, ctx);
          return day ? { ...day, next: day.next } : null;
        }
        if (w1 === 'on' && WEEKDAYS.has(this.w(i + 2))) {
          const day = this.weekdayLed(i + 2, ctx);
          return day ? { ...day, next: day.next } : null;
        }
        // "earlier this month", "later this year", "earlier in the week"
        let j = i + 1;
        if (this.w(j) === 'in' && this.w(j + 1) === 'the') j += 2;
        else if (this.w(j) === 'this') j++;
        else return null;
        const unit = UNIT_WORDS_FOR_REL.get(this.w(j));
        if (!unit || unit === 'D') return null;
        return { kind: 'relative', unit, offset: 0, anchor: j === i + 2 ? 'dct' : 'discourse', next: j + 1 };
      }
    }
    const ruOffset = RU_RELATIVE_DAYS.get(word);
    if (ruOffset !== undefined) return { kind: 'relative', unit: 'D', offset: ruOffset, anchor: 'dct', next: i + 1 };
    const present = PRESENT_WORDS.get(word);
    if (present) {
      if (word === 'now' && this.w(i - 1) === 'right') return null; // taken from "right"
      return { kind: 'ref', value: present, next: i + 1 };
    }
    if (word === 'right' && this.w(i + 1) === 'now') return { kind: 'ref', value: 'PRESENT_REF', next: i + 2 };
    if (word === 'present' && this.w(i - 1) === 'at') return { kind: 'ref', value: 'PRESENT_REF', next: i + 1 };
    if (ctx.the) {
      if ((word === 'past') && this.w(i - 2) === 'in') return { kind: 'ref', value: 'PAST_REF', next: i + 1 };
      if (word === 'future' && !this.isNounFollowing(i + 1)) return { kind: 'ref', value: 'FUTURE_REF', next: i + 1 };
      if (word === 'time' && this.w(i + 1) === 'being') return { kind: 'ref', value: 'PRESENT_REF', next: i + 2 };
    } else if (word === 'future' && this.w(i - 1) === 'in') return { kind: 'ref', value: 'FUTURE_REF', next: i + 1 };

    // last / this / next + unit, weekday, month, season
    const dir = RELATIVE_DIRECTIONS.get(word);
    if (dir !== undefined) {
      const needsThe = word === 'previous' || word === 'following';
      if (needsThe && !ctx.the) return null;
      if (word === 'past' && !ctx.the && this.w(i - 1) !== 'this') {
        // "past week" is a duration, handled there
      }
      const j = i + 1;
      const nextWord = this.w(j);
      const unit = UNIT_WORDS_FOR_REL.get(nextWord);
      if (unit) {
        if (word === 'past' || (ctx.the && (word === 'last' || word === 'next' || word === 'coming'))) {
          // "the past week", "the next year", "the last year": a duration
          const u = UNITS.get(nextWord);
          if (u && unit !== 'Q' && unit !== 'WE') {
            return { kind: 'duration', value: durationValue(1, u), quantity: 1, unitInfo: u, next: j + 1 };
          }
          if (word === 'past') return null;
        }
        const anchor: Anchor = ctx.the || word === 'following' || word === 'previous' ? 'discourse' : 'dct';
        const base = { kind: 'relative' as const, unit, offset: dir, anchor, next: j + 1 };
        return unit === 'D' ? this.withPart(base) : base;
      }
      if (ctx.the && (word === 'following' || word === 'next' || word === 'previous')) {
        const part = PARTS_OF_DAY.get(nextWord);
        if (part && part.length === 2 && part !== 'MI' && part !== 'MN') {
          // "the following morning"
          return { kind: 'relative', unit: 'D', offset: dir === 0 ? 0 : dir, anchor: 'discourse', part, next: j + 1 };
        }
      }
      if (ctx.the) return null;
      const wd = WEEKDAYS.get(nextWord);
      if (wd && !wd.abbrev && (word === 'last' || word === 'next' || word === 'this' || word === 'coming')) {
        const rel = word === 'last' ? 'last' : word === 'this' ? 'this' : 'next';
        return this.withPart({ kind: 'weekday', wd: wd.wd, rel, next: j + 1 });
      }
      const mo = MONTHS.get(nextWord);
      if (mo && !mo.abbrev && (word === 'last' || word === 'next' || word === 'this')) {
        return { kind: 'date', m: mo.month, rel: word === 'last' ? 'last' : word === 'this' ? 'this' : 'next', next: j + 1 };
      }
      const season = SEASONS.get(nextWord);
      if (season && (word === 'last' || word === 'next' || word === 'this')) {
        return { kind: 'season', season, rel: word === 'last' ? 'last' : word === 'this' ? 'this' : 'next', next: j + 1 };
      }
      const part = PARTS_OF_DAY.get(nextWord);
      if (part && part.length === 2 && part !== 'MI' && part !== 'MN' && (word === 'last' || word === 'this')) {
        // "last night" is the night before the article; "this morning" is its morning
        return { kind: 'relative', unit: 'D', offset: word === 'last' && part === 'NI' ? -1 : 0, anchor: 'dct', part, next: j + 1 };
      }
      return null;
    }
    if (word === 'that' || (ctx.the && word === 'same') || (word === 'that' && this.w(i + 1) === 'same')) {
      let j = i + 1;
      if (word === 'that' && this.w(j) === 'same') j++;
      const nextWord = this.w(j);
      const unit = UNIT_WORDS_FOR_REL.get(nextWord);
      if (unit && unit !== 'CE' && unit !== 'DE' && unit !== 'Q') {
        return unit === 'D'
          ? this.withPart({ kind: 'relative', unit, offset: 0, anchor: 'discourse', next: j + 1 })
          : { kind: 'relative', unit, offset: 0, anchor: 'discourse', next: j + 1 };
      }
      const part = PARTS_OF_DAY.get(nextWord);
      if (part && part.length === 2 && part !== 'MI' && part !== 'MN') return { kind: 'partOfDay', part, anchor: 'discourse', next: j + 1 };
      return null;
    }
    if (ctx.the && (word === 'weekend' || word === 'week')) {
      // "over the weekend": the nearest weekend (resolved in timex.ts); "for the rest of the week"
      const prev = this.w(i - 2);
      const after = this.w(i + 1);
      if (after !== 'of' && after !== 'before' && after !== 'after' && !this.isDash(i + 1)) {
        if (word === 'weekend' && WEEKEND_LEADS.has(prev)) {
          return { kind: 'relative', unit: 'WE', offset: 0, anchor: 'discourse', rel: 'last', next: i + 1 };
        }
        if (word === 'week' && (prev === 'of' || prev === 'during')) return { kind: 'relative', unit: 'W', offset: 0, anchor: 'discourse', next: i + 1 };
      }
    }
    if (ctx.the && word === 'day') {
      // "the day before", "the day after", "the day before yesterday"
      const w1 = this.w(i + 1);
      if (w1 === 'before' || w1 === 'after') {
        const offset = w1 === 'before' ? -1 : 1;
        const w2 = this.w(i + 2);
        if (w2 === 'yesterday') return { kind: 'relative', unit: 'D', offset: -2, anchor: 'dct', next: i + 3 };
        if (w2 === 'tomorrow') return { kind: 'relative', unit: 'D', offset: 2, anchor: 'dct', next: i + 3 };
        return { kind: 'relative', unit: 'D', offset, anchor: 'discourse', next: i + 2 };
      }
    }
    return null;
  }

  isNounFollowing(j: number): boolean {
    const tok = this.t[j];
    return !!tok && tok.kind === WORD && tok.gap !== 2 && !SIGNAL_WORDS.has(tok.text) &&
      !['and', 'or', 'but', 'is', 'was', 'will', 'that', 'as', 'when', 'the', 'a'].includes(tok.text);
  }

  /** "yesterday morning", "Wednesday night". */
  withPart(core: Core): Core {
    const part = PARTS_OF_DAY.get(this.w(core.next));
    if (part && part.length === 2 && part !== 'MI' && part !== 'MN' && part !== 'DT' && this.w(core.next) !== 'dawn') {
      return { ...core, part, next: core.next + 1 };
    }
    return core;
  }

  // ── durations, "N units ago" ──

  quantified(i: number, ctx: { the: boolean; mod: boolean }): Core | null {
    // "the past/last/next/coming/following three days"
    let j = i;
    let durationLead = false;
    if (ctx.the) {
      const lead = this.w(j);
      if (lead === 'past' || lead === 'last' || lead === 'next' || lead === 'coming' || lead === 'following' || lead === 'first' || lead === 'previous') {
        j++;
        durationLead = true;
      }
    }
    // "recent days"
    if (!ctx.the && this.w(j) === 'recent') {
      const u = UNITS.get(this.w(j + 1));
      // TimeML: "in recent days/weeks" refers to the past as a whole
      if (u && u.plural && !u.time) return { kind: 'ref', value: 'PAST_REF', next: j + 2 };
      if (u && u.plural) return { kind: 'duration', value: durationValue(null, u), unitInfo: u, next: j + 2 };
      return null;
    }
    let mod: string | undefined;
    const w0 = this.w(j);
    if (w0 !== '' && DURATION_MOD_FIRST.has(w0)) {
      const two = `${w0} ${this.w(j + 1)}`;
      if (DURATION_MODS.has(two)) { mod = DURATION_MODS.get(two); j += 2; }
      else if (DURATION_MODS.has(w0)) { mod = DURATION_MODS.get(w0); j++; }
    }
    const q = this.quantity(j, true);
    let unitTok: number;
    let quantity: number | null;
    let hyphenated = false;
    if (q) {
      quantity = q.q;
      unitTok = q.next;
      if (this.isDash(unitTok) && this.adj(unitTok) && this.adj(unitTok + 1)) {
        hyphenated = true;
        unitTok++;
      }
    } else if (durationLead && UNITS.has(this.w(j)) && UNITS.get(this.w(j))!.plural) {
      // "the past days", "the coming days", "the following days"
      quantity = null;
      unitTok = j;
    } else if (!mod && !durationLead) {
      // bare plural: "for years", "months of fighting"
      const u = UNITS.get(this.w(j));
      const prev = this.w(j - 1);
      const leadsClause = (this.w(j + 1) === 'after' || this.w(j + 1) === 'before') && (this.p(j - 1, ',') || j === 0 || this.sentenceStartsAt(j));
      // "months of shortages", "weeks of tension" (not "the days of the empire")
      const measures = this.w(j + 1) === 'of' && prev !== 'the' && prev !== 'those' && prev !== 'these' && prev !== 'early' && prev !== 'last' && prev !== 'first';
      if (u && u.plural && measures && !ctx.the && !u.time) return { kind: 'duration', value: durationValue(null, u), unitInfo: u, next: j + 1 };
      if (u && u.plural && (leadsClause || ['for', 'within', 'over', 'after', 'lasted', 'lasting', 'took', 'take', 'takes', 'last', 'spent', 'in', 'recent'].includes(prev)) && !ctx.the) {
        if (prev === 'in' && this.w(j + 1) !== 'of' && !this.p(j + 1, ',') && !this.p(j + 1, '.')) return null;
        return { kind: 'duration', value: durationValue(null, u), unitInfo: u, next: j + 1 };
      }
      // "week-long", "weeklong"
      const long = LONG_UNITS.get(this.w(j));
      if (long) { const u2 = UNITS.get(long)!; return { kind: 'duration', value: durationValue(1, u2), quantity: 1, unitInfo: u2, next: j + 1 }; }
      if (u && !u.plural && this.isDash(j + 1) && this.adj(j + 1) && this.w(j + 2) === 'long' && this.adj(j + 2)) {
        return { kind: 'duration', value: durationValue(1, u), quantity: 1, unitInfo: u, next: j + 3 };
      }
      return null;
    } else return null;
    const unitWord = this.w(unitTok);
    const u = UNITS.get(unitWord);
    if (!u) return null;
    if (quantity === 1 && u.plural && !this.num(j)) return null; // "a days"
    if (quantity !== null && quantity !== 1 && !u.plural && !hyphenated && !this.num(j)) return null; // "two day" rarely
    const first = this.t[j];
    if (first.kind === WORD && (first.text === 'a' || first.text === 'an') && !u.plural) {
      // "a week-long standoff": the span is "week-long"
      if (this.isDash(unitTok + 1) && this.adj(unitTok + 1) && this.w(unitTok + 2) === 'long') return null;
      // "a day of mourning", "100 a day": not a duration
      if (this.w(unitTok + 1) === 'of' && unitWord === 'day') return null;
      if (this.num(j - 1) || this.w(j - 1) === 'times' || this.w(j - 1) === 'once' || this.w(j - 1) === 'twice') return null;
      // "a second quake", "a second time": the ordinal, unless "a second later/ago" or "a second," stands alone
      if (unitWord === 'second') {
        const after = this.t[unitTok + 1];
        if (after !== undefined && after.kind === WORD && !AGO_WORDS.has(after.text)) return null;
      }
    }
    let next = unitTok + 1;
    // ages: "a 5-year-old boy" is left out; TimeML tags "18 years old" as a duration, "old" included
    if (this.isDash(next) && this.w(next + 1) === 'old') return null;
    if (this.w(next) === 'old' && !hyphenated) return { kind: 'duration', value: durationValue(quantity, u), quantity: quantity ?? undefined, unitInfo: u, next: next + 1 };
    if (hyphenated && this.isDash(next) && this.adj(next) && this.w(next + 1) === 'long') next += 2;
    // "two days later", "a week ago"
    const after = this.w(next);
    const dir = AGO_WORDS.get(after);
    if (dir !== undefined && !durationLead && !hyphenated) {
      const standsAlone = after === 'ago' || after === 'later' || after === 'earlier' || after === 'afterwards' || after === 'afterward' || after === 'previously' || after === 'hence' ||
        ((after === 'before' || after === 'after' || after === 'on') && this.endsPhrase(next + 1));
      if (standsAlone) {
        const unit = relUnitOf(u);
        const anchor: Anchor = after === 'ago' || after === 'hence' ? 'dct' : 'discourse';
        if (quantity === null || unit === null || !Number.isInteger(quantity)) {
          return { kind: 'ref', value: dir < 0 ? 'PAST_REF' : 'FUTURE_REF', next: next + 1 };
        }
        return { kind: 'relative', unit, offset: dir * quantity, anchor, next: next + 1, mod, counted: true };
      }
    }
    return { kind: 'duration', value: durationValue(quantity, u), quantity: quantity ?? undefined, unitInfo: u, mod, next };
  }

  /** The word after "before"/"after" starts no noun phrase ("two days after," vs "two days after the vote"). */
  endsPhrase(j: number): boolean {
    const tok = this.t[j];
    if (!tok || tok.kind === PUNCT || tok.gap === 2) return true;
    // a pronoun starts a clause ("15 hours after it started"): the quantity is then a duration
    return tok.text === 'and' || tok.text === 'but' || tok.text === 'when';
  }

  // ── sets ──

  setExpr(i: number): Core | null {
    const word = this.w(i);
    if (word === '') return null;
    const adv = SET_ADVERBS.get(word);
    if (adv) {
      if (this.w(i - 1) === 'the' || this.w(i - 1) === 'a') return null; // "the daily Kommersant"
      if (this.t[i].cap && i > 0 && !this.sentenceStartsAt(i)) return null; // a name: "Midland Daily News"
      return { kind: 'set', value: adv, next: i + 1 };
    }
    const wdPlural = WEEKDAY_PLURALS.get(word);
    if (wdPlural && (this.w(i - 1) === 'on' || this.w(i - 1) === 'every')) return { kind: 'set', value: `XXXX-WXX-${wdPlural}`, next: i + 1 };
    if (word === 'every' || word === 'each') {
      let j = i + 1;
      let n = 1;
      if (this.w(j) === 'other') { n = 2; j++; }
      else {
        const q = this.quantity(j, false);
        if (q && q.q !== null) { n = q.q; j = q.next; }
      }
      const unitWord = this.w(j);
      // "every night" is a set of nights (a part of day), although "night" is also a unit
      const nightPart = n === 1 ? PARTS_OF_DAY.get(unitWord) : undefined;
      if (nightPart && nightPart.length === 2) return { kind: 'set', value: `XXXX-XX-XXT${nightPart}`, next: j + 1 };
      const u = UNITS.get(unitWord);
      if (u && (n === 1 ? !u.plural : true)) return { kind: 'set', value: durationValue(n, u), next: j + 1 };
      const wd = WEEKDAYS.get(unitWord);
      if (wd && !wd.abbrev) return { kind: 'set', value: `XXXX-WXX-${wd.wd}`, next: j + 1 };
      const part = PARTS_OF_DAY.get(unitWord);
      if (part && part.length === 2) return { kind: 'set', value: `XXXX-XX-XXT${part}`, next: j + 1 };
      if (unitWord === 'weekend') return { kind: 'set', value: 'XXXX-WXX-WE', next: j + 1 };
      const mo = MONTHS.get(unitWord);
      if (mo && !mo.abbrev && this.t[j].cap) return { kind: 'set', value: `XXXX-${String(mo.month).padStart(2, '0')}`, next: j + 1 };
      return null;
    }
    // "twice a week", "three times a day", "once a month", "per day"
    let j = i;
    if (word === 'once' || word === 'twice' || word === 'thrice') j = i + 1;
    else {
      const q = this.quantity(i, false);
      if (q && q.q !== null && this.w(q.next) === 'times') j = q.next + 1;
      else if (word === 'per') {
        const u = UNITS.get(this.w(i + 1));
        if (u && !u.plural) return { kind: 'set', value: durationValue(1, u), next: i + 2 };
        return null;
      } else return null;
    }
    if (this.w(j) === 'a' || this.w(j) === 'per' || this.w(j) === 'each' || this.w(j) === 'every') {
      const u = UNITS.get(this.w(j + 1));
      if (u && !u.plural) return { kind: 'set', value: durationValue(1, u), next: j + 2 };
    }
    return null;
  }

  // ── clock times ──

  clock(i: number): Core | null {
    const a = this.num(i);
    const word = this.w(i);
    if (word === 'noon' || word === 'midday') return { kind: 'time', hh: 12, mi: 0, next: i + 1 };
    if (word === 'midnight') return { kind: 'time', hh: 24, mi: 0, next: i + 1 };
    // "1330 GMT": four digits only with a zone name
    if (a && a.text.length === 4 && this.isolatedNumber(i)) {
      const zone = this.w(i + 1);
      const hh = Math.floor(a.num / 100);
      const mi = a.num % 100;
      if (zone !== '' && zone !== 'hours' && zone !== 'h' && zone !== 'hrs' && TIME_ZONE_WORDS.has(zone) && hh <= 23 && mi <= 59 && this.t[i + 1].cap) {
        return { kind: 'time', hh, mi, zone, next: i + 2 };
      }
      return null;
    }
    if (!a || a.text.length > 2 || a.num > 24) return null;
    if (this.t[i - 1]?.kind === PUNCT && this.adj(i) && (this.t[i - 1].text === '.' || this.t[i - 1].text === ',' || this.t[i - 1].text === ':') && this.num(i - 2) && this.adj(i - 1)) return null;
    let j = i + 1;
    let mi = 0;
    let hasMinutes = false;
    const sep = this.t[j];
    if (sep && sep.kind === PUNCT && sep.gap === 0 && (sep.text === ':' || sep.text === '.') && this.num(j + 1)?.text.length === 2 && this.adj(j + 1)) {
      mi = this.t[j + 1].num;
      if (mi > 59) return null;
      hasMinutes = true;
      j += 2;
      // seconds
      if (sep.text === ':' && this.p(j, ':') && this.adj(j) && this.num(j + 1)?.text.length === 2 && this.adj(j + 1)) j += 2;
      if (this.t[j]?.kind === PUNCT && this.adj(j) && (this.t[j].text === sep.text) && this.num(j + 1) && this.adj(j + 1)) return null;
    }
    let hh = a.num;
    const ampm = this.amPm(j);
    if (ampm) {
      if (hh < 1 || hh > 12) return null;
      if (ampm.pm && hh < 12) hh += 12;
      if (!ampm.pm && hh === 12) hh = 0;
      j = ampm.next;
    } else if (this.w(j) === 'o' && (this.p(j + 1, "'") || this.p(j + 1, '’')) && this.w(j + 2) === 'clock') {
      j += 3;
    } else {
      // "10.30" is a decimal unless a clock word follows; "23:00" is a time by itself
      if (!hasMinutes || sep.text === '.') {
        if (!(hasMinutes && TIME_ZONE_WORDS.has(this.w(j)) && this.w(j) !== 'hours' && this.w(j) !== 'h')) return null;
      }
      if (TIME_SUFFIX_STOP.has(this.w(j))) return null;
    }
    let zone: string | undefined;
    if (TIME_ZONE_WORDS.has(this.w(j)) && this.w(j) !== 'hours' && this.w(j) !== 'h' && this.t[j].gap !== 2) zone = this.t[j++].text;
    if (hh === 24 && mi !== 0) return null;
    return { kind: 'time', hh, mi, zone, next: j };
  }

  amPm(j: number): { pm: boolean; next: number } | null {
    const word = this.w(j);
    if (word === 'am' || word === 'pm') return { pm: word === 'pm', next: j + 1 };
    if ((word === 'a' || word === 'p') && this.p(j + 1, '.') && this.adj(j + 1) && this.w(j + 2) === 'm' && this.adj(j + 2)) {
      let next = j + 3;
      if (this.p(next, '.') && this.adj(next)) next++;
      return { pm: word === 'p', next };
    }
    return null;
  }

  // ── parts of day, seasons, quarters ──

  partOrSeason(i: number, ctx: { the: boolean; mod: boolean }): Core | null {
    const word = this.w(i);
    if (word === '') return null;
    const season = SEASONS.get(word);
    if (season) {
      if (word === 'fall' && !this.t[i].cap && !ctx.the && !ctx.mod) return null;
      let j = i + 1;
      if (this.w(j) === 'of') j++;
      const y = this.year(j, true);
      if (y) return { kind: 'season', season, y: y.y, bc: y.bc, explicitYear: true, next: y.next };
      const prev = this.w(i - (ctx.the ? 2 : 1));
      if (ctx.the || ctx.mod || ['in', 'during', 'by', 'since', 'until', 'through', 'throughout', 'that', 'this', 'each', 'every', 'last', 'next', 'early', 'late'].includes(prev)) {
        if (this.isNounFollowing(i + 1) && !['of'].includes(this.w(i + 1))) return null; // "summer offensive"
        return { kind: 'season', season, next: i + 1 };
      }
      return null;
    }
    const part = PARTS_OF_DAY.get(word);
    if (part && part.length === 2 && part !== 'MI' && part !== 'MN') {
      if (ctx.the && this.w(i + 1) === 'of') {
        // "the night of January 5"
        const date = this.calendarDate(i + 2, { the: false, mod: false }) ?? this.weekdayLed(i + 2, { the: false, mod: false });
        if (date && (date.d !== undefined || date.kind === 'weekday')) return { ...date, part, next: date.next };
      }
      const prev = this.w(i - (ctx.the ? 2 : 1));
      if (word === 'daytime' || (!ctx.the && prev === 'at' && word === 'night') || (!ctx.the && prev === 'overnight')) {
        return { kind: 'partOfDay', part, anchor: 'none', next: i + 1 };
      }
      if (ctx.the && ['in', 'during', 'by', 'on', 'at', 'until', 'overnight', 'through'].includes(prev) && !this.isNounFollowing(i + 1)) {
        return { kind: 'partOfDay', part, anchor: 'discourse', next: i + 1 };
      }
      return null;
    }
    // "the first quarter of 2022", "the third quarter"
    if (ctx.the) {
      const ord = ORDINAL_WORDS.get(word);
      if (ord !== undefined && ord <= 4 && this.w(i + 1) === 'quarter') {
        let j = i + 2;
        if (this.w(j) === 'of') {
          const y = this.year(j + 1, true);
          if (y) return { kind: 'season', quarter: ord, y: y.y, explicitYear: true, next: y.next };
          return null;
        }
        return { kind: 'season', quarter: ord, next: j };
      }
    }
    return null;
  }
}

function relUnitOf(u: UnitInfo): RelUnit | null {
  switch (u.code) {
    case 'D': return 'D';
    case 'W': return u.days === 14 ? null : 'W';
    case 'M': return u.time ? null : 'M';
    case 'Y': return 'Y';
    case 'DE': return 'DE';
    case 'CE': return 'CE';
    default: return null;
  }
}

export function durationValue(q: number | null, u: UnitInfo): string {
  const n = q === null ? 'X' : u.days === 14 ? String(q * 2) : String(q);
  return u.time ? `PT${n}${u.code}` : `P${n}${u.code}`;
}

// ───────────────────────────── driver ─────────────────────────────

/** Scans the text and returns mentions in text order, non-overlapping (longest match at each point). */
export function scanMentions(text: string): { mentions: Mention[]; scanner: Scanner } {
  const sc = new Scanner(text);
  const t = sc.t;
  const out: Mention[] = [];
  let i = 0;
  while (i < t.length) {
    const found = matchAt(sc, i);
    if (!found) { i++; continue; }
    for (const m of found.mentions) out.push(m);
    i = found.next;
  }
  return { mentions: out, scanner: sc };
}

/** Every word that can start an expression; any other word is skipped at once. */
const START_WORDS: ReadonlySet<string> = new Set([
  ...MONTHS.keys(), ...WEEKDAYS.keys(), ...WEEKDAY_PLURALS.keys(), ...NUMBER_WORDS.keys(), ...VAGUE_QUANTITIES,
  ...ORDINAL_WORDS.keys(), ...UNITS.keys(), ...LONG_UNITS.keys(), ...PARTS_OF_DAY.keys(), ...SEASONS.keys(),
  ...MOD_WORDS.keys(), ...PRESENT_WORDS.keys(), ...RELATIVE_DIRECTIONS.keys(), ...SET_ADVERBS.keys(),
  ...[...DURATION_MODS.keys()].map((k) => k.split(' ')[0]),
  'the', 'a', 'an', 'half', 'today', 'yesterday', 'tomorrow', 'tonight', 'overnight', 'earlier', 'later', 'right',
  'present', 'future', 'that', 'same', 'day', 'recent', 'every', 'each', 'once', 'twice', 'thrice', 'per', 'noon',
  'midday', 'midnight', 'ad', 'ce', 'past', 'time', ...RU_RELATIVE_DAYS.keys()
]);

const WEEKEND_LEADS: ReadonlySet<string> = new Set(['over', 'during', 'at', 'on', 'for', 'of', 'through', 'throughout', 'until', 'till']);

/** Frequent words that start an expression only before a number or one of FOLLOWERS ("the 1990s", "that night"). */
const LEADERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'that', 'this']);
const FOLLOWERS: ReadonlySet<string> = new Set([...START_WORDS, ...MOD_OF.keys(), ...UNIT_WORDS_FOR_REL.keys()]);

function matchAt(sc: Scanner, i: number): { mentions: Mention[]; next: number } | null {
  const tok = sc.t[i];
  // quick reject: only numbers, apostrophes ("'90s") and known words can start an expression
  if (tok.kind === PUNCT) {
    if (tok.text !== "'" && tok.text !== '’') return null;
  } else if (tok.kind === WORD) {
    if (!START_WORDS.has(tok.text)) return null;
    // "the", "a" and "an" are frequent; they start an expression only before a number or a known word
    if (LEADERS.has(tok.text)) {
      const after = sc.t[i + 1];
      if (after === undefined || (after.kind === WORD ? !FOLLOWERS.has(after.text) : after.kind === PUNCT && after.text !== "'" && after.text !== '’')) return null;
    }
  }
  let j = i;
  let the = false;
  let mod: string | undefined;
  if (sc.w(j) === 'the') { the = true; j++; }
  const w0 = sc.w(j);
  if (the && MOD_OF.has(w0) && sc.w(j + 1) === 'of') {
    mod = MOD_OF.get(w0);
    j += 2;
    if (sc.w(j) === 'the') {
      // "the end of the month / year / war"
      const unit = UNIT_WORDS_FOR_REL.get(sc.w(j + 1));
      if (unit && unit !== 'D' && unit !== 'CE' && unit !== 'DE') {
        return build(sc, i, { kind: 'relative', unit, offset: 0, anchor: 'discourse', mod, next: j + 2 });
      }
      j++;
    }
  } else if (the && (w0 === 'first' || w0 === 'second') && sc.w(j + 1) === 'half' && sc.w(j + 2) === 'of') {
    mod = w0 === 'first' ? 'START' : 'END';
    j += 3;
  } else if (MOD_WORDS.has(w0) && w0 !== 'middle') {
    mod = MOD_WORDS.get(w0);
    j++;
    if (w0 === 'mid' && sc.isDash(j)) j++;
    if ((w0 === 'early' || w0 === 'late') && sc.w(j) === 'on' && !WEEKDAYS.has(sc.w(j + 1)) && !MONTHS.has(sc.w(j + 1))) return null;
    if ((w0 === 'early' || w0 === 'late') && (sc.w(j) === 'on' || sc.w(j) === 'in')) j++;
    if (sc.w(j) === 'the' && w0 !== 'mid') { the = true; j++; }
  }
  if (j !== i) {
    const ctx = { the, mod: mod !== undefined };
    const core = coreAt(sc, j, ctx);
    if (core && (mod === undefined || dateLike(core))) {
      // TimeML: "the" is not part of a written date ("the November 8 election")
      if (mod === undefined && core.kind === 'date' && core.m !== undefined && !core.extra && core.part === undefined && MONTHS.has(sc.w(j))) return build(sc, j, core);
      // nor of an adjectival duration ("the week-long unrest", "the three-day blackout")
      if (mod === undefined && core.kind === 'duration' && (sc.w(core.next - 1) === 'long' || LONG_UNITS.has(sc.w(core.next - 1)) || sc.isDash(core.next - 2))) return build(sc, j, core);
      return build(sc, i, { ...core, mod: mod ?? core.mod });
    }
    if (the && mod === undefined) return null;
  }
  const core = coreAt(sc, i, { the: false, mod: false });
  return core ? build(sc, i, core) : null;
}

function dateLike(c: Core): boolean {
  return c.kind === 'date' || c.kind === 'decade' || c.kind === 'century' || c.kind === 'season' || c.kind === 'weekday' ||
    (c.kind === 'relative' && c.unit !== undefined) || c.kind === 'partOfDay';
}

function coreAt(sc: Scanner, i: number, ctx: { the: boolean; mod: boolean }): Core | null {
  return (
    sc.weekdayLed(i, ctx) ??
    sc.calendarDate(i, ctx) ??
    sc.clock(i) ??
    sc.setExpr(i) ??
    sc.yearLike(i, ctx) ??
    sc.shortYearRangeEnd(i) ??
    sc.relative(i, ctx) ??
    sc.quantified(i, ctx) ??
    sc.partOrSeason(i, ctx)
  );
}

function build(sc: Scanner, i: number, core: Core): { mentions: Mention[]; next: number } | null {
  if (core.next <= i) return null;
  let next = core.next;
  // "Wednesday night", "January 5 evening"
  if ((core.kind === 'weekday' || (core.kind === 'date' && core.d !== undefined)) && core.part === undefined) {
    const withPart = sc.withPart(core);
    core = withPart;
    next = withPart.next;
  }
  const first = sc.t[i];
  const last = sc.t[next - 1];
  const extra = core.extra;
  // explicit copy: object rest/spread is slow on the hot path and makes objects polymorphic
  const m: Mention = {
    kind: core.kind, y: core.y, m: core.m, d: core.d, wd: core.wd, bc: core.bc, digits: core.digits,
    season: core.season, quarter: core.quarter, hh: core.hh, mi: core.mi, part: core.part, unit: core.unit,
    offset: core.offset, anchor: core.anchor, rel: core.rel, value: core.value, quantity: core.quantity,
    unitInfo: core.unitInfo, mod: core.mod, explicitYear: core.explicitYear, counted: core.counted, zone: core.zone,
    start: first.start,
    end: last.end,
    sentence: first.sentence,
    tokenIndex: i,
    signal: sc.signalBefore(i),
    future: sc.futureBefore(i)
  };
  const mentions = [m];
  if (extra) {
    m.end = sc.t[core.next - 1].end;
    for (const e of extra) mentions.push({ ...e, signal: 'to', future: m.future });
    next = extra.length ? Math.max(next, tokenAfter(sc, extra[extra.length - 1].end)) : next;
  }
  return { mentions, next };
}

function tokenAfter(sc: Scanner, endOffset: number): number {
  // binary search for the first token starting at or after endOffset
  let lo = 0;
  let hi = sc.t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sc.t[mid].start < endOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
