// loader.js runs the page's Go program: it loads the toolchain's
// wasm_exec.js, passes the environment and arguments from the page's JSON
// config, runs app.wasm and reports loading errors and the exit in #log.
"use strict";
(() => {
  const log = document.getElementById("log");
  const status = (text, failed = false) => {
    log.textContent = text;
    log.classList.toggle("error", failed);
  };

  // loadScript resolves once the script at src has run.
  const loadScript = (src) =>
    new Promise((resolve, reject) => {
      const s = document.createElement("script");
      s.src = src;
      s.onload = resolve;
      s.onerror = () => reject(new Error(`cannot load ${src}`));
      document.head.append(s);
    });

  // instantiate compiles while downloading when it can: instantiateStreaming
  // needs the server to say application/wasm, else read the whole body.
  const instantiate = async (url, imports) => {
    const resp = await fetch(url);
    if (!resp.ok) throw new Error(`${url}: ${resp.status} ${resp.statusText}`);
    const type = (resp.headers.get("Content-Type") || "").split(";")[0].trim().toLowerCase();
    if (type !== "application/wasm") {
      console.warn(`${url} is served as "${type}", not application/wasm: compiling it after the download`);
    } else if (WebAssembly.instantiateStreaming) {
      return WebAssembly.instantiateStreaming(resp, imports);
    }
    return WebAssembly.instantiate(await resp.arrayBuffer(), imports);
  };

  const run = async () => {
    const config = JSON.parse(document.getElementById("everyrtc-config").textContent);
    await loadScript("wasm_exec.js");
    const go = new Go();
    go.env = config.env;
    go.argv = [go.argv[0], ...config.args]; // argv[0] stays "js"
    let code = 0;
    go.exit = (c) => { code = c; }; // called by the runtime when main returns or os.Exit
    const { instance } = await instantiate("app.wasm", go.importObject);
    status("running");
    await go.run(instance); // resolves when the program exits
    status(code === 0 ? "exited with code 0" : `exited with code ${code} (see the console)`, code !== 0);
  };

  run().catch((err) => {
    status(`error: ${err && err.message ? err.message : err}`, true);
    console.error(err);
  });
})();
