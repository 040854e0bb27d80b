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
  const mapped = key
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v');
  return collapseRepeatedLetters(mapped);
}

const LETTER = /^\p{L}$/u;
/** Same as .replace(/(\p{L})\1+/gu, '$1') (a Unicode backreference regex was the slow part), by one scan. */
function collapseRepeatedLetters(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c !== s.charCodeAt(i - 1)) continue;
    const isLetter = c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) : c < 0xd800 || c > 0xdfff ? LETTER.test(s[i]) : false;
    if (!isLetter) continue;
    out += s.slice(from, i);
    while (i + 1 < s.length && s.charCodeAt(i + 1) === c) i++;
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Words that name the kind of an admin-2 unit rather than the unit ("Warren County", "Province of Ilocos Sur", "Kayabe-gun"). */
const ADMIN2_PREFIX = new Set(['province', 'provincia', 'city', 'county', 'district', 'municipality', 'municipio', 'borough', 'of', 'the', 'nomos', 'regierungsbezirk', 'landkreis', 'kreis', 'kabupaten', 'regional', 'royal']);
const ADMIN2_SUFFIX = new Set([
  'county', 'parish', 'borough', 'district', 'districts', 'municipality', 'municipal', 'province', 'prefecture', 'subprefecture',
  'department', 'zone', 'rayon', 'raion', 'rayonu', 'okrug', 'shi', 'gun', 'ku', 'shire', 'regency', 'area', 'census',
  'tumani', 'ilcesi', 'vald', 'pagasts', 'novads', 'diqu', 'zizhizhou', 'stadt', 'kreis', 'landkreis', 'audany', 'audani', 'jaras', 'jarasi', 'kommun', 'kommune', 'sum', 'awraja', 'division', 'council'
]);
/** The distinctive part of a normalised admin-2 name: "warren county" → "warren", "province of ilocos sur" → "ilocos sur". */
export function admin2Core(key: string): string {
  const words = key.split(' ');
  let a = 0, b = words.length;
  while (b - a > 1 && ADMIN2_SUFFIX.has(words[b - 1])) b--;
  while (b - a > 1 && ADMIN2_PREFIX.has(words[a])) a++;
  return a === 0 && b === words.length ? key : words.slice(a, b).join(' ');
}
