//go:build !js

package web

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/andybalholm/brotli"
)

// testApp returns an app whose "program" is a fake: the handler never looks
// inside it, and a small one keeps compression under -race fast.
func testApp() *App {
	wasm := []byte("\x00asm\x01\x00\x00\x00")
	r := rand.New(rand.NewPCG(1, 2))
	for len(wasm) < 64<<10 { // compressible, like code: a few words in random order
		wasm = append(wasm, []string{"i32.load ", "call $runtime.", "local.get 0 ", "br_if 1\n", "\x00\x01"}[r.IntN(5)]...)
	}
	return &App{
		WASM:     wasm,
		WasmExec: []byte(strings.Repeat("// wasm_exec.js stand-in\n", 100)),
		Title:    "Test app",
		Env:      map[string]string{"SIGNAL_URL": "ws://127.0.0.1:1/ws"},
		Args:     []string{"-v", "two words"},
	}
}

// get serves one request with the given header lines ("Name: value").
func get(h http.Handler, method, path string, header ...string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, path, nil)
	for _, line := range header {
		name, value, _ := strings.Cut(line, ":")
		r.Header.Add(name, strings.TrimSpace(value))
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

// decode undoes the response's Content-Encoding.
func decode(t *testing.T, w *httptest.ResponseRecorder) []byte {
	t.Helper()
	body := w.Body.Bytes()
	var r io.Reader
	switch enc := w.Header().Get("Content-Encoding"); enc {
	case "":
		return body
	case "br":
		r = brotli.NewReader(bytes.NewReader(body))
	case "gzip":
		zr, err := gzip.NewReader(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		r = zr
	default:
		t.Fatalf("unexpected Content-Encoding %q", enc)
	}
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatalf("decoding %s: %v", w.Header().Get("Content-Encoding"), err)
	}
	return b
}

// files lists what the handler serves for app: path, content type and the
// content itself (nil for the generated index page).
func files(app *App) []struct {
	path, contentType string
	content           []byte
} {
	return []struct {
		path, contentType string
		content           []byte
	}{
		{"/", "text/html; charset=utf-8", nil},
		{"/loader.js", "text/javascript; charset=utf-8", loaderJS},
		{"/wasm_exec.js", "text/javascript; charset=utf-8", app.WasmExec},
		{"/app.wasm", "application/wasm", app.WASM},
	}
}

func TestHandlerContentTypesAndHeaders(t *testing.T) {
	app := testApp()
	h := app.Handler()
	for _, f := range files(app) {
		w := get(h, "GET", f.path)
		if w.Code != http.StatusOK {
			t.Fatalf("GET %s: status %d", f.path, w.Code)
		}
		for name, want := range map[string]string{
			"Content-Type":     f.contentType,
			"Cache-Control":    "no-cache",
			"Vary":             "Accept-Encoding",
			"Content-Encoding": "",
		} {
			if got := w.Header().Get(name); got != want {
				t.Errorf("GET %s: %s %q, want %q", f.path, name, got, want)
			}
		}
		if f.content != nil && !bytes.Equal(w.Body.Bytes(), f.content) {
			t.Errorf("GET %s: body differs from the original", f.path)
		}
	}
}

func TestHandlerEncodings(t *testing.T) {
	app := testApp()
	h := app.Handler()
	index := get(h, "GET", "/").Body.Bytes()
	for _, tc := range []struct {
		acceptEncoding []string // header lines; none: no header
		want           string
	}{
		{nil, ""},
		{[]string{"gzip, deflate, br, zstd"}, "br"},
		{[]string{"gzip"}, "gzip"},
		{[]string{"br"}, "br"},
		{[]string{"identity"}, ""},
		{[]string{"br;q=0, gzip"}, "gzip"},
		{[]string{"gzip;q=0, br;q=0"}, ""},
		{[]string{"*;q=0"}, ""},
		{[]string{"*"}, "br"},
		{[]string{"*, br;q=0"}, "gzip"},
		{[]string{"deflate"}, ""},
		{[]string{"gzip", "br"}, "br"}, // two header lines
	} {
		var header []string
		for _, v := range tc.acceptEncoding {
			header = append(header, "Accept-Encoding: "+v)
		}
		for _, f := range files(app) {
			want := f.content
			if want == nil {
				want = index
			}
			w := get(h, "GET", f.path, header...)
			if got := w.Header().Get("Content-Encoding"); got != tc.want {
				t.Errorf("GET %s, Accept-Encoding %q: Content-Encoding %q, want %q", f.path, tc.acceptEncoding, got, tc.want)
				continue
			}
			if !bytes.Equal(decode(t, w), want) {
				t.Errorf("GET %s, Accept-Encoding %q: decoded body differs from the original", f.path, tc.acceptEncoding)
			}
			if w.Header().Get("Vary") != "Accept-Encoding" {
				t.Errorf("GET %s, Accept-Encoding %q: Vary %q", f.path, tc.acceptEncoding, w.Header().Get("Vary"))
			}
		}
	}
	// Compression pays on the program.
	raw := len(app.WASM)
	gz := get(h, "GET", "/app.wasm", "Accept-Encoding: gzip").Body.Len()
	br := get(h, "GET", "/app.wasm", "Accept-Encoding: br").Body.Len()
	if gz > raw/2 || br > raw/2 {
		t.Errorf("app.wasm sizes: raw %d, gzip %d, br %d; want both compressions under half", raw, gz, br)
	}
}

func TestNegotiate(t *testing.T) {
	for _, tc := range []struct {
		header string
		want   string
	}{
		{"", ""},
		{"gzip, deflate, br, zstd", "br"},
		{"GZIP", "gzip"},
		{"Br", "br"},
		{"x-gzip", "gzip"},
		{" gzip ; q=1.0 , br ; q=0.9 ", "gzip"},
		{"br;q=0.5, gzip;q=0.5", "br"},
		{"br;q=0.001", "br"},
		{"br;q=0", ""},
		{"br;Q=0", ""},
		{"br;q=0.000", ""},
		{"br;q=0, br", "br"}, // listed twice: the higher weight wins
		{"br;q=1.5", ""},     // out of range: unacceptable
		{"br;q=abc", ""},
		{"br;q=NaN", ""},
		{"gzip;q=abc, br;q=0.1", "br"},
		{"*;q=0.5, gzip", "gzip"},
		{"*;q=0.5, gzip;q=0.4", "br"},
		{"identity;q=0", ""}, // nothing else acceptable: identity anyway
		{"zstd, deflate", ""},
		{",,;", ""},
	} {
		if got := negotiate([]string{tc.header}); got != tc.want {
			t.Errorf("negotiate(%q) = %q, want %q", tc.header, got, tc.want)
		}
	}
}

func TestHandlerETag(t *testing.T) {
	h := testApp().Handler()
	etags := map[string]string{} // ETag -> encoding
	for _, enc := range []string{"", "gzip", "br"} {
		for _, path := range []string{"/", "/loader.js", "/wasm_exec.js", "/app.wasm"} {
			ae := "Accept-Encoding: " + enc
			w := get(h, "GET", path, ae)
			etag := w.Header().Get("ETag")
			if len(etag) < 10 || etag[0] != '"' || etag[len(etag)-1] != '"' {
				t.Fatalf("GET %s (%q): ETag %q, want a strong quoted one", path, enc, etag)
			}
			if prev, dup := etags[etag]; dup {
				t.Errorf("GET %s (%q): ETag %s also used for %s", path, enc, etag, prev)
			}
			etags[etag] = path + " " + enc
			if again := get(h, "GET", path, ae).Header().Get("ETag"); again != etag {
				t.Errorf("GET %s (%q): ETag changed from %s to %s", path, enc, etag, again)
			}

			for _, inm := range []string{etag, `"other", ` + etag, "*", "W/" + etag} {
				w := get(h, "GET", path, ae, "If-None-Match: "+inm)
				if w.Code != http.StatusNotModified || w.Body.Len() != 0 {
					t.Errorf("GET %s (%q), If-None-Match %s: status %d, %d bytes; want 304, empty", path, enc, inm, w.Code, w.Body.Len())
				}
				if w.Header().Get("ETag") != etag || w.Header().Get("Vary") != "Accept-Encoding" || w.Header().Get("Cache-Control") != "no-cache" {
					t.Errorf("GET %s (%q), 304: ETag %q, Vary %q, Cache-Control %q", path, enc,
						w.Header().Get("ETag"), w.Header().Get("Vary"), w.Header().Get("Cache-Control"))
				}
			}
			if w := get(h, "GET", path, ae, `If-None-Match: "stale"`); w.Code != http.StatusOK {
				t.Errorf("GET %s (%q), stale If-None-Match: status %d, want 200", path, enc, w.Code)
			}
		}
	}
	// A validator of one encoding does not match another.
	brTag := get(h, "GET", "/app.wasm", "Accept-Encoding: br").Header().Get("ETag")
	if w := get(h, "GET", "/app.wasm", "Accept-Encoding: gzip", "If-None-Match: "+brTag); w.Code != http.StatusOK {
		t.Errorf("gzip request with the br ETag: status %d, want 200", w.Code)
	}
	// A rebuilt program gets a new ETag.
	app := testApp()
	app.WASM[len(app.WASM)-1]++
	if w := get(app.Handler(), "GET", "/app.wasm", "If-None-Match: "+get(h, "GET", "/app.wasm").Header().Get("ETag")); w.Code != http.StatusOK {
		t.Errorf("changed program, old ETag: status %d, want 200", w.Code)
	}
}

func TestHandlerHEAD(t *testing.T) {
	h := testApp().Handler()
	for _, enc := range []string{"", "gzip", "br"} {
		for _, path := range []string{"/", "/loader.js", "/wasm_exec.js", "/app.wasm"} {
			ae := "Accept-Encoding: " + enc
			g, hd := get(h, "GET", path, ae), get(h, "HEAD", path, ae)
			if hd.Code != http.StatusOK || hd.Body.Len() != 0 {
				t.Errorf("HEAD %s (%q): status %d, %d body bytes", path, enc, hd.Code, hd.Body.Len())
			}
			for _, name := range []string{"Content-Type", "Content-Encoding", "ETag", "Vary", "Cache-Control", "Content-Length"} {
				if hd.Header().Get(name) != g.Header().Get(name) {
					t.Errorf("%s (%q): HEAD %s %q, GET %q", path, enc, name, hd.Header().Get(name), g.Header().Get(name))
				}
			}
		}
	}
}

func TestHandlerNotFoundAndMethods(t *testing.T) {
	h := testApp().Handler()
	for _, path := range []string{"/index.html", "/app.wasm/", "/x/app.wasm", "/favicon.ico", "/loader.js.map"} {
		if w := get(h, "GET", path); w.Code != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", path, w.Code)
		}
	}
	for _, method := range []string{"POST", "PUT", "DELETE"} {
		w := get(h, method, "/app.wasm")
		if w.Code != http.StatusMethodNotAllowed || w.Header().Get("Allow") != "GET, HEAD" {
			t.Errorf("%s /app.wasm: status %d, Allow %q; want 405, \"GET, HEAD\"", method, w.Code, w.Header().Get("Allow"))
		}
	}
}

