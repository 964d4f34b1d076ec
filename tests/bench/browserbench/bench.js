// bench.js drives browserbench in the page: it starts the two Go programs,
// runs every figure for plain JS, everyrtc and pion in turn (A B C) in each
// repetition, and posts the results (or the error) to the server.
"use strict";
(() => {
  const logEl = document.getElementById("log");
  const post = (path, body) => fetch(path, { method: "POST", body: JSON.stringify(body) });
  const log = (line) => {
    logEl.textContent += "\n" + line;
    return post("log", line);
  };

  // Each Go program calls benchRegister(name, api) once it is ready.
  const registered = new Map();
  const waiting = new Map();
  globalThis.benchRegister = (name, api) => {
    registered.set(name, api);
    if (waiting.has(name)) waiting.get(name)(api);
  };
  const whenRegistered = (name) => registered.has(name) ? Promise.resolve(registered.get(name)) :
    new Promise((resolve) => waiting.set(name, resolve));

  // startGo runs a Go program in an instance of its own and waits for it to
  // register; an exit before that is an error.
  async function startGo(url, name) {
    const go = new Go();
    const { instance } = await WebAssembly.instantiateStreaming(fetch(url), go.importObject);
    const exited = go.run(instance).then(() => { throw new Error(`${name} exited`); });
    return Promise.race([whenRegistered(name), exited]);
  }

  const median = (v) => {
    const s = [...v].sort((x, y) => x - y);
    const n = s.length;
    return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  };

  async function run() {
    const config = await (await fetch("config")).json();
    const [everyrtc, pion] = await Promise.all([startGo("everyrtc.wasm", "everyrtc"), startGo("pion.wasm", "pion")]);
    const impls = [["plain JS", plain], ["everyrtc wasm", everyrtc], ["pion js", pion]];
    const { low, high } = config;
    const bulk = (size) => (impl) => impl.transfer({ total: config.bulk, size, warm: config.warm, low, high })
      .then((s) => config.bulk / s / 1e6);
    const figures = [
      { key: "bulk64k", run: bulk(64 << 10) },
      { key: "bulk16k", run: bulk(16 << 10) },
      { key: "rate100", run: (impl) => impl.transfer({ total: config.messages * 100, size: 100, warm: config.warmMessages * 100, low, high })
        .then((s) => config.messages / s) },
      { key: "setup", run: (impl) => impl.setup(config.pairs).then(median) },
      { key: "video", media: true, run: (impl) => impl.video() },
    ];
    const only = config.only || figures.map((f) => f.key);
    const results = [];
    for (let rep = 0; rep < config.reps; rep++) {
      for (const f of figures.filter((f) => only.includes(f.key))) {
        for (const [name, impl] of impls) {
          if (f.media && !impl.video) continue;
          const value = await f.run(impl);
          results.push({ figure: f.key, impl: name, value });
          await log(`rep ${rep + 1}/${config.reps} ${f.key} ${name}: ${value.toFixed(2)}`);
        }
      }
    }
    await post("results", { results });
  }

  run().catch((err) => post("results", { error: String(err && err.stack || err) }));
})();
