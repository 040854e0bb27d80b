/**
 * TIMEX3 tagger: finds time expressions (timex-scan.ts) and normalises them against the document
 * date (dct) and the discourse (the date the text is currently talking about).
 *
 * News style (default): year-less dates and weekdays are read against the article date, a weekday
 * is the latest one not after it unless a future cue precedes it ("will meet on Friday"); "two days
 * later", "the day before", "that night" follow the discourse. Narrative style (histories, no
 * useful article date): everything follows the discourse, which advances with each explicit date.
 *
 * Durations attached to a known day get an inclusive interval. Convention: "returned on Monday
 * following a 5-day break" is the five days before Monday (Monday itself is the first day after
 * the break); "for 5 days until X" ends on X; "for 5 days from/since X" starts on X.
 */
import type { Timex, TimePrecision } from './types.ts';
import {
  addMonths, civilFromDays, daysFromCivil, daysInMonth, formatDays, formatYmd, isValidDate, isoWeekOfDays,
  parseIsoDate, weekdayOfDays
} from './calendar.ts';
import { scanMentions, type Mention } from './timex-scan.ts';

export interface TimexOptions {
  /** 'news' (default) anchors on the article date; 'narrative' on the last date the text mentioned. */
  mode?: 'news' | 'narrative';
  /**
   * UTC offset of the place the text reports from ("+06:00" for Almaty in January 2022, "+05:00"
   * for western Kazakhstan), when the caller knows it: recorded on clock times without a zone of
   * their own. Values stay local; calendar days are never shifted through UTC.
   */
  utcOffset?: string;
}

/** Where the year of a value came from. */
export type YearSource = 'text' | 'sentence' | 'dct' | 'discourse';

/** A Timex with the extra facts the pipeline can use (not part of the CLI contract). */
export interface TimexDetail extends Timex {
  /** TIMEX3 mod: START, END, MID, APPROX, MORE_THAN, LESS_THAN … */
  mod?: string;
  /** The word introducing it: "since", "as of", "until", "from", "to", "on", "following" … */
  signal?: string;
  /** Sentence index (sentences as the scanner splits them). */
  sentence?: number;
  /**
   * For calendar values: the year written in the expression ('text'), in the same sentence
   * ('sentence'), taken from the article date ('dct') or from the date the text was talking about
   * ('discourse'). Absent when the value has no year (XXXX) or needs none (durations, sets).
   */
  yearSource?: YearSource;
  /** Clock times: the UTC offset, from a zone written after it ("GMT", "MSK") or `options.utcOffset`. */
  utcOffset?: string;
}

/** Zone abbreviations with one meaning (CST, IST are ambiguous and left out). */
const ZONE_OFFSETS: ReadonlyMap<string, string> = new Map([
  ['gmt', '+00:00'], ['utc', '+00:00'], ['z', '+00:00'], ['bst', '+01:00'], ['cet', '+01:00'], ['cest', '+02:00'],
  ['msk', '+03:00'], ['est', '-05:00'], ['edt', '-04:00'], ['cdt', '-05:00'], ['pst', '-08:00'], ['pdt', '-07:00'],
  ['jst', '+09:00']
]);

interface Discourse {
  days: number | null;
  y: number | null;
  m: number | null;
}

const pad2 = (n: number) => String(n).padStart(2, '0');
const pad4 = (n: number) => String(n).padStart(4, '0');

function weekString(days: number): string {
  const { year, week } = isoWeekOfDays(days);
  return `${pad4(year)}-W${pad2(week)}`;
}

export function tagTimexes(text: string, dct: string | null, options: TimexOptions = {}): TimexDetail[] {
  const { mentions } = scanMentions(text);
  return resolveMentions(text, mentions, dct, options);
}

