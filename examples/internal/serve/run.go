//go:build !js

package serve

import (
	"context"
	"fmt"
	"log"
	"maps"
	"time"

	"github.com/everyrtc/rtc/internal/headless"
	"github.com/everyrtc/rtc/signaling"
)

// Example is what an example's server is made of. Its page's program
// (./client) finds the hub's path in the environment variable SIGNAL_PATH,
// and HEADLESS is 1 in a -headless run.
type Example struct {
	Title string
	Env   map[string]string // more environment for the page's program
	// Answer, when set, joins a native peer to every room a page opens
	// (see AnswerRooms); without it the hub only pairs pages.
	Answer func(ctx context.Context, url string) error
	// Pages are the addresses a -headless run opens, relative to the root
	// ("" is the root itself), each in a Chromium of its own.
	Pages []string
	// Timeout bounds the wait for the pages' results in a -headless run.
	Timeout time.Duration
	// Hello is logged with the URL when the server is up, for a person.
	Hello string
}

// Run builds ./client beside the calling command's source, serves it at
// addr (default 127.0.0.1:8080, or any free port when headless) with a
// signaling hub at /signal. Without headless it serves until ctx is done;
// with it, it opens ex.Pages in headless Chromium and returns what each
// page posted to /results.
func Run(ctx context.Context, addr string, headlessRun bool, ex Example) ([][]byte, error) {
	switch {
	case addr == "" && headlessRun:
		addr = "127.0.0.1:0"
	case addr == "":
		addr = "127.0.0.1:8080"
	}
	app, err := buildClient(ctx, 1)
	if err != nil {
		return nil, err
	}
	app.Title = ex.Title
	app.Env = map[string]string{"SIGNAL_PATH": "/signal"}
	maps.Copy(app.Env, ex.Env)
	if headlessRun {
		app.Env["HEADLESS"] = "1"
	}
	srv, err := Listen(addr)
	if err != nil {
		return nil, err
	}
	defer srv.Close()
	hub := signaling.NewHub(signaling.HubOptions{})
	defer hub.Close()
	srv.Handle("/", app.Handler())
	if ex.Answer != nil {
		srv.Handle("/signal", AnswerRooms(ctx, hub, srv.WS+"/signal", ex.Answer))
	} else {
		srv.Handle("/signal", hub)
	}
	srv.Serve()
	log.Printf("serving %s (%.1f MB of WebAssembly): %s", srv.URL, float64(len(app.WASM))/1e6, ex.Hello)
	if !headlessRun {
		<-ctx.Done()
		return nil, nil
	}

	urls := make([]string, len(ex.Pages))
	for i, p := range ex.Pages {
		urls[i] = srv.URL + p
	}
	browser, err := headless.Start(ctx, urls...)
	if err != nil {
		return nil, err
	}
	defer browser.Stop()
	results, err := srv.Results(ctx, len(urls), ex.Timeout, browser.Exited)
	if err != nil {
		return nil, fmt.Errorf("%w; chromium said:\n%s", err, browser.Output())
	}
	return results, nil
}
