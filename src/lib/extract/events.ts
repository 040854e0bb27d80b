/**
 * Stage 6: clauses with an event cue become events with a category, a time, a place, counts,
 * actors and the quote they came from; then the same fact told twice becomes one event.
 *
 * Decisions a reader can check are kept with the event (`reasons`): where the time and the place
 * came from. A place named in a clause is not automatically where the event happened: the agent
 * of "led by Russia" or the speaker's country is not a location.
 */
import { daysBetween } from './calendar';
import { splitClauses, type Clause } from './clauses';
import { CATEGORY_LABEL, CATEGORY_PRIORITY, CUE_INDEX, EVENT_THRESHOLD, HEADLINE_VERB, STRONG } from './cues';
import { stableHash } from './hash';
import { precisionRank, rangeOfTimexValue, rangesOverlap, type DateRange } from './ranges';
import type { Sentence } from './sentences';
import type { AreaGeometry, EventCategory, EventCounts, TimelinePlace, Timex } from './types';

/** What the geoparser hands over (src/lib/geo); declared here so the event stage stays independent of it. */
export interface MentionForEvents {
  start: number;
  end: number;
  surface: string;
  role: 'place' | 'demonym';
  place: TimelinePlace;
  confidence: number;
}

export interface SourceDraft {
  documentId: string;
  start: number;
  end: number;
  quote: string;
  counts?: EventCounts;
}

export interface EventDraft {
  /** Given by an imported row or feature; extracted events get a content-derived id. */
  id?: string;
  category: EventCategory;
  title: string;
  summary: string;
  range: DateRange;
  places: TimelinePlace[];
  actors: string[];
  counts: EventCounts;
  sources: SourceDraft[];
  confidence: number;
  reasons: string[];
  /** Where the date came from; 'reference' means the text gave none before this point (a recap, often). */
  timeSource: 'own' | 'sentence' | 'discourse' | 'reference';
  /** For clock times: the UTC offset of the local time. */
  utcOffset?: string;
}

export interface DocumentForEvents {
  id: string;
  body: string;
  sentences: Sentence[];
  mentions: MentionForEvents[];
  timexes: Timex[];
  referenceDate: string | null;
  /** The country the document is about, as an area place; where a clause names no place. */
  focusPlace: TimelinePlace | null;
  /** The wire dateline, whose place and date belong to the report, not to the events. */
  dateline?: [number, number] | null;
  /** The focus country's capital, for "the capital". */
  capitalPlace?: TimelinePlace | null;
}

const TOKEN = /\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|[\p{L}]+(?:[-'’][\p{L}]+)*/gu;

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start: offset + m.index!, end: offset + m.index! + m[0].length });
  }
  return tokens;
}

interface CueHit {
  category: EventCategory;
  weight: number;
  token: Token;
}

function classify(tokens: Token[], counts: EventCounts): { category: EventCategory; weight: number; cue: Token } | null {
  const best = new Map<EventCategory, CueHit>();
  for (const token of tokens) {
    for (const [category, weight] of CUE_INDEX.get(token.lower) ?? []) {
      const current = best.get(category);
      if (!current || weight > current.weight) best.set(category, { category, weight, token });
    }
  }
  // "air strikes", "carried out strikes on RSF bases": attacks, not labour strikes.
  tokens.forEach((t, i) => {
    if (t.lower !== 'strike' && t.lower !== 'strikes') return;
    const before = tokens.slice(Math.max(0, i - 3), i).map((x) => x.lower);
    if (before.some((w) => MILITARY_STRIKE.has(w))) {
      const protest = best.get('protest');
      if (protest?.token === t) best.delete('protest');
      const clash = best.get('clash');
      if (!clash || clash.weight < STRONG) best.set('clash', { category: 'clash', weight: STRONG, token: t });
    }
  });
  // "set fire to", "set on fire", "set ablaze": arson.
  tokens.forEach((t, i) => {
    if (!(t.lower === 'fire' || t.lower === 'ablaze' || t.lower === 'alight')) return;
    if (!tokens.slice(Math.max(0, i - 3), i).some((x) => x.lower === 'set' || x.lower === 'sets' || x.lower === 'setting')) return;
    const current = best.get('arson-seizure');
    if (!current || current.weight < STRONG) best.set('arson-seizure', { category: 'arson-seizure', weight: STRONG, token: t });
  });
  // Troops that arrive, land or withdraw are a deployment; troops merely mentioned are not.
  const troops = tokens.some((t) => TROOP_NOUNS.has(t.lower));
  const moved = tokens.find((t) => MOVEMENT_VERBS.has(t.lower));
  if (troops && moved) {
    const current = best.get('deployment');
    if (!current || current.weight < STRONG) best.set('deployment', { category: 'deployment', weight: STRONG, token: moved });
  }
  // A figure in the clause backs the category it measures ("2,030 soldiers" → a deployment).
  const countBacks: Partial<Record<keyof EventCounts, EventCategory>> = {
    arrested: 'arrest', detained: 'arrest', killed: 'casualties', injured: 'casualties', troops: 'deployment', equipment: 'deployment'
  };
  for (const key of Object.keys(counts) as Array<keyof EventCounts>) {
    const category = countBacks[key];
    const hit = category && best.get(category);
    if (hit) hit.weight += 1;
  }
  let winner: CueHit | null = null;
  for (const category of CATEGORY_PRIORITY) {
    const hit = best.get(category);
    if (hit && (!winner || hit.weight > winner.weight)) winner = hit;
  }
  if (!winner || winner.weight < EVENT_THRESHOLD) return null;
  return { category: winner.category, weight: winner.weight, cue: winner.token };
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, hundred: 100
};
const MILITARY_STRIKE = new Set(['air', 'missile', 'drone', 'rocket', 'artillery', 'military', 'carried', 'launched', 'conducted', 'aerial', 'precision', 'retaliatory']);
const MOVEMENT_VERBS = new Set([
  'arrived', 'landed', 'entered', 'withdrew', 'withdraw', 'withdrawn', 'withdrawal', 'pulled', 'sent', 'flew', 'crossed', 'reinforced'
]);
const TROOP_NOUNS = new Set(['soldiers', 'troops', 'servicemen', 'peacekeepers', 'paratroopers', 'personnel', 'marines']);
const EQUIPMENT_NOUNS = new Set(['equipment', 'vehicles', 'tanks', 'aircraft', 'helicopters']);
const PEOPLE_VERBS: Array<[keyof EventCounts, Set<string>]> = [
  ['arrested', new Set(['arrested', 'detained', 'arrests', 'detentions', 'jailed', 'apprehended', 'detainees'])],
  // Taken by an armed group rather than by the police.
  ['detained', new Set(['captured', 'abducted', 'kidnapped', 'seized'])],
  ['killed', new Set(['killed', 'killing', 'kills', 'dead', 'died', 'deaths', 'fatalities', 'lives', 'bodies', 'death'])],
  ['injured', new Set(['injured', 'injuring', 'wounded', 'wounding', 'hurt', 'injuries'])]
];

