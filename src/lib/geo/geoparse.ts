/**
 * Geoparser: finds place names in English news text and resolves them against the GeoIndex.
 * Recognition scans tokens once and extends each start to the longest name known to the index
 * (sorted-array prefix search, not one regex per name); resolution ranks candidates by kind,
 * population, the document's focus countries, containment ("Aktau, Mangystau") and proximity.
 */
import type { PlaceKind, TimelinePlace, Toponym } from '../extract/types';
import { regionPlace, type Direction, type GazetteerPlace, type GeoIndex, type NamedEntry } from './geo-index';
import { normalizeName } from './normalize';
import { COMMON_WORDS, CONNECTORS, ORG_WORDS, PLACE_TYPE_WORDS, TITLES } from './wordlists';

export interface PlaceMention {
  start: number;
  end: number;
  surface: string;
  role: 'place' | 'demonym';
  place: TimelinePlace;
  alternatives: TimelinePlace[];
  confidence: number;
  reason: string;
}

export interface GeoparseOptions {
  focusCountries?: string[];
}

interface Token {
  start: number;
  end: number;
  text: string;
  key: string;
  upper: boolean; // starts with an uppercase letter
  allCaps: boolean;
  sentenceStart: boolean;
  possessive: boolean; // followed by 's
}

type Candidate =
  | { src: 'named'; entry: NamedEntry; score: number }
  | { src: 'gaz'; place: GazetteerPlace; score: number; loose: boolean };

interface Span {
  i: number; // first token
  j: number; // last token (inclusive)
  start: number;
  end: number;
  candidates: Candidate[];
  demonym: boolean;
  reason: string;
  region?: { dir: Direction; target: 'next' | 'country' | 'self' };
}

