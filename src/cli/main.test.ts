/** The command line as other tools call it (docs/interfaces.md §1): formats, offsets, exit codes. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const seed = 'seeds/000_f9deb4eb91de4261.txt';
const cli = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['bin/crisis-timeline.mjs', ...args], { encoding: 'utf8', input, maxBuffer: 64 << 20 });

describe('crisis-timeline extract', () => {
  it('prints Timeline JSON for a folder and exits 0', () => {
    const run = cli(['extract', 'seeds', '--today', '2026-11-25']);
    expect(run.status, run.stderr).toBe(0);
    const timeline = JSON.parse(run.stdout);
    expect(timeline.schemaVersion).toBe(1);
    expect(timeline.events.length).toBeGreaterThan(5);
    expect(timeline.problems).toEqual([]);
  });

  it('exits 3 and names the broken file, while the good one is still in the output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-cli-'));
    copyFileSync(seed, join(dir, 'good.txt'));
    writeFileSync(join(dir, 'bad.md'), '---\ntitle: x\n');
    writeFileSync(join(dir, 'junk.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff]));
    const run = cli(['extract', dir, '--today', '2026-11-25']);
    expect(run.status).toBe(3);
    const timeline = JSON.parse(run.stdout);
    expect(timeline.documents.map((d: { path: string }) => d.path.split('/').pop())).toEqual(['good.txt']);
    expect(timeline.problems).toHaveLength(2);
    expect(run.stderr).toMatch(/bad\.md: front matter/);
    expect(run.stderr).toMatch(/junk\.txt: binary data/);
  });

  it('writes GeoJSON and CSV, and honours --reference-date', () => {
    const geojson = JSON.parse(cli(['extract', seed, '--format', 'geojson', '--today', '2026-11-25']).stdout);
    expect(geojson.type).toBe('FeatureCollection');
    const area = geojson.features.find((f: { properties: { placeKind: string } }) => f.properties.placeKind === 'region');
    expect(area.geometry.type).toMatch(/Polygon/);
    const csv = cli(['extract', seed, '--format', 'csv', '--today', '2026-11-25']).stdout;
    expect(csv.split('\r\n')[0]).toMatch(/^id,start,end,time_precision,category,title,place/);
    expect(csv).toContain('7939');
    const shifted = JSON.parse(cli(['extract', seed, '--reference-date', '2022-01-11', '--today', '2026-11-25']).stdout);
    expect(shifted.documents[0]).toMatchObject({ referenceDate: '2022-01-11', referenceDateSource: 'option' });
  });

  it('exits 2 with a message on usage errors', () => {
    expect(cli([]).status).toBe(2);
    const bad = cli(['extract', seed, '--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/unknown --format xml/);
    expect(cli(['frobnicate']).status).toBe(2);
    expect(cli(['extract', seed, '--reference-date', '2022-02-30']).status).toBe(2);
  });
});

describe('crisis-timeline geoparse and timex', () => {
  const text = readFileSync(seed, 'utf8');
  const input = [JSON.stringify({ id: 'seed', text }), 'not json', JSON.stringify({ id: 'empty', text: '' })].join('\n') + '\n';

  it('geoparse prints one line per input line with offsets that slice to the surface, and an error line for bad input', () => {
    const run = cli(['geoparse', '--jsonl', '-'], input);
    expect(run.status).toBe(3);
    const lines = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0].id).toBe('seed');
    for (const t of lines[0].toponyms) expect(text.slice(t.start, t.end)).toBe(t.surface);
    expect(lines[0].toponyms.find((t: { surface: string }) => t.surface === 'Almaty')).toMatchObject({ kind: 'city', country: 'KZ' });
    expect(lines[1].error).toMatch(/line 2: not valid JSON/);
    expect(lines[2]).toEqual({ id: 'empty', toponyms: [] });
  });

  it('timex prints TIMEX3 values anchored on dct', () => {
    const run = cli(['timex', '--jsonl', '-'], JSON.stringify({ id: 'seed', text, dct: '2022-01-10' }) + '\n');
    expect(run.status).toBe(0);
    const [line] = run.stdout.trim().split('\n').map((l) => JSON.parse(l));
    const values = line.timexes.map((t: { start: number; end: number; value: string }) => `${text.slice(t.start, t.end)}=${t.value}`);
    expect(values).toContain('January 2=2022-01-02');
    expect(values).toContain('last week=2022-W01');
    expect(values).toContain('Monday=2022-01-10');
  });
});

describe('crisis-timeline extract with review.json', () => {
  it("applies the editor's corrections found beside the articles, and reports a malformed file with exit 3", () => {
    const dir = mkdtempSync(join(tmpdir(), 'ct-review-cli-'));
    copyFileSync(seed, join(dir, 'seed.txt'));
    const first = JSON.parse(cli(['extract', dir, '--today', '2026-11-25']).stdout);
    const target = first.events[0];
    writeFileSync(join(dir, 'review.json'), JSON.stringify({ version: 1, corrections: { [target.id]: { title: 'Corrected by an editor' } } }));
    const reviewed = cli(['extract', dir, '--today', '2026-11-25']);
    expect(reviewed.status).toBe(0);
    expect(JSON.parse(reviewed.stdout).events.find((e: { id: string }) => e.id === target.id).title).toBe('Corrected by an editor');
    expect(JSON.parse(cli(['extract', dir, '--no-review', '--today', '2026-11-25']).stdout).events[0].title).toBe(target.title);
    writeFileSync(join(dir, 'review.json'), '{"version":1,');
    const broken = cli(['extract', dir, '--today', '2026-11-25']);
    expect(broken.status).toBe(3);
    expect(broken.stderr).toMatch(/review\.json: review file is not valid JSON/);
    expect(JSON.parse(broken.stdout).events[0].title).toBe(target.title);
    expect(readFileSync(join(dir, 'review.json'), 'utf8')).toBe('{"version":1,');
  });
});