const PEOPLE_NOUNS = new Set([
  'people', 'persons', 'person', 'civilians', 'protesters', 'protestors', 'demonstrators', 'members', 'police', 'policemen',
  'officers', 'students', 'children', 'residents', 'activists', 'journalists', 'men', 'women', 'rioters', 'militants',
  'fighters', 'migrants', 'refugees', 'workers', 'detainees', 'suspects', 'others', 'individuals', 'citizens', 'nationals',
  'employees', 'staff', 'officials', 'doctors', 'nurses', 'patients', 'passengers', 'villagers', 'farmers', 'miners',
  'prisoners', 'inmates', 'pilgrims', 'tourists', 'voters', 'supporters', 'opponents', 'worshippers', 'bystanders'
]);

/** Figures in a clause and what they count; numbers inside time expressions are not counts. */
export function extractCounts(tokens: Token[], timexes: Timex[]): EventCounts {
  const counts: EventCounts = {};
  const inTimex = (t: Token) => timexes.some((x) => t.start < x.end && t.end > x.start);
  // Candidate (figure, what it counts, distance to the verb that says so); the closest figure wins per kind.
  const candidates: Array<{ key: keyof EventCounts; value: number; distance: number }> = [];
  tokens.forEach((token, i) => {
    let value = /^\d/.test(token.lower) ? Number(token.lower.replace(/,/g, '')) : NUMBER_WORDS[token.lower];
    if (value === undefined || !Number.isInteger(value) || inTimex(token)) return;
    const previous = tokens[i - 1]?.lower;
    // "magnitude 7.8", "Article 5", "No. 3", "page 4" are labels, not counts.
    if (previous && /^(magnitude|article|no|number|page|chapter|resolution|level|category|phase|grade|flight|route|highway)$/.test(previous)) return;
    const next = tokens[i + 1]?.lower;
    if (next === 'thousand') value *= 1000;
    if (next === 'million') value *= 1_000_000;
    const after = tokens.slice(i + 1, i + 6).map((t) => t.lower);
    if (/^(percent|per|years?|days?|hours?|weeks?|months?|km|kilometres|kilometers|miles|am|pm|tenge|dollars|euros|rubles|%|year-old|metres|meters|feet)$/.test(after[0] ?? '')) return;
    const troopAt = after.slice(0, 2).findIndex((w) => TROOP_NOUNS.has(w));
    if (troopAt >= 0) {
      // "27 Egyptian soldiers detained", "16 soldiers were killed": people the verb counts, not a deployment.
      const verbAfter = after.slice(troopAt + 1, troopAt + 4).find((w) => PEOPLE_VERBS.some(([, set]) => set.has(w)));
      const key = verbAfter ? PEOPLE_VERBS.find(([, set]) => set.has(verbAfter))![0] : 'troops';
      counts[key] ??= value;
      return;
    }
    if (after.slice(0, 4).some((w) => EQUIPMENT_NOUNS.has(w))) {
      counts.equipment ??= value;
      return;
    }
    // People counted: a figure followed by who ("16 members", "2,300 people") or right next to the verb ("killed 16").
    const names = after.slice(0, 3).some((w) => PEOPLE_NOUNS.has(w));
    // "17 people, including two security officers": the part is not the whole.
    const part = tokens.slice(Math.max(0, i - 2), i).some((x) => /^(including|among|incl)$/.test(x.lower));
    tokens.forEach((other, j) => {
      for (const [key, set] of PEOPLE_VERBS) {
        if (!set.has(other.lower)) continue;
        const distance = Math.abs(j - i);
        if (distance <= 12 && (names || distance <= 2)) candidates.push({ key, value, distance: part ? distance + 100 : distance });
      }
    });
  });
  candidates.sort((a, b) => a.distance - b.distance);
  for (const { key, value } of candidates) counts[key] ??= value;
  return counts;
}

