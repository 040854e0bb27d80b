/**
 * Geoparser: finds place names in English news text and resolves them against the GeoIndex.
 * Recognition scans tokens once and extends each start to the longest name known to the index
 * (sorted-array prefix search, not one regex per name); resolution ranks candidates by kind,
 * population, the document's focus countries, containment ("Aktau, Mangystau") and proximity.
 */
import type { PlaceKind, TimelinePlace, Toponym } from '../extract/types';
import { copyPlace, namedEntry, regionPlace, type Admin1Record, type Admin2Record, type Direction, type GazetteerPlace, type GeoIndex, type NamedEntry, type Phrase } from './geo-index';
import { ABBREVIATED_WORDS, ARTICLE_SPELLINGS, normalizeName } from './normalize';
import { COMMON_WORDS, CONNECTORS, GOVERNMENT_WORDS, INSTITUTION_WORDS, ORGANISATION_NAMES, ORG_WORDS, PEOPLE_NAMES, PLACE_TYPE_WORDS, TITLES } from './wordlists';

export interface PlaceMention {
  start: number;
  end: number;
  surface: string;
  role: 'place' | 'demonym';
  place: TimelinePlace;
  alternatives: TimelinePlace[];
  confidence: number;
  reason: string;
  /** For an area such as "the east of France": the place name inside it ("France"), resolved on its own. */
  within?: PlaceMention;
}

export interface GeoparseOptions {
  focusCountries?: string[];
}

// Token flags: word-list memberships of the key (so whole-document scans test a bit, not a Set; an interned
// word's are found once), then case and context. One number instead of many booleans: a document makes a
// token per word, and a smaller object is less to allocate and collect.
const DIRECTION_WORD = 1, ADMIN2_MENTION_WORD = 2, COMMON_WORD = 64, TITLE_WORD = 128, CONNECTOR_WORD = 256, NOT_PLACE_AFTER = 512;
const WORD_LISTS = DIRECTION_WORD | ADMIN2_MENTION_WORD | COMMON_WORD | TITLE_WORD | CONNECTOR_WORD | NOT_PLACE_AFTER;
const UPPER = 4, ALL_CAPS = 8, SENTENCE_START = 16, POSSESSIVE = 32, TITLE_LINE = 1024;
class Token {
  /** word: the interned word's number (see internWord), -1 for a word not interned. */
  constructor(public start: number, public end: number, public text: string, public key: string, public flags: number, public word: number) {}
  /** Starts with an uppercase letter. */
  get upper(): boolean {
    return (this.flags & UPPER) !== 0;
  }
  get allCaps(): boolean {
    return (this.flags & ALL_CAPS) !== 0;
  }
  get sentenceStart(): boolean {
    return (this.flags & SENTENCE_START) !== 0;
  }
  /** Followed by 's. */
  get possessive(): boolean {
    return (this.flags & POSSESSIVE) !== 0;
  }
  set possessive(v: boolean) {
    this.flags = v ? this.flags | POSSESSIVE : this.flags & ~POSSESSIVE;
  }
}

type Candidate =
  | { src: 'named'; entry: NamedEntry; score: number }
  | { src: 'gaz'; place: GazetteerPlace; score: number; loose: boolean }
  // a county / district written as such ("Lake County"), at the centroid of its towns
  | { src: 'admin2'; unit: Admin2Record; score: number }
  // a place the gazetteer lacks ("Dol is a village in …"), put where the places named with it are
  | { src: 'context'; anchor: Candidate; score: number; point?: [number, number] };

// Every candidate is made with the same fields in the same order, so all share one hidden class: the
// resolution loops read c.src and c.score at one map (four shapes made them megamorphic, and a shape
// new to optimised code deoptimised geoparse, a 0.4 s recompile each time).
function makeCandidate(src: Candidate['src'], score: number, entry: NamedEntry | undefined, place: GazetteerPlace | undefined,
  unit: Admin2Record | undefined, anchor: Candidate | undefined, point: [number, number] | undefined, loose: boolean): Candidate {
  return { src, score, entry, place, unit, anchor, point, loose } as Candidate;
}
/** Every field a candidate has (those of other sources undefined). */
interface CandidateFields {
  src: Candidate['src'];
  score: number;
  entry?: NamedEntry;
  place?: GazetteerPlace;
  unit?: Admin2Record;
  anchor?: Candidate;
  point?: [number, number];
  loose?: boolean;
}
function copyCandidate(c: Candidate): Candidate {
  const f = c as CandidateFields;
  return makeCandidate(f.src, f.score, f.entry, f.place, f.unit, f.anchor, f.point, !!f.loose);
}
const namedCandidate = (entry: NamedEntry, score: number) =>
  makeCandidate('named', score, entry, undefined, undefined, undefined, undefined, false) as Candidate & { src: 'named' };
const gazCandidate = (place: GazetteerPlace, score: number, loose: boolean) =>
  makeCandidate('gaz', score, undefined, place, undefined, undefined, undefined, loose) as Candidate & { src: 'gaz' };
const admin2Candidate = (unit: Admin2Record, score: number) =>
  makeCandidate('admin2', score, undefined, undefined, unit, undefined, undefined, false) as Candidate & { src: 'admin2' };
const contextCandidate = (anchor: Candidate, score: number, point?: [number, number]) =>
  makeCandidate('context', score, undefined, undefined, undefined, anchor, point, false) as Candidate & { src: 'context' };

/** A name found in the text. A class, so every span has one hidden class (optional fields start false / undefined). */
class Span {
  /** The name is a country's or an admin-1 unit's own name ("California", "Mexico"). */
  areaName = false;
  /** An unknown name the text defines as a settlement; placed from its context or dropped. */
  cueOnly = false;
  /**
   * Weak evidence: a surname of a person named in full elsewhere, a given name alone, or a common word, whose
   * only readings are small towns; dropped unless the text places it (a definition, "X, State", a locative
   * word at another mention).
   */
  personLike = false;
  /** The place name inside a directional area ("France" in "the east of France"). */
  inner: Span | undefined = undefined;
  /** Named as a settlement by the words before or after it ("the village of X", "X district"), not defined after. */
  preCue = false;
  /** Opens or continues a list of settlements ("the villages of A, B and C"). */
  settlementList = false;
  /** Opens a wire dateline ("NEW YORK (AP) —", "KHARTOUM, April 16 (Reuters) -"): a city by the style. */
  dateline = false;
  constructor(
    public i: number, // first token
    public j: number, // last token (inclusive)
    public start: number,
    public end: number,
    public candidates: Candidate[],
    public demonym: boolean,
    public reason: string
  ) {}
  /** A copy with other bounds and reason (a directional area around this name). */
  copy(i: number, j: number, start: number, end: number, reason: string): Span {
    const s = new Span(i, j, start, end, this.candidates, this.demonym, reason);
    s.areaName = this.areaName;
    s.cueOnly = this.cueOnly;
    s.personLike = this.personLike;
    s.inner = this.inner;
    s.preCue = this.preCue;
    s.settlementList = this.settlementList;
    s.dateline = this.dateline;
    return s;
  }
}
/**
 * An empty list of the element kind a filled list of objects has. An empty `[]` has another kind (small
 * integers), and a `for … of` in optimised code that meets a list of a kind it was not compiled for
 * deoptimises without learning from it: geoparse fell back to baseline code for every such document.
 */
function objectList<T>(): T[] {
  const out: T[] = [OBJECT as T];
  out.pop();
  return out;
}
const OBJECT = {};
/**
 * list[k], or undefined outside the list: reading index -1 of an array is a missed property lookup that optimised
 * code does not expect, and deoptimised geoparse each time (again and again: the feedback never settles); one past
 * the end deoptimised it once for each new case.
 */
function at<T>(list: T[], k: number): T | undefined {
  return k >= 0 && k < list.length ? list[k] : undefined;
}
const noCandidates = () => objectList<Candidate>();

// Character classes of the token pattern [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*, scanned by
// hand (a Unicode regex exec per token was a fifth of the parse time): ASCII by table, others by a memo.
const LETTER = 1, MARK = 2, DIGIT = 4;
const ASCII_CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) ASCII_CLASS[c] = DIGIT;
for (let c = 65; c <= 90; c++) ASCII_CLASS[c] = LETTER;
for (let c = 97; c <= 122; c++) ASCII_CLASS[c] = LETTER;
const UNICODE_CLASS = new Map<number, number>();
const IS_LETTER = /^\p{L}$/u, IS_MARK = /^\p{M}$/u, IS_DIGIT = /^\p{N}$/u;
function charClass(cp: number): number {
  if (cp < 128) return ASCII_CLASS[cp];
  let k = UNICODE_CLASS.get(cp);
  if (k === undefined) {
    const ch = String.fromCodePoint(cp);
    k = IS_LETTER.test(ch) ? LETTER : IS_MARK.test(ch) ? MARK : IS_DIGIT.test(ch) ? DIGIT : 0;
    if (UNICODE_CLASS.size < 20000) UNICODE_CLASS.set(cp, k);
  }
  return k;
}
/** Code point at i (a surrogate pair counts as one). */
const codeAt = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? text.codePointAt(i)! : c;
};
const width = (cp: number) => (cp > 0xffff ? 2 : 1);

/** End of the token starting at i (whose first character is a letter or digit). */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  i += width(codeAt(text, i));
  while (i < n) {
    // ASCII letters and digits, the bulk of the text, by table alone
    const c = text.charCodeAt(i);
    if (c < 128 && ASCII_CLASS[c]) { i++; continue; }
    if (c < 128 && c !== 39) break;
    const cp = codeAt(text, i);
    if (cp === 39 || cp === 0x2019) {
      // an apostrophe joins only when letters follow ("Côte d’Ivoire", "Kazakhstan's")
      const next = i + 1 < n ? codeAt(text, i + 1) : -1;
      if (next < 0 || !(charClass(next) & (LETTER | MARK))) break;
      i++;
      while (i < n) {
        const c2 = codeAt(text, i);
        if (!(charClass(c2) & (LETTER | MARK))) break;
        i += width(c2);
      }
      // after an apostrophe part only letters/marks or another apostrophe part may follow
      if (i < n && (text.charCodeAt(i) === 39 || text.charCodeAt(i) === 0x2019)) continue;
      break;
    }
    if (!charClass(cp)) break;
    i += width(cp);
  }
  return i;
}

function keyFlags(key: string): number {
  return (DIRECTIONS.has(key) ? DIRECTION_WORD : 0) | (ADMIN2_MENTION_WORDS.has(key) ? ADMIN2_MENTION_WORD : 0)
    | (COMMON_WORDS.has(key) ? COMMON_WORD : 0) | (TITLES.has(key) ? TITLE_WORD : 0) | (CONNECTORS.has(key) ? CONNECTOR_WORD : 0)
    | (FOLLOWING_NOT_PLACE.has(key) ? NOT_PLACE_AFTER : 0);
}
/** A plain ASCII word (letters and digits only) as interned by internWord: its text, key, case and flags. */
interface Word {
  text: string;
  key: string;
  /** keyFlags(key), UPPER and ALL_CAPS. */
  flags: number;
}
/**
 * Interned plain ASCII words, found by a hash computed while the tokenizer scans: a word seen before
 * (most words of news text) costs no slice, no lowercased copy and no rehash when later looked up in
 * Sets and Maps (the interned strings keep their hash). Open addressing over one int per slot (the
 * hash's high 16 bits and the word number + 1: the slot gives the low bits; half the table a pair
 * took, so more of it stays cached); a word's characters (packed four to an int, so at most 12 of them) and flags sit
 * in a second one, so a probe compares the word without touching an object or a string (the chain of
 * dependent loads slot → word → string → characters missed the cache at each step: a tenth of a pass).
 * Bounded: cleared when full. Words longer than 12 characters are not interned (V8 would keep them as
 * slices of their document).
 */
const WORD_SLOTS = 1 << 16, MAX_WORDS = WORD_SLOTS >>> 1, MAX_WORD_LENGTH = 12;
const wordSlots = new Int32Array(WORD_SLOTS);
/** Per word number: characters 0-3, 4-7, 8-11 (one byte each, zero past the end), then its flags. */
const wordData = new Int32Array(4 * MAX_WORDS);
const wordText: string[] = [];
const wordKey: string[] = [];
let wordCount = 0;
/** Number of the word spelt as each word's key ("paris" for "Paris"; itself when lowercase), or -1 (table full). */
const wordKeyWord = new Int32Array(MAX_WORDS);
/**
 * Answers of one index about each interned word, made when first asked: a token's word number finds them
 * by an array read, where a lookup by string in a large Map or Set (the phrase memo, the given names)
 * missed the cache at its bucket and again at each key compared. wordOwner is the serial of the index
 * they are for; another index's answers are replaced word by word (a test per word, not a reset per new
 * index: a branch first taken with a new index had no type feedback and deoptimised geoparse).
 */
const wordOwner = new Int32Array(MAX_WORDS);
const wordPhrase: (Phrase | undefined)[] = [];
/** -1: not asked yet, 0 / 1: whether the word (as written) is a given name; the same for its key, a common word. */
const wordGiven = new Int8Array(MAX_WORDS);
const wordCommon = new Int8Array(MAX_WORDS);
/** Makes word e's answers those of the index with this serial. */
function ownWord(e: number, serial: number): void {
  wordOwner[e] = serial;
  wordPhrase[e] = undefined;
  wordGiven[e] = -1;
  wordCommon[e] = -1;
}
/** The longest-match scan's first phrase for token t (index.phrases.first(t.key)). */
function firstPhrase(t: Token, index: GeoIndex): Phrase {
  const e = t.word;
  if (e < 0) return index.phrases.first(t.key);
  if (wordOwner[e] !== index.serial) ownWord(e, index.serial);
  return (wordPhrase[e] ??= index.phrases.first(t.key));
}
/** set.has(value) for token t's word, remembered per word in memo (-1 unknown, 0 no, 1 yes). */
function wordIn(t: Token, index: GeoIndex, memo: Int8Array, set: ReadonlySet<string>, value: string): boolean {
  const e = t.word;
  if (e < 0) return set.has(value);
  if (wordOwner[e] !== index.serial) ownWord(e, index.serial);
  if (memo[e] < 0) memo[e] = set.has(value) ? 1 : 0;
  return memo[e] === 1;
}
/** index.givenNames.has(t.text). */
function isGivenName(t: Token, index: GeoIndex): boolean {
  return wordIn(t, index, wordGiven, index.givenNames, t.text);
}
/** index.commonWords.has(t.key). */
function isCommonWord(t: Token, index: GeoIndex): boolean {
  return wordIn(t, index, wordCommon, index.commonWords, t.key);
}
function newWord(text: string): Word {
  const c0 = text.charCodeAt(0);
  let hasUpper = false, hasLower = false;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97) hasLower = true;
    else if (c >= 65) hasUpper = true;
  }
  const upper = c0 >= 65 && c0 <= 90;
  const key = hasUpper ? text.toLowerCase() : text;
  return { text, key, flags: keyFlags(key) | (upper ? UPPER : 0) | (upper && text.length > 1 && !hasLower ? ALL_CAPS : 0) };
}
/** Forgets the interned words (its own function: the first clearing, a few documents into a long batch, deoptimised the tokenizer). */
function clearWords(): void {
  wordSlots.fill(0);
  wordCount = 0;
  wordText.length = 0;
  wordKey.length = 0;
  wordPhrase.length = 0;
}
/**
 * Number of the interned word text[from, to) (plain ASCII, at most MAX_WORD_LENGTH long; `hash` is its FNV-1a hash
 * as an int32), or -1 when the table is full (it is cleared between documents only: tokens keep word numbers).
 */
function internWord(text: string, from: number, to: number, hash: number): number {
  let p0 = 0, p1 = 0, p2 = 0;
  for (let k = from, shift = 0; k < to; k++, shift += 8) {
    const c = text.charCodeAt(k);
    if (shift < 32) p0 |= c << shift;
    else if (shift < 64) p1 |= c << (shift - 32);
    else p2 |= c << (shift - 64);
  }
  const high = hash & ~0xffff;
  let slot = hash & (WORD_SLOTS - 1);
  for (let v = wordSlots[slot]; v !== 0; v = wordSlots[slot]) {
    if ((v & ~0xffff) === high) {
      const b = 4 * ((v & 0xffff) - 1);
      if (wordData[b] === p0 && wordData[b + 1] === p1 && wordData[b + 2] === p2) return (v & 0xffff) - 1;
    }
    slot = (slot + 1) & (WORD_SLOTS - 1);
  }
  if (wordCount >= MAX_WORDS) return -1;
  const w = newWord(text.slice(from, to));
  const e = wordCount++;
  wordText[e] = w.text;
  wordKey[e] = w.key;
  wordPhrase[e] = undefined;
  wordOwner[e] = 0;
  wordData[4 * e] = p0;
  wordData[4 * e + 1] = p1;
  wordData[4 * e + 2] = p2;
  wordData[4 * e + 3] = w.flags;
  wordSlots[slot] = high | (e + 1);
  wordKeyWord[e] = w.key === w.text ? e : internKey(w.key);
  return e;
}
/** Number of the interned word spelt as key (a lowercase plain word), or -1. */
function internKey(key: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
  return internWord(key, 0, key.length, h);
}
/** Number of the interned word spelt as key, or -1 (none; nothing is added). */
function findKey(key: string): number {
  if (key.length > MAX_WORD_LENGTH) return -1;
  let h = 0x811c9dc5, p0 = 0, p1 = 0, p2 = 0;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c === 0 || c > 127) return -1;
    h = Math.imul(h ^ c, 0x01000193);
    if (k < 4) p0 |= c << (8 * k);
    else if (k < 8) p1 |= c << (8 * (k - 4));
    else p2 |= c << (8 * (k - 8));
  }
  const high = h & ~0xffff;
  for (let slot = h & (WORD_SLOTS - 1), v = wordSlots[slot]; v !== 0; slot = (slot + 1) & (WORD_SLOTS - 1), v = wordSlots[slot]) {
    const b = 4 * ((v & 0xffff) - 1);
    if ((v & ~0xffff) === high && wordData[b] === p0 && wordData[b + 1] === p1 && wordData[b + 2] === p2) return (v & 0xffff) - 1;
  }
  return -1;
}

