/**
 * Name normalisation shared by the gazetteer build (scripts/build-geodata.mjs keeps an identical copy:
 * a test compares both) and the geoparser. Keys are lowercase, diacritic-free, space-separated tokens.
 */
const LETTER_MAP: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ё: 'е', ə: 'a'
};

const PLAIN_ASCII = /^[A-Za-z0-9]*$/;

export function normalizeName(s: string): string {
  // fast path for the common case (a plain ASCII word), same result as the general one
  if (PLAIN_ASCII.test(s)) return s.toLowerCase();
  let out = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  out = out.replace(/[ßæœøłđðþıħŧёə]/g, (c) => LETTER_MAP[c]);
  // apostrophes join (d'Ivoire → divoire, Oblast' → oblast); any other non-alphanumeric separates
  out = out.replace(/['’‘`ʻʼ]/g, '');
  out = out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return out;
}

/** Loose transliteration key: Zhanaozen ~ Janaozen, Aqtau ~ Aktau, Kyzyl ~ Kizil, Ghazni ~ Gazni. */
export function looseKey(key: string): string {
  return key
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(\p{L})\1+/gu, '$1');
}