const LOCATIVE = new Set(['in', 'at', 'to', 'across', 'near', 'throughout', 'into', 'around', 'outside', 'inside', 'within', 'from', 'on']);
const AGENTIVE = new Set(['by', 'with', 'against', 'than']);
const KIND_SPECIFICITY: Record<string, number> = { city: 0, landmark: 1, region: 2, admin1: 2, water: 3, country: 4, continent: 5, other: 6 };

/**
 * Where the clause's event happened: a place after a locative preposition, the most specific
 * first; failing that a place in the document's focus countries; failing that the focus country.
 */
function chooseEventPlaces(
  clause: Clause,
  body: string,
  mentions: MentionForEvents[],
  focusPlace: TimelinePlace | null,
  capitalPlace: TimelinePlace | null = null
): { places: TimelinePlace[]; reason: string; own: boolean } {
  const inClause = mentions.filter((m) => m.role === 'place' && m.start >= clause.start && m.end <= clause.end);
  const wordBefore = (m: MentionForEvents) => {
    const before = body.slice(Math.max(clause.start, m.start - 40), m.start).toLowerCase();
    const words = before.match(/[\p{L}]+/gu) ?? [];
    // Skip articles and adjectives of degree: "in the west of", "to the largest city in".
    const meaningful = words.filter((w) => !['the', 'a', 'an', 'several', 'major', 'other', 'its', 'their'].includes(w));
    return meaningful[meaningful.length - 1] ?? '';
  };
  const focusCountries = new Set(focusPlace?.country ? [focusPlace.country] : []);
  const locatives = inClause.filter((m) => LOCATIVE.has(wordBefore(m)));
  const byKind = (a: MentionForEvents, b: MentionForEvents) =>
    (KIND_SPECIFICITY[a.place.kind] ?? 6) - (KIND_SPECIFICITY[b.place.kind] ?? 6) || a.start - b.start;
  if (locatives.length) {
    const sorted = [...locatives].sort(byKind);
    return {
      places: uniquePlaces(sorted.map((m) => m.place)),
      reason: `place named after "${wordBefore(sorted[0])}": ${sorted[0].surface}`,
      own: true
    };
  }
  const inFocus = inClause.filter(
    (m) => !AGENTIVE.has(wordBefore(m)) && m.place.country && focusCountries.has(m.place.country) && m.place.kind !== 'other'
  );
  if (inFocus.length) {
    const sorted = [...inFocus].sort(byKind);
    return { places: uniquePlaces(sorted.map((m) => m.place)), reason: `place named in the clause: ${sorted[0].surface}`, own: true };
  }
  // "across the capital" is the focus country's capital; "in the city" the last city the text named.
  const anaphor = /\b(?:in|across|around|near|outside|inside|into|to|throughout|of)\s+the\s+(capital|city|town)\b/i.exec(clause.text);
  if (anaphor) {
    const noun = anaphor[1].toLowerCase();
    if (noun === 'capital' && capitalPlace) return { places: [capitalPlace], reason: `"the capital": ${capitalPlace.name}`, own: true };
    if (noun !== 'capital') {
      const at = clause.start + anaphor.index;
      const previous = mentions.filter((m) => m.role === 'place' && m.place.kind === 'city' && m.end <= at).pop();
      if (previous) return { places: [previous.place], reason: `"the ${noun}": the last city named, ${previous.surface}`, own: true };
    }
  }
  if (focusPlace) return { places: [focusPlace], reason: `no place named; the document's focus country (${focusPlace.name})`, own: false };
  return { places: [], reason: 'no place found', own: false };
}

function uniquePlaces(places: TimelinePlace[]): TimelinePlace[] {
  const seen = new Set<string>();
  return places.filter((p) => (seen.has(p.id) ? false : (seen.add(p.id), true)));
}

/** The finest date in the clause: a day beats a week ("as of January 10 during … last week"). */
function clauseRange(clause: Clause, timexes: Timex[]): { range: DateRange; timex: Timex } | null {
  let best: { range: DateRange; timex: Timex } | null = null;
  for (const timex of timexes) {
    if (timex.start < clause.start || timex.end > clause.end) continue;
    if (timex.type !== 'DATE' && timex.type !== 'TIME') continue;
    const range = rangeOfTimexValue(timex.value);
    if (!range) continue;
    if (!best || precisionRank(range.precision) < precisionRank(best.range.precision)) best = { range, timex };
  }
  return best;
}

