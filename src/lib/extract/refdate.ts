/**
 * Reference date of an article when front matter gives none: a dateline at the start of the body,
 * else what the text itself pins down. `today` is passed in (the pipeline never reads the clock).
 *
 * Inference: full dates give the year; otherwise weekday/date agreement does ("Monday" … "January 10"
 * in one sentence holds only in years where 10 January is a Monday). Among the agreeing years the
 * latest whose dates are not after `today` wins; the reference date is then the latest date the text
 * mentions (an article is written on or after the last day it reports).
 */
import { daysFromCivil, formatDays, isValidDate, parseIsoDate, weekdayOfDays } from './calendar.ts';
import { scanMentions, type Mention } from './timex-scan.ts';

export interface ReferenceDate {
  date: string | null;
  source: 'dateline' | 'inferred' | null;
  reason: string;
}

const DATELINE_LINES = 3;
const DATELINE_PREFIX_MAX = 60;
/** What may stand before a dateline's date: "ALMATY, ", "Published: ", "Updated on ", "By Jane Doe | ". */
function plausibleDatelinePrefix(prefix: string): boolean {
  if (prefix.length > DATELINE_PREFIX_MAX) return false;
  const trimmed = prefix.trim();
  if (trimmed === '') return true;
  if (!/[,:\-–—|(]$/.test(trimmed) && !/\b(?:on|updated|published|posted|dated)$/i.test(trimmed)) return false;
  // letters, spaces and a few separators only; bounded length keeps this linear
  return /^[\p{L}\p{M} .,'’()/|:–—-]{1,60}$/u.test(trimmed);
}
/** What may follow it: line end, "(Reuters) -", " - ", a clock time, "|". */
function plausibleDatelineSuffix(suffix: string): boolean {
  const s = suffix.trimStart();
  if (s === '') return true;
  return /^(?:\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\s*)?(?:[A-Z]{2,5}\s*)?(?:\([^)\n]{1,40}\)\s*)?(?:[-–—|:/]|$)/.test(s.slice(0, 80));
}

export function inferReferenceDate(text: string, today: string): ReferenceDate {
  const todayYmd = parseIsoDate(today);
  const todayDays = todayYmd ? daysFromCivil(todayYmd.y, todayYmd.m, todayYmd.d) : Infinity;
  const { mentions } = scanMentions(text);

  // 1. Dateline: a day-precision date near the start of one of the first lines.
  const dateline = findDateline(text, mentions);
  if (dateline) {
    if (dateline.y !== undefined) {
      if (isValidDate(dateline.y, dateline.m!, dateline.d!)) {
        return { date: formatDays(daysFromCivil(dateline.y, dateline.m!, dateline.d!)), source: 'dateline', reason: 'dateline with a full date' };
      }
    } else {
      const y = chooseYear(mentions, todayDays, [dateline]);
      if (y !== null && isValidDate(y.year, dateline.m!, dateline.d!)) {
        return { date: formatDays(daysFromCivil(y.year, dateline.m!, dateline.d!)), source: 'dateline', reason: `dateline without a year; year ${y.year} from ${y.why}` };
      }
      if (y === null && todayYmd) {
        // nothing else fixes the year: the most recent such day not after today
        let year = todayYmd.y;
        while (year > todayYmd.y - 8 && (!isValidDate(year, dateline.m!, dateline.d!) || daysFromCivil(year, dateline.m!, dateline.d!) > todayDays)) year--;
        if (isValidDate(year, dateline.m!, dateline.d!)) {
          return { date: formatDays(daysFromCivil(year, dateline.m!, dateline.d!)), source: 'dateline', reason: 'dateline without a year; the latest such day not after today' };
        }
      }
    }
  }

  // 2. Inference from the text.
  const full = mentions.filter((m) => m.kind === 'date' && m.y !== undefined && m.m !== undefined && m.d !== undefined && !m.bc && isValidDate(m.y, m.m, m.d));
  const fullDays = full.map((m) => daysFromCivil(m.y!, m.m!, m.d!)).filter((d) => d <= todayDays);
  const yearless = mentions.filter((m) => m.kind === 'date' && m.y === undefined && m.m !== undefined && m.d !== undefined);
  const choice = chooseYear(mentions, todayDays, yearless);
  const candidates: number[] = [...fullDays];
  if (choice) {
    for (const m of yearless) {
      if (!isValidDate(choice.year, m.m!, m.d!)) continue;
      const days = daysFromCivil(choice.year, m.m!, m.d!);
      if (days <= todayDays) candidates.push(days);
    }
  }
  if (candidates.length === 0) {
    return { date: null, source: null, reason: yearless.length ? 'dates without a year and nothing that fixes the year' : 'no day-precision date in the text' };
  }
  const latest = Math.max(...candidates);
  const why = choice && candidates.length > fullDays.length ? `year ${choice.year} from ${choice.why}` : 'full dates in the text';
  return { date: formatDays(latest), source: 'inferred', reason: `latest date mentioned; ${why}` };
}

function findDateline(text: string, mentions: Mention[]): Mention | null {
  let lineStart = 0;
  let seen = 0;
  while (lineStart < text.length && seen < DATELINE_LINES) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim() !== '') {
      seen++;
      const m = mentions.find((x) => x.start >= lineStart && x.start < lineEnd);
      if (m && m.kind === 'date' && m.m !== undefined && m.d !== undefined && !m.bc &&
        plausibleDatelinePrefix(text.slice(lineStart, m.start)) &&
        plausibleDatelineSuffix(text.slice(m.end, Math.min(lineEnd, m.end + 80)))) return m;
    }
    lineStart = lineEnd + 1;
  }
  return null;
}

/**
 * The year of year-less dates: from a full date or "Month Year" in the text, else from weekday/date
 * agreement within sentences, choosing the latest agreeing year whose dates are not after today.
 */
function chooseYear(mentions: Mention[], todayDays: number, yearless: Mention[]): { year: number; why: string } | null {
  const withYear = mentions.filter((m) => m.kind === 'date' && m.explicitYear && m.y !== undefined && m.m !== undefined && !m.bc);
  if (withYear.length) {
    const y = Math.max(...withYear.map((m) => m.y!));
    return { year: y, why: 'a date with its year in the text' };
  }
  // weekday–date pairs in the same sentence (or a weekday leading the date itself)
  const pairs: Array<{ wd: number; m: number; d: number }> = [];
  const weekdays = mentions.filter((m) => m.kind === 'weekday' && m.rel === undefined);
  for (const dm of yearless) {
    if (dm.wd !== undefined) pairs.push({ wd: dm.wd, m: dm.m!, d: dm.d! });
    for (const w of weekdays) if (w.sentence === dm.sentence) pairs.push({ wd: w.wd!, m: dm.m!, d: dm.d! });
  }
  if (pairs.length === 0) return null;
  const todayYear = Number.isFinite(todayDays) ? Math.floor(todayDays / 365.2425 + 1970) + 1 : 2100;
  let best: { year: number; score: number } | null = null;
  for (let y = todayYear; y >= todayYear - 60; y--) {
    let score = 0;
    let afterToday = false;
    for (const p of pairs) {
      if (!isValidDate(y, p.m, p.d)) continue;
      const days = daysFromCivil(y, p.m, p.d);
      if (weekdayOfDays(days) === p.wd) {
        score++;
        if (days > todayDays) afterToday = true;
      }
    }
    if (afterToday || score === 0) continue;
    if (!best || score > best.score) best = { year: y, score };
  }
  if (!best) return null;
  return { year: best.year, why: `weekday/date agreement (${best.score} of ${pairs.length} weekday–date pairs)` };
}
