/**
 * Name normalisation shared by the gazetteer build (scripts/build-geodata.mjs keeps an identical copy:
 * a test compares both) and the geoparser. Keys are lowercase, diacritic-free, space-separated tokens.
 */
const LETTER_MAP: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ё: 'е', ə: 'a'
};

/**
 * 0: plain words (letters and digits) joined by single spaces ("New York"): lowercasing is the whole job;
 * 1: other ASCII text; 2: anything else (needs the Unicode path).
 */
function asciiShape(s: string): number {
  let shape = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) continue;
    if (c > 127) return 2;
    // a single inner space keeps the plain shape; anything else needs the separator rules
    if (c !== 32 || k === 0 || k === s.length - 1 || s.charCodeAt(k - 1) === 32) shape = 1;
  }
  return shape;
}

export function normalizeName(s: string): string {
  // fast paths for ASCII (most names and English text), same result as the general one: for ASCII
  // NFD, the diacritic strip and the letter map change nothing, and \p{L}\p{N} is [a-z0-9]
  const shape = asciiShape(s);
  if (shape === 0) return s.toLowerCase();
  if (shape === 1) return s.toLowerCase().replace(/['`]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  let out = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  out = out.replace(/[ßæœøłđðþıħŧёə]/g, (c) => LETTER_MAP[c]);
  // apostrophes join (d'Ivoire → divoire, Oblast' → oblast); any other non-alphanumeric separates
  out = out.replace(/['’‘`ʻʼ]/g, '');
  out = out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return out;
}

/**
 * Loose transliteration key: Zhanaozen ~ Janaozen, Aqtau ~ Aktau, Kyzyl ~ Kizil, Ghazni ~ Gazni, and the Arabic
 * article however it is written before a word: Deir al-Balah ~ Deir el-Balah, Deir ez-Zor ~ Deir al-Zor; St. Marc ~ Saint-Marc.
 */
const LOOSE_TRIGGER = /[hjqyw]/;
/** The Arabic article as news writes it; the loose key reads them all as "al". */
export const ARTICLE_SPELLINGS: ReadonlySet<string> = new Set(['al', 'el', 'ul', 'il', 'ad', 'ed', 'as', 'es', 'ash', 'esh', 'ar', 'er', 'an', 'en', 'az', 'ez', 'at', 'et', 'ath', 'adh']);
const ARABIC_ARTICLE = new RegExp(`(^| )(?:${[...ARTICLE_SPELLINGS].join('|')})(?= )`, 'g');
/** Saint, Sainte, Mount and Fort as the press shortens them: St. Marc ~ Saint-Marc, Mt Isa ~ Mount Isa. */
const ABBREVIATIONS: Record<string, string> = { st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' };
export const ABBREVIATED_WORDS: ReadonlySet<string> = new Set(Object.keys(ABBREVIATIONS));
const ABBREVIATED_WORD = new RegExp(`\\b(?:${[...ABBREVIATED_WORDS].join('|')})\\b(?= )`, 'g');
export function looseKey(key: string): string {
  // every rewrite below needs one of h, j, q, y, w: most keys have none and skip the six passes
  const k = LOOSE_TRIGGER.test(key) ? collapseRepeatedLetters(key
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')) : collapseRepeatedLetters(key);
  return k.includes(' ') ? k.replace(ARABIC_ARTICLE, '$1al').replace(ABBREVIATED_WORD, (w) => ABBREVIATIONS[w]) : k;
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
