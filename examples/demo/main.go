//go:build !js

// Command demo builds the demo's browser client (./client) to WebAssembly,
// serves it on 127.0.0.1 with a signaling hub, and answers every page with a
// native peer that echoes what it receives. It prints the URL to open; with
// -headless it opens the page in headless Chromium itself, waits for the
// client's measurements and prints them as a table (exit status 1 if the
// run failed).
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"strconv"
	"time"

	"github.com/everyrtc/rtc/examples/demo/report"
	"github.com/everyrtc/rtc/examples/internal/serve"
)

func main() {
	addr := flag.String("addr", "", "where to serve the demo (default 127.0.0.1:8080; with -headless any free port)")
	inChromium := flag.Bool("headless", false, "run the demo in headless Chromium and print its results")
	seconds := flag.Float64("seconds", -1, "how long the client streams (default: 5 with -headless, until the page is closed without)")
	flag.Parse()
	if err := run(*addr, *inChromium, *seconds); err != nil {
		log.Fatal(err)
	}
}

func run(addr string, inChromium bool, seconds float64) error {
	switch {
	case seconds < 0 && inChromium:
		seconds = 5
	case seconds < 0:
		seconds = 0 // the client streams until the page is closed
	case seconds == 0 && inChromium:
		return errors.New("-headless needs -seconds > 0")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	bodies, err := serve.Run(ctx, addr, inChromium, serve.Example{
		Title:   "everyrtc demo: a Go WebAssembly peer and a native Go peer",
		Env:     map[string]string{"DEMO_SECONDS": strconv.FormatFloat(seconds, 'f', -1, 64)},
		Answer:  echoPeer,
		Pages:   []string{""},
		Timeout: time.Duration(seconds*float64(time.Second)) + 90*time.Second,
		Hello:   "open it in a browser; Ctrl-C stops",
	})
	if err != nil || !inChromium {
		return err
	}
	var r report.Results
	if err := json.Unmarshal(bodies[0], &r); err != nil {
		return fmt.Errorf("the page's results: %w", err)
	}
	fmt.Print("\n" + r.Table())
	return r.Check()
}