export function tokenize(text: string): Token[] {
  // (cleared here, not when full: the tokens of a document keep their word numbers until it is parsed)
  if (wordCount > MAX_WORDS - (MAX_WORDS >>> 2)) clearWords();
  // (a list of objects from the start, and never read at index -1: either made every push and read here generic)
  const tokens = objectList<Token>();
  let prevEnd = 0;
  const n = text.length;
  for (let at = 0; at < n;) {
    const c = text.charCodeAt(at);
    if (c < 128) {
      if (!ASCII_CLASS[c]) { at++; continue; }
      // a plain ASCII word (the bulk of English text): scanned and hashed in one pass, then interned
      let h = Math.imul(0x811c9dc5 ^ c, 0x01000193);
      let end = at + 1;
      for (; end < n; end++) {
        const d = text.charCodeAt(end);
        if (d >= 128 || !ASCII_CLASS[d]) break;
        h = Math.imul(h ^ d, 0x01000193);
      }
      // an apostrophe or a non-ASCII letter may continue the token: the general path below decides
      const stop = end < n ? text.charCodeAt(end) : 32;
      if (stop < 128 && stop !== 39) {
        let wText: string, wKey: string, wFlags: number;
        const e = end - at <= MAX_WORD_LENGTH ? internWord(text, at, end, h) : -1;
        if (e >= 0) {
          wText = wordText[e];
          wKey = wordKey[e];
          wFlags = wordData[4 * e + 3];
        } else {
          const w = newWord(text.slice(at, end));
          wText = w.text;
          wKey = w.key;
          wFlags = w.flags;
        }
        const prevTok = tokens.length ? tokens[tokens.length - 1] : undefined;
        const sentenceStart = !prevTok || startsSentence(text, prevEnd, at, prevTok);
        // (a store at the end, not push: optimised code kept push a builtin call here, ~150 instructions a token)
        tokens[tokens.length] = new Token(at, end, wText, wKey, sentenceStart ? wFlags | SENTENCE_START : wFlags, e);
        prevEnd = end;
        at = end;
        continue;
      }
    }
    const cp = codeAt(text, at);
    if (!(charClass(cp) & (LETTER | DIGIT))) { at += width(cp); continue; }
    const end = tokenEnd(text, at);
    let word = text.slice(at, end);
    let possessive = false;
    // "Kazakhstan's", "Kazakhstan’s"
    const len = word.length;
    if (len > 3 && (word.charCodeAt(len - 1) | 32) === 115 && (word[len - 2] === "'" || word[len - 2] === '’')) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const c0 = word.charCodeAt(0);
    // ASCII fast paths; other scripts take the general (case-mapping) test
    const upper = c0 < 128 ? c0 >= 65 && c0 <= 90 : word[0] !== word[0].toLowerCase() && word[0] === word[0].toUpperCase();
    const prevTok = tokens.length ? tokens[tokens.length - 1] : undefined;
    // one scan of a plain ASCII word gives its key and case (no lowercased or uppercased copy to compare)
    let hasUpper = false, hasLower = false, plain = true;
    for (let k = 0; k < word.length; k++) {
      const c = word.charCodeAt(k);
      if (c >= 97 && c <= 122) hasLower = true;
      else if (c >= 65 && c <= 90) hasUpper = true;
      else if (c < 48 || c > 57) { plain = false; break; }
    }
    const key = plain ? (hasUpper ? word.toLowerCase() : word) : normalizeName(word);
    const allCaps = upper && word.length > 1 && (plain ? !hasLower : word === word.toUpperCase());
    const sentenceStart = !prevTok || startsSentence(text, prevEnd, at, prevTok);
    tokens.push(new Token(at, at + word.length, word, key, keyFlags(key) | (upper ? UPPER : 0) | (allCaps ? ALL_CAPS : 0)
      | (sentenceStart ? SENTENCE_START : 0) | (possessive ? POSSESSIVE : 0), -1));
    prevEnd = end;
    at = end;
  }
  return tokens;
}

/**
 * t?.key === key, without comparing undefined with a string: optimised code that has compared only strings
 * there deoptimises the first time a name starts or ends a document.
 */
function isKey(t: Token | undefined, key: string): boolean {
  return t !== undefined && t.key === key;
}

/** Whether the gap text[from, to) between two tokens ends a sentence (". ", "!\n", ": ", "— "). */
function startsSentence(text: string, from: number, to: number, prev: Token): boolean {
  let k = to - 1;
  let sawSpace = false;
  while (k >= from) {
    const c = text.charCodeAt(k);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13 && c !== 160) break;
    sawSpace = true;
    k--;
  }
  if (k < from) return false;
  const ch = text[k];
  if (ch === '.') {
    // "Dr. Paul": a dot after a title ends no sentence
    return !(k === from && to - from === 2 && (prev.flags & TITLE_WORD) !== 0);
  }
  if ('!?:;"“”'.includes(ch)) return true;
  return sawSpace && (ch === '–' || ch === '—' || ch === '-');
}

/** Separator allowed inside one multi-word name: a space, a hyphen or an abbreviation dot. */
function joinable(text: string, a: Token, b: Token): boolean {
  if (a.possessive) return false;
  // " ", "-", "–", ".", ". " after a short token, " - ": compared in place (no gap string per pair)
  const len = b.start - a.end, c = text.charCodeAt(a.end);
  if (len === 1) return c === 32 || c === 45 || c === 0x2013 || c === 46;
  if (len === 2) return c === 46 && text.charCodeAt(a.end + 1) === 32 && a.text.length <= 3;
  return len === 3 && c === 32 && text.charCodeAt(a.end + 1) === 45 && text.charCodeAt(a.end + 2) === 32;
}

// a Map, not an object literal: a token such as "constructor" must not find an inherited property
const DIRECTIONS = new Map<string, Direction>(Object.entries({
  north: 'north', northern: 'north', south: 'south', southern: 'south', east: 'east', eastern: 'east', west: 'west', western: 'west',
  central: 'central', centre: 'central', center: 'central', northwest: 'northwest', northwestern: 'northwest', northeast: 'northeast',
  northeastern: 'northeast', southwest: 'southwest', southwestern: 'southwest', southeast: 'southeast', southeastern: 'southeast'
}) as [string, Direction][]);

/** AP-style abbreviations of US states (with their dot), to ISO 3166-2 codes. */
const US_STATES: Record<string, string> = {
  Ala: 'AL', Ariz: 'AZ', Ark: 'AR', Calif: 'CA', Colo: 'CO', Conn: 'CT', Del: 'DE', Fla: 'FL', Ga: 'GA', Ill: 'IL', Ind: 'IN',
  Kan: 'KS', Kans: 'KS', Ky: 'KY', La: 'LA', Md: 'MD', Mass: 'MA', Mich: 'MI', Minn: 'MN', Miss: 'MS', Mo: 'MO', Mont: 'MT',
  Neb: 'NE', Nev: 'NV', NH: 'NH', NJ: 'NJ', NM: 'NM', NY: 'NY', NC: 'NC', ND: 'ND', Okla: 'OK', Ore: 'OR', Pa: 'PA', RI: 'RI',
  SC: 'SC', SD: 'SD', Tenn: 'TN', Tex: 'TX', Vt: 'VT', Va: 'VA', Wash: 'WA', WVa: 'WV', Wis: 'WI', Wyo: 'WY'
};
const US_STATE_ABBREVIATION = /^(Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kans?|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|N\.[HJMYCD]|Okla|Ore|Pa|R\.I|S\.[CD]|Tenn|Tex|Vt|Va|Wash|W\.Va|Wis|Wyo)\.(?![\p{L}\p{N}])/u;
const FOLLOWING_NOT_PLACE = new Set(['virus', 'viruses', 'fever', 'disease', 'encephalitis', 'ebolavirus', 'strain', 'syndrome', 'flu',
  'hemorrhagic', 'haemorrhagic']);
const KIND_BASE: Record<string, number> = { PPLC: 5, PPLA: 2.5, PPLA2: 1.8, PPLA3: 1.4, PPLA4: 1.2, PPL: 1, PPLX: 0.5, PPLL: 0.5 };

/** Arabic articles and particles inside names ("Bab al-Hawa", "Deir ez-Zor", "Ras el-Tin"). */
const FOREIGN_PARTICLES = new Set(['al', 'el', 'ul', 'ad', 'ash', 'az', 'ez', 'bin', 'ibn']);
/**
 * The rest of a list of names up to a plural word after one of them (" and Dodge counties", ", Hama and Idlib
 * provinces"), one capitalised word per step; group 1 is set when another name follows before the plural.
 */
const listBefore = (plurals: string) => new RegExp(`^(,?\\s+(?:and\\s+)?[A-Z][\\w'.-]*)*,?\\s+(?:${plurals})\\b`);
const COUNTY_LIST_AFTER = listBefore('counties|townships|parishes|boroughs');
const UNIT_LIST_AFTER = listBefore('states|provinces|oblasts|governorates|prefectures|regions');
/**
 * Whether tokens i..j are a name and no adjective, area or people ("a Kurdish village", "the European region"); a name
 * of several words is tested whole ("Rukum West" is no demonym, though "West" is a region's name). Asked last, for
 * the few names a settlement word follows.
 */