/** TIMEX3 values for the scanner's mentions of `text`. */
export function resolveMentions(text: string, mentions: Mention[], dct: string | null, options: TimexOptions = {}): TimexDetail[] {
  const narrative = options.mode === 'narrative';
  const dctYmd = dct ? parseIsoDate(dct) : null;
  const dctDays = dctYmd ? daysFromCivil(dctYmd.y, dctYmd.m, dctYmd.d) : null;
  const disc: Discourse = { days: dctDays, y: dctYmd?.y ?? null, m: dctYmd?.m ?? null };
  let sentenceYear: { sentence: number; y: number } | null = null;
  const out: TimexDetail[] = [];
  /** The day each day-precision timex names (kept by object: merging clock times removes entries). */
  const resolvedDays = new Map<TimexDetail, number>();

  let yearSource: YearSource | undefined;
  const yearFor = (m: Mention, month: number, day: number | undefined): number | null => {
    if (sentenceYear && sentenceYear.sentence === m.sentence) {
      // news: a written year frames the sentence's other dates unless that puts a past one after
      // the article ("sworn in on 10.01.2019 after an election in May", dated January 2019)
      const afterDct = !narrative && dctDays !== null && !m.future &&
        daysFromCivil(sentenceYear.y, month, day ?? 1) > dctDays;
      if (!afterDct) { yearSource = 'sentence'; return sentenceYear.y; }
    }
    if (narrative || dctDays === null || !dctYmd) { yearSource = disc.y === null ? undefined : 'discourse'; return disc.y; }
    yearSource = 'dct';
    let y = dctYmd.y;
    if (day === undefined) {
      // a month: the article's own month is this year's; a past month starting after it is last
      // year's, a future month ended before it next year's
      if (!m.future && daysFromCivil(y, month, 1) > dctDays) y--;
      else if (m.future && daysFromCivil(y, month, daysInMonth(y, month)) < dctDays) y++;
      return y;
    }
    const cand = daysFromCivil(y, month, day);
    // A past mention after the article date belongs to the previous year; a future one long
    // before it to the next year ("in December" said in January is last December).
    if (!m.future && cand - dctDays > 31) y--;
    else if (m.future && dctDays - cand > 31) y++;
    return y;
  };

  // whether the discourse day was set by a day the text mentioned (not just the article date)
  let discourseFromText = false;
  const setDiscourseDay = (days: number) => {
    discourseFromText = true;
    const c = civilFromDays(days);
    disc.days = days;
    disc.y = c.y;
    disc.m = c.m;
  };

  for (const m of mentions) {
    yearSource = m.explicitYear ? 'text' : undefined;
    let value: string | null = null;
    let type: Timex['type'] = 'DATE';
    let precision: TimePrecision | undefined;
    let days: number | null = null;
    switch (m.kind) {
      case 'date': {
        if (m.y !== undefined && m.explicitYear) {
          // "ruled since 2009, and won a term in January": a bare year behind since/until/from does
          // not frame the sentence's other dates; "in 2019" and full dates do
          const boundary = m.m === undefined && m.signal !== undefined && YEAR_BOUNDARY_SIGNALS.has(m.signal);
          if (!m.bc && !boundary) sentenceYear = { sentence: m.sentence, y: m.y };
        }
        if (m.bc && m.y !== undefined) {
          value = `BC${pad4(m.y)}`;
          if (m.m !== undefined) value += `-${pad2(m.m)}`;
          precision = 'year';
          break;
        }
        if (m.rel && m.m !== undefined) {
          // "last January", "next March", "this May"
          const anchorY = (narrative ? disc.y : dctYmd?.y) ?? null;
          const anchorM = (narrative ? disc.m : dctYmd?.m) ?? null;
          if (anchorY === null || anchorM === null) value = `XXXX-${pad2(m.m)}`;
          else {
            let y = anchorY;
            if (m.rel === 'last' && m.m >= anchorM) y--;
            if (m.rel === 'next' && m.m <= anchorM) y++;
            value = `${pad4(y)}-${pad2(m.m)}`;
          }
          precision = 'month';
          break;
        }
        if (m.d !== undefined && m.m === undefined) {
          // "the 10th": day of the current month
          const y = disc.y;
          const mo = disc.m;
          if (y !== null && mo !== null && isValidDate(y, mo, m.d)) {
            days = daysFromCivil(y, mo, m.d);
            value = formatDays(days);
          } else value = `XXXX-XX-${pad2(m.d)}`;
          precision = 'day';
          break;
        }
        if (m.m !== undefined && m.d !== undefined) {
          const y = m.y ?? yearFor(m, m.m, m.d);
          if (y === null) {
            value = `XXXX-${pad2(m.m)}-${pad2(m.d)}`;
          } else {
            if (!isValidDate(y, m.m, m.d)) continue; // 29 February in a common year: not a day
            days = daysFromCivil(y, m.m, m.d);
            value = formatDays(days);
          }
          precision = 'day';
          break;
        }
        if (m.m !== undefined) {
          const y = m.y ?? yearFor(m, m.m, undefined);
          value = `${y === null ? 'XXXX' : pad4(y)}-${pad2(m.m)}`;
          if (y !== null && (narrative || m.explicitYear)) {
            disc.y = y;
            disc.m = m.m;
            disc.days = null;
          }
          precision = 'month';
          break;
        }
        if (m.y !== undefined) {
          value = pad4(m.y);
          if (narrative && disc.y !== m.y) {
            disc.y = m.y;
            disc.m = null;
            disc.days = null;
          }
          precision = 'year';
        }
        break;
      }
      case 'weekday': {
        const wd = m.wd!;
        const anchor = narrative ? disc.days ?? dctDays : dctDays ?? disc.days;
        if (anchor === null) {
          value = `XXXX-WXX-${wd}`;
        } else {
          const awd = weekdayOfDays(anchor);
          const back = (awd - wd + 7) % 7;
          const fwd = (wd - awd + 7) % 7;
          if (m.rel === 'last') days = anchor - (back === 0 ? 7 : back);
          else if (m.rel === 'next') days = anchor + (fwd === 0 ? 7 : fwd);
          else if (m.rel === 'this') days = anchor - (awd - 1) + (wd - 1);
          else if (m.future || (narrative && disc.days !== null)) days = anchor + fwd;
          else days = anchor - back;
          yearSource = anchor === dctDays && !(narrative && discourseFromText) ? 'dct' : 'discourse';
          value = formatDays(days);
        }
        precision = 'day';
        break;
      }
      case 'relative': {
        const anchorDays = m.anchor === 'dct' ? (narrative ? dctDays ?? disc.days : dctDays) : disc.days ?? dctDays;
        const anchorY = m.anchor === 'dct' ? dctYmd?.y ?? disc.y : disc.y ?? dctYmd?.y ?? null;
        const anchorM = m.anchor === 'dct' ? dctYmd?.m ?? disc.m : disc.m ?? dctYmd?.m ?? null;
        const off = m.offset ?? 0;
        if (anchorY !== null) yearSource = m.anchor === 'dct' && dctDays !== null ? 'dct' : 'discourse';
        switch (m.unit) {
          case 'D':
            if (anchorDays !== null) { days = anchorDays + off; value = formatDays(days); } else value = 'XXXX-XX-XX';
            precision = 'day';
            break;
          case 'W':
            value = anchorDays !== null ? weekString(anchorDays + 7 * off) : 'XXXX-WXX';
            precision = 'week';
            break;
          case 'WE': {
            // "over the weekend" in a report: the weekend just past, unless it is the weekend now or ahead
            let shift = 7 * off;
            if (m.rel === 'last' && anchorDays !== null && !m.future && weekdayOfDays(anchorDays) < 6) shift = -7;
            value = anchorDays !== null ? `${weekString(anchorDays + shift)}-WE` : 'XXXX-WXX-WE';
            precision = 'week';
            break;
          }
          case 'M':
            if (anchorY !== null && anchorM !== null) {
              const ym = addMonths(formatYmd(anchorY, anchorM, 1), off);
              value = ym.slice(0, 7);
            } else value = 'XXXX-XX';
            precision = 'month';
            break;
          case 'Y':
            value = anchorY !== null ? pad4(anchorY + off) : 'XXXX';
            precision = 'year';
            break;
          case 'Q':
            if (anchorY !== null && anchorM !== null) {
              const qi = anchorY * 4 + Math.floor((anchorM - 1) / 3) + off;
              value = `${pad4(Math.floor(qi / 4))}-Q${(qi % 4) + 1}`;
            } else value = 'XXXX-QX';
            precision = 'month';
            break;
          case 'DE':
            value = anchorY !== null ? String(Math.floor((anchorY + 10 * off) / 10)) : 'XXX';
            precision = 'year';
            break;
          case 'CE':
            value = anchorY !== null ? String(Math.floor((anchorY - 1) / 100) + off) : 'XX';
            precision = 'year';
            break;
        }
        // "a week ago", "two weeks later": a day when the anchor is a day (TimeML value of the day)
        if (m.unit === 'W' && m.counted && anchorDays !== null) {
          days = anchorDays + 7 * off;
          value = formatDays(days);
          precision = 'day';
        }
        if (m.part && value && value.length === 10) {
          value += `T${m.part}`;
          type = 'TIME';
        }
        break;
      }
      case 'ref':
        value = m.value ?? null;
        break;
      case 'decade':
        value = m.digits!.startsWith('XX') ? decadeFromContext(m.digits!, disc.y ?? dctYmd?.y ?? null) : m.digits!;
        precision = 'year';
        break;
      case 'century':
        value = m.digits!;
        precision = 'year';
        break;
      case 'season': {
        let y = m.y ?? null;
        if (y === null) {
          const anchorY = narrative ? disc.y : dctYmd?.y ?? disc.y;
          if (anchorY !== null) {
            y = anchorY + (m.rel === 'last' ? -1 : m.rel === 'next' ? 1 : 0);
          }
          if (m.quarter === undefined && m.rel === undefined && !narrative) y = sentenceYear?.sentence === m.sentence ? sentenceYear.y : y;
        }
        if (m.bc && y !== null) value = `BC${pad4(y)}-${m.season}`;
        else {
          const code = m.quarter !== undefined ? `Q${m.quarter}` : m.season!;
          value = `${y === null ? 'XXXX' : pad4(y)}-${code}`;
        }
        if (m.explicitYear && y !== null && narrative) { disc.y = y; disc.m = null; disc.days = null; }
        precision = 'month';
        break;
      }
      case 'time': {
        type = 'TIME';
        precision = 'hour';
        const clock = `T${pad2(m.hh!)}:${pad2(m.mi!)}`;
        const anchor = disc.days ?? dctDays;
        value = (anchor !== null ? formatDays(anchor) : 'XXXX-XX-XX') + clock;
        if (anchor !== null) yearSource = discourseFromText ? 'discourse' : 'dct';
        break;
      }
      case 'partOfDay': {
        type = 'TIME';
        precision = 'day';
        let anchor = m.anchor === 'none' ? null : disc.days ?? dctDays;
        // news: "police detained thousands overnight" is the night leading into the article's day
        if (anchor !== null && m.offset === -1 && !discourseFromText && !m.future && !narrative) anchor--;
        if (anchor !== null) yearSource = discourseFromText ? 'discourse' : 'dct';
        value = (anchor !== null ? formatDays(anchor) : 'XXXX-XX-XX') + `T${m.part}`;
        break;
      }
      case 'duration':
        type = 'DURATION';
        value = m.value ?? null;
        break;
      case 'set':
        type = 'SET';
        value = m.value ?? null;
        break;
    }
    if (value === null) continue;
    if (m.part && m.kind !== 'relative' && m.kind !== 'partOfDay' && days !== null) {
      value = `${formatDays(days)}T${m.part}`;
      type = 'TIME';
    }
    if (days !== null) setDiscourseDay(days);
    const t: TimexDetail = { start: m.start, end: m.end, type, value };
    if (precision) t.precision = precision;
    if (m.mod) t.mod = m.mod;
    if (m.signal) t.signal = m.signal;
    t.sentence = m.sentence;
    if (yearSource !== undefined && !value.startsWith('X') && type !== 'DURATION' && type !== 'SET' && !value.endsWith('_REF')) t.yearSource = yearSource;
    if (m.kind === 'time') {
      const offset = m.zone !== undefined ? ZONE_OFFSETS.get(m.zone) : options.utcOffset;
      if (offset !== undefined) t.utcOffset = offset;
    }
    out.push(t);
    if (days !== null) resolvedDays.set(t, days);
  }
  attachClockDates(out, text, resolvedDays);
  attachIntervals(out, mentions, resolvedDays, text);
  return out;
}

