// plain.js is browserbench's workload in plain JavaScript: the same steps
// as the Go programs' workload.go, on the page's RTCPeerConnections.
"use strict";
const plain = (() => {
  // newPair connects two fresh RTCPeerConnections with one reliable ordered
  // channel, exchanging candidates directly (trickle ICE).
  async function newPair() {
    const a = new RTCPeerConnection(), b = new RTCPeerConnection();
    const p = { a, b, received: 0, target: -1, reached: null, low: null };
    const ready = new Map([[b, exchangeCandidates(b, a)], [a, exchangeCandidates(a, b)]]);
    b.ondatachannel = (e) => {
      e.channel.binaryType = "arraybuffer";
      e.channel.onmessage = (m) => {
        p.received += m.data.byteLength;
        if (p.received === p.target && p.reached) p.reached();
      };
    };
    const start = performance.now();
    p.dc = a.createDataChannel("bench");
    p.dc.binaryType = "arraybuffer";
    const opened = new Promise((resolve) => { p.dc.onopen = resolve; });
    p.dc.onbufferedamountlow = () => { if (p.low) p.low(); };
    await negotiate(a, b, ready);
    await withTimeout(opened, 20000, "the channel did not open in 20 s");
    p.setup = performance.now() - start;
    return p;
  }

  // exchangeCandidates gives from's candidates to to once to has a remote
  // description: it returns the function that marks that.
  function exchangeCandidates(to, from) {
    let ready = false;
    const pending = [];
    from.onicecandidate = (e) => {
      if (!e.candidate) return;
      if (!ready) pending.push(e.candidate);
      else to.addIceCandidate(e.candidate).catch(() => {});
    };
    return () => {
      ready = true;
      for (const c of pending) to.addIceCandidate(c).catch(() => {});
    };
  }

  async function negotiate(a, b, ready) {
    const offer = await a.createOffer();
    await a.setLocalDescription(offer);
    await b.setRemoteDescription(offer);
    ready.get(b)();
    const answer = await b.createAnswer();
    await b.setLocalDescription(answer);
    await a.setRemoteDescription(answer);
    ready.get(a)();
  }

  const withTimeout = (promise, ms, message) => Promise.race([promise,
    new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms))]);

  const close = (p) => { p.a.close(); p.b.close(); };

  // send sends total bytes as size-byte messages, keeping bufferedAmount
  // under high, and waits until b has received them.
  async function send(p, total, size, high) {
    const msg = new Uint8Array(size);
    const reached = new Promise((resolve) => { p.reached = resolve; });
    p.target = p.received + total;
    for (let sent = 0; sent < total; sent += size) {
      while (p.dc.bufferedAmount > high) {
        await withTimeout(new Promise((resolve) => { p.low = resolve; }), 120000, "no bufferedamountlow in 120 s");
      }
      p.dc.send(msg);
    }
    await withTimeout(reached, 120000, "the last message did not arrive in 120 s");
  }

  // transfer: seconds for o.total bytes as o.size-byte messages after
  // o.warm bytes of warm-up.
  async function transfer(o) {
    const p = await newPair();
    try {
      p.dc.bufferedAmountLowThreshold = o.low;
      await send(p, o.warm, o.size, o.high);
      const start = performance.now();
      await send(p, o.total, o.size, o.high);
      return (performance.now() - start) / 1000;
    } finally {
      close(p);
    }
  }

  // setup: milliseconds from createOffer to the channel's open, for n
  // fresh pairs one after the other.
  async function setup(n) {
    const times = [];
    for (let i = 0; i < n; i++) {
      const p = await newPair();
      times.push(p.setup);
      close(p);
    }
    return times;
  }

  // A canvas drawing a moving bar at fps, as everyrtc's SyntheticVideoTrack.
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
      ctx.fillRect((frame * 4) % width, height / 4, width / 8, height / 2);
      frame++;
    };
    draw();
    const timer = setInterval(draw, 1000 / fps);
    return { track, stop: () => { clearInterval(timer); track.stop(); } };
  }

  // video: milliseconds from createOffer to the first frame the remote
  // side's video element presents.
  async function video() {
    const a = new RTCPeerConnection(), b = new RTCPeerConnection();
    const ready = new Map([[b, exchangeCandidates(b, a)], [a, exchangeCandidates(a, b)]]);
    const source = canvasTrack(320, 240, 30);
    const el = document.createElement("video");
    try {
      a.addTrack(source.track, new MediaStream());
      let start;
      const frame = new Promise((resolve) => {
        b.ontrack = (e) => {
          el.muted = true;
          el.autoplay = true;
          el.srcObject = new MediaStream([e.track]);
          document.body.appendChild(el);
          el.requestVideoFrameCallback(() => resolve(performance.now() - start));
          el.play().catch(() => {});
        };
      });
      start = performance.now();
      await negotiate(a, b, ready);
      return await withTimeout(frame, 20000, "no video frame in 20 s");
    } finally {
      source.stop();
      el.remove();
      a.close();
      b.close();
    }
  }

  return { transfer, setup, video };
})();
