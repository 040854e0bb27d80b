import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readGeoDataFiles } from '../server/geodata';
import { createGeoIndex, createGeoIndexFromBundle } from './geo-index';
import { geoparse } from './geoparse';
import { inGeometry } from '../extract/events';

const seed = fs.readFileSync(new URL('../../../seeds/000_f9deb4eb91de4261.txt', import.meta.url), 'utf8');

describe('gazetteer index', () => {
  const index = createGeoIndex(readGeoDataFiles());

  it('finds names by binary search over the build-time line offsets, biggest town first', () => {
    const moscows = index.lookupPlaces('moscow');
    expect(moscows.length).toBeGreaterThan(3);
    expect(moscows[0]).toMatchObject({ cc: 'RU', fcode: 'PPLC' });
    for (let k = 1; k < moscows.length; k++) expect(moscows[k].population).toBeLessThanOrEqual(moscows[k - 1].population);
    expect(index.hasPlace('almaty')).toBe(true);
    expect(index.hasPlace('almatyx')).toBe(false);
    expect(index.hasPlacePrefix('rio de')).toBe(true);
    // first and last keys of the sorted file are reachable (offsets line up with the decoded text)
    expect(index.lookupPlaces('zzzzzz')).toEqual([]);
    expect(index.lookupPlaces('')).toEqual([]);
  });

  it('puts a country\'s point inside its mainland, and an archipelago\'s among its islands, not on its biggest one', () => {
    const us = index.countries.get('US')!;
    expect(us.lat).toBeGreaterThan(35); // the lower 48, not pulled towards Alaska or Hawaii
    expect(us.lat).toBeLessThan(45);
    expect(us.lon).toBeGreaterThan(-105);
    const nz = index.countries.get('NZ')!; // between the North and South Islands, not inland on the South Island
    expect(nz.lat).toBeGreaterThan(-42.5);
    expect(nz.lat).toBeLessThan(-40.5);
    const ph = index.countries.get('PH')!; // between Luzon and Mindanao
    expect(ph.lat).toBeGreaterThan(9);
    expect(ph.lat).toBeLessThan(14);
  });

  it('puts a country where two published conventions agree rather than at our own centroid', () => {
    // the Factbook and GeoNames both put China at 35N 105E; its area centroid is ~2 degrees off
    expect(index.countries.get('CN')).toMatchObject({ lat: 35, lon: 105 });
    // whichever convention wins, a continental country's marker stays on its land
    for (const cc of ['US', 'CA', 'RU', 'BR', 'AU', 'IN', 'KZ', 'SD', 'NG', 'DZ', 'CD', 'AR', 'MX', 'EG', 'ZA', 'FR', 'DE', 'CL', 'NO', 'VN']) {
      const c = index.countries.get(cc)!;
      expect(inGeometry(c.lon, c.lat, index.geometry('country:' + cc)!), cc).toBe(true);
    }
  });

  it('gives every unit an ISO country: Somaliland is in Somalia, Akrotiri under the UK, Baikonur in Kazakhstan', () => {
    for (const c of index.countries.values()) expect(c.cc).toMatch(/^[A-Z]{2}$/);
    const text = 'Fighting broke out in Somaliland while Northern Cyprus stayed calm; the rocket lifted off from Baikonur.';
    const found = geoparse(text, index);
    expect(found.find((m) => m.surface === 'Somaliland')?.place.country).toBe('SO');
    expect(found.find((m) => m.surface === 'Northern Cyprus')?.place.country).toBe('CY');
    expect(found.find((m) => m.surface === 'Baikonur')?.place.country).toBe('KZ');
    // the leased cosmodrome is part of Kazakhstan's outline, not a hole in it
    expect(inGeometry(63.3, 45.9, index.geometry('country:KZ')!)).toBe(true);
  });

  it('knows countries by their English, native and Cyrillic names, not by other languages\' Latin names that are cities', () => {
    const found = geoparse('Protests in Qazaqstan, Türkiye, Côte d\'Ivoire, Czechia and Deutschland; Казахстан.', index);
    expect(found.map((m) => m.place.country)).toEqual(['KZ', 'TR', 'CI', 'CZ', 'DE', 'KZ']);
    // an alternate spelling that is an English word is the word ("Island" for Iceland); English names stay
    expect(geoparse('Kangaroo Island in South Australia was ablaze; flights to Turkey and Chad resumed.', index).map((m) => m.surface))
      .toEqual(['South Australia', 'Turkey', 'Chad']);
    // Croatian "Tunis" is Tunisia, but in English Tunis is the capital (WikToR)
    const tunis = geoparse('Tunis is both the capital and the largest city of Tunisia.', index)[0];
    expect(tunis.place).toMatchObject({ kind: 'city', country: 'TN' });
  });

  it('knows a state named in two parts by its first part, as news writes it ("Bosnia"), but not a territory\'s ("Turks")', () => {
    expect(index.named.get('bosnia')?.map((e) => e.type)).toContain('country');
    expect(index.named.get('antigua')?.map((e) => e.type)).toContain('country');
    expect(index.named.get('turks')?.some((e) => e.type === 'country')).toBeFalsy();
    const found = geoparse('Refugees from Bosnia reached Sarajevo.', index);
    expect(found[0].place).toMatchObject({ id: 'country:BA' });
  });

  it('does not read a foreign-language unit name as a country: "Somalia" stays Somalia (WikToR)', () => {
    const text = 'Dolo is a town in southeastern Ethiopia, within 30 kilometers of the Ethiopia-Somalia border. Located in the Liben Zone of the Somali Region, this town has a latitude and longitude of 04°10′N 42°04′E.';
    const dolo = geoparse(text, index).find((m) => m.surface === 'Dolo')!;
    expect(dolo.place.lat).toBeCloseTo(4.167, 2);
    expect(dolo.place.lon).toBeCloseTo(42.067, 2);
  });

  it('knows the islands, regions and straits crisis news names that no dataset here has', () => {
    const found = geoparse('Typhoon Rai crossed Bohol and Negros; the Visayas bore the brunt. Fighting in Nagorno-Karabakh; tankers in the Strait of Hormuz; floods on Sulawesi.', index);
    expect(found.map((m) => m.surface)).toEqual(['Bohol', 'Negros', 'Visayas', 'Nagorno-Karabakh', 'Strait of Hormuz', 'Sulawesi']);
    expect(found.find((m) => m.surface === 'Visayas')?.place.country).toBe('PH');
    // rivers and ranges of flood and quake news
    const rivers = geoparse('The Brahmaputra rose above the danger mark at Guwahati. The quake struck the High Atlas. Floods along the Niger River.', index);
    expect(rivers.filter((m) => m.place.kind !== 'city').map((m) => m.place.id)).toEqual(['feature:brahmaputra', 'feature:atlas-mountains', 'feature:niger-river']);
  });

  it('knows first-level divisions that Natural Earth splits into provinces, as one area holding its towns', () => {
    const found = geoparse('Hospitals in Lombardy and Andalucía were overwhelmed. Protests in Catalonia, Sicily and Normandy; a typhoon hit Central Luzon.', index);
    const byName = new Map(found.map((m) => [m.surface, m.place]));
    expect([...byName.keys()]).toEqual(['Lombardy', 'Andalucía', 'Catalonia', 'Sicily', 'Normandy', 'Central Luzon']);
    for (const [surface, cc] of [['Lombardy', 'IT'], ['Andalucía', 'ES'], ['Catalonia', 'ES'], ['Sicily', 'IT'], ['Normandy', 'FR'], ['Central Luzon', 'PH']]) {
      expect(byName.get(surface)).toMatchObject({ kind: 'admin1', country: cc });
      expect(byName.get(surface)!.geometry?.type).toMatch(/Polygon/);
    }
    // …also by its local name, which Natural Earth gives each of its provinces
    expect(geoparse('Puglia and Lombardia recorded record temperatures.', index).map((m) => m.place.id)).toEqual(['adm1:IT.13', 'adm1:IT.09']);
    // the whole division, not one of its provinces: Barcelona and Girona are both inside Catalonia's outline
    const catalonia = byName.get('Catalonia')!;
    expect(inGeometry(2.17, 41.39, catalonia.geometry!)).toBe(true);
    expect(inGeometry(2.82, 41.98, catalonia.geometry!)).toBe(true);
    // a town written with its division is the division's town ("Sitges, Catalonia"), and the city keeps its name
    const sitges = geoparse('Sitges, Catalonia, cancelled its festival. He flew from Valencia to Madrid.', index);
    expect(sitges.find((m) => m.surface === 'Sitges')?.place.country).toBe('ES');
    expect(sitges.find((m) => m.surface === 'Valencia')?.place).toMatchObject({ kind: 'city', country: 'ES' });
  });

  it('knows divisions newer or finer than Natural Earth\'s units, at their towns (DRC provinces, Kenyan counties, Kazakh regions)', () => {
    const text = 'In Ituri province, militia attacks killed 40 people. Drought hit Turkana County in northern Kenya. Fires burned in the Abai region of Kazakhstan.';
    const found = geoparse(text, index);
    const place = (surface: string) => found.find((m) => m.surface === surface)?.place;
    expect(place('Ituri')).toMatchObject({ kind: 'admin1', country: 'CD' });
    // Bunia, its capital, not the old Orientale province's middle 300 km west
    expect(Math.abs(place('Ituri')!.lon - 30.25)).toBeLessThan(1);
    expect(place('Turkana County')).toMatchObject({ kind: 'admin1', country: 'KE' });
    expect(place('Turkana County')!.lat).toBeGreaterThan(2.5);
    expect(place('Abai')).toMatchObject({ kind: 'admin1', country: 'KZ' });
    expect(place('Abai')!.lon).toBeGreaterThan(76);
  });

  it('keeps each unit\'s mean town point inside its box, across the antimeridian too (Chukotka)', () => {
    const units = [...index.admin1ById.values()].filter((u) => u.townLat !== undefined && !u.members);
    expect(units.length).toBeGreaterThan(3000);
    // (within 2°: islands that the outlines leave out still count for their unit)
    const outside = units.filter((u) => u.townLat! < u.bbox[1] - 2 || u.townLat! > u.bbox[3] + 2 || (u.bbox[2] - u.bbox[0] < 180 && (u.townLon! < u.bbox[0] - 2 || u.townLon! > u.bbox[2] + 2)));
    expect(outside.map((u) => u.code)).toEqual([]);
    expect(Math.abs(index.admin1ById.get('adm1:RU-CHU')!.townLon!)).toBeGreaterThan(160);
  });

  it('puts a town in the unit whose outline holds it when the unit codes have moved on (WikToR, Philippines)', () => {
    const text = 'Santa María, officially known as the Municipality of Santa Maria, is a first class highly urban municipality in the province of Bulacan, Philippines.';
    const santaMaria = geoparse(text, index).find((m) => m.surface === 'Santa María')!;
    expect(santaMaria.place.lat).toBeCloseTo(14.82, 1);
    expect(santaMaria.place.lon).toBeCloseTo(120.96, 1);
  });

  it('knows the named lakes of Natural Earth under their English names (GeoVirus)', () => {
    const text = 'On Saturday local villagers claimed a meteorite slammed into a field outside of Carancas, near Lake Titicaca in the Puno region of Peru on the border of Bolivia.';
    const titicaca = geoparse(text, index).find((m) => m.surface === 'Lake Titicaca')!;
    expect(titicaca.place).toMatchObject({ kind: 'water' });
    expect(titicaca.place.lat).toBeCloseTo(-15.9, 0);
    expect(titicaca.place.lon).toBeCloseTo(-69.4, 0);
    // a lake name that is also a town's stays the town's: the lake list yields to the gazetteer
    expect(index.hasPlace('grand lake')).toBe(true);
    expect(index.named.has('grand lake')).toBe(false);
  });

  it('names the county of a town and finds counties by their distinctive name, at their towns', () => {
    const bowlingGreen = index.lookupPlaces('bowling green').find((p) => p.admin1 === 'US-KY')!;
    expect(index.admin2(bowlingGreen.admin2)).toMatchObject({ name: 'Warren County', cc: 'US', admin1: 'US-KY' });
    const warren = index.lookupAdmin2('warren').find((u) => u.admin1 === 'US-KY')!;
    expect(warren.id).toBe(bowlingGreen.admin2);
    // the county point is where its towns are: Bowling Green is its seat
    expect(Math.abs(warren.lat - bowlingGreen.lat) + Math.abs(warren.lon - bowlingGreen.lon)).toBeLessThan(0.6);
    expect(index.lookupAdmin2('ilocos sur')[0]).toMatchObject({ cc: 'PH' });
    expect(index.lookupAdmin2('no such county')).toEqual([]);
  });

  it('reads a town from the binary columns exactly as places.tsv writes it (name, codes, point, population)', () => {
    const files = readGeoDataFiles();
    expect(files.placesBin).toBeDefined();
    const text = new TextDecoder().decode(files.places as Uint8Array).split('\n');
    for (const row of [0, 1234, 98765, text.length - 2]) {
      const c = text[row].split('\t');
      expect(index.place(row)).toMatchObject({ geonameId: +c[0], name: c[1], fcode: c[2], cc: c[3], admin1: c[4], population: +c[5], lat: +c[6], lon: +c[7] });
    }
    // the same index over the text form (what the browser bundle gives) agrees
    const fromText = createGeoIndex({ ...files, places: text.join('\n'), placesIdx: undefined, placesBin: undefined, namesRows: undefined, namesBloom: undefined });
    expect(fromText.lookupPlaces('almaty')[0]).toMatchObject({ geonameId: 1526384, name: 'Almaty', lat: index.lookupPlaces('almaty')[0].lat });
  });

  it('finds transliteration variants under the loose key (Janaozen ~ Zhanaozen)', () => {
    expect(index.lookupLoose('janaozen').map((p) => p.geonameId)).toContain(607610);
  });

  it('returns the dissolved geometry of an area and nothing for a town', () => {
    expect(index.geometry('country:KZ')?.type).toMatch(/Polygon/);
    expect(index.geometry('region:KZ:west')?.type).toMatch(/Polygon/);
    expect(index.geometry('gn:1526384')).toBeUndefined();
  });
});

describe('browser variant (static/geo/gazetteer-lite.json)', () => {
  const file = new URL('../../../static/geo/gazetteer-lite.json', import.meta.url);
  it.skipIf(!fs.existsSync(file))('resolves the seed article\'s places like the full index, without geometry', () => {
    const text = fs.readFileSync(file, 'utf8');
    expect(text.length).toBeLessThan(8_000_000);
    const lite = createGeoIndexFromBundle(text);
    const ms = geoparse(seed, lite);
    expect(ms.find((m) => m.surface === 'Almaty')?.place).toMatchObject({ id: 'gn:1526384', country: 'KZ' });
    expect(ms.find((m) => m.surface === 'Kazakhstan')?.place).toMatchObject({ id: 'country:KZ' });
    expect(ms.find((m) => m.surface === 'Kazakhstan')?.place.geometry).toBeUndefined();
  });
});
