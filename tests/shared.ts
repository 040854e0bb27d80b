/**
 * Where the read-only shared material (annotated corpora, scorers) lives: `../shared` beside the
 * checkout, as on the developers' machines and in CI, or CRISIS_SHARED. Tests that need a corpus
 * skip themselves when it is absent (a plain clone elsewhere), and say so.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const sharedDir = resolve(process.env.CRISIS_SHARED ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared'));

export function corpusPath(name: string): string {
  return resolve(sharedDir, 'corpora', name);
}

export function hasCorpus(name: string): boolean {
  return existsSync(corpusPath(name));
}

export function readCorpus<T>(name: string): T[] {
  if (!hasCorpus(name)) return [];
  return readFileSync(corpusPath(name), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as T);
}