const TOKEN_RE = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  let prevEnd = 0;
  while ((m = TOKEN_RE.exec(text))) {
    let word = m[0];
    let possessive = false;
    if (/['’]s$/i.test(word) && word.length > 3) {
      word = word.slice(0, -2);
      possessive = true;
    }
    const gap = text.slice(prevEnd, m.index);
    const first = word[0];
    const upper = first !== first.toLowerCase() && first === first.toUpperCase();
    const prevTok = tokens[tokens.length - 1];
    // "Dr. Paul": a dot after a short title ends no sentence
    const afterTitle = !!prevTok && /^\.\s$/.test(gap) && TITLES.has(prevTok.key);
    const sentenceStart = tokens.length === 0 || (!afterTitle && (/[.!?:;"“”]\s*$|\n\s*$|[–—-]\s+$/.test(gap)));
    tokens.push({
      start: m.index, end: m.index + word.length, text: word, key: normalizeName(word), upper,
      allCaps: word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase(), sentenceStart, possessive
    });
    prevEnd = m.index + m[0].length;
  }
  return tokens;
}

/** Separator allowed inside one multi-word name: a space, a hyphen or an abbreviation dot. */
function joinable(text: string, a: Token, b: Token): boolean {
  if (a.possessive) return false;
  const gap = text.slice(a.end, b.start);
  return gap === ' ' || gap === '-' || gap === '–' || gap === '.' || (gap === '. ' && a.text.length <= 3) || gap === ' - ';
}

const DIRECTIONS: Record<string, Direction> = {
  north: 'north', northern: 'north', south: 'south', southern: 'south', east: 'east', eastern: 'east', west: 'west', western: 'west',
  central: 'central', centre: 'central', center: 'central', northwest: 'northwest', northwestern: 'northwest', northeast: 'northeast',
  northeastern: 'northeast', southwest: 'southwest', southwestern: 'southwest', southeast: 'southeast', southeastern: 'southeast'
};

const FOLLOWING_NOT_PLACE = new Set(['virus', 'viruses', 'fever', 'disease', 'encephalitis', 'ebolavirus', 'strain', 'syndrome', 'flu']);
const KIND_BASE: Record<string, number> = { PPLC: 5, PPLA: 2.5, PPLA2: 1.8, PPLA3: 1.4, PPLA4: 1.2, PPL: 1, PPLX: 0.5, PPLL: 0.5 };

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
      return e.primary ? 9 : 8.5;
  }
}

function entryCountry(c: Candidate): string | undefined {
  if (c.src === 'gaz') return c.place.cc;
  const e = c.entry;
  if (e.type === 'country' || e.type === 'demonym') return e.country.cc;
  if (e.type === 'admin1') return e.unit.cc;
  return undefined;
}
function candPoint(c: Candidate): [number, number] {
  if (c.src === 'gaz') return [c.place.lon, c.place.lat];
  const e = c.entry;
  const r = e.type === 'admin1' ? e.unit : e.type === 'feature' ? e.feature : e.country;
  return [r.lon, r.lat];
}
function candKey(c: Candidate): string {
  if (c.src === 'gaz') return 'gn:' + c.place.geonameId;
  const e = c.entry;
  return e.type === 'admin1' ? e.unit.id : e.type === 'feature' ? e.feature.id : e.country.id;
}
function km(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const dLat = (b[1] - a[1]) * r, dLon = (b[0] - a[0]) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** Words used lowercase somewhere in the document are common words there ("central", "police"). */
function lowercaseVocabulary(tokens: Token[]): Set<string> {
  const s = new Set<string>();
  for (const t of tokens) if (!t.upper && !/\d/.test(t.text)) s.add(t.key);
  return s;
}

function findSpans(text: string, tokens: Token[], index: GeoIndex): Span[] {
  const spans: Span[] = [];
  const lowerVocab = lowercaseVocabulary(tokens);
  const surnames = personSurnames(tokens, index);
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t.upper || /^\d/.test(t.text)) { i++; continue; }
    // longest match over named entries and gazetteer names at once
    let key = t.key;
    let best: { j: number; key: string } | null = null;
    let j = i;
    for (;;) {
      if (!CONNECTORS.has(tokens[j].key) && (index.named.has(key) || index.lookupPlaces(key).length > 0)) best = { j, key };
      const next = tokens[j + 1];
      if (!next || !joinable(text, tokens[j], next)) break;
      if (!next.upper && !CONNECTORS.has(next.key) && !/^\d/.test(next.text)) break;
      const nextKey = key + ' ' + next.key;
      const canExtend = index.namedPrefixes.has(nextKey) || index.named.has(nextKey)
        || index.hasPlacePrefix(nextKey) || index.lookupPlaces(nextKey).length > 0;
      if (!canExtend) break;
      key = nextKey;
      j++;
    }
    let loose = false;
    if (!best && t.text.length >= 5 && !t.allCaps && !COMMON_WORDS.has(t.key) && index.lookupLoose(t.key).length) {
      best = { j: i, key: t.key };
      loose = true;
    }
    if (!best) { i++; continue; }
    // a surname seen in a full name elsewhere is a person when it speaks or is titled ("Dunn said")
    const prevTok = tokens[i - 1];
    const speaks = SPEECH_VERBS.has(tokens[i + 1]?.key ?? '') || (!!prevTok && (TITLES.has(prevTok.key)
      || (prevTok.upper && !prevTok.sentenceStart && text.slice(prevTok.end, t.start) === ' ')));
    const span = surnames.has(best.key) && best.j === i && speaks ? null : makeSpan(text, tokens, i, best.j, best.key, loose, index, lowerVocab);
    if (span) {
      spans.push(span);
      i = span.j + 1;
    } else i++;
  }
  return spans;
}