const TITLE_WORDS = new Set([
  'president', 'prime', 'minister', 'foreign', 'interior', 'defence', 'defense', 'secretary', 'general', 'chancellor',
  'king', 'queen', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'chief', 'mayor', 'governor', 'ambassador',
  'former', 'acting', 'deputy', 'vice', 'senator', 'colonel', 'commander', 'head'
]);
const PRONOUNS = new Set(['he', 'she', 'they']);

/** The speaker or agent: the capitalised name right before the cue verb, or the person a pronoun refers to. */
/** Whether a comma stands between the last token of `run` and `next` in the clause. */
function commaBetween(run: Token[], next: Token, clause: Clause): boolean {
  if (!run.length) return false;
  return clause.text.slice(run[run.length - 1].end - clause.start, next.start - clause.start).includes(',');
}

function findActor(clause: Clause, tokens: Token[], cue: Token, demonyms: Set<string>, lastPerson: string | null): string | null {
  const index = tokens.indexOf(cue);
  if (index < 0) return null;
  const before = tokens[index - 1];
  if (before && PRONOUNS.has(before.lower)) return lastPerson;
  // Inverted attribution after a quote: "“…,” said Health Minister Ana Lopez."
  const after = tokens[index + 1];
  if (after && /^\p{Lu}/u.test(after.text) && /["”’»]\s*$/.test(clause.text.slice(0, cue.start - clause.start).replace(/[,\s]+$/, ''))) {
    const run: Token[] = [];
    for (let i = index + 1; i < tokens.length && (/^\p{Lu}/u.test(tokens[i].text) || (tokens[i].lower === 'of' && run.length)); i++) run.push(tokens[i]);
    let from = 0;
    while (from < run.length - 1 && (demonyms.has(run[from].lower) || TITLE_WORDS.has(run[from].lower))) from++;
    return run.slice(from).map((t) => t.text).join(' ') || null;
  }
  if (index === 0) return null;
  const run: Token[] = [];
  for (let i = index - 1; i >= 0; i--) {
    const t = tokens[i];
    const capital = /^\p{Lu}/u.test(t.text);
    const joiner = (t.lower === 'of' || t.lower === 'the') && run.length > 0 && i > 0 && /^\p{Lu}/u.test(tokens[i - 1].text);
    if (!capital && !joiner) break;
    run.unshift(t);
  }
  while (run.length && (run[0].lower === 'of' || run[0].lower === 'the')) run.shift();
  // "President X, speaking at …, said": the subject is the name before the comma that opens the aside.
  if (!run.length || /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(run[run.length - 1].lower)) {
    const aside = clause.text.slice(0, cue.start - clause.start).trimEnd().endsWith(',');
    if (!aside) return null;
    const lead: Token[] = [];
    for (const t of tokens) {
      if (!/^\p{Lu}/u.test(t.text) || commaBetween(lead, t, clause)) break;
      lead.push(t);
    }
    if (!lead.length) return null;
    run.length = 0;
    run.push(...lead);
  }
  // Drop the leading demonym and titles: "Russian President Vladimir Putin" → "Vladimir Putin".
  let from = 0;
  while (from < run.length - 1 && (demonyms.has(run[from].lower) || TITLE_WORDS.has(run[from].lower))) from++;
  const name = run.slice(from);
  return name.map((t) => t.text).join(' ');
}

export interface ExtractOptions {
  /** Extra lower-case demonyms known to the geoparser, to strip from actor names. */
  demonyms?: Iterable<string>;
}

export function extractEvents(doc: DocumentForEvents, options: ExtractOptions = {}): EventDraft[] {
  const demonyms = new Set<string>([...(options.demonyms ?? [])].map((d) => d.toLowerCase()));
  for (const m of doc.mentions) if (m.role === 'demonym') demonyms.add(m.surface.toLowerCase());
  const drafts: EventDraft[] = [];
  const dateline = doc.dateline;
  if (dateline) {
    const outside = (x: { start: number; end: number }) => x.end <= dateline[0] || x.start >= dateline[1];
    doc = { ...doc, mentions: doc.mentions.filter(outside), timexes: doc.timexes.filter(outside) };
  }
  let discourseRange: DateRange | null = doc.referenceDate ? rangeOfTimexValue(doc.referenceDate) : null;
  let discourseIsReference = true;
  let lastPerson: string | null = null;
  const knownActors: string[] = [];

  for (const sentence of doc.sentences) {
    const clauses = splitClauses(sentence).map((c) =>
      dateline && c.start < dateline[1] && c.end > dateline[1] ? { ...c, start: dateline[1], text: doc.body.slice(dateline[1], c.end) } : c
    );
    let sentenceRange: DateRange | null = null;
    for (const clause of clauses) {
      const tokens = tokenize(clause.text, clause.start).filter((t) => !dateline || t.end <= dateline[0] || t.start >= dateline[1]);
      const clauseTimexes = doc.timexes.filter((t) => t.start >= clause.start && t.end <= clause.end);
      const counts = extractCounts(tokens, clauseTimexes);
      const own = clauseRange(clause, doc.timexes);
      // Time: the clause's own; else its sentence's (main clause first); else the discourse's.
      let range: DateRange | null = own?.range ?? dayOnly(sentenceRange ?? discourseRange);
      const timeSource: EventDraft['timeSource'] = own ? 'own' : sentenceRange ? 'sentence' : discourseIsReference ? 'reference' : 'discourse';
      const timeReason = own
        ? `date from "${doc.body.slice(own.timex.start, own.timex.end)}"`
        : sentenceRange
          ? 'date of the sentence it belongs to'
          : !discourseRange
            ? 'no date'
            : discourseIsReference
              ? "no date in the text so far: the article's reference date"
              : 'no date of its own: the date the text was last talking about';
      if (own && clause.index === 0) sentenceRange = own.range;
      if (!sentenceRange && own) sentenceRange = own.range;

      const classified = classify(tokens, counts);
      const actorCandidate: string | null = classified ? findActor(clause, tokens, classified.cue, demonyms, lastPerson) : null;
      const actor: string | null = actorCandidate ? canonicalActor(actorCandidate, knownActors) : null;
      if (actor && looksLikePerson(actor, doc.mentions, clause)) lastPerson = actor;
      if (!classified || !range) continue;
      if (actor && !knownActors.includes(actor)) knownActors.push(actor);

      const { places, reason: placeReason, own: ownPlace } = chooseEventPlaces(clause, doc.body, doc.mentions, doc.focusPlace, doc.capitalPlace ?? null);
      const confidence = Math.min(
        0.95,
        0.45 + (classified.weight >= 2 ? 0.2 : 0.1) + (own ? 0.15 : 0) + (ownPlace ? 0.15 : 0)
      );
      const quote = sentence.text;
      drafts.push({
        category: classified.category,
        title: makeTitle(classified.category, clause, tokens, classified.cue, actor, counts, places[0] ?? null, doc),
        summary: clause.text,
        range,
        places,
        actors: actor ? [actor] : [],
        counts,
        sources: [{ documentId: doc.id, start: sentence.start, end: sentence.end, quote, ...(Object.keys(counts).length ? { counts } : {}) }],
        confidence: Math.round((timeSource === 'reference' ? confidence - 0.15 : confidence) * 100) / 100,
        reasons: [timeReason, placeReason, `cue "${classified.cue.text}" → ${classified.category}`],
        timeSource,
        ...(range.precision === 'hour' ? offsetFor(range.start, own?.timex, places[0]) : {})
      });
      // Durations with a known end make their own span: "returned on Monday following a 5-day break".
      for (const timex of clauseTimexes) {
        if (timex.type === 'DURATION' && timex.interval && classified.category === 'shutdown') {
          drafts.push({
            ...drafts[drafts.length - 1],
            title: `${spanLabel(tokens)} in ${places[0]?.name ?? 'the area'} (${describeDuration(timex.value) ?? doc.body.slice(timex.start, timex.end)})`,
            range: { start: timex.interval.start, end: timex.interval.end, precision: 'day' },
            timeSource: 'own',
            reasons: [`span from "${doc.body.slice(timex.start, timex.end)}" ending ${range.start}`, placeReason]
          });
        }
      }
    }
    if (sentenceRange) {
      discourseRange = sentenceRange;
      discourseIsReference = false;
    }
  }
  return drafts;
}

/**
 * The UTC offset of a clock time: a zone written in the text wins ("14:00 GMT"); else the place's own
 * time zone on that day (Kazakhstan had two in January 2022: Aktau +05:00, Almaty +06:00). Intl knows
 * the zone rules; the wall time is read as if UTC to pick the rule, which is exact except in the hour
 * a clock changes.
 */
function offsetFor(local: string, timex: Timex | undefined, place: TimelinePlace | undefined): { utcOffset?: string } {
  if (timex?.utcOffset) return { utcOffset: timex.utcOffset };
  if (!place?.timeZone) return {};
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local);
  if (!m) return {};
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone: place.timeZone, timeZoneName: 'longOffset' }).formatToParts(
      new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]))
    );
    const name = parts.find((p) => p.type === 'timeZoneName')?.value ?? '';
    const offset = /GMT([+-]\d{2}:\d{2})/.exec(name)?.[1] ?? (name === 'GMT' ? '+00:00' : undefined);
    return offset ? { utcOffset: offset } : {};
  } catch {
    return {};
  }
}

