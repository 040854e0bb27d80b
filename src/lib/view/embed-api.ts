/**
 * The embed's side of the postMessage API (docs/interfaces.md §4, docs/embedding.md).
 *
 * A host page sends `{type: "crisis-timeline:setTime" | "select" | "play" | "pause", …}`; the embed
 * answers with `ready`, `timechange`, `select` and `resize`. Anything else that arrives — other
 * libraries' messages, malformed values, messages from frames other than the parent, or from an
 * origin outside the configured allow-list — is ignored without a word, because any page can post
 * anything to a frame.
 */
import { parseCalendarTime } from '$lib/timeline/dates';

export const MESSAGE_PREFIX = 'crisis-timeline:';

export type HostCommand =
  | { type: 'crisis-timeline:setTime'; time: string }
  | { type: 'crisis-timeline:select'; eventId: string | null }
  | { type: 'crisis-timeline:play' }
  | { type: 'crisis-timeline:pause' }
  /** Addition: "are you there?" — answered with `ready`, for host scripts that load after the embed. */
  | { type: 'crisis-timeline:hello' };

export type EmbedNotice =
  /** `time` and `eventId` (the view at start) are additions to the documented message. */
  | { type: 'crisis-timeline:ready'; time?: string; eventId?: string | null }
  | { type: 'crisis-timeline:timechange'; time: string }
  | { type: 'crisis-timeline:select'; eventId: string | null }
  | { type: 'crisis-timeline:resize'; height: number };

/** The same shape as URL event ids (src/lib/timeline/url.ts): no markup, no essays. */
const EVENT_ID_PATTERN = /^[\w.:~-]{1,128}$/;
const TIME_PATTERN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$/;

/** A well-formed host command, or null. Extra fields are allowed (forward compatibility) and dropped. */
export function parseHostCommand(data: unknown): HostCommand | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const message = data as Record<string, unknown>;
  switch (message.type) {
    case 'crisis-timeline:setTime': {
      const time = message.time;
      if (typeof time !== 'string' || !TIME_PATTERN.test(time) || !parseCalendarTime(time)) return null;
      return { type: message.type, time };
    }
    case 'crisis-timeline:select': {
      // null (or an empty string) closes the details; that is an addition to the documented API.
      if (message.eventId === null || message.eventId === '') return { type: message.type, eventId: null };
      const eventId = message.eventId;
      if (typeof eventId !== 'string' || !EVENT_ID_PATTERN.test(eventId)) return null;
      return { type: message.type, eventId };
    }
    case 'crisis-timeline:play':
    case 'crisis-timeline:pause':
    case 'crisis-timeline:hello':
      return { type: message.type };
    default:
      return null;
  }
}

/**
 * Parses the configured allow-list ("https://a.example, https://b.example"). Entries that are not
 * origins are dropped; an empty list means every origin may drive the embed.
 */
export function parseAllowedOrigins(config: string | undefined | null): string[] {
  if (!config) return [];
  const origins = new Set<string>();
  for (const entry of config.split(/[\s,]+/)) {
    if (!entry) continue;
    try {
      const url = new URL(entry);
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin !== 'null') origins.add(url.origin);
    } catch {
      // Not a URL: ignored rather than allowing everything by accident.
    }
  }
  return [...origins];
}

export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.length === 0 || allowed.includes(origin);
}

export interface EmbedApiOptions {
  /** Host origins allowed to drive the embed; empty: any. */
  allowedOrigins: readonly string[];
  onCommand: (command: HostCommand) => void;
  /** Injected in tests. */
  target?: Window;
  parent?: Window;
}

export interface EmbedApi {
  /** Posts to the host page; repeated identical `timechange`, `select` and `resize` are sent once. */
  notify(notice: EmbedNotice): void;
  stop(): void;
}

/** Listens to the parent frame and returns how to answer it; does nothing useful when not framed. */
export function startEmbedApi(options: EmbedApiOptions): EmbedApi {
  const target = options.target ?? window;
  const parent = options.parent ?? target.parent;
  const framed = parent !== target;
  const last = new Map<string, string>();

  const onMessage = (event: MessageEvent) => {
    if (!framed || event.source !== parent) return;
    if (!originAllowed(event.origin, options.allowedOrigins)) return;
    const command = parseHostCommand(event.data);
    if (command) options.onCommand(command);
  };
  target.addEventListener('message', onMessage);

  return {
    notify(notice) {
      if (!framed) return;
      if (notice.type !== 'crisis-timeline:ready') {
        const key = JSON.stringify(notice);
        if (last.get(notice.type) === key) return;
        last.set(notice.type, key);
      }
      // With an allow-list, only those origins may read what the reader does; postMessage drops a
      // message whose target origin is not the parent's, so each allowed origin is tried.
      const targets = options.allowedOrigins.length ? options.allowedOrigins : ['*'];
      for (const origin of targets) parent.postMessage(notice, origin);
    },
    stop() {
      target.removeEventListener('message', onMessage);
    }
  };
}