/** Surnames of people named in full elsewhere ("Barack Obama" … "Obama said"; "Dr. Dunn"). */
function personSurnames(tokens: Token[], index: GeoIndex): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const a = tokens[k - 1], b = tokens[k];
    if (!a.upper || !b.upper || a.allCaps || b.allCaps || a.possessive || b.start - a.end > 2) continue;
    if (TITLES.has(a.key) || (k >= 2 && TITLES.has(tokens[k - 2].key))) { out.add(b.key); continue; }
    // a first name is not a place itself and the pair is no known name
    if (FIRST_NAME_LIKE.test(a.text) && !index.named.has(a.key) && !index.named.has(a.key + ' ' + b.key)
      && index.lookupPlaces(a.key + ' ' + b.key).length === 0 && index.lookupPlaces(a.key).length === 0
      && !COMMON_WORDS.has(a.key) && !DIRECTIONS[a.key] && !a.sentenceStart) out.add(b.key);
  }
  for (const k of out) if (index.named.has(k)) out.delete(k);
  return out;
}
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'stated', 'explained', 'noted', 'wrote', 'asked', 'warned', 'announced', 'believes', 'thinks']);
const FIRST_NAME_LIKE = /^\p{Lu}\p{Ll}{1,12}$/u;

function makeSpan(text: string, tokens: Token[], i: number, j: number, key: string, loose: boolean, index: GeoIndex, lowerVocab: Set<string>): Span | null {
  const first = tokens[i], last = tokens[j];
  let named = loose ? [] : index.named.get(key) ?? [];
  // short aliases ("IN", "AL", "UK") only as written in capitals
  const surfaceText = text.slice(first.start, last.end);
  if (key.replace(/ /g, '').length <= 3) named = named.filter(() => surfaceText === surfaceText.toUpperCase());
  // a common word is never an admin-1 unit by itself ("Central", "Eastern"): only countries and curated areas
  if (i === j && (COMMON_WORDS.has(key) || lowerVocab.has(key))) named = named.filter((e) => e.type !== 'admin1');
  const gaz = loose ? index.lookupLoose(key) : index.lookupPlaces(key);
  const single = i === j;
  const prev = tokens[i - 1];
  const next = tokens[j + 1];
  const nextAdjacent = next && /^[ \t]$/.test(text.slice(last.end, next.start)) && !last.possessive;
  const prevAdjacent = prev && /^[ \t]$/.test(text.slice(prev.end, first.start)) && !prev.possessive;
  const isDemonymOnly = named.length > 0 && named.every((e) => e.type === 'demonym');
  const hasStrongNamed = named.some((e) => e.type !== 'demonym');

  // "West Nile virus", "Marburg fever", "I've"
  if (next && FOLLOWING_NOT_PLACE.has(next.key)) return null;
  if (/['’](?:ve|ll|re|d|m|t)$/i.test(first.text)) return null;
  // all-caps tokens: acronyms unless the name is a country / known area
  if (first.allCaps && single && first.text.length <= 3 && !hasStrongNamed && !isDemonymOnly) return null;
  // months, weekdays, function words and other common words that are also GeoNames names
  if (single && COMMON_WORDS.has(key) && !hasStrongNamed && !isDemonymOnly) return null;
  if (single && !hasStrongNamed && !isDemonymOnly && lowerVocab.has(key)) return null;
  // title + name: "President Tokayev", "Mr Jordan"
  if (prev && TITLES.has(prev.key) && /^\.?[ \t]$/.test(text.slice(prev.end, first.start))) return null;
  // organisations: "Almaty Police", "Interior Ministry", "Washington Post"
  if (nextAdjacent && next.upper && ORG_WORDS.has(next.key) && !isDemonymOnly) return null;
  // inside a longer proper name (a person, a company): "Vladimir Putin", "Kassym-Jomart Tokayev"
  const countryOrArea = named.some((e) => e.type === 'country' || e.type === 'feature');
  if (!isDemonymOnly && !countryOrArea) {
    if (nextAdjacent && next.upper && !next.allCaps && !PLACE_TYPE_WORDS.has(next.key) && !CONNECTORS.has(next.key)
      && !index.named.has(next.key) && index.lookupPlaces(next.key).length === 0) return null;
    if (prevAdjacent && prev.upper && !prev.sentenceStart && !DIRECTIONS[prev.key] && !CONNECTORS.has(prev.key)
      && !index.named.has(prev.key) && index.lookupPlaces(prev.key).length === 0 && !TITLES.has(prev.key)) return null;
  }
  // sentence-initial single common word with only weak (gazetteer) evidence
  if (single && first.sentenceStart && !hasStrongNamed && !isDemonymOnly && gaz.every((p) => p.population < 100000)) {
    if (/^(?:the|a|an|in|on|at|for|but|and|so|as|if|when|while|after|before)$/.test(first.key)) return null;
  }
  const candidates: Candidate[] = [];
  for (const e of named) candidates.push({ src: 'named', entry: e, score: namedScore(e) });
  for (const p of gaz.slice(0, 400)) candidates.push({ src: 'gaz', place: p, score: gazScore(p) - (loose ? 1.5 : 0), loose });
  if (!candidates.length) return null;
  let end = last.end;
  let jj = j;
  // "Laurel County", "Mangystau Region": keep the capitalised place-type word in the span
  if (nextAdjacent && next.upper && PLACE_TYPE_WORDS.has(next.key)) { end = next.end; jj = j + 1; }
  // "U.S." keeps its final dot
  if (last.text.length === 1 && text[end] === '.') end++;
  return { i, j: jj, start: first.start, end, candidates, demonym: isDemonymOnly, reason: loose ? 'loose transliteration' : 'name' };
}

/** Countries named or implied by demonyms, most mentioned first. */
function countCountries(spans: Span[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of spans) {
    const cs = new Set<string>();
    if (s.candidates.some((c) => c.src === 'named' && c.entry.type === 'admin1')) continue;
    for (const c of s.candidates) if (c.src === 'named' && (c.entry.type === 'country' || c.entry.type === 'demonym')) cs.add(c.entry.country.cc);
    for (const cc of cs) counts.set(cc, (counts.get(cc) ?? 0) + 1);
  }
  return counts;
}

function regionSpans(text: string, tokens: Token[], spans: Span[], focus: string | undefined, index: GeoIndex): { spans: Span[]; regions: Map<Span, TimelinePlace> } {
  const regions = new Map<Span, TimelinePlace>();
  const byFirstToken = new Map(spans.map((s) => [s.i, s]));
  const out: Span[] = [];
  const consumed = new Set<Span>();
  const countryOf = (s: Span | undefined) => {
    if (!s) return undefined;
    const c = s.candidates.find((c) => c.src === 'named' && c.entry.type === 'country');
    return c && c.src === 'named' && c.entry.type === 'country' ? c.entry.country.cc : undefined;
  };
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    const dir = DIRECTIONS[t.key];
    if (!dir) continue;
    // "western Kazakhstan"
    if (t.key.endsWith('ern') || dir === 'central') {
      const s = byFirstToken.get(k + 1);
      const cc = countryOf(s);
      if (s && cc && text.slice(t.end, tokens[k + 1].start) === ' ') {
        const place = regionPlace(index, cc, dir);
        if (place) {
          const r: Span = { ...s, i: k, start: t.start, reason: `direction "${t.text}" of country` };
          regions.set(r, place);
          consumed.add(s);
          out.push(r);
        }
        continue;
      }
    }
    // "the west of the country", "the north of Kazakhstan"
    const prev = tokens[k - 1], of = tokens[k + 1];
    if (prev?.key === 'the' && of?.key === 'of' && !t.key.endsWith('ern')) {
      const a = tokens[k + 2], b = tokens[k + 3];
      let cc: string | undefined;
      let endTok: Token | undefined;
      let consumedSpan: Span | undefined;
      if (a?.key === 'the' && b && (b.key === 'country' || b.key === 'nation') && focus) { cc = focus; endTok = b; }
      else if (a && (cc = countryOf(byFirstToken.get(k + 2)))) { consumedSpan = byFirstToken.get(k + 2); endTok = tokens[consumedSpan!.j]; }
      else if (a?.key === 'the' && (cc = countryOf(byFirstToken.get(k + 3)))) { consumedSpan = byFirstToken.get(k + 3); endTok = tokens[consumedSpan!.j]; }
      if (cc && endTok) {
        const place = regionPlace(index, cc, dir);
        if (place) {
          const r: Span = { i: k - 1, j: consumedSpan ? consumedSpan.j : k + 3, start: prev.start, end: consumedSpan ? consumedSpan.end : endTok.end,
            candidates: [], demonym: false, reason: consumedSpan ? 'direction of country' : 'direction of the document country' };
          regions.set(r, place);
          if (consumedSpan) consumed.add(consumedSpan);
          out.push(r);
        }
      }
    }
    // "Kazakhstan's north"
    if (prev && prev.possessive && !t.key.endsWith('ern')) {
      const s = spans.find((x) => x.j === k - 1);
      const cc = countryOf(s);
      if (s && cc) {
        const place = regionPlace(index, cc, dir);
        if (place) {
          const r: Span = { ...s, j: k, end: t.end, reason: 'possessive direction of country' };
          regions.set(r, place);
          consumed.add(s);
          out.push(r);
        }
      }
    }
  }
  const merged = spans.filter((s) => !consumed.has(s)).concat(out).sort((a, b) => a.start - b.start);
  return { spans: merged, regions };
}

export function geoparse(text: string, index: GeoIndex, options: GeoparseOptions = {}): PlaceMention[] {
  const tokens = tokenize(text);
  let spans = findSpans(text, tokens, index);
  const counts = countCountries(spans);
  for (const cc of options.focusCountries ?? []) counts.set(cc, (counts.get(cc) ?? 0) + 3);
  const focusList = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([cc]) => cc);
  const focusSet = new Set(focusList);
  const regionResult = regionSpans(text, tokens, spans, focusList[0], index);
  spans = regionResult.spans;

  // first pass: kind + population + focus countries
  const resolved = new Map<Span, Candidate>();
  for (const s of spans) {
    if (regionResult.regions.has(s)) continue;
    for (const c of s.candidates) {
      const cc = entryCountry(c);
      if (cc && focusSet.has(cc)) c.score += 3 + Math.min(2, (counts.get(cc) ?? 0) * 0.5);
    }
  }
  // votes for countries of confident top candidates widen the focus (US local news without "United States")
  const votes = new Map<string, number>();
  for (const s of spans) {
    if (!s.candidates.length) continue;
    const top = [...s.candidates].sort((a, b) => b.score - a.score)[0];
    const cc = entryCountry(top);
    if (cc && !focusSet.has(cc)) votes.set(cc, (votes.get(cc) ?? 0) + 1);
  }
  for (const s of spans) {
    for (const c of s.candidates) {
      const cc = entryCountry(c);
      if (cc && !focusSet.has(cc) && (votes.get(cc) ?? 0) >= 2) c.score += 1;
    }
  }
  for (const s of spans) {
    const admins = s.candidates.filter((c) => c.src === 'named' && c.entry.type === 'admin1');
    const country = s.candidates.find((c) => c.src === 'named' && c.entry.type === 'country');
    // "Almaty", "Aktobe": a regional capital named like its region is usually meant as the city
    for (const c of s.candidates) {
      if (c.src === 'gaz' && /^PPL[AC]$/.test(c.place.fcode) && admins.some((a) => entryCountry(a) === c.place.cc)) c.score += 4;
    }
    // "Georgia" in US news: the state, not the country, when only the state's country is in focus
    if (country && !focusSet.has(entryCountry(country)!) && admins.some((a) => focusSet.has(entryCountry(a)!))) country.score -= 8;
  }
  // containment: "Aktau, Mangystau" / "Pandi, Bulacan" – the second name holds the first
  for (let k = 0; k + 1 < spans.length; k++) {
    const a = spans[k], b = spans[k + 1];
    if (!/^,\s?$/.test(text.slice(a.end, b.start))) continue;
    const admins = new Set<string>(), ccs = new Set<string>();
    for (const c of b.candidates) {
      if (c.src !== 'named') continue;
      if (c.entry.type === 'admin1') admins.add(c.entry.unit.code);
      if (c.entry.type === 'country') ccs.add(c.entry.country.cc);
    }
    let hit = false;
    for (const c of a.candidates) {
      if (c.src === 'gaz' && (admins.has(c.place.admin1) || ccs.has(c.place.cc))) { c.score += 5; hit = true; }
      if (c.src === 'named' && c.entry.type === 'admin1' && ccs.has(c.entry.unit.cc)) { c.score += 3; hit = true; }
    }
    if (hit) {
      const inner = new Set(a.candidates.filter((c) => c.src === 'gaz').map((c) => (c.src === 'gaz' ? c.place.admin1 : '')));
      for (const c of b.candidates) if (c.src === 'named' && c.entry.type === 'admin1' && inner.has(c.entry.unit.code)) c.score += 3;
    }
  }
  for (const s of spans) if (s.candidates.length) resolved.set(s, [...s.candidates].sort((x, y) => y.score - x.score)[0]);
  // second pass: proximity to the other resolved places
  const anchors = [...resolved.entries()].map(([s, c]) => ({ s, p: candPoint(c), kind: c.src === 'gaz' ? 'city' : c.entry.type }));
  for (const s of spans) {
    if (s.candidates.length < 2) continue;
    for (const c of s.candidates) {
      if (c.src !== 'gaz') continue;
      const p = candPoint(c);
      let near = 0;
      for (const a of anchors) if (a.s !== s && a.kind === 'city' && km(a.p, p) < 250) near++;
      c.score += Math.min(2, near);
    }
    resolved.set(s, [...s.candidates].sort((x, y) => y.score - x.score)[0]);
  }

  const mentions: PlaceMention[] = [];
  for (const s of spans) {
    const region = regionResult.regions.get(s);
    const surface = text.slice(s.start, s.end);
    if (region) {
      mentions.push({ start: s.start, end: s.end, surface, role: 'place', place: region, alternatives: [], confidence: 0.7, reason: s.reason });
      continue;
    }
    const best = resolved.get(s);
    if (!best) continue;
    const sorted = [...s.candidates].sort((x, y) => y.score - x.score);
    const seen = new Set<string>([candKey(best)]);
    const alternatives: TimelinePlace[] = [];
    for (const c of sorted) {
      if (alternatives.length >= 5) break;
      const k = candKey(c);
      if (seen.has(k)) continue;
      seen.add(k);
      alternatives.push(toPlace(index, c, false, surface));
    }
    const margin = sorted.length > 1 ? sorted[0].score - sorted[1].score : 5;
    const confidence = Math.max(0.2, Math.min(0.98, 0.5 + margin / 10 - (best.src === 'gaz' && best.loose ? 0.2 : 0)));
    const role = best.src === 'named' && best.entry.type === 'demonym' ? 'demonym' : 'place';
    const place = toPlace(index, best, true, surface);
    place.confidence = confidence;
    mentions.push({ start: s.start, end: s.end, surface, role, place, alternatives, confidence,
      reason: `${s.reason}; ${best.src === 'gaz' ? best.place.fcode : best.entry.type}${sorted.length > 1 ? `, ${sorted.length} candidates` : ''}` });
  }
  return mentions;
}

function toPlace(index: GeoIndex, c: Candidate, withGeometry: boolean, surface: string): TimelinePlace {
  if (c.src === 'gaz') {
    const p = index.toPlace(c.place, false);
    // GeoNames primary names can be stale ("Shevchenko" for Aktau): show the name the article used
    if (normalizeName(p.name) !== normalizeName(surface) && !c.loose) p.name = surface.replace(/['’]s$/, '');
    return p;
  }
  const kind: PlaceKind | undefined = c.entry.type === 'feature' ? c.entry.feature.kind : undefined;
  const p = index.toPlace(c.entry, withGeometry);
  if (kind) p.kind = kind;
  return p;
}

/** Place mentions (not demonyms) in the CLI's toponym shape. */
export function toToponyms(mentions: PlaceMention[]): Toponym[] {
  return mentions
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
