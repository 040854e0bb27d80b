/** The review file on disk and the editing API: atomic saves, malformed files never overwritten. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTimeline } from '../extract/pipeline';
import type { Timeline } from '../extract/types';
import { loadGeoparser } from './pipeline-node';
import { readReviewFile, saveCorrection } from './review';
import { handleReviewApi } from './review-api';

const seedText = readFileSync('seeds/000_f9deb4eb91de4261.txt', 'utf8');
let timeline: Timeline;
let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  timeline = buildTimeline([{ path: 'seeds/a.txt', text: seedText }], loadGeoparser(), { today: '2026-11-25' });
  dir = mkdtempSync(join(tmpdir(), 'ct-review-'));
  writeFileSync(join(dir, 'timeline.raw.json'), JSON.stringify(timeline));
  server = createServer(async (req, res) => {
    if (!(await handleReviewApi(req, res, { seedsDir: dir, rawTimelinePath: join(dir, 'timeline.raw.json') }))) res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const post = (body: unknown) =>
  fetch(`${base}/api/review`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('the editing API', () => {
  it('saves a correction to review.json and answers with the corrected timeline', async () => {
    const event = timeline.events.find((e) => /7,939/.test(e.title))!;
    const response = await post({ eventId: event.id, correction: { title: 'Nearly 8,000 detained' } });
    expect(response.status).toBe(200);
    const body = (await response.json()) as { timeline: Timeline };
    expect(body.timeline.events.find((e) => e.id === event.id)!.title).toBe('Nearly 8,000 detained');
    expect(readReviewFile(join(dir, 'review.json')).corrections[event.id].title).toBe('Nearly 8,000 detained');
    const fresh = (await (await fetch(`${base}/api/timeline`)).json()) as Timeline;
    expect(fresh.events.find((e) => e.id === event.id)!.title).toBe('Nearly 8,000 detained');
    // null takes the correction back.
    const undone = await post({ eventId: event.id, correction: null });
    expect(((await undone.json()) as { timeline: Timeline }).timeline.events.find((e) => e.id === event.id)!.title).toBe(event.title);
    expect(readReviewFile(join(dir, 'review.json')).corrections[event.id]).toBeUndefined();
    await post({ eventId: event.id, correction: { title: 'Nearly 8,000 detained' } });
    // No temporary file is left behind by the atomic write.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('rejects bad corrections, unknown events and non-JSON requests without touching the file', async () => {
    const before = readFileSync(join(dir, 'review.json'), 'utf8');
    const event = timeline.events[0];
    expect((await post({ eventId: event.id, correction: { start: 'yesterday' } })).status).toBe(400);
    expect((await post({ eventId: 'ev-nope', correction: { title: 'x' } })).status).toBe(404);
    const form = await fetch(`${base}/api/review`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: 'x' });
    expect(form.status).toBe(415);
    expect(readFileSync(join(dir, 'review.json'), 'utf8')).toBe(before);
  });

  it('never overwrites a malformed review file, and says why', async () => {
    const broken = '{"version": 1, "corrections": {"ev-1": {"title": "half-written';
    writeFileSync(join(dir, 'review.json'), broken);
    const response = await post({ eventId: timeline.events[0].id, correction: { hidden: true } });
    expect(response.status).toBe(409);
    expect(((await response.json()) as { error: string }).error).toMatch(/review\.json: review file is not valid JSON/);
    expect(readFileSync(join(dir, 'review.json'), 'utf8')).toBe(broken);
    expect(() => saveCorrection(join(dir, 'review.json'), timeline.events[0], { hidden: true })).toThrow(/not valid JSON/);
    expect(readFileSync(join(dir, 'review.json'), 'utf8')).toBe(broken);
  });
});
