/**
 * The review file on disk (seeds/review.json). Reading never changes it; a malformed file is
 * reported and left exactly as it is; saving writes a temporary file and renames it over the old
 * one, so a crash mid-write cannot leave half a file.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { emptyReview, parseReview, ReviewError, withCorrection, withoutCorrection, type EventCorrection, type ReviewFile } from '../extract/review';
import type { TimelineEvent } from '../extract/types';

export function reviewPathFor(seedsDir: string): string {
  return join(seedsDir, 'review.json');
}

export function readReviewFile(path: string): ReviewFile {
  if (!existsSync(path)) return emptyReview();
  const text = readFileSync(path, 'utf8');
  try {
    return parseReview(text);
  } catch (error) {
    throw new ReviewError(`${path}: ${(error as Error).message}`);
  }
}

export function writeReviewFile(path: string, review: ReviewFile): void {
  const temporary = join(dirname(path), `.review.json.${process.pid}.${Date.now()}.tmp`);
  writeFileSync(temporary, `${JSON.stringify(review, null, 2)}\n`);
  renameSync(temporary, path);
}

/**
 * Adds or replaces one event's correction (null removes it); refuses, and keeps the file, when the
 * file on disk is malformed.
 */
export function saveCorrection(path: string, event: TimelineEvent, correction: EventCorrection | null): ReviewFile {
  const current = readReviewFile(path);
  const next = correction === null ? withoutCorrection(current, event.id) : withCorrection(current, event, correction);
  writeReviewFile(path, next);
  return next;
}