/** A time of day belongs to the clause that says it; the next sentences only share its day. */
function dayOnly(range: DateRange | null): DateRange | null {
  if (!range || range.precision !== 'hour') return range;
  return { start: range.start.slice(0, 10), end: range.end.slice(0, 10), precision: 'day' };
}

const DURATION_UNITS: Record<string, string> = { D: 'day', W: 'week', M: 'month', Y: 'year' };

/** "P5D" → "5 days", for titles; null for values that are not a plain count of one unit. */
function describeDuration(value: string): string | null {
  const m = /^P(\d+)([DWMY])$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  return `${n} ${DURATION_UNITS[m[2]]}${n === 1 ? '' : 's'}`;
}

function spanLabel(tokens: Token[]): string {
  return tokens.some((t) => t.lower === 'internet') ? 'Internet blackout' : 'Shutdown';
}

/** "Tokayev" after "Kassym-Jomart Tokayev" is the same person: map surnames to the full name seen first. */
function canonicalActor(actor: string, known: string[]): string {
  const last = actor.split(' ').pop()!;
  const match = known.find((k) => k !== actor && k.split(' ').pop() === last);
  return match ?? actor;
}

function looksLikePerson(actor: string, mentions: MentionForEvents[], clause: Clause): boolean {
  // Organisations and countries are not what "he" or "she" refers to.
  if (/\b(Ministry|Office|Committee|Council|Government|Organization|Organisation|Service|Police|Army|Forces)\b/.test(actor)) return false;
  return !mentions.some((m) => m.start >= clause.start && m.end <= clause.end && m.surface === actor);
}