function decadeFromContext(digits: string, y: number | null): string {
  // "the '90s": the century of the context year
  if (y === null) return digits;
  return String(Math.floor(y / 100)) + digits.slice(2);
}

const CLOCK_VALUE = /T(\d\d):(\d\d)$/;
const DAY_VALUE = /^\d{4}-\d\d-\d\d$/;
/** What may stand between a clock time and the day it belongs to: "local time", "(1330 GMT)", "on". */
const CLOCK_TO_DAY_GAP = /^\s*(?:local time\s*)?(?:\([^()]{0,24}\)\s*)?,?\s*(?:on\s+)?$/i;
const RANGE_END_SIGNALS: ReadonlySet<string> = new Set(['to', 'until', 'till', 'through', 'and']);

/**
 * Clock times and days: "at 23:00 local time on Wednesday" takes Wednesday; "6 p.m. Wednesday" is
 * one TIME expression; "(2200 GMT)" inside the parentheses follows the local time it glosses;
 * "from 23:00 to 07:00" ends on the next day.
 */
function attachClockDates(out: TimexDetail[], text: string, resolvedDays: Map<TimexDetail, number>): void {
  const merged = new Set<TimexDetail>();
  for (let k = out.length - 2; k >= 0; k--) {
    const a = out[k];
    if (a.type !== 'TIME' || !CLOCK_VALUE.test(a.value)) continue;
    // the day after it, skipping a parenthesised clock time ("10:30 p.m. (1330 GMT) on Tuesday")
    let j = k + 1;
    if (j + 1 < out.length && out[j].type === 'TIME' && CLOCK_VALUE.test(out[j].value) && text.charCodeAt(out[j].start - 1) === 40) j++;
    const b = out[j];
    if (b.sentence !== a.sentence || b.precision !== 'day' || !DAY_VALUE.test(b.value)) continue;
    const gap = text.slice(a.end, b.start);
    if (gap.length > 48 || !CLOCK_TO_DAY_GAP.test(gap)) continue;
    a.value = b.value + a.value.slice(a.value.indexOf('T'));
    if (j === k + 2) out[k + 1].value = glossDate(a.value, out[k + 1].value);
    if (j === k + 1 && /^\s+$/.test(gap) && b.signal === undefined) {
      // TimeML: "6 p.m. Wednesday" is one expression
      a.end = b.end;
      merged.add(b);
      const day = resolvedDays.get(b);
      if (day !== undefined) resolvedDays.set(a, day);
    }
  }
  if (merged.size) {
    // one pass, not a splice per merge (linear on long inputs)
    let w = 0;
    for (const t of out) if (!merged.has(t)) out[w++] = t;
    out.length = w;
  }
  for (let k = 1; k < out.length; k++) {
    const a = out[k - 1];
    const b = out[k];
    if (a.type !== 'TIME' || b.type !== 'TIME' || a.sentence !== b.sentence || b.signal === undefined || !RANGE_END_SIGNALS.has(b.signal)) continue;
    const ma = CLOCK_VALUE.exec(a.value);
    const mb = CLOCK_VALUE.exec(b.value);
    if (!ma || !mb || a.value.slice(0, 10) !== b.value.slice(0, 10) || !DAY_VALUE.test(a.value.slice(0, 10))) continue;
    if (Number(mb[1]) * 60 + Number(mb[2]) < Number(ma[1]) * 60 + Number(ma[2])) {
      const p = parseIsoDate(a.value.slice(0, 10))!;
      b.value = formatDays(daysFromCivil(p.y, p.m, p.d) + 1) + b.value.slice(10);
    }
  }
}

