// The Timeline JSON the page shows, prerendered from generated/timeline.json (written by `npm run timeline`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

export const prerender = true;

export const GET: RequestHandler = () => {
  let body: string;
  try {
    body = readFileSync(resolve('generated/timeline.json'), 'utf8');
  } catch {
    error(500, 'generated/timeline.json is missing: run `npm run timeline` (part of `npm run build`).');
  }
  return new Response(body, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
