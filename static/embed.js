/*!
 * crisis-timeline host script: sizes embedded timelines to their content and lets the host page
 * drive them. Load it from the same site as the embed:
 *
 *   <iframe src="https://timeline.example/embed" title="…" data-crisis-timeline data-auto-height
 *           style="width:100%;height:600px;border:0"></iframe>
 *   <script src="https://timeline.example/embed.js" async></script>
 *
 * Then: CrisisTimeline.setTime('2022-01-05'), .select(eventId), .play(), .pause() act on every
 * embed of the page (or pass an iframe as the last argument), and
 * CrisisTimeline.on('timechange' | 'select' | 'ready' | 'resize', function (message, iframe) {…})
 * reports what the reader does. Commands sent before an embed is ready are kept until it is.
 * Protocol: docs/embedding.md.
 */
(function () {
  'use strict';
  if (window.CrisisTimeline) return;
  var PREFIX = 'crisis-timeline:';
  var script = document.currentScript;
  var origin = script && script.src ? new URL(script.src, location.href).origin : location.origin;
  var ready = typeof WeakMap === 'function' ? new WeakMap() : null;
  var queued = typeof WeakMap === 'function' ? new WeakMap() : null;
  var listeners = {};

  function isEmbed(frame) {
    if (!frame || frame.tagName !== 'IFRAME') return false;
    try {
      var url = new URL(frame.src, location.href);
      return url.origin === origin && /^\/embed\/?$/.test(url.pathname);
    } catch (error) {
      return false;
    }
  }

  function frames() {
    return Array.prototype.filter.call(document.querySelectorAll('iframe'), isEmbed);
  }

  function frameOf(source) {
    var all = frames();
    for (var i = 0; i < all.length; i++) if (all[i].contentWindow === source) return all[i];
    return null;
  }

  function send(message, target) {
    var targets = target ? [target] : frames();
    targets.forEach(function (frame) {
      if (!isEmbed(frame)) return;
      if (ready && !ready.get(frame)) {
        // Not listening yet: keep the latest command of each kind until it says ready.
        var pending = queued.get(frame) || {};
        pending[message.type === PREFIX + 'play' || message.type === PREFIX + 'pause' ? 'playback' : message.type] = message;
        queued.set(frame, pending);
        return;
      }
      if (frame.contentWindow) frame.contentWindow.postMessage(message, origin);
    });
  }

  function emit(type, message, frame) {
    (listeners[type] || []).forEach(function (handler) {
      try {
        handler(message, frame);
      } catch (error) {
        setTimeout(function () {
          throw error;
        });
      }
    });
  }

  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || typeof data.type !== 'string' || data.type.indexOf(PREFIX) !== 0) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    var type = data.type.slice(PREFIX.length);
    if (type === 'ready' && ready) {
      ready.set(frame, true);
      var pending = queued.get(frame);
      queued.delete(frame);
      if (pending) Object.keys(pending).forEach(function (key) {
        frame.contentWindow.postMessage(pending[key], origin);
      });
    } else if (type === 'resize') {
      var height = data.height;
      if (typeof height !== 'number' || !isFinite(height) || height < 100 || height > 20000) return;
      if (frame.hasAttribute('data-auto-height')) frame.style.height = Math.ceil(height) + 'px';
    } else if (type !== 'timechange' && type !== 'select') {
      return;
    }
    emit(type, data, frame);
  });

  // Embeds that were ready before this script ran answer this with `ready` again.
  function greet() {
    frames().forEach(function (frame) {
      if (frame.contentWindow && !(ready && ready.get(frame))) frame.contentWindow.postMessage({ type: PREFIX + 'hello' }, origin);
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', greet);
  else greet();

  window.CrisisTimeline = {
    setTime: function (time, frame) {
      send({ type: PREFIX + 'setTime', time: String(time) }, frame);
    },
    select: function (eventId, frame) {
      send({ type: PREFIX + 'select', eventId: eventId == null ? null : String(eventId) }, frame);
    },
    play: function (frame) {
      send({ type: PREFIX + 'play' }, frame);
    },
    pause: function (frame) {
      send({ type: PREFIX + 'pause' }, frame);
    },
    on: function (type, handler) {
      (listeners[type] = listeners[type] || []).push(handler);
    },
    frames: frames
  };
})();
