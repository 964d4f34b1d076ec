//go:build !js

package web

import (
	_ "embed"
	"net/http"
)

// App is a Go program compiled to WebAssembly with what a page needs to run it.
type App struct {
	WASM     []byte            // the program, GOOS=js GOARCH=wasm
	WasmExec []byte            // wasm_exec.js of the toolchain that built WASM (must match its Go version)
	Title    string            // the index page's title
	Env      map[string]string // environment the Go program sees (os.Getenv)
	Args     []string          // os.Args[1:] of the Go program
}

//go:embed loader.js
var loaderJS []byte

// Content types of the files the handler serves.
const (
	typeHTML = "text/html; charset=utf-8"
	typeJS   = "text/javascript; charset=utf-8"
	typeWasm = "application/wasm"
)

// Handler serves the app: "/" the index page, "/loader.js", "/wasm_exec.js",
// "/app.wasm" (Content-Type application/wasm). Anything else: 404. Only GET
// and HEAD are allowed.
//
// Every file is served with brotli or gzip compression when the request's
// Accept-Encoding allows it (Vary: Accept-Encoding), a strong ETag and
// Cache-Control: no-cache, so browsers revalidate on each load and get a
// 304 while the app is unchanged. Each file is compressed once: Handler
// starts compressing them in the background at once, and a request that
// needs a compression still in progress waits for it.
//
// The page refers to its files by relative URLs, so the handler can be
// mounted under a prefix: mux.Handle("/app/", http.StripPrefix("/app", h)).
//
// Handler takes a snapshot of the App: later changes to it do not affect
// the returned handler.
func (a *App) Handler() http.Handler {
	h := &handler{
		index:    newAsset(typeHTML, renderIndex(a)),
		loader:   newAsset(typeJS, loaderJS),
		wasmExec: newAsset(typeJS, clone(a.WasmExec)),
		wasm:     newAsset(typeWasm, clone(a.WASM)),
	}
	go func() {
		for _, f := range []*asset{h.wasm, h.wasmExec, h.loader, h.index} {
			f.precompress()
		}
	}()
	return h
}

// handler routes the app's four paths to their assets.
type handler struct {
	index, loader, wasmExec, wasm *asset
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var f *asset
	switch r.URL.Path {
	case "/", "":
		f = h.index
	case "/loader.js":
		f = h.loader
	case "/wasm_exec.js":
		f = h.wasmExec
	case "/app.wasm":
		f = h.wasm
	default:
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, http.StatusText(http.StatusMethodNotAllowed), http.StatusMethodNotAllowed)
		return
	}
	f.ServeHTTP(w, r)
}

// clone copies b so that the handler does not share the App's slices.
func clone(b []byte) []byte {
	return append([]byte(nil), b...)
}