/** The date of a clock time glossing a local one in another zone (GMT): zones differ by −12…+14 hours. */
function glossDate(local: string, gloss: string): string {
  const ml = CLOCK_VALUE.exec(local);
  const mg = CLOCK_VALUE.exec(gloss);
  if (!ml || !mg) return gloss;
  const p = parseIsoDate(local.slice(0, 10));
  if (!p) return gloss;
  const diff = Number(ml[1]) - Number(mg[1]);
  const shift = diff < -12 ? -1 : diff > 14 ? 1 : 0;
  return formatDays(daysFromCivil(p.y, p.m, p.d) + shift) + gloss.slice(gloss.indexOf('T'));
}

/**
 * Durations next to a known day in the same sentence become intervals (see the file comment
 * for the convention).
 */
function attachIntervals(out: TimexDetail[], mentions: Mention[], resolvedDays: Map<TimexDetail, number>, text: string): void {
  // mentions may contain dropped entries, so map by offsets
  const byStart = new Map<number, Mention>();
  for (const m of mentions) byStart.set(m.start, m);
  for (let k = 0; k < out.length; k++) {
    const t = out[k];
    if (t.type !== 'DURATION') continue;
    const m = byStart.get(t.start);
    if (!m || m.quantity === undefined || !m.unitInfo) continue;
    const u = m.unitInfo;
    if (u.time || (u.days === undefined && u.months === undefined) || !Number.isInteger(m.quantity)) continue;
    // nearest day-precision date in the same sentence
    // look outwards from k within the sentence (bounded, so many durations stay linear)
    // (a day right after "began"/"ended" later in the sentence is what the duration runs from or to)
    let best = -1;
    let bestDist = Infinity;
    for (let j = k + 1; j <= k + NEIGHBOURS && j < out.length && out[j].sentence === t.sentence; j++) {
      if (!resolvedDays.has(out[j])) continue;
      const verb = text.slice(Math.max(t.end, out[j].start - 32), out[j].start);
      if (ENDED_BEFORE.test(verb) || BEGAN_BEFORE.test(verb)) { best = j; bestDist = 0; }
      break;
    }
    for (let step = 1; step <= NEIGHBOURS && bestDist > 0; step++) {
      for (const j of [k - step, k + step]) {
        if (j < 0 || j >= out.length || !resolvedDays.has(out[j]) || out[j].sentence !== t.sentence) continue;
        const dist = out[j].start < t.start ? t.start - out[j].end : out[j].start - t.end;
        if (dist < bestDist) { bestDist = dist; best = j; }
      }
    }
    if (best < 0) continue;
    const dayAnchor = resolvedDays.get(out[best])!;
    const anchorIso = formatDays(dayAnchor);
    const sig = t.signal;
    const dateSig = out[best].signal;
    const span = (startIso: string, n: number): string => {
      if (u.days !== undefined) return formatDays(dayFromIso(startIso) + n * u.days - 1);
      return formatDays(dayFromIso(addMonths(startIso, n * (u.months ?? 0))) - 1);
    };
    const back = (endIso: string, n: number): string => {
      if (u.days !== undefined) return formatDays(dayFromIso(endIso) - n * u.days + 1);
      return formatDays(dayFromIso(addMonths(endIso, -n * (u.months ?? 0))) + 1);
    };
    const n = m.quantity;
    if (sig === 'following' || sig === 'after') {
      // the duration ended just before the anchored day
      if (out[best].start > t.start && dateSig !== 'on' && dateSig !== undefined && dateSig !== 'following') continue;
      const end = formatDays(dayAnchor - 1);
      t.interval = { start: back(end, n), end };
    } else if (dateSig === 'until' || dateSig === 'till' || dateSig === 'to' || dateSig === 'through' || dateSig === 'by') {
      if (out[best].start < t.start) continue;
      t.interval = { start: back(anchorIso, n), end: anchorIso };
    } else if (dateSig === 'from' || dateSig === 'since' || dateSig === 'starting' || dateSig === 'beginning') {
      t.interval = { start: anchorIso, end: span(anchorIso, n) };
    } else if (out[best].start > t.start) {
      // "the week-long unrest ended on Monday" / "a three-day strike began on Monday"
      const verb = text.slice(Math.max(t.end, out[best].start - 32), out[best].start);
      if (ENDED_BEFORE.test(verb)) t.interval = { start: back(anchorIso, n), end: anchorIso };
      else if (BEGAN_BEFORE.test(verb)) t.interval = { start: anchorIso, end: span(anchorIso, n) };
    }
  }
}

const NEIGHBOURS = 6;
/** A verb right before the day that the duration ends or starts on (bounded slice, anchored at the end). */
const ENDED_BEFORE = /\b(?:ended|ends|ending|finished|concluded|was lifted|were lifted)\s+(?:late\s+|early\s+)?(?:on\s+)?(?:late\s+|early\s+)?$/i;
const BEGAN_BEFORE = /\b(?:began|begun|begins|started|starts|erupted|broke out)\s+(?:late\s+|early\s+)?(?:on\s+)?(?:late\s+|early\s+)?$/i;
const YEAR_BOUNDARY_SIGNALS: ReadonlySet<string> = new Set(['since', 'until', 'till', 'from', 'by', 'before', 'after', 'to']);

function dayFromIso(iso: string): number {
  const p = parseIsoDate(iso)!;
  return daysFromCivil(p.y, p.m, p.d);
}
