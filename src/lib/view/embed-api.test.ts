import { describe, expect, it } from 'vitest';
import { originAllowed, parseAllowedOrigins, parseHostCommand, startEmbedApi, type EmbedNotice, type HostCommand } from './embed-api';

describe('host commands', () => {
  it('accepts the four documented commands with well-formed values', () => {
    expect(parseHostCommand({ type: 'crisis-timeline:setTime', time: '2022-01-05' })).toEqual({ type: 'crisis-timeline:setTime', time: '2022-01-05' });
    expect(parseHostCommand({ type: 'crisis-timeline:setTime', time: '2022-01-10T09:30' })?.type).toBe('crisis-timeline:setTime');
    expect(parseHostCommand({ type: 'crisis-timeline:select', eventId: 'ev-0105-seized' })).toEqual({ type: 'crisis-timeline:select', eventId: 'ev-0105-seized' });
    expect(parseHostCommand({ type: 'crisis-timeline:select', eventId: null })).toEqual({ type: 'crisis-timeline:select', eventId: null });
    expect(parseHostCommand({ type: 'crisis-timeline:play', extra: 1 })).toEqual({ type: 'crisis-timeline:play' });
    expect(parseHostCommand({ type: 'crisis-timeline:pause' })).toEqual({ type: 'crisis-timeline:pause' });
    expect(parseHostCommand({ type: 'crisis-timeline:hello' })).toEqual({ type: 'crisis-timeline:hello' });
  });

  it('ignores other messages and malformed values', () => {
    for (const data of [
      null,
      'crisis-timeline:play',
      ['crisis-timeline:play'],
      { type: 'crisis-timeline:unknown' },
      { type: 'webpackOk' },
      { type: 'crisis-timeline:setTime' },
      { type: 'crisis-timeline:setTime', time: 'yesterday' },
      { type: 'crisis-timeline:setTime', time: '2022-02-30' },
      { type: 'crisis-timeline:setTime', time: '2022-01-05T25:00' },
      { type: 'crisis-timeline:setTime', time: 20220105 },
      { type: 'crisis-timeline:select', eventId: '<img src=x onerror=alert(1)>' },
      { type: 'crisis-timeline:select', eventId: 'a'.repeat(500) },
      { type: 'crisis-timeline:select' }
    ]) {
      expect(parseHostCommand(data)).toBeNull();
    }
  });

  it('rejects a long garbage time quickly', () => {
    const started = performance.now();
    expect(parseHostCommand({ type: 'crisis-timeline:setTime', time: '2022-'.repeat(200_000) })).toBeNull();
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('allowed origins', () => {
  it('keeps origins, drops paths and junk; empty means any origin', () => {
    const allowed = parseAllowedOrigins(' https://news.example/path , http://127.0.0.1:4174 javascript:alert(1) not-a-url');
    expect(allowed).toEqual(['https://news.example', 'http://127.0.0.1:4174']);
    expect(originAllowed('https://news.example', allowed)).toBe(true);
    expect(originAllowed('https://evil.example', allowed)).toBe(false);
    expect(originAllowed('https://evil.example', parseAllowedOrigins(''))).toBe(true);
  });
});

/** A frame and its parent, enough for the listener: messages are dispatched as the browser would. */
function fakeFrames() {
  const posted: { message: EmbedNotice; origin: string }[] = [];
  const parent = { postMessage: (message: EmbedNotice, origin: string) => posted.push({ message, origin }) } as unknown as Window;
  const target = new EventTarget() as unknown as Window;
  const send = (data: unknown, origin: string, source: unknown = parent) =>
    target.dispatchEvent(Object.assign(new Event('message'), { data, origin, source }));
  return { parent, target, posted, send };
}

describe('the embed API', () => {
  it('acts only on well-formed messages from the parent frame and an allowed origin', () => {
    const frames = fakeFrames();
    const commands: HostCommand[] = [];
    const api = startEmbedApi({ allowedOrigins: ['https://news.example'], onCommand: (c) => commands.push(c), target: frames.target, parent: frames.parent });
    frames.send({ type: 'crisis-timeline:play' }, 'https://news.example');
    frames.send({ type: 'crisis-timeline:play' }, 'https://evil.example');
    frames.send({ type: 'crisis-timeline:pause' }, 'https://news.example', {});
    frames.send({ type: 'crisis-timeline:setTime', time: 'soon' }, 'https://news.example');
    expect(commands).toEqual([{ type: 'crisis-timeline:play' }]);
    api.stop();
    frames.send({ type: 'crisis-timeline:pause' }, 'https://news.example');
    expect(commands).toHaveLength(1);
  });

  it('tells the host about changes once each, addressed to the allowed origins only', () => {
    const frames = fakeFrames();
    const api = startEmbedApi({ allowedOrigins: [], onCommand: () => {}, target: frames.target, parent: frames.parent });
    api.notify({ type: 'crisis-timeline:ready' });
    api.notify({ type: 'crisis-timeline:timechange', time: '2022-01-05' });
    api.notify({ type: 'crisis-timeline:timechange', time: '2022-01-05' });
    api.notify({ type: 'crisis-timeline:timechange', time: '2022-01-06' });
    api.notify({ type: 'crisis-timeline:resize', height: 640 });
    api.notify({ type: 'crisis-timeline:resize', height: 640 });
    expect(frames.posted.map(({ message }) => message.type)).toEqual([
      'crisis-timeline:ready',
      'crisis-timeline:timechange',
      'crisis-timeline:timechange',
      'crisis-timeline:resize'
    ]);
    expect(frames.posted.every(({ origin }) => origin === '*')).toBe(true);

    const restricted = fakeFrames();
    startEmbedApi({ allowedOrigins: ['https://a.example', 'https://b.example'], onCommand: () => {}, target: restricted.target, parent: restricted.parent }).notify({
      type: 'crisis-timeline:ready'
    });
    expect(restricted.posted.map(({ origin }) => origin)).toEqual(['https://a.example', 'https://b.example']);
  });

  it('stays silent when the page is not in a frame', () => {
    const frames = fakeFrames();
    const api = startEmbedApi({ allowedOrigins: [], onCommand: () => {}, target: frames.target, parent: frames.target });
    api.notify({ type: 'crisis-timeline:ready' });
    expect(frames.posted).toEqual([]);
  });
});