func TestHandlerUnderPrefix(t *testing.T) {
	app := testApp()
	mux := http.NewServeMux()
	mux.Handle("/app/", http.StripPrefix("/app", app.Handler()))
	if w := get(mux, "GET", "/app/"); w.Code != http.StatusOK || !strings.Contains(w.Body.String(), `src="loader.js"`) {
		t.Errorf("GET /app/: status %d, want the index page with relative URLs", w.Code)
	}
	if w := get(mux, "GET", "/app/app.wasm"); !bytes.Equal(w.Body.Bytes(), app.WASM) {
		t.Errorf("GET /app/app.wasm: status %d, body differs", w.Code)
	}
}

func TestHandlerSnapshotsApp(t *testing.T) {
	app := testApp()
	want := bytes.Clone(app.WASM)
	h := app.Handler()
	app.WASM[0] = 'X'
	app.Title = "changed"
	if w := get(h, "GET", "/app.wasm"); !bytes.Equal(w.Body.Bytes(), want) {
		t.Error("a change to App.WASM after Handler reached the handler")
	}
	if strings.Contains(get(h, "GET", "/").Body.String(), "changed") {
		t.Error("a change to App.Title after Handler reached the handler")
	}
}

func TestHandlerConcurrentFirstRequests(t *testing.T) {
	app := testApp()
	h := app.Handler()
	var wg sync.WaitGroup
	for i := range 8 {
		enc := []string{"br", "gzip"}[i%2]
		wg.Go(func() {
			w := get(h, "GET", "/app.wasm", "Accept-Encoding: "+enc)
			if !bytes.Equal(decode(t, w), app.WASM) {
				t.Errorf("concurrent GET (%s): decoded body differs", enc)
			}
		})
	}
	wg.Wait()
}

