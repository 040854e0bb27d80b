/**
 * The shareable part of the view lives in the URL: `?t=YYYY-MM-DD[THH:MM]&event=<id>`.
 * Malformed values are dropped rather than guessed at, so a mangled link still opens the app.
 */
import { formatCalendarTime, hasTimeOfDay, parseCalendarTime } from './dates';
import type { TimeCursor } from './visibility';

export interface UrlViewState {
  cursor?: TimeCursor;
  eventId?: string;
}

/** Event ids are content hashes or slugs; anything else (markup, control characters, essays) is not one. */
const EVENT_ID_PATTERN = /^[\w.:~-]{1,128}$/;

export function parseViewState(search: URLSearchParams | string): UrlViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const state: UrlViewState = {};
  const t = params.get('t')?.trim();
  if (t) {
    const time = parseCalendarTime(t);
    if (time) state.cursor = { time, withTime: hasTimeOfDay(t) };
  }
  const eventId = params.get('event')?.trim();
  if (eventId && EVENT_ID_PATTERN.test(eventId)) state.eventId = eventId;
  return state;
}

/** Writes `t` and `event` into `params` (keeping other parameters such as `autoplay`); returns it. */
export function writeViewState(params: URLSearchParams, state: UrlViewState): URLSearchParams {
  if (state.cursor) params.set('t', formatCalendarTime(state.cursor.time, state.cursor.withTime));
  else params.delete('t');
  if (state.eventId) params.set('event', state.eventId);
  else params.delete('event');
  return params;
}

/** `?t=…&event=…` for a URL, with other parameters of `base` kept. */
export function formatViewState(state: UrlViewState, base: URLSearchParams | string = ''): string {
  const params = writeViewState(new URLSearchParams(base), state);
  const query = params.toString();
  return query ? `?${query}` : '';
}
