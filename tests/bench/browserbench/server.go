//go:build !js

package browserbench

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/everyrtc/rtc/internal/headless"
	"github.com/everyrtc/rtc/tests/bench"
	"github.com/everyrtc/rtc/web"
)

var (
	//go:embed page.html
	pageHTML []byte
	//go:embed plain.js
	plainJS []byte
	//go:embed bench.js
	benchJS []byte
)

// result is one value the page measured.
type result struct {
	Figure string  `json:"figure"`
	Impl   string  `json:"impl"`
	Value  float64 `json:"value"`
}

// report is what the page posts to /results.
type report struct {
	Results []result `json:"results"`
	Error   string   `json:"error"`
}

// run builds both Go programs, serves the page on 127.0.0.1, opens it in
// headless Chromium and waits for its results.
func run(ctx context.Context, s sizes, logf func(string, ...any)) ([]bench.Row, error) {
	start := time.Now()
	everyrtc, pion, err := buildApps(ctx)
	if err != nil {
		return nil, err
	}
	logf("browserbench: built everyrtc (%.2f MB) and pion (%.2f MB) wasm in %.1f s",
		float64(len(everyrtc.WASM))/1e6, float64(len(pion.WASM))/1e6, time.Since(start).Seconds())

	config, err := json.Marshal(s)
	if err != nil {
		return nil, err
	}
	reports := make(chan report, 1)
	mux := http.NewServeMux()
	file := func(path, contentType string, body []byte) {
		mux.HandleFunc("GET "+path, func(w http.ResponseWriter, _ *http.Request) {
			w.Header().Set("Content-Type", contentType)
			w.Header().Set("Cache-Control", "no-store")
			w.Write(body)
		})
	}
	file("/{$}", "text/html; charset=utf-8", pageHTML)
	file("/plain.js", "text/javascript", plainJS)
	file("/bench.js", "text/javascript", benchJS)
	file("/wasm_exec.js", "text/javascript", everyrtc.WasmExec)
	file("/everyrtc.wasm", "application/wasm", everyrtc.WASM)
	file("/pion.wasm", "application/wasm", pion.WASM)
	file("/config", "application/json", config)
	mux.HandleFunc("POST /log", func(w http.ResponseWriter, r *http.Request) {
		var line string
		if json.NewDecoder(io.LimitReader(r.Body, 4096)).Decode(&line) == nil {
			logf("browserbench: %s", line)
		}
	})
	mux.HandleFunc("POST /results", func(w http.ResponseWriter, r *http.Request) {
		var rep report
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&rep); err != nil {
			rep.Error = "bad results: " + err.Error()
		}
		select {
		case reports <- rep:
		default:
		}
	})

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	srv := &http.Server{Handler: mux}
	go srv.Serve(ln)
	defer srv.Close()

	browser, err := headless.Start(ctx, "http://"+ln.Addr().String()+"/")
	if err != nil {
		return nil, err
	}
	defer browser.Stop()
	select {
	case rep := <-reports:
		if rep.Error != "" {
			return nil, fmt.Errorf("browserbench: the page failed: %s", rep.Error)
		}
		return rows(rep.Results), nil
	case <-browser.Exited:
		return nil, fmt.Errorf("browserbench: Chromium exited: %v\n%s", browser.WaitErr, browser.Output())
	case <-ctx.Done():
		return nil, fmt.Errorf("browserbench: %w", ctx.Err())
	}
}

// buildApps builds the everyrtc and the pion program at once.
func buildApps(ctx context.Context) (everyrtc, pion *web.App, err error) {
	dir, err := sourceDir()
	if err != nil {
		return nil, nil, err
	}
	flags := []string{"-trimpath", "-ldflags=-s -w"}
	pionDone := make(chan error, 1)
	go func() {
		var err error
		pion, err = web.Build(ctx, dir, "./internal/pionapp", flags...)
		pionDone <- err
	}()
	everyrtc, err = web.Build(ctx, dir, "./internal/everyrtcapp", flags...)
	return everyrtc, pion, errors.Join(err, <-pionDone)
}

// sourceDir is this package's directory, where the programs' sources are:
// from this file's compile-time path, else the working directory (go test
// runs in the package's directory).
func sourceDir() (string, error) {
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		dir := filepath.Dir(file)
		if _, err := os.Stat(filepath.Join(dir, "internal", "everyrtcapp")); err == nil {
			return dir, nil
		}
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(filepath.Join(wd, "internal", "everyrtcapp")); err != nil {
		return "", fmt.Errorf("browserbench: cannot find the programs' sources (run from %s's directory): %w",
			"tests/bench/browserbench", err)
	}
	return wd, nil
}
