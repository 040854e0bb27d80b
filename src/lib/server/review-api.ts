/**
 * The editing API served by `npm start` and `npm run dev` (never by a static host):
 *   GET  /api/timeline  the timeline with the current corrections applied (fresh, not the build's copy)
 *   GET  /api/review    the review file
 *   POST /api/review    {"eventId", "correction"}: saves one correction atomically ("correction": null removes it)
 * A malformed review file is reported (HTTP 409) and never overwritten.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { applyReview, ReviewError, type EventCorrection } from '../extract/review';
import type { Timeline, TimelineEvent } from '../extract/types';
import { readReviewFile, reviewPathFor, saveCorrection } from './review';

export interface ReviewApiOptions {
  seedsDir: string;
  /** The pipeline's output before corrections (written by scripts/build-timeline.ts). */
  rawTimelinePath: string;
  /** Where corrections are kept; seeds/review.json unless set (tests use a scratch file). */
  reviewPath?: string;
}

const MAX_BODY = 64 * 1024;

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new ReviewError('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function rawTimeline(path: string): Timeline {
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run timeline`);
  return JSON.parse(readFileSync(path, 'utf8')) as Timeline;
}

/** Returns true when it answered the request. */
export async function handleReviewApi(req: IncomingMessage, res: ServerResponse, options: ReviewApiOptions): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname !== '/api/review' && url.pathname !== '/api/timeline') return false;
  const reviewPath = options.reviewPath ?? reviewPathFor(options.seedsDir);
  try {
    if (url.pathname === '/api/timeline' && req.method === 'GET') {
      send(res, 200, applyReview(rawTimeline(options.rawTimelinePath), readReviewFile(reviewPath)));
    } else if (url.pathname === '/api/review' && req.method === 'GET') {
      send(res, 200, readReviewFile(reviewPath));
    } else if (url.pathname === '/api/review' && req.method === 'POST') {
      // Same-origin only: the editing page posts JSON; other sites cannot send this content type without CORS.
      if (!/^application\/json\b/.test(req.headers['content-type'] ?? '')) return send(res, 415, { error: 'send application/json' }), true;
      let body: { eventId?: unknown; correction?: unknown };
      try {
        body = JSON.parse(await readBody(req));
      } catch {
        return send(res, 400, { error: 'the body is not valid JSON' }), true;
      }
      const timeline = rawTimeline(options.rawTimelinePath);
      const event: TimelineEvent | undefined = timeline.events.find((e) => e.id === body.eventId);
      if (!event) return send(res, 404, { error: `no event with id ${JSON.stringify(body.eventId)}` }), true;
      const review = saveCorrection(reviewPath, event, body.correction === null ? null : (body.correction as EventCorrection));
      send(res, 200, { review, timeline: applyReview(timeline, review) });
    } else {
      send(res, 405, { error: `${req.method} is not allowed here` });
    }
  } catch (error) {
    const malformed = error instanceof ReviewError;
    send(res, malformed ? (String((error as Error).message).includes(reviewPath) ? 409 : 400) : 500, { error: (error as Error).message });
  }
  return true;
}