const OBJECT_STOP = new Set(['in', 'on', 'at', 'for', 'after', 'over', 'by', 'and', 'across', 'from', 'to', 'amid', 'following', 'as', 'that', 'which', 'until', 'since']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * What was declared or imposed: the object after an active verb ("declared a state of emergency"),
 * or the subject before a passive one ("a state of emergency was declared").
 */
function declaredObject(tokens: Token[], doc: DocumentForEvents): { verb: string; object: string } | null {
  const at = tokens.findIndex((t) => ['declared', 'imposed', 'decreed', 'introduced'].includes(t.lower));
  if (at < 0) return null;
  const verb = tokens[at].lower;
  const inTimex = (t: Token) => doc.timexes.some((x) => x.type !== 'DURATION' && t.start < x.end && t.end > x.start);
  const take = (list: Token[]) => {
    while (list.length && ARTICLES.has(list[0].lower)) list.shift();
    return list.length && list.length <= 6 ? { verb, object: doc.body.slice(list[0].start, list[list.length - 1].end) } : null;
  };
  const before = tokens[at - 1]?.lower;
  const objectFollows = ARTICLES.has(tokens[at + 1]?.lower ?? '');
  // "a state of emergency was declared in X" names it before the verb; "Monday was declared a day of mourning" after.
  if (before && ['was', 'were', 'been', 'is', 'are', 'be'].includes(before) && !objectFollows) {
    const subject: Token[] = [];
    for (let i = at - 2; i >= 0; i--) {
      const t = tokens[i];
      if (OBJECT_STOP.has(t.lower) || inTimex(t) || doc.body.slice(t.end, tokens[i + 1].start).includes(',')) break;
      subject.unshift(t);
    }
    return take(subject);
  }
  const object: Token[] = [];
  for (let i = at + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (OBJECT_STOP.has(t.lower) || inTimex(t) || (object.length && doc.body.slice(tokens[i - 1].end, t.start).includes(','))) break;
    object.push(t);
  }
  return take(object);
}

/** 7939 → "7,939" (toLocaleString builds a formatter on every call). */
function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function cleanClause(clause: Clause, doc: DocumentForEvents): string {
  // Remove the time words (the date is shown separately) and short lead-ins ("On Monday,", "For its part,").
  let text = clause.text;
  const timexes = doc.timexes
    .filter((t) => t.type !== 'DURATION' && t.start >= clause.start && t.end <= clause.end)
    .sort((a, b) => b.start - a.start);
  for (const t of timexes) {
    const s = t.start - clause.start;
    const e = t.end - clause.start;
    const head = text.slice(0, s).replace(/\b(on|in|as of|since|until|by|at|during)\s*$/i, '');
    text = head + text.slice(e);
  }
  text = text.replace(/\s{2,}/g, ' ').replace(/\s+([,.;])/g, '$1').trim();
  text = text.replace(/^(?:[^,]{1,25}),\s+/u, (lead) => (lead.split(/\s+/).length <= 4 ? '' : lead));
  text = text.replace(/^(which|who|while|whereas|and|but)\s+(was|were|is|are|has been|have been|had been)?\s*/i, '');
  text = text.replace(/^[,;:\s]+|[,;:.\s]+$/g, '');
  return text;
}

function truncate(text: string, max = 90): string {
  if (text.length <= max) return text;
  // A clause boundary makes a cleaner headline than a cut mid-phrase.
  const comma = text.lastIndexOf(', ', max);
  if (comma >= 40) return text.slice(0, comma);
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > 40 ? space : max).replace(/[,;:]$/, '')}…`;
}

function capitalise(text: string): string {
  return text ? text[0].toUpperCase() + text.slice(1) : text;
}

function makeTitle(
  category: EventCategory,
  clause: Clause,
  tokens: Token[],
  cue: Token,
  actor: string | null,
  counts: EventCounts,
  place: TimelinePlace | null,
  doc: DocumentForEvents
): string {
  const where = place ? ` in ${place.name}` : '';
  if (category === 'arrest' && counts.arrested) return `${formatCount(counts.arrested)} people arrested${where}`;
  if (category === 'arrest' && counts.detained) return `${formatCount(counts.detained)} people detained${where}`;
  if (category === 'deployment' && (counts.troops || counts.equipment)) {
    const parts = [
      counts.troops ? `${formatCount(counts.troops)} troops` : '',
      counts.equipment ? `${formatCount(counts.equipment)} pieces of equipment` : ''
    ].filter(Boolean);
    return `Deployment: ${parts.join(' and ')}`;
  }
  if (category === 'casualties' && counts.killed) {
    // "16 members of the security forces had been killed" → "16 members of the security forces killed"
    const i = tokens.findIndex((t) => t.lower.replace(/,/g, '') === String(counts.killed) || NUMBER_WORDS[t.lower] === counts.killed);
    const aux = tokens.findIndex((t, j) => j > i && /^(had|have|has|were|was|been|are|is|killed|died)$/.test(t.lower));
    if (i >= 0 && aux > i && aux - i <= 8) {
      // Up to an aside: "17 people, including two security officers, have been killed" → "17 people killed".
      const phrase = doc.body.slice(tokens[i].start, tokens[aux - 1].end).split(',')[0].trim();
      return capitalise(`${phrase} killed`);
    }
    return `${formatCount(counts.killed)} killed${where}`;
  }
  if (category === 'statement' && actor) {
    const verb = HEADLINE_VERB[cue.lower] ?? cue.text;
    const person = looksLikePerson(actor, doc.mentions, clause) && !doc.mentions.some((m) => m.surface === actor) && actor.includes(' ');
    const short = person ? actor.split(' ').pop()! : actor;
    const leading = doc.body.slice(clause.start, cue.start).replace(/[,\s]+$/, '');
    if (/["”’»]$/.test(leading) && doc.body.slice(cue.end, clause.end).trimStart().startsWith(actor.split(' ')[0])) {
      // Quote first, speaker after: the quote is the news.
      const quoted = leading
        .replace(/^[“"«‘]/, '')
        .replace(/[,”"»’]+$/, '')
        .replace(/^(which|who|that)\s+((is|are|was|were)\s+)?/i, '')
        .trim();
      if (quoted) return truncate(`${short}: “${quoted}”`);
    }
    let rest = doc.body.slice(cue.end, clause.end);
    for (const t of doc.timexes) {
      if (t.start >= cue.end && t.end <= clause.end) {
        const s = t.start - cue.end;
        rest = rest.slice(0, s).replace(/\b(on|in)\s*$/i, '') + ' '.repeat(t.end - t.start) + rest.slice(t.end - cue.end);
      }
    }
    rest = rest.replace(/\s{2,}/g, ' ').replace(/^\s*(that)\s+/i, ' ').trim().replace(/[.,;]+$/, '');
    // "Worobey says" alone tells nothing: fall through to the clause itself.
    if (rest.split(' ').length >= 3) return truncate(`${short} ${verb} ${rest}`);
  }
  if (category === 'protest') {
    // "protests against rising fuel prices" → the topic; only when it follows the protest word itself,
    // so "police used tear gas against thousands of protesters" gives no topic.
    let topic = '';
    const cueIndex = tokens.indexOf(cue);
    const next = tokens[cueIndex + 1];
    if (next && (next.lower === 'against' || next.lower === 'over')) {
      let end = clause.end;
      for (const mention of doc.mentions) if (mention.start > next.start && mention.start < end) end = mention.start;
      for (const t of doc.timexes) if (t.start > next.start && t.start < end) end = t.start;
      const stop = /[,;.]/.exec(doc.body.slice(next.start, end));
      if (stop) end = next.start + stop.index;
      topic = ` ${doc.body.slice(next.start, end).trim().replace(/\s+(in|on|at|across|the|of|from)$/i, '')}`;
    }
    return truncate(`Protests${topic}${where}`);
  }
  if (category === 'shutdown') {
    const restored = tokens.some((t) => /^(returned|restored|resumed|available|back|reconnected|lifted)$/.test(t.lower));
    const what = tokens.some((t) => t.lower === 'internet') ? 'Internet' : tokens.some((t) => t.lower === 'websites') ? 'Websites' : 'Communications';
    return `${what} ${restored ? 'restored' : 'shut down'}${where}`;
  }
  if (category === 'declaration') {
    const declared = declaredObject(tokens, doc);
    if (declared) return truncate(`${capitalise(declared.object)} ${declared.verb}${where}`);
  }
  const cleaned = cleanClause(clause, doc);
  return truncate(capitalise(cleaned || CATEGORY_LABEL[category]));
}

// ─── merging ────────────────────────────────────────────────────────────────

/** Whether a point lies inside a polygon ring (ray casting), for containment of places in areas. */
function inRing(lon: number, lat: number, ring: number[][]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > lat !== yj > lat && lon < ((xj - xi) * (lat - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function placeContains(area: TimelinePlace, place: TimelinePlace): boolean {
  if (area.id === place.id) return true;
  if (area.kind === 'country') return !!area.country && place.country === area.country;
  const [w, s, e, n] = area.bbox;
  if (place.lon < w || place.lon > e || place.lat < s || place.lat > n) return false;
  const g = area.geometry;
  return !g || inGeometry(place.lon, place.lat, g);
}

/** Whether a point lies inside a polygon or multipolygon (outside its holes). */
export function inGeometry(lon: number, lat: number, g: AreaGeometry): boolean {
  const polygons = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polygons.some((rings) => inRing(lon, lat, rings[0]) && !rings.slice(1).some((hole) => inRing(lon, lat, hole)));
}

function placesCompatible(a: TimelinePlace | undefined, b: TimelinePlace | undefined): boolean {
  if (!a || !b) return true;
  // A place and an area around it can be the same fact told at two levels of detail.
  return placeContains(a, b) || placeContains(b, a);
}

const daysApart = (a: string, b: string) => Math.abs(daysBetween(a.slice(0, 10), b.slice(0, 10)));
const surname = (actor: string | undefined) => actor?.split(' ').pop()?.toLowerCase();

function sameFact(a: EventDraft, b: EventDraft): boolean {
  if (a.category !== b.category) return false;
  if (!placesCompatible(a.places[0], b.places[0])) return false;
  const aKeys = Object.keys(a.counts) as Array<keyof EventCounts>;
  const bKeys = Object.keys(b.counts) as Array<keyof EventCounts>;
  // The same specific figure ("7,939 people", "2,030 soldiers") within a week is the same fact,
  // whether a report dates it by the count ("as of January 10") or by the announcement.
  if (aKeys.some((k) => (a.counts[k] ?? 0) >= 10 && a.counts[k] === b.counts[k])) {
    return daysApart(a.range.start, b.range.start) <= 7;
  }
  // A mention with no date of its own in the text (a recap: "protests that started over fuel prices
  // in western Kazakhstan") is the dated report of the same kind at the same place.
  if (a.timeSource === 'reference' || b.timeSource === 'reference') {
    const [weak, dated] = a.timeSource === 'reference' ? [a, b] : [b, a];
    return dated.timeSource !== 'reference' && weak.places[0]?.id === dated.places[0]?.id && dated.range.start <= weak.range.end;
  }
  if (!rangesOverlap(a.range, b.range)) return false;
  if (aKeys.length && bKeys.length) return aKeys.some((k) => k in b.counts);
  if (a.category === 'statement') return a.actors.length > 0 && surname(a.actors[0]) === surname(b.actors[0]);
  // Without figures on both sides, the same kind of event on the same days in the same place is one event.
  return a.range.start === b.range.start && a.range.end === b.range.end;
}

/** Folds repeated reports of one fact into one event that lists every source. */
export function mergeEvents(drafts: EventDraft[]): EventDraft[] {
  const merged: EventDraft[] = [];
  for (const draft of drafts) {
    const target = merged.find((m) => sameFact(m, draft));
    if (!target) {
      merged.push({ ...draft, sources: [...draft.sources], places: [...draft.places], counts: { ...draft.counts } });
      continue;
    }
    for (const source of draft.sources) {
      if (!target.sources.some((s) => s.documentId === source.documentId && s.start === source.start)) target.sources.push(source);
    }
    // Keep the most precise date (the earliest among equals: when it happened, not when it was
    // reported) and the most specific place of all the reports.
    const finer = precisionRank(draft.range.precision) - precisionRank(target.range.precision);
    if (target.timeSource === 'reference' || (draft.timeSource !== 'reference' && (finer < 0 || (finer === 0 && draft.range.start < target.range.start)))) {
      target.range = draft.range;
      target.timeSource = draft.timeSource;
    }
    const [tp, dp] = [target.places[0], draft.places[0]];
    if (dp && (!tp || (KIND_SPECIFICITY[dp.kind] ?? 6) < (KIND_SPECIFICITY[tp.kind] ?? 6))) {
      target.places = uniquePlaces([...draft.places, ...target.places]);
      target.title = draft.title;
    } else {
      target.places = uniquePlaces([...target.places, ...draft.places]);
    }
    for (const [k, v] of Object.entries(draft.counts) as Array<[keyof EventCounts, number]>) target.counts[k] ??= v;
    for (const actor of draft.actors) if (!target.actors.includes(actor)) target.actors.push(actor);
    target.confidence = Math.round(Math.min(0.99, Math.max(target.confidence, draft.confidence) + 0.05) * 100) / 100;
    target.reasons.push(`merged with the report at ${draft.sources[0].documentId}:${draft.sources[0].start}`);
  }
  return merged;
}

export function eventId(draft: EventDraft): string {
  if (draft.id) return draft.id;
  // Two clauses of one sentence can share category and date ("X said …, while Y denounced …"):
  // the clause text tells them apart.
  const first = draft.sources[0];
  return `ev-${stableHash(`${draft.category}|${draft.range.start}|${draft.summary}|${first.quote}`)}`;
}
