// The JavaScript side of everyrtc's browser backend. Go evaluates this file
// once (shim.Get) and keeps the object it returns. It batches a data
// channel's events so that a burst of N messages costs O(N / batch) calls
// into Go, flattens getStats into one string, and keeps the media helpers.
(() => {
  "use strict";
  // Kinds of records in a channel batch; the Go decoder uses the same values.
  const OPEN = 1, TEXT = 2, BINARY = 3, LOW = 4, ERROR = 5, CLOSE = 6, ANNOUNCE = 7;
  const PEER_CANDIDATE = 1, PEER_GATHERING = 2, PEER_ICE = 3, PEER_CONNECTION = 4,
    PEER_SIGNALING = 5, PEER_NEGOTIATION = 6, PEER_DATACHANNEL = 7, PEER_TRACK = 8;
  const MAX_BATCH_RECORDS = 1024, MAX_BATCH_BYTES = 4 << 20;
  // A binary message larger than this skips the batch: Go copies it
  // straight from the event's buffer into the slice the message owns (one
  // copy instead of two, and no batch-sized garbage in Go).
  const MAX_BATCHED_BINARY = 16 << 10;
  const counters = { toGo: 0, fromGo: 0, batches: 0, records: 0, direct: 0 };
  const encoder = new TextEncoder();
  const state = Symbol("everyrtc");

  // flushes run as one task after the events queued before it, so the
  // messages that arrived meanwhile share one call into Go. A MessageChannel
  // task is not throttled in background tabs, unlike setTimeout.
  const pending = new Set();
  const tick = new MessageChannel();
  let scheduled = false;
  tick.port1.onmessage = () => {
    scheduled = false;
    for (const s of pending) flush(s);
    pending.clear();
  };
  const schedule = (s) => {
    pending.add(s);
    if (!scheduled) {
      scheduled = true;
      tick.port2.postMessage(0);
    }
  };

  // A channel's batch: records of [kind u8][length u32 LE][payload].
  const reserve = (s, n) => {
    if (s.len + n <= s.buf.length) return;
    let size = s.buf.length * 2;
    while (size < s.len + n) size *= 2;
    const next = new Uint8Array(size);
    next.set(s.buf.subarray(0, s.len));
    s.buf = next;
    s.view = new DataView(next.buffer);
  };
  const record = (s, kind, payload) => {
    if (!s.notify) return;
    if (kind === BINARY && payload.byteLength > MAX_BATCHED_BINARY) {
      direct(s, payload);
      return;
    }
    let n = 0;
    if (typeof payload === "string") {
      reserve(s, 5 + payload.length * 3);
      n = encoder.encodeInto(payload, s.buf.subarray(s.len + 5)).written;
    } else if (payload) {
      const bytes = payload instanceof Uint8Array ? payload : new Uint8Array(payload);
      n = bytes.length;
      reserve(s, 5 + n);
      s.buf.set(bytes, s.len + 5);
    } else {
      reserve(s, 5);
    }
    s.buf[s.len] = kind;
    s.view.setUint32(s.len + 1, n, true);
    s.len += 5 + n;
    s.records++;
    counters.records++;
    if (kind === CLOSE || s.records >= MAX_BATCH_RECORDS || s.len >= MAX_BATCH_BYTES) {
      flush(s);
    } else {
      schedule(s);
    }
  };
  const flush = (s) => {
    if (!s.notify || s.len === 0) return;
    const batch = s.buf.subarray(0, s.len);
    const n = s.len;
    s.len = 0;
    s.records = 0;
    counters.toGo++;
    counters.batches++;
    s.notify(batch, n); // Go copies the batch before it returns
    if (s.closed) detachChannel(s.dc);
  };

  // direct hands one large binary message to Go on its own, after the
  // batch queued before it (the order stays the events' order).
  const direct = (s, data) => {
    flush(s);
    if (!s.notify) return;
    counters.toGo++;
    counters.records++;
    counters.direct++;
    s.notify(new Uint8Array(data), data.byteLength, BINARY); // Go copies it before it returns
  };

  function attachChannel(dc, notify) {
    counters.fromGo++;
    dc.binaryType = "arraybuffer";
    const s = { dc, notify, buf: new Uint8Array(4096), len: 0, records: 0, closed: false };
    s.view = new DataView(s.buf.buffer);
    dc[state] = s;
    dc.onopen = () => record(s, OPEN);
    dc.onmessage = (e) => typeof e.data === "string" ? record(s, TEXT, e.data) : record(s, BINARY, e.data);
    dc.onbufferedamountlow = () => record(s, LOW);
    dc.onerror = (e) => {
      const err = e.error || {};
      record(s, ERROR, (err.name || "OperationError") + "\n" + (err.message || ""));
    };
    dc.onclose = () => {
      s.closed = true;
      announce(s); // a remote channel closed before it was announced
      record(s, CLOSE);
    };
    // Go reads bufferedAmount before every send: a call of this function
    // passes no property name, which Go would otherwise decode each time.
    return () => dc.bufferedAmount;
  }

  // detachChannel stops a channel's events; Go releases its callback after.
  function detachChannel(dc) {
    const s = dc[state];
    if (!s) return;
    s.notify = null;
    pending.delete(s);
    dc.onopen = dc.onmessage = dc.onbufferedamountlow = dc.onerror = dc.onclose = null;
    delete dc[state];
  }

  // announceWhenReady records ANNOUNCE in a remote channel's batch once
  // Chromium can send on it. Chromium announces a remote channel open at
  // once, but (1) it connects the channel to its network side only in a
  // task after the datachannel event: a burst sent before, drained by the
  // network thread before that task, never lowers bufferedAmount (its
  // decrease is reported on a falling edge nobody hears), which stalls a
  // sender waiting for bufferedamountlow; and (2) a send while the network
  // side is still connecting is dropped without an error. So Go hears of
  // the channel after getStats (a round trip through the network thread,
  // later than that task) reports it open, or after about a second.
  async function announceWhenReady(pc, dc) {
    if (dc[state]) dc[state].unannounced = true;
    for (let i = 0; i < 50 && (dc.readyState === "open" || dc.readyState === "connecting"); i++) {
      await new Promise((r) => setTimeout(r, i && 20));
      let report;
      try {
        report = await pc.getStats();
      } catch {
        break; // closed: announce it as it is
      }
      let open = false;
      report.forEach((s) => {
        if (s.type === "data-channel" && s.dataChannelIdentifier === dc.id && s.state === "open") open = true;
      });
      if (open && dc.readyState === "open") break;
    }
    if (dc[state]) announce(dc[state]);
  }

  // announce records ANNOUNCE once for a channel announceWhenReady waits on.
  const announce = (s) => {
    if (!s.unannounced) return;
    s.unannounced = false;
    record(s, ANNOUNCE);
  };

  // send sends the first n bytes of the scratch array u8.
  function send(dc, u8, n) {
    counters.fromGo++;
    dc.send(n === u8.length ? u8 : u8.subarray(0, n));
  }

  // sendBatch sends the messages Go queued: the first n bytes of u8, records
  // of [kind u8][length u32 LE][payload] as in incoming batches. A refused
  // message throws, and the ones after it are not sent.
  const decoder = new TextDecoder();
  function sendBatch(dc, u8, n) {
    counters.fromGo++;
    const buffer = u8.buffer, base = u8.byteOffset;
    for (let i = 0; i < n;) {
      const len = (u8[i + 1] | u8[i + 2] << 8 | u8[i + 3] << 16 | u8[i + 4] << 24) >>> 0;
      // A view made with the constructor: subarray looks up the species
      // constructor on every call.
      const payload = new Uint8Array(buffer, base + i + 5, len);
      dc.send(u8[i] === TEXT ? decoder.decode(payload) : payload);
      i += 5 + len;
    }
  }

  // The msid of the remote media section with the given mid: [stream, track].
  function msid(pc, mid) {
    const d = pc.remoteDescription;
    if (!d || mid == null) return null;
    let inSection = false, found = null;
    for (const line of d.sdp.split(/\r?\n/)) {
      if (line.startsWith("m=")) {
        if (inSection && found) break;
        inSection = false;
        found = null;
      } else if (line === "a=mid:" + mid) {
        inSection = true;
      } else if (line.startsWith("a=msid:") && !found) {
        const parts = line.slice(7).split(" ");
        found = [parts[0] === "-" ? "" : parts[0], parts[1] || ""];
      }
      if (inSection && found) return found;
    }
    return inSection ? found : null;
  }

  // candidateFields is an RTCIceCandidate as one string, its fields in
  // this order, one per line (null is empty): Go then needs no JSON decoder.
  const candidateFields = (c) => [c.candidate, c.sdpMid, c.sdpMLineIndex,
    c.usernameFragment, c.foundation, c.priority, c.address, c.protocol, c.port, c.type,
    c.component, c.relatedAddress, c.relatedPort, c.tcpType].map((f) => f ?? "").join("\n");

  function watchPeer(pc, notify) {
    counters.fromGo++;
    const call = (kind, a, b) => {
      if (!pc[state]) return;
      counters.toGo++;
      notify(kind, a, b);
    };
    const handlers = {
      icecandidate: (e) => {
        // An empty candidate marks the end of one section's candidates;
        // the null candidate after them ends gathering.
        if (e.candidate && e.candidate.candidate === "") return;
        call(PEER_CANDIDATE, e.candidate ? candidateFields(e.candidate) : null);
      },
      icegatheringstatechange: () => call(PEER_GATHERING, pc.iceGatheringState),
      iceconnectionstatechange: () => call(PEER_ICE, pc.iceConnectionState),
      connectionstatechange: () => call(PEER_CONNECTION, pc.connectionState),
      signalingstatechange: () => call(PEER_SIGNALING, pc.signalingState),
      negotiationneeded: () => call(PEER_NEGOTIATION),
      datachannel: (e) => {
        // Go attaches to the channel now, so that no message is missed;
        // it announces the channel once Chromium can send on it.
        call(PEER_DATACHANNEL, e.channel);
        announceWhenReady(pc, e.channel);
      },
      track: (e) => call(PEER_TRACK, e.transceiver, msid(pc, e.transceiver.mid) ||
        [e.streams.length ? e.streams[0].id : "", e.track.id]),
    };
    pc[state] = handlers;
    for (const [name, f] of Object.entries(handlers)) pc.addEventListener(name, f);
  }

  function unwatchPeer(pc) {
    counters.fromGo++;
    const handlers = pc[state];
    if (!handlers) return;
    for (const [name, f] of Object.entries(handlers)) pc.removeEventListener(name, f);
    delete pc[state];
  }

  async function stats(pc) {
    counters.fromGo++;
    const report = await pc.getStats();
    return JSON.stringify(Array.from(report.values()));
  }

  // The SSRC of each of a sender's encodings, by rid ("" for none), from
  // its outbound-rtp stats: getParameters has no SSRCs.
  async function senderSSRCs(sender) {
    counters.fromGo++;
    const out = {};
    for (const s of (await sender.getStats()).values()) {
      if (s.type === "outbound-rtp") out[s.rid || ""] = s.ssrc;
    }
    return out;
  }

  const ids = new WeakMap();
  let nextID = 1;
  // id gives each JS object a stable number, so Go can map it to its wrapper.
  function id(obj) {
    let n = ids.get(obj);
    if (n === undefined) {
      n = nextID++;
      ids.set(obj, n);
    }
    return n;
  }

  // Streams by label, so tracks given the same stream ID are sent in one
  // MediaStream. The streams stay empty: addTrack needs only their id.
  const streams = new Map();
  function stream(label) {
    let s = streams.get(label);
    if (!s) {
      s = new MediaStream();
      streams.set(label, s);
    }
    return s;
  }

  // A canvas drawing a moving square: a video track that keeps producing
  // frames until it is stopped.
  function canvasTrack(width, height, fps) {
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext("2d");
    const track = canvas.captureStream(fps).getVideoTracks()[0];
    let frame = 0;
    const draw = () => {
      ctx.fillStyle = "#203040";
      ctx.fillRect(0, 0, width, height);
      ctx.fillStyle = "#f0c020";
      const x = (frame * 4) % width;
      ctx.fillRect(x, height / 4, width / 8, height / 2);
      frame++;
    };
    draw();
    const timer = setInterval(draw, 1000 / fps);
    track.addEventListener("ended", () => clearInterval(timer));
    const stop = track.stop.bind(track);
    track.stop = () => {
      clearInterval(timer);
      stop();
    };
    return track;
  }

  // An oscillator into a MediaStream destination: an audio track.
  function oscillatorTrack(frequency) {
    const ac = new AudioContext();
    const osc = ac.createOscillator();
    osc.frequency.value = frequency;
    const dest = ac.createMediaStreamDestination();
    osc.connect(dest);
    osc.start();
    const track = dest.stream.getAudioTracks()[0];
    const stop = track.stop.bind(track);
    track.stop = () => {
      stop();
      osc.stop();
      ac.close();
    };
    return track;
  }

  // play plays a remote track in a muted media element, as a page would, so
  // that the browser decodes it; the returned function removes the element.
  function play(track) {
    const el = document.createElement(track.kind === "audio" ? "audio" : "video");
    el.muted = track.kind !== "audio";
    el.autoplay = true;
    el.srcObject = new MediaStream([track]);
    document.body.appendChild(el);
    el.play().catch(() => {});
    return () => {
      el.pause();
      el.srcObject = null;
      el.remove();
    };
  }

  return {
    attachChannel, detachChannel, send, sendBatch, watchPeer, unwatchPeer, stats, senderSSRCs, id, msid, stream,
    canvasTrack, oscillatorTrack, play, counters,
    kinds: { OPEN, TEXT, BINARY, LOW, ERROR, CLOSE, ANNOUNCE, PEER_CANDIDATE, PEER_GATHERING, PEER_ICE,
      PEER_CONNECTION, PEER_SIGNALING, PEER_NEGOTIATION, PEER_DATACHANNEL, PEER_TRACK },
  };
})()
