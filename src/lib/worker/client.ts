/** The page's side of the extraction worker: one worker, requests answered by id. */
import type { Timeline } from '../extract/types';
import type { ExtractRequest } from './extract.worker';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (t: Timeline) => void; reject: (e: Error) => void }>();

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

export function extractInBrowser(name: string, text: string): Promise<Timeline> {
  if (!worker) {
    worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (message: MessageEvent<{ id: number; timeline?: Timeline; error?: string }>) => {
      const request = pending.get(message.data.id);
      if (!request) return;
      pending.delete(message.data.id);
      if (message.data.timeline) request.resolve(message.data.timeline);
      else request.reject(new Error(message.data.error ?? 'extraction failed'));
    };
    worker.onerror = (event) => {
      for (const request of pending.values()) request.reject(new Error(event.message || 'the extraction worker failed'));
      pending.clear();
      worker?.terminate();
      worker = null;
    };
  }
  const id = nextId++;
  const request: ExtractRequest = { id, name, text, today: localToday(), gazetteerUrl: new URL('/geo/gazetteer-lite.json', location.origin).href };
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker!.postMessage(request);
  });
}