// indexConfig returns the JSON config of an index page.
func indexConfig(t *testing.T, page string) string {
	t.Helper()
	const open = `<script type="application/json" id="everyrtc-config">`
	_, rest, ok := strings.Cut(page, open)
	if !ok {
		t.Fatalf("no config element in the index page:\n%s", page)
	}
	js, _, ok := strings.Cut(rest, "</script>")
	if !ok {
		t.Fatal("config element not closed")
	}
	return js
}

func TestIndexPage(t *testing.T) {
	page := get(testApp().Handler(), "GET", "/").Body.String()
	for _, want := range []string{
		"<title>Test app</title>", "<h1>Test app</h1>",
		`<div id="app"></div>`, `<pre id="log">`, `<script src="loader.js" defer></script>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("index page lacks %s:\n%s", want, page)
		}
	}
	if got, want := indexConfig(t, page), `{"env":{"SIGNAL_URL":"ws://127.0.0.1:1/ws"},"args":["-v","two words"]}`; got != want {
		t.Errorf("config %s, want %s", got, want)
	}

	// Nothing set: a default title, and an empty env and args, not null.
	page = get((&App{}).Handler(), "GET", "/").Body.String()
	if !strings.Contains(page, "<title>"+defaultTitle+"</title>") {
		t.Errorf("index page of an untitled app lacks the default title:\n%s", page)
	}
	if got, want := indexConfig(t, page), `{"env":{},"args":[]}`; got != want {
		t.Errorf("config of an empty app %s, want %s", got, want)
	}
}

func TestIndexPageEscaping(t *testing.T) {
	hostile := []string{
		"</script><script>alert(1)</script>",
		"</SCRIPT >",
		"<!-- <script>",
		"]]> & \" ' \u2028\u2029 \\ ",
	}
	app := &App{Title: `</title><script>alert(1)</script>`, Env: map[string]string{}, Args: hostile}
	for i, v := range hostile {
		app.Env[string(rune('A'+i))+"</script>"] = v
	}
	page := get(app.Handler(), "GET", "/").Body.String()

	js := indexConfig(t, page) // up to the first </script>: must be the whole config
	if strings.ContainsAny(js, "<>") {
		t.Errorf("config contains < or >: %s", js)
	}
	var got config
	if err := json.Unmarshal([]byte(js), &got); err != nil {
		t.Fatalf("config %s: %v", js, err)
	}
	if len(got.Env) != len(app.Env) || len(got.Args) != len(hostile) {
		t.Fatalf("config %+v, want env %v, args %v", got, app.Env, hostile)
	}
	for k, v := range app.Env {
		if got.Env[k] != v {
			t.Errorf("env %q = %q, want %q", k, got.Env[k], v)
		}
	}
	for i, v := range hostile {
		if got.Args[i] != v {
			t.Errorf("args[%d] = %q, want %q", i, got.Args[i], v)
		}
	}
	if strings.Contains(page, "<script>alert") {
		t.Errorf("the title broke out of its element:\n%s", page)
	}
	if !strings.Contains(page, "<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>") {
		t.Errorf("title not escaped as text:\n%s", page)
	}
}
