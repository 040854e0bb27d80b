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
}

/** A Timex with the extra facts the pipeline can use (not part of the CLI contract). */
export interface TimexDetail extends Timex {
  /** TIMEX3 mod: START, END, MID, APPROX, MORE_THAN, LESS_THAN … */
  mod?: string;
  /** The word introducing it: "since", "as of", "until", "from", "to", "on", "following" … */
  signal?: string;
  /** Sentence index (sentences as the scanner splits them). */
  sentence?: number;
}

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
  return resolveMentions(mentions, dct, options);
}

export function resolveMentions(mentions: Mention[], dct: string | null, options: TimexOptions = {}): TimexDetail[] {
  const narrative = options.mode === 'narrative';
  const dctYmd = dct ? parseIsoDate(dct) : null;
  const dctDays = dctYmd ? daysFromCivil(dctYmd.y, dctYmd.m, dctYmd.d) : null;
  const disc: Discourse = { days: dctDays, y: dctYmd?.y ?? null, m: dctYmd?.m ?? null };
  let sentenceYear: { sentence: number; y: number } | null = null;
  const out: TimexDetail[] = [];
  const resolvedDays: Array<number | null> = [];

  const yearFor = (m: Mention, month: number, day: number | undefined): number | null => {
    if (sentenceYear && sentenceYear.sentence === m.sentence) return sentenceYear.y;
    if (narrative || dctDays === null || !dctYmd) return disc.y;
    let y = dctYmd.y;
    const cand = daysFromCivil(y, month, day ?? (m.future ? 1 : daysInMonth(y, month)));
    // A past mention after the article date belongs to the previous year; a future one long
    // before it to the next year ("in December" said in January is last December).
    if (!m.future && cand - dctDays > (day === undefined ? 0 : 31)) y--;
    else if (m.future && dctDays - cand > 31) y++;
    return y;
  };

  const setDiscourseDay = (days: number) => {
    const c = civilFromDays(days);
    disc.days = days;
    disc.y = c.y;
    disc.m = c.m;
  };

  for (const m of mentions) {
    let value: string | null = null;
    let type: Timex['type'] = 'DATE';
    let precision: TimePrecision | undefined;
    let days: number | null = null;
    switch (m.kind) {
      case 'date': {
        if (m.y !== undefined && m.explicitYear) {
          if (!m.bc) sentenceYear = { sentence: m.sentence, y: m.y };
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
        switch (m.unit) {
          case 'D':
            if (anchorDays !== null) { days = anchorDays + off; value = formatDays(days); } else value = 'XXXX-XX-XX';
            precision = 'day';
            break;
          case 'W':
            value = anchorDays !== null ? weekString(anchorDays + 7 * off) : 'XXXX-WXX';
            precision = 'week';
            break;
          case 'WE':
            value = anchorDays !== null ? `${weekString(anchorDays + 7 * off)}-WE` : 'XXXX-WXX-WE';
            precision = 'week';
            break;
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
        break;
      }
      case 'partOfDay': {
        type = 'TIME';
        precision = 'day';
        const anchor = m.anchor === 'none' ? null : disc.days ?? dctDays;
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
    out.push(t);
    resolvedDays.push(days);
  }
  attachClockDates(out);
  attachIntervals(out, mentions, resolvedDays);
  return out;
}

function decadeFromContext(digits: string, y: number | null): string {
  // "the '90s": the century of the context year
  if (y === null) return digits;
  return String(Math.floor(y / 100)) + digits.slice(2);
}

/** "at 23:00 on Wednesday": a clock time takes the day written right after it. */
function attachClockDates(out: TimexDetail[]): void {
  for (let k = 0; k + 1 < out.length; k++) {
    const a = out[k];
    const b = out[k + 1];
    if (a.type !== 'TIME' || !/T\d\d:\d\d$/.test(a.value)) continue;
    if (b.sentence !== a.sentence || b.start - a.end > 4 || b.precision !== 'day' || !/^\d{4}-\d\d-\d\d$/.test(b.value)) continue;
    a.value = b.value + a.value.slice(a.value.indexOf('T'));
  }
}

/**
 * Durations next to a known day in the same sentence become intervals (see the file comment
 * for the convention).
 */
function attachIntervals(out: TimexDetail[], mentions: Mention[], resolvedDays: Array<number | null>): void {
  // `out` and `resolvedDays` are aligned; mentions may contain dropped entries, so map by offsets.
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
    let best = -1;
    let bestDist = Infinity;
    for (let step = 1; step <= NEIGHBOURS; step++) {
      for (const j of [k - step, k + step]) {
        if (j < 0 || j >= out.length || resolvedDays[j] === null || out[j].sentence !== t.sentence) continue;
        const dist = out[j].start < t.start ? t.start - out[j].end : out[j].start - t.end;
        if (dist < bestDist) { bestDist = dist; best = j; }
      }
    }
    if (best < 0) continue;
    const dayAnchor = resolvedDays[best]!;
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
    }
  }
}

const NEIGHBOURS = 6;

function dayFromIso(iso: string): number {
  const p = parseIsoDate(iso)!;
  return daysFromCivil(p.y, p.m, p.d);
}