function plainName(tokens: Token[], i: number, j: number, index: GeoIndex): boolean {
  return !ADJECTIVE_ENDING.test(tokens[j].text) && !index.named.has(j > i ? tokensKey(tokens, i, j) : tokens[j].key) && !PEOPLE_NAMES.has(tokens[j].key);
}
/** A definition cue that ends in a unit word ("is a historic county", "is an administrative region"). */
const AREA_CUE_END = /\b(?:county|region|province|state|department|prefecture|governorate|oblast|regional unit)$/i;
/** A lowercase physical-feature word after a name ("the Ahr valley", "the Surma river"). */
const FEATURE_AFTER = /^ (?:river|valley|basin|delta|gorge|hills|mountains?|plateau|desert|peninsula|islands?|coast|bay|gulf|strait|lakes?|glacier|plains?|volcano)\b/;
/** A feature word ending a name ("Santa Lucia Mountains", "Swannanoa River"). */
const FEATURE_IN_NAME = / (?:River|Mountains?|Valley|Hills|Range|Peninsula|Canyon|Creek|Desert|Plateau|Basin|Delta)$/;
/** "the River South Esk", "Loch Ness": a feature word written before the name. */
const FEATURE_BEFORE = /\b(?:River|Lake|Loch|Lough|Mount|Glen)(?: (?:North|South|East|West|Upper|Lower|Little|Great))? $/;
/** The first half of a hyphenated name whose second half is a feature's ("the Hawkesbury-Nepean valley"). */
function featureHalf(text: string, spans: Span[], k: number): boolean {
  const s = spans[k], next = spans[k + 1];
  return !!next && s.end + 1 === next.start && text.charCodeAt(s.end) === 45 && FEATURE_AFTER.test(text.slice(next.end, next.end + 10));
}
/** The name's best reading is a town in none of the story's countries. */
function townAbroad(cands: Candidate[], focusSet: Set<string>, votes: Map<string, number>): boolean {
  const best = topOf(cands);
  return best.src === 'gaz' && !inFocus(focusSet, votes, best.place.cc);
}
/** Words before a storm's given name. */
const STORM_WORDS = new Set(['hurricane', 'cyclone', 'typhoon', 'storm', 'depression', 'tornado']);
const MAX_ANCHORS = 200;
const MAX_TOWN_CANDIDATES = 250;
const SETTLEMENT_WINDOW = 300;
/** Towns that can place an unknown settlement are looked for a little further (the next sentence or two). */
const ANCHOR_WINDOW = 800;
const COUNTY_SEAT = /\b(?:county|parish) seat (?:is|was|has been)\b|\bseat is\b/i;
const PHYSICAL_WORDS = new Set(['river', 'lake', 'mountains', 'mountain', 'valley', 'bay', 'gulf', 'sea', 'desert', 'peninsula', 'strait', 'canal', 'island', 'islands']);
const ADMIN2_WORDS = new Set(['county', 'parish', 'district', 'borough', 'township', 'municipality']);
const NAMESAKE = /\b(?:named|called|renamed)\s+(?:after|for)\s+(?:the\s+)?$/i;
/** Cheap test that the text right after a name can start a definition, before the full cue is tried. */
/** JavaScript's \s. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x2000 && c <= 0x200a)
    || c === 0xa0 || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
/** /^(?:\s*[(/]|,|\s+(?:is|was)\s)/ on text.slice(from, from + 6), compared in place (it runs for every unknown capitalised word). */
function cueStart(text: string, from: number): boolean {
  const lim = Math.min(text.length, from + 6);
  if (from >= lim) return false;
  if (text.charCodeAt(from) === 44) return true;
  let k = from;
  while (k < lim && isSpace(text.charCodeAt(k))) k++;
  if (k >= lim) return false;
  const c = text.charCodeAt(k);
  if (c === 40 || c === 47) return true;
  if (k === from) return false;
  if (c === 105) return k + 2 < lim && text.charCodeAt(k + 1) === 115 && isSpace(text.charCodeAt(k + 2));
  return c === 119 && k + 3 < lim && text.charCodeAt(k + 1) === 97 && text.charCodeAt(k + 2) === 115 && isSpace(text.charCodeAt(k + 3));
}
/** Length of the definition cue right after `from` ("(…) is a city"), or 0 when there is none. */
function settlementCue(text: string, from: number): number {
  if (!cueStart(text, from)) return 0;
  const m = SETTLEMENT_CUE.exec(text.slice(from, from + SETTLEMENT_WINDOW));
  if (!m) return 0;
  // what comes between the name and an apposition is a unit ("Ushakovo, Amur Oblast, a selo") or an aside in brackets,
  // not a clause ("In Canada, wildfires forced the evacuation of Yellowknife, the capital of …")
  const between = m.groups?.between;
  return between && !UNIT_OR_ASIDE.test(between) ? 0 : m[0].length;
}
/** A comma, then capitalised words (a unit's name) or bracketed asides, then an optional comma. */
const UNIT_OR_ASIDE = /^,\s*(?:(?:\p{Lu}[\p{L}\p{M}'’.-]*|of|and|the|de|del|du)\s*|\([^()]*\)\s*|\[[^\]]*\]\s*|\/[^/]*\/\s*|[;:]\s*)+,?\s*$/u;
/**
 * "is a small city in", ", a town in", "(pronounced …) is an unincorporated community in", "is a small, rural town",
 * "is one of the 51 union councils of", "is located in": bounded, no nested repeats. An apposition
 * (", the …") has a singular head: "In Sindh, the districts of Dadu …" does not define Sindh; and no list comes between
 * it and the name ("Delta, Ontario, a community" does): in "Nyala, El Fasher and El Geneina, the capital of …" it is
 * El Geneina's.
 */
const SETTLEMENT_CUE = /^(?:\s*(?:or\s+)?\/[^/\n]{1,60}\/){0,3}(?:\s*\([^\n]{0,200}?\))?(?:(?<between>,(?:(?!\sand\s)[^,.;]){0,80})?,\s*(?:an?|the)\s+(?:[\w-]+,?\s+){0,4}?(?:city|town|village|hamlet|community|municipality|borough|township|settlement|suburb|commune|parish|census-designated place|neighbou?rhood|locality|port|capital|county seat|seaside resort|market town|county|district|regional unit|island|barrio|kibbutz|moshav|mukim|ward|quarter|townsite|resort|archaeological site|area|union council|woreda|tehsil|taluka|barangay|kebele)\b|(?:,[^,.;]{0,80},?)?\s*(?:is|was)\s+(?:(?:located|situated)\s+(?:in|within)\b|(?:an?|the|one\s+of\s+the(?:\s+[\d,]+)?)\s+(?:[\w-]+,?\s+){0,4}?(?:city|town|village|hamlet|community|municipality|borough|township|settlement|suburb|commune|parish|census-designated place|neighbou?rhood|locality|port|capital|county seat|seaside resort|market town|county|district|regional unit|island|barrio|kibbutz|moshav|mukim|ward|quarter|townsite|resort|archaeological site|area|union council|woreda|tehsil|taluka|barangay|kebele|cities|communities|municipalities|towns|villages|suburbs|areas|districts|neighbou?rhoods|townships|union councils|woredas)\b))/i;

/**
 * Latitude/longitude written in degrees ("37°12′39″N 86°53′33″W", "43.6°N, 51.2°E"): bounded pieces,
 * no nested repetition, so it stays linear.
 */
const COORDINATES = /(\d{1,2}(?:\.\d+)?)°\s?(?:(\d{1,2}(?:\.\d+)?)\s?[′']\s?)?(?:(\d{1,2}(?:\.\d+)?)\s?[″"]\s?)?([NS])[,;\s]{0,3}(\d{1,3}(?:\.\d+)?)°\s?(?:(\d{1,2}(?:\.\d+)?)\s?[′']\s?)?(?:(\d{1,2}(?:\.\d+)?)\s?[″"]\s?)?([EW])/g;
/** Coordinates named in the text, with their offsets. */
function findCoordinates(text: string): { at: number; point: [number, number] }[] {
  const out: { at: number; point: [number, number] }[] = [];
  const deg = (d: string, m?: string, s?: string) => +d + (m ? +m / 60 : 0) + (s ? +s / 3600 : 0);
  for (const m of text.matchAll(COORDINATES)) {
    const lat = deg(m[1], m[2], m[3]) * (m[4] === 'S' ? -1 : 1);
    const lon = deg(m[5], m[6], m[7]) * (m[8] === 'W' ? -1 : 1);
    if (Math.abs(lat) <= 90 && Math.abs(lon) <= 180) out.push({ at: m.index, point: [lon, lat] });
  }
  return out;
}
/**
 * Offset of the end of the sentence that runs on at `from`, or `limit`: a full stop, question or exclamation mark
 * after a word of four or more letters ("… Inner Mongolia. The"), so "St. Louis" and "U.S. Army" run on.
 */
function sentenceEndAfter(text: string, from: number, limit: number): number {
  const end = Math.min(limit, text.length);
  for (let k = from; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return k;
    if (c !== 46 && c !== 33 && c !== 63) continue;
    // (charCodeAt past the end is a deoptimisation, not just NaN)
    const next = k + 1 < text.length ? text.charCodeAt(k + 1) : -1;
    if (next !== 32 && next !== 10) continue;
    let w = k;
    while (w > from && charClass(text.charCodeAt(w - 1)) & LETTER) w--;
    if (k - w >= 4) return k;
  }
  return end;
}
/** Coordinates written within a paragraph or two after a definition (the place's own, not a later one's). */
const COORDINATE_WINDOW = 1500;
function coordinatesAfter(text: string, from: number, coordinates: { at: number; point: [number, number] }[]): [number, number] | undefined {
  for (const c of coordinates) if (c.at >= from && c.at < from + COORDINATE_WINDOW) return c.point;
  return undefined;
}
/** Bounding boxes of the countries (pushed, not mapped: a mapped array is holey, and one of another kind deoptimised geoparse). */
function countryBoxes(index: GeoIndex, ccs: Set<string>): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (const cc of ccs) {
    const b = index.countries.get(cc)?.bbox;
    if (b) out.push(b);
  }
  return out;
}
const inBox = (p: [number, number], b: [number, number, number, number]) => p[0] >= b[0] - 0.5 && p[0] <= b[2] + 0.5 && p[1] >= b[1] - 0.5 && p[1] <= b[3] + 0.5;

/** The k best candidates, best first (a partial selection: lists run to hundreds of towns). */
function topK(cands: Candidate[], k: number): Candidate[] {
  const out = objectList<Candidate>();
  for (const c of cands) {
    if (out.length === k && c.score <= out[k - 1].score) continue;
    let to = out.length;
    while (to > 0 && out[to - 1].score < c.score) to--;
    // insert at `to` by hand (a splice is a builtin call with an array of removed elements)
    out.push(c);
    for (let m = out.length - 1; m > to; m--) out[m] = out[m - 1];
    out[to] = c;
    if (out.length > k) out.pop();
  }
  return out;
}

function topOf(cands: Candidate[]): Candidate {
  let best = cands[0];
  for (const c of cands) if (c.score > best.score) best = c;
  return best;
}

function gazScore(p: GazetteerPlace): number {
  return (KIND_BASE[p.fcode] ?? 0.8) + Math.log10(p.population + 1);
}
function namedScore(e: NamedEntry): number {
  switch (e.type) {
    case 'country':
    case 'demonym':
      return 16;
    case 'feature':
      return 12;
    case 'admin1':
      // populous units are the ones written about: Maryland (US) before Maryland (Liberia)
      return (e.primary ? 7.5 : 7) + Math.min(2.5, Math.log10((e.unit.pop ?? 0) + 1) * 0.3);
  }
}

function entryCountry(c: Candidate): string | undefined {
  if (c.src === 'gaz') return c.place.cc;
  if (c.src === 'context') return entryCountry(c.anchor);
  if (c.src === 'admin2') return c.unit.cc;
  const e = c.entry;
  if (e.type === 'country' || e.type === 'demonym') return e.country.cc;
  if (e.type === 'admin1') return e.unit.cc;
  return e.feature.cc;
}
function candPoint(c: Candidate): [number, number] {
  if (c.src === 'gaz') return [c.place.lon, c.place.lat];
  if (c.src === 'context') return c.point ?? candPoint(c.anchor);
  if (c.src === 'admin2') return [c.unit.lon, c.unit.lat];
  const e = c.entry;
  const r = e.type === 'admin1' ? e.unit : e.type === 'feature' ? e.feature : e.country;
  return [r.lon, r.lat];
}
function candKey(c: Candidate): string {
  if (c.src === 'gaz') return 'gn:' + c.place.geonameId;
  if (c.src === 'context') return c.point ? 'at:' + c.point.join(',') : 'near:' + candKey(c.anchor);
  if (c.src === 'admin2') return admin2Id(c.unit);
  const e = c.entry;
  return e.type === 'admin1' ? e.unit.id : e.type === 'feature' ? e.feature.id : e.country.id;
}
/** Great-circle distance in km between two [lon, lat] points. */
export function km(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const dLat = (b[1] - a[1]) * r, dLon = (b[0] - a[0]) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A stable id for an admin-2 unit: its name and admin-1 unit ("adm2:US-KY:warren-county"). */
const admin2Id = (u: Admin2Record) => `adm2:${u.admin1 || u.cc}:${normalizeName(u.name).replace(/ /g, '-')}`;
/** Capitalised words after a name that make it an admin-2 unit ("Warren County", "Orleans Parish", "Jamui District"). */
const ADMIN2_SPAN_WORDS = new Set(['county', 'parish', 'borough', 'district', 'municipality']);
/** Words naming an admin-2 unit before or after its name ("Otsego County", "the province of Ilocos Sur"). */
const ADMIN2_MENTION_WORDS = new Set(['county', 'parish', 'borough', 'district', 'municipality', 'province', 'prefecture', 'subprefecture',
  'shire', 'regency', 'department', 'zone', 'rayon', 'raion']);
const ADMIN2_SCORE = 14;

/** Admin-2 units the text names with their kind word ("Otsego County", "province of Ilocos Sur", "Jamui district"), with offsets. */
function admin2Mentions(text: string, tokens: Token[], index: GeoIndex): { start: number; units: Admin2Record[] }[] {
  const out: { start: number; units: Admin2Record[] }[] = [];
  const tryRun = (from: number, to: number): Admin2Record[] | undefined => {
    if (from < 0 || to >= tokens.length || !tokens[from].upper) return undefined;
    let key = tokens[from].key;
    for (let k = from + 1; k <= to; k++) {
      if (!joinable(text, tokens[k - 1], tokens[k]) || (!tokens[k].upper && !CONNECTORS.has(tokens[k].key))) return undefined;
      key += ' ' + tokens[k].key;
    }
    const units = index.lookupAdmin2(key);
    return units.length ? units : undefined;
  };
  for (let k = 0; k < tokens.length; k++) {
    if (!(tokens[k].flags & ADMIN2_MENTION_WORD)) continue;
    // "Otsego County", "San Luis Obispo County": the longest run of capitalised words before it that names a unit
    if (k > 0 && tokens[k - 1].upper && joinable(text, tokens[k - 1], tokens[k])) {
      for (let m = Math.min(4, k); m >= 1; m--) {
        const units = tryRun(k - m, k - 1);
        if (units) { out.push({ start: tokens[k - m].start, units }); break; }
      }
    }
    // "the province of Ilocos Sur", "County of Kent"
    if (isKey(tokens[k + 1], 'of') && tokens[k + 2]?.upper) {
      for (let m = Math.min(4, tokens.length - k - 2); m >= 1; m--) {
        const units = tryRun(k + 2, k + 1 + m);
        if (units) { out.push({ start: tokens[k].start, units }); break; }
      }
    }
  }
  return out;
}

const HAS_DIGIT = /\d/;
/** An elided particle before a capitalised word inside a name: "Côte d'Ivoire", "L'Aquila", "Val d'Isère". */
const ELIDED_NAME = /^[dl]['’]\p{Lu}/u;
const isDigit = (c: number) => c >= 48 && c <= 57;
/** Words used lowercase somewhere in the document are common words there ("central", "police"). */
function lowercaseVocabulary(tokens: Token[]): Set<string> {
  // only words also written capitalised matter: collect those first, then their lowercase uses
  // (an interned key is marked by its number with this document's stamp, not put in a Set: a Set lookup per
  // token missed the cache; only keys not interned go in the Set, and only such keys are looked for there)
  const stamp = ++vocabularyStamp;
  const capitalised = new Set<string>();
  for (const t of tokens) {
    if (!t.upper) continue;
    const k = keyNumber(t);
    if (k >= 0) capitalisedStamp[k] = stamp;
    else capitalised.add(t.key);
  }
  const s = new Set<string>();
  for (const t of tokens) {
    if (t.upper) continue;
    const k = keyNumber(t);
    if ((k >= 0 ? capitalisedStamp[k] === stamp : capitalised.has(t.key)) && !HAS_DIGIT.test(t.text)) s.add(t.key);
  }
  return s;
}
/** Number of the interned word spelt as t's key, or -1 (a word not interned may still have a key that is). */
function keyNumber(t: Token): number {
  const k = t.word >= 0 ? wordKeyWord[t.word] : -1;
  return k >= 0 ? k : findKey(t.key);
}
/** Per key number: the stamp of the last document that wrote the key capitalised. */
const capitalisedStamp = new Int32Array(MAX_WORDS);
let vocabularyStamp = 0;

/** Function words a headline capitalises ("Clash With Police In Almaty As Unrest Spreads"), which running text does not. */
const TITLE_FUNCTION_WORDS = new Set(['in', 'on', 'at', 'with', 'as', 'to', 'for', 'after', 'across', 'from', 'over', 'into', 'amid', 'near', 'and', 'the']);
/**
 * Marks the tokens of title-case lines (four words or more, three in four capitalised, a capitalised function
 * word among them): there capitals say nothing, so a name next to other capitalised words is no part of a longer name.
 */
function markTitleLines(text: string, tokens: Token[]): void {
  let from = 0;
  while (from < tokens.length) {
    let to = from + 1;
    // (the line goes on while no line break is between two tokens: each gap read once; a search back from every
    // token for the line's break was quadratic in a line's length, a sixth of a WikToR pass)
    while (to < tokens.length && !hasLineBreak(text, tokens[to - 1].end, tokens[to].start)) to++;
    let words = 0, upper = 0, functionWords = 0;
    for (let k = from; k < to; k++) {
      const t = tokens[k];
      if (isDigit(t.text.charCodeAt(0))) continue;
      words++;
      if (t.upper && !t.allCaps) upper++;
      if (t.upper && k > from && TITLE_FUNCTION_WORDS.has(t.key)) functionWords++;
    }
    if (words >= 4 && upper * 4 >= words * 3 && functionWords > 0) for (let k = from; k < to; k++) tokens[k].flags |= TITLE_LINE;
    from = to;
  }
}

/** Whether text[from, to) holds a line break. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

function findSpans(text: string, tokens: Token[], index: GeoIndex): Span[] {
  // (only where a line break could end a headline: most texts are running prose with few)
  if (text.includes('\n')) markTitleLines(text, tokens);
  // one candidate list per distinct written name: mentions of a name share it (one sense per discourse)
  const candidateCache = new Map<string, Candidate[]>();
  const spans = objectList<Span>();
  // "People's Republic of China", "Lao People's Democratic Republic", "Queen Anne's County": an 's that belongs to a name
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t.possessive || !t.upper) continue;
    const next = tokens[k + 1];
    // (the gap is measured for every such pair, not only before a county word: an operation first met in new
    // text has no type feedback and deoptimised findSpans)
    const adjacent = !!next && next.upper && next.start === t.end + 3;
    const countyName = adjacent && ADMIN2_SPAN_WORDS.has(next.key);
    // "Cox's Bazar", "Martha's Vineyard": a town whose name goes on after the 's
    const townName = adjacent
      && (index.hasPlace(t.key + 's ' + next.key) || index.hasPlacePrefix(t.key + 's ' + next.key));
    // "St. John's", "King's Lynn"'s first word: a town whose name ends in the 's
    const prev = at(tokens, k - 1);
    const endsName = !!prev && prev.upper && joinable(text, prev, t) && index.hasPlace(prev.key + ' ' + t.key + 's');
    if (index.namedPrefixes.has(t.key + 's') || countyName || townName || endsName) {
      t.key += 's';
      t.word = -1;
      t.flags = (t.flags & ~WORD_LISTS) | keyFlags(t.key);
      t.end += 2;
      t.text = text.slice(t.start, t.end);
      t.possessive = false;
    }
  }
  const lowerVocab = lowercaseVocabulary(tokens);
  const acronyms = text.includes('(') ? definedAcronyms(text, tokens, index) : NO_ACRONYMS;
  const surnames = personSurnames(tokens, index);
  const personTokens = personNames(text, tokens, index, surnames);
  // a name used for a disease in the text ("Marburg haemorrhagic fever") is the disease at its other
  // mentions too ("Because Marburg kills more slowly"), unless a locative word puts it on the map
  const diseaseNames = diseaseNamesOf(tokens);
  const phrases = index.phrases;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t.upper || personTokens.has(i)) { i++; continue; }
    // "Tuscaloosa, Ala.", "Charleston, W.Va.": a newspaper abbreviation of a US state after a town
    if (i > 0 && text.charCodeAt(t.start - 1) === 32 && text.charCodeAt(t.start - 2) === 44 && tokens[i - 1].upper && tokens[i - 1].end === t.start - 2) {
      const after = stateAbbreviation(text, tokens, i, index, spans);
      if (after >= 0) {
        i = after;
        continue;
      }
    }
    // longest match over named entries and gazetteer names at once
    let phrase = firstPhrase(t, index);
    let best: { j: number; key: string } | null = null;
    let j = i;
    for (;;) {
      // a name may end in a capitalised connector word ("Davao del Sur"), not a lowercase one ("Sea of")
      if ((!(tokens[j].flags & CONNECTOR_WORD) || (j > i && tokens[j].upper)) && phrases.isName(phrase)) best = { j, key: phrase.key };
      const next = tokens[j + 1];
      if (!next || !joinable(text, tokens[j], next)) break;
      if (!next.upper && !(next.flags & CONNECTOR_WORD) && !isDigit(next.text.charCodeAt(0)) && !ELIDED_NAME.test(next.text)) break;
      const extended = phrases.extend(phrase, next.key);
      if (!extended) break;
      phrase = extended;
      j++;
    }
    // "Kootenai County": a county name no town shares
    if (!best) best = countyRun(text, tokens, i, index);
    let loose = false;
    // a longer name in another transliteration: "Deir al-Balah" (written Deir el-Balah in the gazetteer), "Ras al-Ain"
    const looseEnd = looseNameEnd(text, tokens, i, best ? best.j : i, index);
    if (looseEnd > 0) {
      best = { j: looseEnd, key: tokensKey(tokens, i, looseEnd) };
      loose = true;
    }
    if (!best && t.text.length >= 5 && !t.allCaps && !(t.flags & COMMON_WORD) && index.lookupLoose(t.key).length) {
      best = { j: i, key: t.key };
      loose = true;
    }
    if (!best) {
      // an unknown name defined as a settlement: "Dol (pronounced …) is a small settlement in …", "the
      // village of Cellardyke", "the Gondra district"
      const unknown = definedSettlement(text, tokens, i) ?? namedSettlement(text, tokens, i, at(spans, spans.length - 1), index);
      if (unknown) {
        spans.push(unknown);
        i = unknown.j + 1;
      } else i++;
      continue;
    }
    // a surname seen in a full name elsewhere is a person when it speaks or is titled ("Dunn said")
    const prevTok = at(tokens, i - 1);
    const afterLocative = !!prevTok && LOCATIVES.has(prevTok.key);
    const afterName = text.charCodeAt(tokens[best.j].end);
    const particle = at(tokens, best.j + 1), rest = at(tokens, best.j + 2);
    // names that are no place here, skipped whole (one branch, its operands read every time: a skip first met in
    // new text, such as a disease's name, had no type feedback and deoptimised findSpans, a large recompile)
    const hyphenAfter = afterName === 45;
    if ((best.j === i && diseaseNames.has(best.key) && !afterLocative)
      // ("from Hamas-controlled Gaza": the locative is the next name's)
      || (ORGANISATION_NAMES.has(best.key) && (!afterLocative || hyphenAfter))
      // an acronym the text defines for a name that is no place: "Peanut Corp. of America (PCA)"
      || (best.j === i && t.allCaps && acronyms.has(t.text))
      // "Bab al-Hawa", "Ras el-Tin": a town's name that goes on through a foreign article or particle into a
      // name the gazetteer lacks is the start of that longer name, not the town
      || (particle && rest && FOREIGN_PARTICLES.has(particle.key) && !particle.upper && rest.upper
        && joinable(text, tokens[best.j], particle) && joinable(text, particle, rest) && !index.named.has(best.key))) { i = best.j + 1; continue; }
    const speaks = SPEECH_VERBS.has(tokens[i + 1]?.key ?? '') || (!!prevTok && (TITLES.has(prevTok.key)
      || (prevTok.upper && !prevTok.sentenceStart && oneSpace(text, prevTok.end, t.start))));
    // …or, said or not, when the name is only a small town's ("Dunn", "Steele" after "Paul Dunn", "Ann Steele")
    // (kept aside: the text may still define it as a place, "Nelson is a town in …, named after Horatio Nelson")
    const surname = surnames.has(best.key) && best.j === i;
    const person = surname && speaks;
    // a given name alone that starts a person's full name elsewhere ("Socorro Molina" … "Thank you, Socorro")
    // and is only a small town's name, unless a locative word puts it on the map ("in Socorro")
    const givenAlone = best.j === i && personTokens.given.has(t.text);
    // …and a common English word capitalised at a sentence start or in a title ("None were vaccinated", "The Hot
    // Zone", "a wild Mute Swan") is that word, not a small town of its name
    // (a one-token name's key is its token's)
    const commonWord = best.j === i && !t.allCaps && isCommonWord(t, index);
    const personLike = (surname && !speaks || givenAlone || commonWord) && !afterLocative
      && !index.named.has(best.key) && smallTownsOnly(index, best.key);
    // "US$460 million": a currency, not the country
    const currency = afterName === 36;
    const span = person || currency ? null : makeSpan(text, tokens, i, best.j, best.key, loose, index, lowerVocab, candidateCache);
    if (span) {
      if (personLike && span.j === span.i) span.personLike = true;
      spans.push(span);
      i = span.j + 1;
    } else i++;
  }
  return spans;
}

/** Capitalised words followed by "virus", "fever" … (its own function: the first such name deoptimised findSpans). */
function diseaseNamesOf(tokens: Token[]): Set<string> {
  const diseaseNames = new Set<string>();
  for (let k = 0; k + 1 < tokens.length; k++) if (tokens[k].upper && (tokens[k + 1].flags & NOT_PLACE_AFTER) !== 0) diseaseNames.add(tokens[k].key);
  return diseaseNames;
}

/** A newspaper abbreviation of a US state at token i ("Ala.", "W.Va."), added to spans; the token after it, or -1 (its own function: a rare case). */
function stateAbbreviation(text: string, tokens: Token[], i: number, index: GeoIndex, spans: Span[]): number {
  const t = tokens[i];
  const m = US_STATE_ABBREVIATION.exec(text.slice(t.start, t.start + 6));
  const unit = m && index.admin1ById.get('adm1:US-' + US_STATES[m[1].replace('.', '')]);
  if (!m || !unit) return -1;
  const end = t.start + m[0].length;
  let j = i;
  while (tokens[j + 1] && tokens[j + 1].start < end) j++;
  const entry = namedEntry('admin1', undefined, unit, true, undefined);
  const span = new Span(i, j, t.start, end, [namedCandidate(entry, namedScore(entry))], false, 'state abbreviation');
  span.areaName = true;
  // (pushed here, not by findSpans: the first abbreviation met deoptimised findSpans at the push)
  spans.push(span);
  return j + 1;
}

/** The tokens' keys from i to j, one blank apart (a phrase key). */
function tokensKey(tokens: Token[], i: number, j: number): string {
  let key = tokens[i].key;
  for (let k = i + 1; k <= j; k++) key += ' ' + tokens[k].key;
  return key;
}
/**
 * The last token of the longest run of up to four capitalised words and connectors from i, past `after`, whose
 * loose key names a town ("Deir al-Balah" ~ Deir el-Balah), or -1. (Single words take the loose key elsewhere.)
 */
function looseNameEnd(text: string, tokens: Token[], i: number, after: number, index: GeoIndex): number {
  let end = -1;
  // (only a run joined by a particle or a hyphen, where spellings vary most: plain runs of capitalised words
  // are mostly people and organisations, not worth a lookup each)
  let particle = false;
  for (let k = i; k + 1 < tokens.length && k - i < 3; k++) {
    const next = tokens[k + 1];
    if (!joinable(text, tokens[k], next) || (!next.upper && !(next.flags & CONNECTOR_WORD))) break;
    if (!next.upper ? ARTICLE_SPELLINGS.has(next.key) : text.charCodeAt(next.start - 1) === 45) particle = true;
    if (next.upper) end = k + 1;
  }
  // (or one that starts with a shortened Saint, Mount or Fort: "St. Marc" is Saint-Marc)
  if (!particle && !ABBREVIATED_WORDS.has(tokens[i].key)) return -1;
  for (let m = end; m > after && m > i; m--) if (index.lookupLoose(tokensKey(tokens, i, m)).length) return m;
  return -1;
}

/** Up to four capitalised words right before "County" / "District" … that name an admin-2 unit, or null. */
function countyRun(text: string, tokens: Token[], i: number, index: GeoIndex): { j: number; key: string } | null {
  let found: { j: number; key: string } | null = null;
  for (let j = i; j < i + 4 && j + 1 < tokens.length; j++) {
    if (j > i && (!tokens[j].upper || !joinable(text, tokens[j - 1], tokens[j]))) break;
    const next = tokens[j + 1];
    if (!next.upper || !ADMIN2_SPAN_WORDS.has(next.key) || !oneSpace(text, tokens[j].end, next.start) || tokens[j].possessive) continue;
    // the run's key only when a county word follows (most capitalised runs meet none)
    let key = tokens[i].key;
    for (let k = i + 1; k <= j; k++) key += ' ' + tokens[k].key;
    if (index.lookupAdmin2(key).length) found = { j, key };
  }
  return found;
}

function smallTownsOnly(index: GeoIndex, key: string): boolean {
  for (const p of index.lookupPlaces(key)) if (p.population >= 100000 || /^PPL[AC]$/.test(p.fcode)) return false;
  return true;
}

/**
 * The last token of a run of up to four capitalised words from token i that could name a place the gazetteer
 * lacks, or -1 (not capitals, short words, common words, titles, directions).
 */
function unknownNameEnd(text: string, tokens: Token[], i: number): number {
  const t = tokens[i];
  if (t.allCaps || t.text.length < 3 || (t.flags & (COMMON_WORD | TITLE_WORD | DIRECTION_WORD)) !== 0) return -1;
  let j = i;
  while (j - i < 3 && tokens[j + 1]?.upper && joinable(text, tokens[j], tokens[j + 1]) && !tokens[j + 1].allCaps) j++;
  return j;
}

/** A run of up to four capitalised words that the text itself defines as a settlement, as a span without candidates. */
function definedSettlement(text: string, tokens: Token[], i: number): Span | null {
  const j = unknownNameEnd(text, tokens, i);
  if (j < 0) return null;
  const t = tokens[i];
  if (!settlementCue(text, tokens[j].end)) return null;
  const span = new Span(i, j, t.start, tokens[j].end, noCandidates(), false, 'defined as a settlement');
  span.cueOnly = true;
  return span;
}

/** Settlement nouns before "of" that introduce a place's name: "the village of Cellardyke", "the towns of A and B". */
const SETTLEMENT_OF = new Set(['village', 'villages', 'town', 'towns', 'city', 'hamlet', 'hamlets', 'community', 'communities', 'settlement',
  'settlements', 'district', 'districts', 'suburb', 'suburbs', 'municipality', 'township', 'commune', 'neighbourhood', 'neighborhood',
  'province', 'region', 'locality', 'port', 'island']);
const ADJECTIVE_ENDING = /(?:ish|ese|ian|ean|ern|ic)$/;
/** Nouns after a name that make it a settlement or a unit: "the Gondra district", "Dadaab camps", "Kibera slum". */
const SETTLEMENT_AFTER = new Set(['village', 'villages', 'district', 'districts', 'camp', 'camps', 'township', 'municipality', 'commune', 'province', 'region', 'slum', 'slums']);

/**
 * A run of up to four capitalised words the gazetteer lacks, named as a settlement by the words around it
 * ("the village of Cellardyke", "villages of Bumbacari and Dudescu", "the Gondra district"): a span without
 * candidates, placed later at the place the sentence puts it in.
 */
function namedSettlement(text: string, tokens: Token[], i: number, lastSpan: Span | undefined, index: GeoIndex): Span | null {
  const j = unknownNameEnd(text, tokens, i);
  if (j < 0) return null;
  const t = tokens[i];
  const of = at(tokens, i - 1), noun = at(tokens, i - 2);
  const before = isKey(of, 'of') && !!noun && !noun.upper && SETTLEMENT_OF.has(noun.key) && oneBlank(text, noun.end, of!.start) && oneBlank(text, of!.end, t.start);
  // the next name of a list the cue opened: "the villages of Ceamurlia de Jos, Maliuc and Caraorman"
  const listed = !before && !!lastSpan?.settlementList && /^(?:, ?|,? and )$/.test(text.slice(lastSpan.end, t.start));
  const next = tokens[j + 1];
  // (not an adjective: "a Kurdish village", "the European region")
  const after = !!next && !next.upper && SETTLEMENT_AFTER.has(next.key) && oneBlank(text, tokens[j].end, next.start) && plainName(tokens, i, j, index);
  if (!before && !listed && !after) return null;
  const span = new Span(i, j, t.start, tokens[j].end, noCandidates(), false, 'named as a settlement');
  span.cueOnly = true;
  span.preCue = true;
  span.settlementList = before && noun.key.endsWith('s') || listed;
  return span;
}

const NO_ACRONYMS: ReadonlySet<string> = new Set();
/**
 * Acronyms the text defines in parentheses after a capitalised name that is no place ("Peanut Corp. of
 * America (PCA)", "Centers for Disease Control (CDC)"): the initials of the name's capitalised words spell it.
 * ("Democratic Republic of Congo (DRC)" names a place, and its acronym stays one.)
 */
function definedAcronyms(text: string, tokens: Token[], index: GeoIndex): Set<string> {
  const out = new Set<string>();
  for (let k = 2; k + 1 < tokens.length; k++) {
    const t = tokens[k];
    if (!t.allCaps || t.text.length < 2 || t.text.length > 6 || text.charCodeAt(t.start - 1) !== 40 || text.charCodeAt(t.end) !== 41) continue;
    // capitalised words before the parenthesis, skipping lowercase joiners, until the initials are spelt
    let initials = '';
    let m = k - 1;
    while (m >= 0 && initials.length < t.text.length && k - m < 12) {
      const w = tokens[m];
      if (w.upper) initials = w.text[0] + initials;
      else if (!CONNECTORS.has(w.key) && w.key !== 'for') break;
      m--;
    }
    if (initials !== t.text) continue;
    let phrase = tokens[m + 1].key;
    for (let n = m + 2; n < k; n++) phrase += ' ' + tokens[n].key;
    if (index.named.has(phrase) || index.hasPlace(phrase)) continue;
    out.add(t.text);
  }
  return out;
}

/** Surnames of people named in full elsewhere ("Barack Obama" … "Obama said"; "Dr. Dunn"). */
function personSurnames(tokens: Token[], index: GeoIndex): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const a = tokens[k - 1], b = tokens[k];
    if (!a.upper || !b.upper || a.allCaps || b.allCaps || a.possessive || b.start - a.end > 2) continue;
    if ((a.flags & TITLE_WORD) !== 0 || (k >= 2 && (tokens[k - 2].flags & TITLE_WORD) !== 0)) { out.add(b.key); continue; }
    // a first name is not a place itself and the pair is no known name
    // (cheap tests first; the surname only matters when it could be a place)
    if (a.sentenceStart || (a.flags & (COMMON_WORD | DIRECTION_WORD)) !== 0 || !firstNameLike(a.text)) continue;
    if (!index.hasPlace(b.key) || index.named.has(a.key) || index.hasPlace(a.key)) continue;
    const pair = a.key + ' ' + b.key;
    if (!index.named.has(pair) && !index.hasPlace(pair)) out.add(b.key);
  }
  for (const k of out) if (index.named.has(k)) out.delete(k);
  return out;
}
/**
 * Tokens inside people's names: a given name ("Paul", "Rosemary"), optional initials ("George W."), then one to
 * three capitalised surname words ("Kemp", "Navarro-Valls", "Edwards Ivins"), unless the words together are a
 * known place ("Alice Springs") or a surname word is a country, region or place-type word ("Jordan Valley").
 * The surnames are added to `surnames`, so "Kemp said" later is a person too.
 */
function personNames(text: string, tokens: Token[], index: GeoIndex, surnames: Set<string>): Set<number> & { given: Set<string> } {
  const out = Object.assign(new Set<number>(), { given: new Set<string>() });
  if (!index.givenNames.size) return out;
  const nameWord = (t: Token | undefined) => !!t && t.upper && !t.allCaps && !PLACE_TYPE_WORDS.has(t.key) && !ORG_WORDS.has(t.key)
    && !ADMIN2_WORDS.has(t.key) && !DIRECTIONS.has(t.key) && !TITLES.has(t.key) && !strongNamed(index, t.key) && !isDigit(t.text.charCodeAt(0));
  for (let k = 0; k + 1 < tokens.length; k++) {
    const a = tokens[k];
    if (!a.upper || a.allCaps || a.possessive || !isGivenName(a, index)) continue;
    // a given name that is also a country or curated area is that place ("Jordan", "Chad"); one that is a
    // state or region ("Nelson", "Victoria", "Georgia") is a person only before a surname that is no place
    const unitName = strongNamed(index, a.key);
    // …unless a title or role comes before it ("leader Jordan Bardella", "Minister Israel Katz")
    const countryName = unitName && index.named.get(a.key)!.some((e) => e.type !== 'admin1' && e.type !== 'demonym');
    if (countryName && !(k > 0 && ((tokens[k - 1].flags & TITLE_WORD) || ROLE_WORDS.has(tokens[k - 1].key)) && oneBlank(text, tokens[k - 1].end, a.start))) continue;
    // "Will", "Bill", "May" open sentences as common words
    if (a.sentenceStart && COMMON_WORDS.has(a.key)) continue;
    let m = k + 1;
    // particles: "Dennis van Engelsdorp", "Hassan el Bushra", "Jaap de Hoop Scheffer"
    if (m + 1 < tokens.length && NAME_PARTICLES.has(tokens[m].text) && oneBlank(text, a.end, tokens[m].start)
      && tokens[m + 1].upper && oneBlank(text, tokens[m].end, tokens[m + 1].start)) m++;
    // initials: "George W. Bush", "Albert R. T. Lim"
    while (m < tokens.length && m - k <= 3 && tokens[m].text.length === 1 && tokens[m].upper && text.charCodeAt(tokens[m].end) === 46
      && nameGap(text, tokens[m - 1], tokens[m])) m++;
    const first = tokens[m];
    if (!first || !nameWord(first) || tokens[m - 1].possessive || !(nameGap(text, tokens[m - 1], first) || NAME_PARTICLES.has(tokens[m - 1].text))) continue;
    if (unitName && index.named.has(first.key)) continue;
    // …and the words together are no place ("Alice Springs", "Rio de Janeiro")
    let pair = a.key;
    for (let q = k + 1; q <= m; q++) pair += ' ' + tokens[q].key;
    if (index.hasPlace(pair) || index.named.has(pair) || index.hasPlacePrefix(pair) || index.namedPrefixes.has(pair)) continue;
    let last = m;
    while (last + 1 < tokens.length && last - m < 2 && !tokens[last].possessive && nameGap(text, tokens[last], tokens[last + 1]) && nameWord(tokens[last + 1])) last++;
    // a longer capitalised run is an organisation or a title ("Ada Exempted Village Public School")
    const after = tokens[last + 1];
    if (after && after.upper && !tokens[last].possessive && oneBlank(text, tokens[last].end, after.start)) continue;
    for (let q = k; q <= last; q++) out.add(q);
    out.given.add(a.text);
    surnames.add(tokens[last].key);
    k = last;
  }
  return out;
}
/** Lowercase roles written before a person's name ("far-right leader Jordan Bardella", "actor Chad Michael Murray"). */
const ROLE_WORDS = new Set(['leader', 'actor', 'actress', 'singer', 'player', 'striker', 'coach', 'spokesman', 'spokeswoman', 'spokesperson',
  'minister', 'lawmaker', 'senator', 'candidate', 'chief', 'commander', 'author', 'writer', 'journalist', 'reporter', 'correspondent',
  'director', 'founder', 'lawyer', 'activist', 'rapper', 'star', 'model', 'ambassador', 'envoy', 'president', 'mayor', 'governor']);
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'di', 'da', 'dos', 'das', 'du', 'le', 'la', 'el', 'al', 'bin', 'ibn', 'ben', 'ter', 'ten']);
/** One space, or a hyphen in a double name ("Navarro-Valls"); after an initial, its dot and a space. */
function nameGap(text: string, a: Token, b: Token): boolean {
  const len = b.start - a.end, c = text.charCodeAt(a.end);
  if (len === 1) return c === 32 || c === 45;
  return len === 2 && c === 46 && a.text.length === 1 && text.charCodeAt(a.end + 1) === 32;
}
/** A country, admin-1 unit or curated feature (not a demonym) has this name. */
function strongNamed(index: GeoIndex, key: string): boolean {
  const entries = index.named.get(key);
  if (!entries) return false;
  for (const e of entries) if (e.type !== 'demonym') return true;
  return false;
}
const LOCATIVES = new Set(['in', 'at', 'near', 'from', 'to', 'into', 'outside', 'across', 'toward', 'towards', 'around', 'between', 'of', 'via', 'through']);
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'explained', 'noted', 'wrote', 'asked', 'warned', 'announced', 'believes', 'thinks']);
const FIRST_NAME_LIKE = /^\p{Lu}\p{Ll}{1,12}$/u;
/** FIRST_NAME_LIKE.test(w), by character codes for ASCII words (\p{Lu} and \p{Ll} are A-Z and a-z there). */
function firstNameLike(w: string): boolean {
  const n = w.length;
  if (n < 2 || n > 26) return false;
  for (let k = 0; k < n; k++) {
    if (w.charCodeAt(k) > 127) return FIRST_NAME_LIKE.test(w);
  }
  if (n > 13) return false;
  const c0 = w.charCodeAt(0);
  if (c0 < 65 || c0 > 90) return false;
  for (let k = 1; k < n; k++) {
    const c = w.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
/** Whether text[from, to) is exactly one space. */
function oneSpace(text: string, from: number, to: number): boolean {
  return to - from === 1 && text.charCodeAt(from) === 32;
}

/** Whether text[from, to) is one space or tab. */
function oneBlank(text: string, from: number, to: number): boolean {
  if (to - from !== 1) return false;
  const c = text.charCodeAt(from);
  return c === 32 || c === 9;
}
function spaces(s: string): number {
  let n = 0;
  for (let k = s.indexOf(' '); k >= 0; k = s.indexOf(' ', k + 1)) n++;
  return n;
}

/** The empty list makeSpan reads when a lookup has nothing (one shared array, never written). */
const NONE: readonly never[] = objectList<never>();
/** An apostrophe two or three characters before the end ("I've", "we'd"): the only words the contraction test can match. */
function hasApostropheNearEnd(w: string): boolean {
  const a = w.charCodeAt(w.length - 2), b = w.charCodeAt(w.length - 3);
  return a === 39 || a === 0x2019 || b === 39 || b === 0x2019;
}

/** A capitalised word that may stand hyphenated beside a place: another place, a demonym, a direction ("North-West"). */
function hyphenPartner(t: Token, index: GeoIndex): boolean {
  return t.allCaps || index.named.has(t.key) || index.hasPlace(t.key) || DIRECTIONS.has(t.key) || CONNECTORS.has(t.key) || isDigit(t.text.charCodeAt(0));
}

function makeSpan(text: string, tokens: Token[], i: number, j: number, key: string, loose: boolean, index: GeoIndex, lowerVocab: Set<string>,
  candidateCache: Map<string, Candidate[]>): Span | null {
  const first = tokens[i], last = tokens[j];
  let named: readonly NamedEntry[] = loose ? NONE : index.named.get(key) ?? NONE;
  // short aliases ("IN", "AL", "UK") only as written in capitals
  const surfaceText = text.slice(first.start, last.end);
  if (named.length && key.length - spaces(key) <= 3 && surfaceText !== surfaceText.toUpperCase()) named = NONE;
  // a common word is never an admin-1 unit by itself ("Central", "Eastern"): only countries and curated areas
  if (named.length && i === j && (COMMON_WORDS.has(key) || lowerVocab.has(key))) named = named.filter((e) => e.type !== 'admin1');
  const single = i === j;
  const prev = at(tokens, i - 1);
  const next = tokens[j + 1];
  const nextAdjacent = next && oneBlank(text, last.end, next.start) && !last.possessive;
  const prevAdjacent = prev && oneBlank(text, prev.end, first.start) && !prev.possessive;
  // "Warren County", "Orleans Parish": the county (its towns' centroid) is a reading, whatever else the name is
  let counties: readonly Admin2Record[] = !loose && nextAdjacent && next.upper && ADMIN2_SPAN_WORDS.has(next.key) ? index.lookupAdmin2(key) : NONE;
  // "Jefferson Parish": the units that are parishes, not the Jefferson counties of other states
  if (counties.length > 1 && counties.some((u) => u.name.toLowerCase().endsWith(' ' + next.key))) counties = counties.filter((u) => u.name.toLowerCase().endsWith(' ' + next.key));
  const cacheKey = (loose ? '~' : '=') + surfaceText + (counties.length ? ' ' + next.key : '');
  const cached = candidateCache.get(cacheKey);
  const gaz: readonly GazetteerPlace[] = cached ? NONE : loose ? index.lookupLoose(key) : index.lookupPlaces(key);
  const isDemonymOnly = named.length > 0 && named.every((e) => e.type === 'demonym');
  const hasStrongNamed = named.some((e) => e.type !== 'demonym') || counties.length > 0;

  // "West Nile virus", "Marburg fever", "I've"
  if (next && FOLLOWING_NOT_PLACE.has(next.key)) return null;
  if (hasApostropheNearEnd(first.text) && /['’](?:ve|ll|re|d|m|t)$/i.test(first.text)) return null;
  // "NH 17", "US 1", "SR 20": a road numbered after a short code, not the place
  if (first.allCaps && single && first.text.length <= 3 && next && isDigit(next.text.charCodeAt(0)) && /^[ -]$/.test(text.slice(last.end, next.start))) return null;
  // all-caps tokens: acronyms unless the name is a country / known area
  if (first.allCaps && single && first.text.length <= 4 && !hasStrongNamed && !isDemonymOnly) return null;
  // months, weekdays, function words and other common words that are also GeoNames names, unless the
  // text defines the word as a settlement ("Hope is a city in Dickinson County, Kansas")
  // (and its later mentions: one sense per discourse, dates aside)
  if (single && !hasStrongNamed && !isDemonymOnly && (COMMON_WORDS.has(key) || lowerVocab.has(key))) {
    const definedBefore = candidateCache.has('!' + key) && !isDigit(next?.text.charCodeAt(0) ?? 0) && !isDigit(prev?.text.charCodeAt(0) ?? 0);
    // …or places it in a state or country right after ("Hope, Arkansas")
    const inUnit = !!next && next.upper && /^, ?$/.test(text.slice(last.end, next.start)) && (strongNamed(index, next.key) || index.namedPrefixes.has(next.key));
    if (!definedBefore && (first.allCaps || !gaz.length || (!inUnit && !settlementCue(text, last.end)))) return null;
    if (!definedBefore) candidateCache.set('!' + key, []);
  }
  // one word of a hyphenated proper name whose other word is no place: "Agence France-Presse", "Navarro-Valls",
  // "Kerry-Ann" (but "Ethiopia-Somalia border", "UK-Algerian", "Hamas-controlled" keep their place)
  if ((next && next.upper && next.start === last.end + 1 && text.charCodeAt(last.end) === 45 && !hyphenPartner(next, index))
    || (prev && prev.upper && first.start === prev.end + 1 && text.charCodeAt(prev.end) === 45 && !hyphenPartner(prev, index))) return null;
  // directions before another name modify it: "Southeastern Manitoba", "North West Leicestershire" are not the
  // units called "Southeastern" (North Macedonia) or "North West" (South Africa)
  if (nextAdjacent && next.upper && !PLACE_TYPE_WORDS.has(next.key)) {
    let allDirections = true;
    for (let k = i; k <= j && allDirections; k++) allDirections = DIRECTIONS.has(tokens[k].key);
    if (allDirections) return null;
  }
  // a flu strain's name: "A/California/7/2009", "B/Massachusetts/2/2012"
  if (text.charCodeAt(first.start - 1) === 47 && text.charCodeAt(last.end) === 47) return null;
  // title + name: "President Tokayev", "Mr Jordan"
  if (prev && TITLES.has(prev.key) && /^\.?[ \t]$/.test(text.slice(prev.end, first.start))) return null;
  // a storm's name: "Cyclone Mocha", "Hurricane Ian", "Storm Daniel"
  if (prev && prev.upper && STORM_WORDS.has(prev.key) && oneBlank(text, prev.end, first.start)) return null;
  // organisations: "Interior Ministry", "Washington Post", "Ohio State University"; but a place's own
  // government or officials name the place: "Almaty Police", "New York Governor", "NSW Primary Industries Minister"
  const run = nextAdjacent && next.upper ? capitalisedRun(text, tokens, j + 1) : NO_RUN;
  // (not an English word before it: the "Justice Department", "Health Bureau" are no places' governments)
  const commonWordAlone = single && !hasStrongNamed && isCommonWord(first, index);
  const jurisdiction = run.government && !run.institution && !commonWordAlone;
  if (nextAdjacent && next.upper && (ORG_WORDS.has(next.key) || run.institution) && !isDemonymOnly && !jurisdiction) return null;
  // "the Department of Justice", "Ministry of Health": a field of government, when the name is an English word
  if (commonWordAlone && isKey(prev, 'of') && i >= 2 && GOVERNMENT_WORDS.has(tokens[i - 2].key) && tokens[i - 2].upper) return null;
  // "Radio Pyongyang", "Television New Zealand": a broadcaster or institution named after the place
  if (prevAdjacent && prev.upper && INSTITUTION_WORDS.has(prev.key)) return null;
  // "University of California", "Bank of England": an institution named after the place
  if (isKey(prev, 'of') && i >= 2 && INSTITUTION_WORDS.has(tokens[i - 2].key) && tokens[i - 2].upper) return null;
  // inside a longer proper name (a person, a company): "Vladimir Putin", "Kassym-Jomart Tokayev"
  const countryOrArea = counties.length > 0 || named.some((e) => e.type === 'country' || e.type === 'feature');
  if (!isDemonymOnly && !countryOrArea && !(first.flags & TITLE_LINE)) {
    if (nextAdjacent && next.upper && !next.allCaps && !jurisdiction && !PLACE_TYPE_WORDS.has(next.key) && !CONNECTORS.has(next.key)
      && !index.named.has(next.key)) return null;
    if (prevAdjacent && prev.upper && !prev.sentenceStart && !DIRECTIONS.get(prev.key) && !CONNECTORS.has(prev.key)
      && !index.named.has(prev.key) && !TITLES.has(prev.key)) return null;
  }
  // sentence-initial single common word with only weak (gazetteer) evidence
  if (single && first.sentenceStart && !hasStrongNamed && !isDemonymOnly && (cached ? cached.every((c) => c.src !== 'gaz' || c.place.population < 100000) : gaz.every((p) => p.population < 100000))) {
    if (/^(?:the|a|an|in|on|at|for|but|and|so|as|if|when|while|after|before)$/.test(first.key)) return null;
  }
  let candidates = cached;
  if (!candidates) {
    candidates = [];
    for (const e of named) candidates.push(namedCandidate(e, namedScore(e)));
    const n = Math.min(gaz.length, MAX_TOWN_CANDIDATES);
    // (a name of several words that matches only with its particle spelled otherwise, "Deir al-Balah", is as sure as
    // an exact match; a single word that matches loosely may be another word)
    const weak = loose && single;
    for (let k = 0; k < n; k++) candidates.push(gazCandidate(gaz[k], gazScore(gaz[k]) - (weak ? 1.5 : 0), weak));
    for (const unit of counties) candidates.push(admin2Candidate(unit, ADMIN2_SCORE));
    candidateCache.set(cacheKey, candidates);
  }
  if (!candidates.length) return null;
  let end = last.end;
  let jj = j;
  // "Laurel County", "Mangystau Region": keep the capitalised place-type word in the span
  // (not inside a longer name: "California State Senator", "Ohio State University")
  const afterType = tokens[j + 2];
  const typeEndsName = !afterType || !afterType.upper || !(afterType.start - next.end === 1 && text.charCodeAt(next.end) === 32);
  if (nextAdjacent && next.upper && ((PLACE_TYPE_WORDS.has(next.key) && typeEndsName) || counties.length)) { end = next.end; jj = j + 1; }
  // "U.S." keeps its final dot
  if (last.text.length === 1 && end < text.length && text.charCodeAt(end) === 46) end++;
  // only when the area is the likelier reading before context (not "Paris", a French département too)
  let bestArea = -Infinity, bestTown = -Infinity;
  for (const c of candidates) {
    if (c.src === 'gaz') bestTown = Math.max(bestTown, c.score);
    else if (c.src === 'admin2' || (c.src === 'named' && (c.entry.type === 'country' || (c.entry.type === 'admin1' && c.entry.primary)))) bestArea = Math.max(bestArea, c.score);
  }
  const areaName = bestArea >= bestTown;
  const span = new Span(i, jj, first.start, end, candidates, isDemonymOnly, loose ? 'loose transliteration' : 'name');
  span.areaName = areaName;
  return span;
}

/**
 * What the capitalised words from token k on (up to five, one blank apart) name: a government body or official
 * ("Regional Public Health Service", "Department"), an institution ("State University"), or neither.
 */
function capitalisedRun(text: string, tokens: Token[], k: number): { government: boolean; institution: boolean } {
  let government = false, institution = false;
  for (let m = k; m < tokens.length && m < k + 5; m++) {
    const t = tokens[m];
    if (!t.upper || (m > k && !oneBlank(text, tokens[m - 1].end, t.start))) break;
    if (INSTITUTION_WORDS.has(t.key)) institution = true;
    if (GOVERNMENT_WORDS.has(t.key)) government = true;
    if (t.possessive) break;
  }
  return { government, institution };
}
const NO_RUN = { government: false, institution: false };

/**
 * Whether a name opens a wire dateline: at the start of a line, in capitals or before an agency in brackets,
 * then a dash ("NEW YORK (AP) —", "LA PAZ, Bolivia -", "KHARTOUM, April 16 (Reuters) -").
 */
const DATELINE_AFTER = /^(?:,[^\n()—–]{0,40})?\s*(\([^\n)]{1,40}\)\s*)?[—–-]\s/;
function isDateline(text: string, s: Span): boolean {
  for (let k = s.start - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) break;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  const m = DATELINE_AFTER.exec(text.slice(s.end, s.end + 80));
  if (!m) return false;
  const surface = text.slice(s.start, s.end);
  return !!m[1] || (surface === surface.toUpperCase() && surface !== surface.toLowerCase());
}

/** Countries named or implied by demonyms, most mentioned first. */
function countCountries(spans: Span[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of spans) {
    const cands = s.candidates;
    // a unit of one country only, every reading of it there ("Queensland", "Aberdeenshire"), or a curated area
    // inside one country ("Scotland", "Luzon"; towns named after it elsewhere aside): its country
    const area = cands.some((c) => c.src === 'named' && c.entry.type === 'feature' && !!c.entry.feature.cc);
    if (area || cands.some((c) => c.src === 'named' && c.entry.type === 'admin1')) {
      let cc: string | undefined, one = true;
      for (const c of cands) {
        if (area && c.src !== 'named') continue;
        const x = c.src === 'context' ? undefined : entryCountry(c);
        if (!x || (cc && x !== cc)) one = false;
        cc ??= x;
      }
      if (one && cc) counts.set(cc, (counts.get(cc) ?? 0) + 1);
      continue;
    }
    // each country once per span (a name and a demonym of it both count once), in first-seen order
    for (let k = 0; k < cands.length; k++) {
      const c = cands[k];
      if (c.src !== 'named' || (c.entry.type !== 'country' && c.entry.type !== 'demonym')) continue;
      const cc = c.entry.country.cc;
      let seen = false;
      for (let m = 0; m < k && !seen; m++) {
        const d = cands[m];
        seen = d.src === 'named' && (d.entry.type === 'country' || d.entry.type === 'demonym') && d.entry.country.cc === cc;
      }
      if (!seen) counts.set(cc, (counts.get(cc) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * The part of an area a direction names, when no units describe it ("Northern Europe", "Eastern Mediterranean"):
 * the outer third of its box that way (the middle third for "central"), at that part's centre.
 */
function directionalPart(area: TimelinePlace, dir: Direction, name: string): TimelinePlace {
  const [w, s, e, n] = area.bbox;
  const dx = (e - w) / 3, dy = (n - s) / 3;
  let [pw, ps, pe, pn] = [w, s, e, n];
  if (dir === 'central') [pw, ps, pe, pn] = [w + dx, s + dy, e - dx, n - dy];
  if (dir.startsWith('north')) ps = n - dy;
  if (dir.startsWith('south')) pn = s + dy;
  if (dir.endsWith('east')) pw = e - dx;
  if (dir.endsWith('west')) pe = w + dx;
  const part: TimelinePlace = { ...area, id: `${area.id}:${dir}`, name, kind: 'region', lat: (ps + pn) / 2, lon: (pw + pe) / 2, bbox: [pw, ps, pe, pn] };
  delete part.geometry;
  return part;
}

function regionSpans(text: string, tokens: Token[], spans: Span[], focus: string | undefined, index: GeoIndex): { spans: Span[]; regions: Map<Span, TimelinePlace> } {
  const regions = new Map<Span, TimelinePlace>();
  // spans by first and last token, made when the first direction word is met (many documents have none)
  let byFirst: Map<number, Span> | undefined, byLast: Map<number, Span> | undefined;
  const byFirstToken = { get: (k: number) => (byFirst ??= new Map(spans.map((s) => [s.i, s]))).get(k) };
  const byLastToken = { get: (k: number) => (byLast ??= new Map(spans.map((s) => [s.j, s]))).get(k) };
  const out: Span[] = [];
  const consumed = new Set<Span>();
  const countryOf = (s: Span | undefined) => {
    if (!s) return undefined;
    const c = s.candidates.find((c) => c.src === 'named' && c.entry.type === 'country');
    return c && c.src === 'named' && c.entry.type === 'country' ? c.entry.country.cc : undefined;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    if (!(t.flags & DIRECTION_WORD)) continue;
    const dir = DIRECTIONS.get(t.key);
    if (!dir) continue;
    // "Northern Europe", "Eastern Mediterranean", "Central Luzon": a capitalised direction before a continent,
    // sea or region is part of that area's name, and names part of it; countries take the directional area
    // of their units below
    if (t.upper && !t.allCaps && !t.sentenceStart) {
      const s = byFirstToken.get(k + 1);
      if (s && s.candidates.length && !consumed.has(s) && text.slice(t.end, s.start) === ' ') {
        const top = topOf(s.candidates);
        if (top.src === 'named' && top.entry.type === 'feature') {
          const r = s.copy(k, s.j, t.start, s.end, `direction "${t.text}" in the name`);
          regions.set(r, directionalPart(index.toPlace(top.entry, false), dir, text.slice(t.start, s.end)));
          out.push(r);
          consumed.add(s);
          continue;
        }
      }
    }
    // "western Kazakhstan", and a compound compass word written lowercase: "northwest Syria", "north-west Pakistan"
    // (not "south Sudan": a bare "south" before a country is often its name miswritten)
    const hyphened = (dir === 'north' || dir === 'south') && text.charCodeAt(t.end) === 45 ? at(tokens, k + 1) : undefined;
    const second = hyphened && hyphened.start === t.end + 1 ? DIRECTIONS.get(hyphened.key) : undefined;
    // (the compound's constant name, not dir + second: a concatenated key is a new string each time, internalised again
    // at every lookup, and one optimised code had only compared constant names with deoptimised regionSpans)
    const compound: Direction | undefined = second === 'east' ? (dir === 'north' ? 'northeast' : 'southeast')
      : second === 'west' ? (dir === 'north' ? 'northwest' : 'southwest') : undefined;
    const last = compound ? k + 1 : k;
    const lastKey = tokens[last].key;
    if (lastKey.endsWith('ern') || dir === 'central' || (!t.upper && (compound || dir === 'northwest' || dir === 'northeast' || dir === 'southwest' || dir === 'southeast'))) {
      const s = byFirstToken.get(last + 1);
      const cc = countryOf(s);
      if (s && cc && oneSpace(text, tokens[last].end, tokens[last + 1].start)) {
        // (a country too small for that corner of it, "north-west Pakistan": its north)
        const corner = compound ?? dir;
        const place = regionPlace(index, cc, corner) ?? (corner.length > 5 && corner !== 'central' ? regionPlace(index, cc, corner.slice(0, 5) as Direction) : undefined);
        if (place) {
          const r = s.copy(k, s.j, t.start, s.end, `direction "${text.slice(t.start, tokens[last].end)}" of country`);
          r.inner = s;
          regions.set(r, place);
          consumed.add(s);
          out.push(r);
        }
        k = last;
        continue;
      }
    }
    // "the west of the country", "the north of Kazakhstan"
    const prev = at(tokens, k - 1), of = tokens[k + 1];
    if (isKey(prev, 'the') && isKey(of, 'of') && !t.key.endsWith('ern')) {
      const a = tokens[k + 2], b = tokens[k + 3];
      let cc: string | undefined;
      let endTok: Token | undefined;
      let consumedSpan: Span | undefined;
      if (isKey(a, 'the') && b && (b.key === 'country' || b.key === 'nation') && focus) { cc = focus; endTok = b; }
      else if (a && (cc = countryOf(byFirstToken.get(k + 2)))) { consumedSpan = byFirstToken.get(k + 2); endTok = tokens[consumedSpan!.j]; }
      else if (isKey(a, 'the') && (cc = countryOf(byFirstToken.get(k + 3)))) { consumedSpan = byFirstToken.get(k + 3); endTok = tokens[consumedSpan!.j]; }
      if (cc && endTok) {
        const place = regionPlace(index, cc, dir);
        if (place) {
          const r = new Span(k - 1, consumedSpan ? consumedSpan.j : k + 3, prev!.start, consumedSpan ? consumedSpan.end : endTok.end,
            noCandidates(), false, consumedSpan ? 'direction of country' : 'direction of the document country');
          r.inner = consumedSpan;
          regions.set(r, place);
          if (consumedSpan) consumed.add(consumedSpan);
          out.push(r);
        }
      }
    }
    // "Kazakhstan's north"
    if (prev && prev.possessive && !t.key.endsWith('ern')) {
      const s = byLastToken.get(k - 1);
      const cc = countryOf(s);
      if (s && cc) {
        const place = regionPlace(index, cc, dir);
        if (place) {
          const r = s.copy(s.i, k, s.start, t.end, 'possessive direction of country');
          r.inner = s;
          regions.set(r, place);
          consumed.add(s);
          out.push(r);
        }
      }
    }
  }
  // "the Western Province" in a Sri Lankan story: a directional unit name that many countries use
  // (Kenya, Zambia, Sri Lanka …) is the document country's, even when our admin-1 data lacks that unit
  // there (Natural Earth has Sri Lanka's districts, not its provinces): then that country's region.
  if (focus) {
    for (const s of spans) {
      if (consumed.has(s) || s.j !== s.i + 1 || !PLACE_TYPE_WORDS.has(tokens[s.j].key)) continue;
      const dir = DIRECTIONS.get(tokens[s.i].key);
      if (!dir || !s.candidates.length) continue;
      let inFocus = false;
      for (const c of s.candidates) if (entryCountry(c) === focus) inFocus = true;
      if (inFocus || !s.candidates.every((c) => c.src === 'named' && c.entry.type === 'admin1')) continue;
      const place = regionPlace(index, focus, dir);
      if (!place) continue;
      const r = s.copy(s.i, s.j, s.start, s.end, `directional unit "${text.slice(s.start, s.end)}" of the document country`);
      regions.set(r, place);
      consumed.add(s);
      out.push(r);
    }
  }
  // (spans come in text order: with nothing replaced they are already the result)
  const merged = !out.length && !consumed.size ? spans : spans.filter((s) => !consumed.has(s)).concat(out).sort((a, b) => a.start - b.start);
  return { spans: merged, regions };
}

export function geoparse(text: string, index: GeoIndex, options: GeoparseOptions = {}): PlaceMention[] {
  const tokens = tokenize(text);
  let spans = findSpans(text, tokens, index);
  const counts = countCountries(spans);
  for (const cc of options.focusCountries ?? []) counts.set(cc, (counts.get(cc) ?? 0) + 3);
  const focusList = objectList<string>();
  for (const [cc] of [...counts.entries()].sort((a, b) => b[1] - a[1])) focusList.push(cc);
  const focusSet = new Set(focusList);
  // a two- or three-letter code of a unit abroad is another unit's code or an acronym here ("WA" for Washington
  // in a Western Australian story, "PCA" for Peanut Corp. of America, not Saint Paul Capisterre): with the
  // story's countries known, such codes count only for units of those countries
  // (what is left of such a code, a town's name in capitals, is an acronym like any other)
  if (focusSet.size) {
    spans = spans.filter((s) => {
      const len = s.end - s.start;
      if (len > 3 || (len === 3 && !(tokens[s.i].allCaps && tokens[s.j].allCaps)) || !s.candidates.some((c) => c.src === 'named' && c.entry.type === 'admin1')) return true;
      // (three letters: only a small unit's code, "PCA"; "NSW" stays New South Wales)
      const kept = s.candidates.filter((c) => !(c.src === 'named' && c.entry.type === 'admin1' && !focusSet.has(c.entry.unit.cc)
        && (len < 3 || (c.entry.unit.pop ?? 0) < 1e6)));
      if (!kept.some((c) => c.src === 'named')) return false;
      s.candidates = kept;
      return true;
    });
  }
  const regionResult = regionSpans(text, tokens, spans, focusList[0], index);
  spans = regionResult.spans;
  const regions = regionResult.regions;
  const groupList = groupNames(text, spans, regions);
  const { votes, countyMentions } = scoreByContext(text, tokens, spans, groupList, index, focusSet, counts);
  scoreLists(text, spans, focusSet);
  const { placedByText, defined } = placeByText(text, tokens, spans, regions, index, focusList, countyMentions);
  scoreByProximity(groupList);
  return placeMentions(text, spans, regions, index, focusSet, votes, placedByText, defined);
}

/** A distinct name of the document: its mentions share one candidate list. */
interface NameGroup { name: string; key: string; spans: Span[]; candidates: Candidate[]; areaName: boolean }

// The resolution passes are separate functions, not one: a pass that meets a case its optimised code has not
// seen (new text) deoptimises and is recompiled alone; one function of them all took 0.4 s to recompile.

/** A country counts as the story's when named or implied, or when two other names point to it. */
function inFocus(focusSet: Set<string>, votes: Map<string, number>, cc: string): boolean {
  return focusSet.has(cc) || (votes.get(cc) ?? 0) >= 2;
}

function groupNames(text: string, spans: Span[], regions: Map<Span, TimelinePlace>): NameGroup[] {
  // Resolution works on distinct names (one sense per discourse): every mention of "Lima" shares one
  // candidate list, so "Lima, Ohio" in one sentence decides the bare "Lima" elsewhere, and a long
  // document costs one ranking per distinct name, not per mention.
  const groups = new Map<string, Span[]>();
  for (const sp of spans) {
    // the name inside a directional area is resolved like any other mention of it
    const s = regions.has(sp) ? sp.inner : sp;
    if (!s || (!s.candidates.length && !s.cueOnly)) continue;
    // "named after Paris, France": a namesake, not the place the document is about
    const namesake = NAMESAKE.test(text.slice(Math.max(0, s.start - 24), s.start));
    const name = text.slice(s.start, s.end).replace(/['’]s$/, '') + (namesake ? '\u0000namesake' : '');
    let g = groups.get(name);
    if (!g) {
      groups.set(name, (g = []));
      if (namesake) {
        // (pushed, not mapped: a mapped array is holey, and one list of another kind deoptimised the loops below)
        const copies: Candidate[] = [];
        for (const c of s.candidates) copies.push(copyCandidate(c));
        s.candidates = copies;
      }
    } else s.candidates = g[0].candidates;
    g.push(s);
  }
  // groups still without candidates (unknown names) take part only in the definitional pass below
  const groupList = objectList<NameGroup>();
  for (const [name, members] of groups) {
    groupList.push({ name, key: normalizeName(name.replace(/\u0000namesake$/, '')), spans: members, candidates: members[0].candidates, areaName: !!members[0].areaName });
  }
  return groupList;
}

/** Scores from the focus countries, a dateline, other names' countries, and the units and counties named. */
function scoreByContext(text: string, tokens: Token[], spans: Span[], groupList: NameGroup[], index: GeoIndex, focusSet: Set<string>,
  counts: Map<string, number>): { votes: Map<string, number>; countyMentions: { start: number; units: Admin2Record[] }[] } {
  // first pass: kind + population + focus countries
  for (const g of groupList) {
    for (const c of g.candidates) {
      const cc = entryCountry(c);
      if (cc && focusSet.has(cc)) c.score += 3 + Math.min(2, (counts.get(cc) ?? 0) * 0.5);
    }
  }
  scoreDatelines(text, spans);
  // votes for countries of confident top candidates widen the focus (US local news without "United States")
  const votes = new Map<string, number>();
  // (the halves of a hyphenated name, "the Hawkesbury-Nepean valley", vote once, by the second)
  const firstHalves = new Set<Span>();
  for (let k = 0; k + 1 < spans.length; k++) if (spans[k].end + 1 === spans[k + 1].start && text.charCodeAt(spans[k].end) === 45) firstHalves.add(spans[k]);
  for (const g of groupList) {
    if (!g.candidates.length || g.spans.every((sp) => firstHalves.has(sp))) continue;
    const cc = entryCountry(topOf(g.candidates));
    if (cc && !focusSet.has(cc)) votes.set(cc, (votes.get(cc) ?? 0) + 1);
  }
  for (const g of groupList) {
    for (const c of g.candidates) {
      const cc = entryCountry(c);
      if (cc && !focusSet.has(cc) && (votes.get(cc) ?? 0) >= 2) c.score += 1;
    }
  }
  for (const g of groupList) {
    const admins = g.candidates.filter((c) => c.src === 'named' && c.entry.type === 'admin1');
    const country = g.candidates.find((c) => c.src === 'named' && c.entry.type === 'country');
    // "Almaty", "Aktobe": a regional capital named like its region is usually meant as the city
    // (not when the name is also a country's: "Mexico" is the country, not Mexico City)
    // (the seat of the likeliest unit of that name: not Florida, Uruguay, beside the US state)
    if (!country && admins.length) {
      const unit = topOf(admins);
      for (const c of g.candidates) {
        // (or a city of a million people: New York is the city, the state has another capital)
        if (c.src === 'gaz' && (/^PPL[AC]$/.test(c.place.fcode) || (c.place.population >= 1e6 && nameKey(c.place.name).startsWith(g.key)))
          && entryCountry(unit) === c.place.cc) c.score += 4;
      }
    }
    // "Georgia" in US news: the state, not the country, when only the state's country is in focus
    // (the focus includes countries voted for by the other names: a bare list of US states) and the
    // state is the bigger of the two (not Niger State beside Niger, the country, in a story naming Nigeria)
    if (country && !inFocus(focusSet, votes, entryCountry(country)!)
      && admins.some((a) => inFocus(focusSet, votes, entryCountry(a)!) && a.src === 'named' && a.entry.type === 'admin1' && (a.entry.unit.pop ?? 0) > index.countryPopulation(entryCountry(country)!))) country.score -= 8;
  }
  // admin-1 units named in the document ("… a city in Allen County, Ohio") favour the towns inside them
  const namedAdmins = new Map<string, number>();
  for (const g of groupList) {
    if (!g.candidates.length) continue;
    const top = topOf(g.candidates);
    if (top.src !== 'named' || top.entry.type !== 'admin1') continue;
    const unit = top.entry.unit;
    for (const code of unit.members ?? [unit.code]) namedAdmins.set(code, (namedAdmins.get(code) ?? 0) + g.spans.length);
  }
  // (a town named like a state or country – California, Pennsylvania – only wins on explicit containment)
  if (namedAdmins.size) {
    for (const g of groupList) {
      if (g.areaName) continue;
      for (const c of g.candidates) {
        if (c.src === 'gaz' && c.place.admin1 && namedAdmins.has(c.place.admin1)) c.score += 3 + Math.min(2, namedAdmins.get(c.place.admin1)! * 0.5);
      }
    }
  }
  // counties named in the document ("a town in Otsego County") favour their towns, and a county reading
  // inside a named state wins over same-name counties elsewhere
  const countyMentions = admin2Mentions(text, tokens, index);
  const mentionedCounties = new Set<number>();
  for (const m of countyMentions) for (const u of m.units) mentionedCounties.add(u.id);
  for (const g of groupList) {
    for (const c of g.candidates) {
      if (c.src === 'gaz' && !g.areaName && c.place.admin2 && mentionedCounties.has(c.place.admin2)) c.score += 4;
      else if (c.src === 'admin2' && namedAdmins.has(c.unit.admin1)) c.score += 3 + (unitInSentence(text, spans, g, c.unit.admin1) ? 2 : 0);
    }
  }
  return { votes, countyMentions };
}

/**
 * Whether a mention of the group shares its sentence with a mention of the admin-1 unit `code` ("in Michigan on
 * the coast of Lake Erie … in Monroe County", not "Ames, Iowa" two sentences on). Rare: only for county readings.
 */
function unitInSentence(text: string, spans: Span[], g: NameGroup, code: string): boolean {
  // (the first mentions of the name, and the spans within 400 characters of each, found by binary search in
  // the sorted spans: a long document of county names stays linear)
  for (let n = 0; n < g.spans.length && n < 20; n++) {
    const own = g.spans[n];
    let lo = 0, hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (spans[mid].start < own.start - 400) lo = mid + 1;
      else hi = mid;
    }
    for (let m = lo; m < spans.length && spans[m].start <= own.start + 400; m++) {
      const s = spans[m];
      if (s === own || !s.candidates.length) continue;
      const top = topOf(s.candidates);
      if (top.src !== 'named' || top.entry.type !== 'admin1' || top.entry.unit.code !== code) continue;
      const between = text.slice(Math.min(s.end, own.end), Math.max(s.start, own.start));
      if (!/[.!?]\s/.test(between)) return true;
    }
  }
  return false;
}

/**
 * A wire dateline names the city the story was filed from ("NEW YORK (AP) —" is the city, not the state).
 * (Its own function: datelines are rare, and the first one met deoptimises the code around it.)
 */
function scoreDatelines(text: string, spans: Span[]): void {
  for (const s of spans) {
    if (!s.candidates.length || !isDateline(text, s)) continue;
    for (const c of s.candidates) if (c.src === 'gaz' && c.place.fcode.startsWith('PPL')) c.score += 8;
  }
}

/** Lists of units or countries, and "state of X". */
function scoreLists(text: string, spans: Span[], focusSet: Set<string>): void {
  // "a Washington state farm", "the state of Washington": the unit, not the city of that name; and a name
  // in a list of units ("Virginia, Washington, West Virginia and Wyoming") is a unit like its neighbours
  const unitReading = new Map<Candidate[], number>();
  const topIs = (sp: Span | undefined, type: 'admin1' | 'country') => {
    if (!sp || !sp.candidates.length) return false;
    const top = topOf(sp.candidates);
    return top.src === 'named' && top.entry.type === type;
  };
  const isUnitTop = (sp: Span | undefined) => topIs(sp, 'admin1');
  const listGap = (a: Span, b: Span) => /^(?:, ?|,? and |,? or )$/.test(text.slice(a.end, b.start));
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (!s.candidates.some((c) => c.src === 'named' && c.entry.type === 'admin1')) continue;
    const after = text.slice(s.end, s.end + 13);
    const before = text.slice(Math.max(0, s.start - 15), s.start);
    if (/^ state\b/.test(after) || /\bstate of $/i.test(before)) { unitReading.set(s.candidates, 10); continue; }
    // "Sudan's Kassala and Gedaref states", "Homs and Hama provinces": every unit of the list
    // (the last of the list too, but not a name alone before the plural: "the Gulf states" are countries)
    if (text.charCodeAt(s.end) === 32 || text.charCodeAt(s.end) === 44) {
      const list = UNIT_LIST_AFTER.exec(text.slice(s.end, s.end + 80));
      const p = at(spans, k - 1);
      if (list && (list[1] !== undefined || (p && listGap(p, s) && p.candidates.some((c) => c.src === 'named' && c.entry.type === 'admin1')))) {
        unitReading.set(s.candidates, 8);
        continue;
      }
    }
    // "Kurdistan province", "the province of Kurdistan": the unit, not the wider area or a town of that name
    // ("region" is left out: "the Kurdistan region" is the wider area)
    if (/^ (?:province|oblast|governorate|prefecture)\b/i.test(after) || /\b(?:province|oblast|governorate|prefecture) of $/i.test(before)) { unitReading.set(s.candidates, 6); continue; }
    // "the Zaporizhzhia region" in a Ukrainian story: the oblast, not its capital; but only for a unit of the
    // story's countries ("the Kurdistan region" of Iraq is not Iran's province)
    if (/^ region\b/i.test(after)) {
      for (const c of s.candidates) if (c.src === 'named' && c.entry.type === 'admin1' && focusSet.has(c.entry.unit.cc)) c.score += 6;
      continue;
    }
    const prev = at(spans, k - 1), next = at(spans, k + 1);
    if ((prev && listGap(prev, s) && isUnitTop(prev)) && (!next || !listGap(s, next) || isUnitTop(next))
      || (next && listGap(s, next) && isUnitTop(next) && (!prev || !listGap(prev, s)) && k + 2 < spans.length && listGap(next, spans[k + 2]) && isUnitTop(spans[k + 2]))) {
      unitReading.set(s.candidates, Math.max(unitReading.get(s.candidates) ?? 0, 6));
    }
  }
  for (const [cands, v] of unitReading) for (const c of cands) if (c.src === 'named' && c.entry.type === 'admin1') c.score += v;
  // a name in a list of countries is a country like its neighbours ("Liberia, Mauritania, Mali, Niger and Senegal")
  const isCountryTop = (sp: Span | undefined) => topIs(sp, 'country');
  const countryReading = new Set<Candidate[]>();
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    if (isCountryTop(s) || !s.candidates.some((c) => c.src === 'named' && c.entry.type === 'country')) continue;
    const prev = at(spans, k - 1), next = at(spans, k + 1);
    if ((prev && listGap(prev, s) && isCountryTop(prev)) || (next && listGap(s, next) && isCountryTop(next))) countryReading.add(s.candidates);
  }
  for (const cands of countryReading) for (const c of cands) if (c.src === 'named' && c.entry.type === 'country') c.score += 6;
}

/** Containment ("Aktau, Mangystau") and definitions ("X is a town in Y"): what the text itself says where a name is. */
function placeByText(text: string, tokens: Token[], spans: Span[], regions: Map<Span, TimelinePlace>, index: GeoIndex, focusList: string[],
  countyMentions: { start: number; units: Admin2Record[] }[]): { placedByText: Set<Candidate[]>; defined: Set<Candidate[]> } {
  // containment: "Aktau, Mangystau" / "Pandi, Bulacan" – the second name holds the first.
  // Bonuses are collected first, so a name written "X, Y" twice is not counted twice.
  const containment = new Map<Candidate, number>();
  const inFallback = new Map<Candidate[], Candidate>();
  const placedByText = new Set<Candidate[]>();
  containmentBonuses(text, spans, containment, inFallback, placedByText);
  // definitional context: "Alma is a city in Wabaunsee County, Kansas", "Pandi, a town in Bulacan":
  // the name is a settlement, and the admin-1 units and countries named next contain it
  const placedByContext = new Map<Candidate[], Candidate>();
  const pointedByText = new Map<Candidate[], Candidate & { src: 'context' }>();
  const coordinates = text.includes('°') ? findCoordinates(text) : [];
  const defined = new Set<Candidate[]>();
  for (let k = 0; k < spans.length; k++) {
    const a = spans[k];
    if ((!a.candidates.length && !a.cueOnly) || regions.has(a)) continue;
    // the first definition of a name decides; "Douglas is the county seat of …" later adds nothing
    if (defined.has(a.candidates)) continue;
    if (a.preCue && !settlementCue(text, a.end)) {
      placeNamedSettlement(text, spans, k, regions, index, focusList, defined, placedByContext);
      continue;
    }
    const cueLength = settlementCue(text, a.end);
    if (!cueLength) continue;
    defineSettlement(text, tokens, spans, k, cueLength, index, countyMentions, coordinates, containment, defined, placedByContext, pointedByText);
  }
  for (const [c, v] of containment) c.score += v;
  // (a definition elsewhere in the text decides first: "Winton is a town in Queensland" … "Winton, Dorset")
  for (const [cands, unit] of inFallback) if (!defined.has(cands) && !pointedByText.has(cands)) placedByContext.set(cands, unit);
  for (const [cands, anchor] of placedByContext) {
    let top = 0;
    for (const c of cands) top = Math.max(top, c.score);
    // ahead of every reading, with room for the proximity bonus (at most 3) that towns still get
    cands.push(contextCandidate(anchor, top + 12));
  }
  for (const [cands, pointed] of pointedByText) {
    let top = 0;
    for (const c of cands) top = Math.max(top, c.score);
    pointed.score = top + 15;
    cands.push(pointed);
  }
  return { placedByText, defined };
}

// (The passes below are functions of their own: each is compiled, and recompiled after meeting a new case, alone.)

/** Adds a unit's code, and its members' codes when it is a division made of units (Andalusia: its provinces). */
function addUnitCodes(codes: Set<string>, unit: Admin1Record): void {
  codes.add(unit.code);
  if (unit.members) for (const m of unit.members) codes.add(m);
}
/** Whether codes hold the unit or, for a division made of units, one of its members. */
function holdsUnit(codes: Set<string>, unit: Admin1Record): boolean {
  return codes.has(unit.code) || (unit.members?.some((m) => codes.has(m)) ?? false);
}

/** Keeps the strongest bonus (or the strongest malus) a candidate gets from containment and definitions. */
function bump(containment: Map<Candidate, number>, c: Candidate, v: number): void {
  containment.set(c, v < 0 ? Math.min(containment.get(c) ?? 0, v) : Math.max(containment.get(c) ?? 0, v));
}

const IN_UNIT_GAP = /^,? in (?:the )?$/;
/** The towns of a's name inside b's units or countries get the containment bonus (b read as written after "in"). */
function townsInside(a: Span, b: Span, containment: Map<Candidate, number>, placedByText: Set<Candidate[]>): void {
  const top = topOf(b.candidates);
  if (top.src !== 'named' || (top.entry.type !== 'admin1' && top.entry.type !== 'country')) return;
  const unit = top.entry.type === 'admin1' ? top.entry.unit : undefined;
  const cc = top.entry.type === 'country' ? top.entry.country.cc : undefined;
  let hit = false;
  for (const c of a.candidates) {
    if (c.src !== 'gaz') continue;
    if (unit ? c.place.admin1 === unit.code || (unit.members?.includes(c.place.admin1) ?? false) : c.place.cc === cc) { bump(containment, c, 5); hit = true; }
  }
  if (hit) placedByText.add(a.candidates);
}

/** Containment: "Aktau, Mangystau" / "Pandi, Bulacan": the second name holds the first. */
function containmentBonuses(text: string, spans: Span[], containment: Map<Candidate, number>, inFallback: Map<Candidate[], Candidate>,
  placedByText: Set<Candidate[]>): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k], b = spans[k + 1];
    if (!a.candidates.length || !b.candidates.length) continue;
    const gap = text.slice(a.end, b.start);
    // "Kemer in Antalya province", "Sinjar, in Nineveh province": the towns inside win as with a comma; the
    // rest of what a comma says (the unit reading of the second name, a town the gazetteer lacks put in it) stays the comma's
    if (IN_UNIT_GAP.test(gap)) { townsInside(a, b, containment, placedByText); continue; }
    if (!/^,\s?$/.test(gap)) continue;
    const admins = new Set<string>(), ccs = new Set<string>();
    const unitBoxes: [number, number, number, number][] = [];
    for (const c of b.candidates) {
      if (c.src !== 'named') continue;
      if (c.entry.type === 'admin1') { addUnitCodes(admins, c.entry.unit); unitBoxes.push(c.entry.unit.bbox); }
      if (c.entry.type === 'country') ccs.add(c.entry.country.cc);
    }
    if (!admins.size && !ccs.size) continue;
    let hit = false;
    for (const c of a.candidates) {
      if (c.src === 'gaz' && (admins.has(c.place.admin1) || ccs.has(c.place.cc))) { bump(containment, c, 5); hit = true; }
      // inside the unit's box though coded to a neighbour (units split or renamed since the gazetteer was made)
      else if (c.src === 'gaz' && unitBoxes.some((box) => inBox([c.place.lon, c.place.lat], box))) { bump(containment, c, 4); hit = true; }
      if (c.src === 'named' && c.entry.type === 'admin1' && ccs.has(c.entry.unit.cc)) { bump(containment, c, 3); hit = true; }
      if (c.src === 'admin2' && (admins.has(c.unit.admin1) || ccs.has(c.unit.cc))) { bump(containment, c, 5); hit = true; }
    }
    if (hit) {
      placedByText.add(a.candidates);
      const inner = new Set<string>(), innerCountries = new Set<string>();
      for (const c of a.candidates) if (c.src === 'gaz') { inner.add(c.place.admin1); innerCountries.add(c.place.cc); }
      // "Blakely, Georgia": when no town of the first name lies in the country of the second name, the second
      // is the unit that holds one (the US state, not the country)
      let countryHolds = false;
      for (const c of b.candidates) if (c.src === 'named' && c.entry.type === 'country' && innerCountries.has(c.entry.country.cc)) countryHolds = true;
      for (const c of b.candidates) if (c.src === 'named' && c.entry.type === 'admin1' && holdsUnit(inner, c.entry.unit)) bump(containment, c, countryHolds ? 3 : 12);
    } else if (b.areaName && a.candidates.every((c) => c.src === 'gaz') && !inFallback.has(a.candidates)
      // (not inside a list of places: "…, Western Sahara, East Jerusalem, South Korea" is no containment)
      && !(k > 0 && spans[k - 1].candidates.length && /^(?:, ?|,? and )$/.test(text.slice(spans[k - 1].end, a.start)))) {
      // "Stroud, Ontario": the text puts the town in a unit where the gazetteer has no town of that name
      // (too small for it): it is somewhere in that unit, not a namesake on another continent
      const unit = topOf(b.candidates);
      if (unit.src === 'named' && (unit.entry.type === 'admin1' || unit.entry.type === 'country')) {
        inFallback.set(a.candidates, unit);
        placedByText.add(a.candidates);
      }
    }
  }
}

/** A settlement named by the words around it ("the village of Cellardyke"): at the place its sentence names. */
function placeNamedSettlement(text: string, spans: Span[], k: number, regions: Map<Span, TimelinePlace>, index: GeoIndex, focusList: string[],
  defined: Set<Candidate[]>, placedByContext: Map<Candidate[], Candidate>): void {
  const a = spans[k];
    // "the village of Cellardyke in Fife, Scotland": at the first place named after it in the sentence,
    // else the last one before it ("in Nairobi slum Kibera"), else the story's country
    const placeAt = (m: number) => {
      // (an area "north-west Pakistan" places it in the country named inside)
      const s = regions.has(spans[m]) ? spans[m].inner : spans[m];
      if (!s || s.cueOnly || !s.candidates.length || regions.has(s)) return undefined;
      const top = topOf(s.candidates);
      return top.src === 'named' && top.entry.type === 'demonym' ? undefined : top;
    };
    const end = sentenceEndAfter(text, a.end, a.end + SETTLEMENT_WINDOW);
    let anchor: Candidate | undefined;
    for (let m = k + 1; !anchor && m < spans.length && spans[m].start < end; m++) anchor = placeAt(m);
    const start = Math.max(text.lastIndexOf('. ', a.start), text.lastIndexOf('\n', a.start));
    for (let m = k - 1; !anchor && m >= 0 && spans[m].start > start; m--) anchor = placeAt(m);
    const country = focusList[0] ? index.countries.get(focusList[0]) : undefined;
    if (!anchor && country) anchor = namedCandidate(namedEntry('country', country, undefined, false, undefined), 0);
    if (anchor) {
      defined.add(a.candidates);
      placedByContext.set(a.candidates, anchor);
    }
}

/** A name the text defines ("X is a town in Y, Z"): the units and countries of the definition contain it. */
function defineSettlement(text: string, tokens: Token[], spans: Span[], k: number, cueLength: number, index: GeoIndex,
  countyMentions: { start: number; units: Admin2Record[] }[], coordinates: { at: number; point: [number, number] }[], containment: Map<Candidate, number>,
  defined: Set<Candidate[]>, placedByContext: Map<Candidate[], Candidate>, pointedByText: Map<Candidate[], Candidate & { src: 'context' }>): void {
  const a = spans[k];
  defined.add(a.candidates);
  // "Norfolk is a county in East Anglia": the name is a unit, not a town of that name
  const areaCue = AREA_CUE_END.test(text.slice(a.end, a.end + cueLength));
  const admins = new Set<string>(), ccs = new Set<string>();
  const unitBoxes: [number, number, number, number][] = [];
  // the definition is the rest of its sentence ("Hohhot, the capital of Inner Mongolia."), not the next one
  const windowEnd = sentenceEndAfter(text, a.end + cueLength, a.end + SETTLEMENT_WINDOW);
  const inWindow = (m: number) => m < spans.length && spans[m].start < windowEnd;
  // names inside the cue itself ("Elgin (… unlike Elgin, Illinois) is a city in … Texas") define nothing
  let first = k + 1;
  while (first < spans.length && spans[first].start < a.end + cueLength) first++;
  // …except the unit right after the name ("Delta, Ontario, is a community in the Township of Rideau Lakes,
  // Leeds and Grenville County"): it holds the place as surely as the definition does
  const right = spans[k + 1];
  if (first === k + 2 && right.candidates.length && /^, ?$/.test(text.slice(a.end, right.start))) {
    const top = topOf(right.candidates);
    if (top.src === 'named' && (top.entry.type === 'admin1' || top.entry.type === 'country')) first = k + 1;
  }
  // …but a demonym just before the settlement word does: "is a small Egyptian town", "the main Bolivian town"
  for (let m = k + 1; m < first; m++) {
    const s = spans[m];
    const before = text.slice(a.end, s.start);
    if (s.demonym && a.end + cueLength - s.end < 24 && before.lastIndexOf('(') <= before.lastIndexOf(')')) {
      for (const c of s.candidates) if (c.src === 'named' && c.entry.type === 'demonym') ccs.add(c.entry.country.cc);
    }
  }
  for (let m = first; inWindow(m); m++) {
    // "Walton County, Georgia" in US news: a name that is a country and a unit counts as the reading
    // that leads so far (the state here), not as the country by default
    const top = spans[m].candidates.length ? topOf(spans[m].candidates) : undefined;
    if (top?.src === 'named' && top.entry.type === 'admin1') continue;
    for (const c of spans[m].candidates) {
      if (c.src === 'named' && c.entry.type === 'country') ccs.add(c.entry.country.cc);
      // "… in the Inner Hebrides of Scotland": an area inside one country names that country
      else if (c.src === 'named' && c.entry.type === 'feature' && c.entry.feature.cc && c === top) ccs.add(c.entry.feature.cc);
    }
  }
  // the first unit named after the cue (in a country named there, if any) is the defining one
  // ("… in Cheshire County, New Hampshire, United States": not Cheshire, England); later ones
  // ("The county seat is Washington") are not
  let unitSpan = -1;
  const unitWord = (m: number) => !(spans[m].j > spans[m].i && (ADMIN2_WORDS.has(tokens[spans[m].j].key) || PHYSICAL_WORDS.has(tokens[spans[m].j].key)))
    && !COUNTY_LIST_AFTER.test(text.slice(spans[m].end, spans[m].end + 80));
  // no country named: the country most of the units named support ("in the West Coast region of the island of Tasmania":
  // Australia, which only Tasmania names, not the Gambia or New Zealand, which both have a West Coast)
  const unitCountry = ccs.size ? undefined : definitionUnitCountry(spans, first, inWindow, unitWord);
  for (let m = first; inWindow(m) && unitSpan < 0; m++) {
    // "Washington County, Idaho": a county named after a state is not that state
    // nor is the "Ohio River" Ohio
    // "a city in Washington and Dodge counties in the U.S. state of Wisconsin": county names, not states
    if (!unitWord(m)) continue;
    for (const c of spans[m].candidates) {
      if (c.src === 'named' && c.entry.type === 'admin1' && (ccs.size ? ccs.has(c.entry.unit.cc) : !unitCountry || c.entry.unit.cc === unitCountry)) {
        addUnitCodes(admins, c.entry.unit);
        unitBoxes.push(c.entry.unit.bbox);
        unitSpan = m;
      }
    }
  }
  // "Kamo is a small township north of Whangarei": no unit or country named, but a town is; the
  // settlement is in that town's country (and placed near it when the gazetteer lacks it)
  if (!admins.size && !ccs.size) {
    for (let m = first; inWindow(m) && !ccs.size; m++) {
      const s = spans[m];
      if (!s.candidates.length || s.cueOnly || s.areaName) continue;
      const top = topOf(s.candidates);
      if (top.src === 'gaz' && top.score >= 8) ccs.add(top.place.cc);
    }
  }
  // a county is where its seat is ("Hamilton County … Its county seat is Lake Pleasant"), not at a town
  // that shares its name
  const isCounty = a.j > a.i && ADMIN2_WORDS.has(tokens[a.j].key);
  const seatAt = isCounty ? text.slice(a.end, a.end + SETTLEMENT_WINDOW * 2).search(COUNTY_SEAT) : -1;
  const seatFrom = seatAt >= 0 ? a.end + seatAt : -1;
  // the county the definition names inside that unit ("… a town in Otsego County, New York"): towns of
  // that county win, and a name the gazetteer has only in other counties of the state is put at the county
  let countyIds: Set<number> | undefined;
  let county: Admin2Record | undefined;
  for (const m of countyMentions) {
    if (m.start < a.end + cueLength || m.start >= a.end + SETTLEMENT_WINDOW) continue;
    // (not the defining unit itself: "in the western Jilin province" names the province, not Jilin city's prefecture)
    if (unitSpan >= 0 && m.start === spans[unitSpan].start) continue;
    const inUnit = m.units.filter((u) => (admins.size ? admins.has(u.admin1) : ccs.has(u.cc)));
    if (inUnit.length) { countyIds = new Set(inUnit.map((u) => u.id)); county = inUnit[0]; break; }
  }
  let inside = false, countyInside = false;
  for (const c of a.candidates) {
    if (c.src === 'gaz') {
      const v = countyIds?.has(c.place.admin2) ? 16 : admins.has(c.place.admin1) ? 12 : ccs.has(c.place.cc) ? 5 : 1;
      if (countyIds ? v === 16 : v > 1 && (v === 12 || !admins.size)) inside = true;
      bump(containment, c, v);
    } else if (c.src === 'admin2') {
      // "Lake County is a county in … Oregon": the county of that name in the defining unit
      const v = admins.has(c.unit.admin1) ? 12 : ccs.has(c.unit.cc) ? 5 : 1;
      if (v > 1 && (v === 12 || !admins.size)) countyInside = true;
      bump(containment, c, v);
    } else if (c.src === 'named' && c.entry.type !== 'feature') bump(containment, c, areaCue && c.entry.type === 'admin1' ? 6 : -8);
  }
  // coordinates written after the definition ("… is located at 37°12′39″N 86°53′33″W") place it, when
  // they fall inside the unit or country the definition names
  if (admins.size || ccs.size) {
    const point = coordinatesAfter(text, a.end, coordinates);
    const boxes = unitBoxes.length ? unitBoxes : countryBoxes(index, ccs);
    if (point && boxes.some((b) => inBox(point, b))) {
      let anchor: Candidate | undefined;
      for (const c of a.candidates) if (c.src !== 'context' && (!anchor || c.score > anchor.score)) anchor = c;
      for (let m = first; !anchor && inWindow(m); m++) anchor = spans[m].candidates.find((c) => c.src === 'named' && c.entry.type !== 'demonym');
      if (anchor) {
        pointedByText.set(a.candidates, contextCandidate(anchor, 0, point));
        return;
      }
    }
  }
  if (countyInside || (inside && seatFrom < 0) || (!admins.size && !ccs.size)) return;
  // no known town of that name there: place it at the most specific place named in the definition:
  // a town inside the unit ("Its county seat is Medford"), else the unit, else the country
  let anchor: Candidate | undefined, unit: Candidate | undefined, country: Candidate | undefined;
  const inAnchorWindow = (m: number) => m < spans.length && spans[m].start < a.end + ANCHOR_WINDOW;
  for (let m = first; inAnchorWindow(m) || (seatFrom >= 0 && m < spans.length && spans[m].start < seatFrom + 80); m++) {
    const s = spans[m];
    if (!s.candidates.length || s.cueOnly || s.start < seatFrom) continue;
    for (const c of s.candidates) {
      if (c.src === 'named' && c.entry.type === 'admin1' && admins.has(c.entry.unit.code)) {
        if (!unit || c.score > unit.score) unit = c;
      } else if (c.src === 'named' && c.entry.type === 'country' && ccs.has(c.entry.country.cc)) country ??= c;
      else if (c.src === 'named' && c.entry.type === 'feature' && c.entry.feature.cc && ccs.has(c.entry.feature.cc)) unit ??= c;
    }
    if (anchor || m === unitSpan || s.areaName) continue;
    for (const c of s.candidates) {
      if (c.src === 'gaz' && (countyIds ? countyIds.has(c.place.admin2) : admins.size ? admins.has(c.place.admin1) : ccs.has(c.place.cc))
        && (!anchor || c.score > anchor.score)) anchor = c;
    }
  }
  anchor ??= county ? admin2Candidate(county, 0) : unit ?? country;
  if (anchor) placedByContext.set(a.candidates, anchor);
}

/**
 * The country of the admin-1 units a definition names, when they disagree: a name read as units of one country
 * only counts twice, one with units in several countries once for each. Undefined on a tie.
 */
function definitionUnitCountry(spans: Span[], first: number, inWindow: (m: number) => boolean, unitWord: (m: number) => boolean): string | undefined {
  const support = new Map<string, number>();
  const seen = new Set<Candidate[]>();
  for (let m = first; inWindow(m); m++) {
    // (each name once: "the Nile … Nile Corniche" is one vote)
    if (!unitWord(m) || seen.has(spans[m].candidates)) continue;
    seen.add(spans[m].candidates);
    const ccs = new Set<string>();
    for (const c of spans[m].candidates) if (c.src === 'named' && c.entry.type === 'admin1') ccs.add(c.entry.unit.cc);
    for (const cc of ccs) support.set(cc, (support.get(cc) ?? 0) + (ccs.size === 1 ? 2 : 1));
  }
  if (support.size < 2) return undefined;
  const ranked = [...support].sort((a, b) => b[1] - a[1]);
  return ranked[0][1] > ranked[1][1] ? ranked[0][0] : undefined;
}

/** Proximity to the other places of the document. */
function scoreByProximity(groupList: NameGroup[]): void {
  // second pass: proximity to the other places of the document (the smallest area that explains it).
  // Anchors are distinct resolved towns, capped, so a long document stays linear.
  const anchors: { p: [number, number]; key: string }[] = [];
  const anchorUnits = new Map<string, number>();
  for (const g of groupList) {
    if (anchors.length >= MAX_ANCHORS) break;
    if (!g.candidates.length) continue;
    const c = topOf(g.candidates);
    if (c.src === 'gaz') {
      anchors.push({ p: candPoint(c), key: g.key });
      if (c.place.admin1) anchorUnits.set(c.place.admin1, (anchorUnits.get(c.place.admin1) ?? 0) + 1);
    }
  }
  // the state most of the story's towns are in ("Richland County" in a story about Columbia, Lexington and
  // Camden is South Carolina's): counties of that name there win over namesakes in other states
  let homeUnit = '', homeCount = 0;
  for (const [unit, n] of anchorUnits) if (n > homeCount) { homeUnit = unit; homeCount = n; }
  if (homeCount >= 3 && homeCount * 2 > anchors.length) {
    const homeCountry = homeUnit.slice(0, homeUnit.indexOf('.'));
    for (const g of groupList) {
      let counties = 0, homeTown = false;
      for (const c of g.candidates) {
        if (c.src === 'admin2') counties++;
        else if (c.src === 'gaz' && c.place.admin1 === homeUnit) homeTown = true;
      }
      if (counties >= 2) for (const c of g.candidates) if (c.src === 'admin2' && c.unit.admin1 === homeUnit) c.score += 3;
      // …and a town of that state beats a foreign unit of its name ("Camden" near Columbia is not the London borough)
      // (as if the state were named: its towns win like those of a named state)
      if (homeTown) {
        for (const c of g.candidates) {
          if (c.src === 'named' && c.entry.type === 'admin1' && c.entry.unit.cc !== homeCountry) c.score -= 3;
          else if (c.src === 'gaz' && c.place.admin1 === homeUnit) c.score += 3;
        }
      }
    }
  }
  for (const g of groupList) {
    if (g.candidates.length < 2 || g.areaName) continue;
    // only candidates still in contention (within 6 points of the best) can be decided by neighbours
    const top = topOf(g.candidates).score;
    for (const c of g.candidates) {
      if (c.src !== 'gaz' || c.score < top - 6) continue;
      const p = candPoint(c);
      let near = 0;
      for (const a of anchors) {
        // 250 km is about 2.25 degrees of latitude: skip the haversine for anchors clearly farther
        if (a.key !== g.key && Math.abs(a.p[1] - p[1]) < 2.3 && km(a.p, p) < 250) near++;
      }
      c.score += Math.min(3, near);
    }
  }
}

/** The mentions, each at its best reading. */
function placeMentions(text: string, spans: Span[], regions: Map<Span, TimelinePlace>, index: GeoIndex, focusSet: Set<string>,
  votes: Map<string, number>, placedByText: Set<Candidate[]>, defined: Set<Candidate[]>): PlaceMention[] {
  // one sense per discourse: a name written as a place once ("in Hatta") is a place at its other mentions too
  const placeElsewhere = new Set<Candidate[]>();
  for (const s of spans) if (!s.personLike && s.candidates.length) placeElsewhere.add(s.candidates);
  // Stray readings, decided once per name: a name matched only through a loose spelling ("Rongo" ~ "Rongó")
  // in a country the story is not about, or a village in a country the story never names nor otherwise
  // points to, with nothing in the text placing it there ("a sushi bar in Piccadilly" in a London story is
  // not the hamlet in Western Australia)
  const stray = new Map<Candidate[], boolean>();
  const isStray = (cands: Candidate[]) => {
    let v = stray.get(cands);
    if (v === undefined) {
      const best = topOf(cands);
      v = focusSet.size > 0 && townAbroad(cands, focusSet, votes) && best.src === 'gaz' && (best.loose
        || (best.place.population < 10000 && !/^PPL[AC]$/.test(best.place.fcode) && !placedByText.has(cands) && !defined.has(cands)));
      stray.set(cands, v);
    }
    return v;
  };
  const mentions: PlaceMention[] = [];
  const outcome = new Map<Candidate[], { best: Candidate; alternatives: TimelinePlace[]; confidence: number; place: TimelinePlace; n: number }>();
  const mentionOf = (s: Span, surface: string): PlaceMention => {
    let o = outcome.get(s.candidates);
    if (!o) {
      const sorted = topK(s.candidates, 8);
      const surfaceKey = normalizeName(surface);
      const best = sorted[0];
      const seen = new Set<string>([candKey(best)]);
      const alternatives: TimelinePlace[] = [];
      for (const c of sorted) {
        if (alternatives.length >= 5) break;
        const k = candKey(c);
        if (seen.has(k)) continue;
        seen.add(k);
        alternatives.push(toPlace(index, c, false, surface, surfaceKey));
      }
      const margin = sorted.length > 1 ? sorted[0].score - sorted[1].score : 5;
      const confidence = best.src === 'context' ? (best.point ? 0.9 : 0.4) : Math.max(0.2, Math.min(0.98, 0.5 + margin / 10 - (best.src === 'gaz' && best.loose ? 0.2 : 0)));
      const place = toPlace(index, best, true, surface, surfaceKey);
      place.confidence = confidence;
      o = { best, alternatives, confidence, place, n: s.candidates.length };
      outcome.set(s.candidates, o);
    }
    const { best } = o;
    const role = best.src === 'named' && best.entry.type === 'demonym' ? 'demonym' : 'place';
    return { start: s.start, end: s.end, surface, role, place: copyPlace(o.place), alternatives: o.alternatives, confidence: o.confidence,
      reason: reasonOf(s, best, o.place, o.n) };
  };
  for (let k = 0; k < spans.length; k++) {
    const s = spans[k];
    const region = regions.get(s);
    const surface = text.slice(s.start, s.end);
    if (region) {
      const m: PlaceMention = { start: s.start, end: s.end, surface, role: 'place', place: region, alternatives: [], confidence: 0.7, reason: s.reason };
      // the country named inside "the east of France" is a toponym of its own
      if (s.inner?.candidates.length) m.within = mentionOf(s.inner, text.slice(s.inner.start, s.inner.end));
      mentions.push(m);
      continue;
    }
    if (!s.candidates.length) continue;
    if (s.personLike && !defined.has(s.candidates) && !placedByText.has(s.candidates) && !placeElsewhere.has(s.candidates)) continue;
    if (isStray(s.candidates)) continue;
    // "the Ahr valley", "the Surma river" in a German or Bangladeshi story: a river or valley, not a town of
    // that name in a country the story is not about
    // …nor "the Santa Lucia Mountains" in a Californian one, read as a Mexican town named Santa Lucia
    // (the cheap test first: most mentions are no town abroad)
    if (focusSet.size && townAbroad(s.candidates, focusSet, votes) && (FEATURE_AFTER.test(text.slice(s.end, s.end + 10))
      || FEATURE_BEFORE.test(text.slice(Math.max(0, s.start - 18), s.start)) || featureHalf(text, spans, k) || FEATURE_IN_NAME.test(surface))) continue;
    mentions.push(mentionOf(s, surface));
  }
  return mentions;
}

/** A mention's reason: the span's, the kind of its reading, the number of readings. */
function reasonOf(s: Span, best: Candidate, place: TimelinePlace, n: number): string {
  return `${s.reason}; ${best.src === 'gaz' ? best.place.fcode : best.src === 'admin2' ? 'admin-2 unit' : best.src === 'context' ? (best.point ? 'coordinates in the text' : 'near ' + place.id.replace(/^near:[^:]*:/, '')) : best.entry.type}${n > 1 ? `, ${n} candidates` : ''}`;
}

/** normalizeName of gazetteer names, memoised (bounded): the same towns come back as alternatives, and most non-ASCII names take its slow path. */
const nameKeys = new Map<string, string>();
function nameKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= 20000) nameKeys.clear();
    nameKeys.set(name, (key = normalizeName(name)));
  }
  return key;
}

/** The place a candidate stands for; surfaceKey is normalizeName(surface). */
function toPlace(index: GeoIndex, c: Candidate, withGeometry: boolean, surface: string, surfaceKey: string): TimelinePlace {
  if (c.src === 'context') {
    const near = toPlace(index, c.anchor, false, surface, surfaceKey);
    const name = surface.replace(/['’]s$/, '');
    const d = 0.05;
    // (read by index, not destructured: a new array of another elements kind deoptimised the destructuring)
    // (somewhere in a unit: where its towns are on average, not at its middle)
    const a = c.anchor;
    const unit = a.src === 'named' && a.entry.type === 'admin1' ? a.entry.unit : undefined;
    const lon = c.point ? c.point[0] : unit?.townLon ?? near.lon, lat = c.point ? c.point[1] : unit?.townLat ?? near.lat;
    const id = c.point ? `at:${normalizeName(name).replace(/ /g, '-')}:${lat.toFixed(4)},${lon.toFixed(4)}` : 'near:' + normalizeName(name).replace(/ /g, '-') + ':' + near.id;
    const p: TimelinePlace = { id, name, kind: 'city', lat, lon, bbox: [lon - d, lat - d, lon + d, lat + d] };
    if (near.country) p.country = near.country;
    return p;
  }
  if (c.src === 'gaz') {
    const p = index.toPlace(c.place, false);
    // GeoNames primary names can be stale ("Shevchenko" for Aktau): show the name the article used
    // (a name written as the gazetteer writes it needs no key: most alternatives share the surface's name)
    if (!c.loose && p.name !== surface && nameKey(p.name) !== surfaceKey) p.name = surface.replace(/['’]s$/, '');
    return p;
  }
  if (c.src === 'admin2') {
    // no polygon for counties: a box of about a county's size around its towns' centroid
    const u = c.unit, d = 0.3;
    return { id: admin2Id(u), name: u.name, kind: 'region', lat: u.lat, lon: u.lon, bbox: [u.lon - d, u.lat - d, u.lon + d, u.lat + d], country: u.cc };
  }
  const kind: PlaceKind | undefined = c.entry.type === 'feature' ? c.entry.feature.kind : undefined;
  const p = index.toPlace(c.entry, withGeometry);
  if (kind) p.kind = kind;
  return p;
}

/** Place mentions (not demonyms) in the CLI's toponym shape. */
export function toToponyms(mentions: PlaceMention[]): Toponym[] {
  // an area such as "the east of France" and the name inside it ("France") are both listed
  return mentions
    .flatMap((m) => (m.within ? [m, m.within] : [m]))
    .filter((m) => m.role === 'place')
    .map((m) => {
      const t: Toponym = { start: m.start, end: m.end, surface: m.surface, lat: m.place.lat, lon: m.place.lon, kind: m.place.kind };
      if (m.place.country) t.country = m.place.country;
      if (m.place.geonameId) t.geonameId = m.place.geonameId;
      return t;
    });
}

/** ISO alpha-2 codes of the countries a text is about (named, implied by demonyms or by its places), most mentioned first. */
export function focusCountries(mentions: PlaceMention[]): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const cc = m.place.country;
    if (!cc) continue;
    const w = m.place.kind === 'country' ? 2 : 1;
    counts.set(cc, (counts.get(cc) ?? 0) + w);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([cc]) => cc);
}
