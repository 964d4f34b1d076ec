//go:build !js

package web

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// browserApp is the hello program as the browser test serves it, and its
// handler, made once per test binary: under -race, compressing the 2 MB
// program with brotli takes seconds, and -count=N need not repeat it.
var browserApp = sync.OnceValues(func() (*App, http.Handler) {
	app, err := helloApp()
	if err != nil {
		return nil, nil
	}
	c := *app
	c.Title = "hello test"
	c.Env = map[string]string{"GREETING": "</script><b>&amp;"} // must reach Go unchanged
	c.Args = []string{"one", "two words"}
	return &c, c.Handler()
})

// TestBrowserRunsApp serves the hello program and loads its page in
// headless Chromium: the program must run with the page's environment and
// arguments, write into #app, and the loader must report its exit in #log,
// also when a server sends app.wasm with the wrong MIME type.
func TestBrowserRunsApp(t *testing.T) {
	hello(t)               // fails the test if the program does not build
	app, h := browserApp() // starts compressing it in the background
	b := startBrowser(t)
	text := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;") // as a DOM serializes text
	wantDOM := []string{
		"<title>hello test</title>",
		`<div id="app">` + text.Replace("hello "+app.Env["GREETING"]+" one|two words") + "</div>",
		"exited with code 0</pre>",
	}
	const fallbackWarning = `app.wasm is served as "application/octet-stream", not application/wasm`

	for _, wasmType := range []string{"application/wasm", "application/octet-stream"} {
		t.Run(strings.ReplaceAll(wasmType, "/", "_"), func(t *testing.T) {
			var mu sync.Mutex
			served := map[string]string{} // path -> Content-Encoding
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				h.ServeHTTP(retype{w, wasmType}, r)
				mu.Lock()
				served[r.URL.Path] = w.Header().Get("Content-Encoding")
				mu.Unlock()
			}))
			defer srv.Close()

			// Generous: a loaded 2-core machine starts Chromium slowly.
			ctx, cancel := context.WithTimeout(t.Context(), 60*time.Second)
			defer cancel()
			start := time.Now()
			dom, lines, err := b.loadPage(ctx, srv.URL+"/")
			t.Logf("page ran in %v", time.Since(start))
			console := strings.Join(lines, "\n")
			t.Logf("console:\n%s", console)
			if err != nil {
				t.Fatalf("%v\nchromium's log:\n%s", err, b.log())
			}
			mu.Lock()
			defer mu.Unlock()
			t.Logf("served (path: Content-Encoding) %v", served)
			for _, want := range wantDOM {
				if !strings.Contains(dom, want) {
					t.Errorf("page lacks %s:\n%s", want, dom)
				}
			}
			if got, want := strings.Contains(console, fallbackWarning), wasmType != "application/wasm"; got != want {
				t.Errorf("console has the loader's fallback warning: %t, want %t", got, want)
			}
			if enc, ok := served["/app.wasm"]; !ok || enc == "" {
				t.Errorf("app.wasm served with Content-Encoding %q (requested: %t), want br or gzip", enc, ok)
			}
		})
	}
}

// retype serves application/wasm as another type, as a misconfigured
// server would. (The handler always calls WriteHeader before Write.)
type retype struct {
	http.ResponseWriter
	wasmType string
}

func (w retype) WriteHeader(code int) {
	if w.Header().Get("Content-Type") == "application/wasm" {
		w.Header().Set("Content-Type", w.wasmType)
	}
	w.ResponseWriter.WriteHeader(code)
}
