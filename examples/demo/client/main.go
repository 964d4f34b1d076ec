//go:build js && wasm

// Command client is the browser side of the demo, compiled to WebAssembly:
// it connects to the native server through the signaling hub, streams
// checked messages that the server echoes, and charts bytes/s and round trip
// time from GetStats. In headless mode it posts what it measured to the
// server, which prints it.
package main

import (
	"context"
	"fmt"
	"os"
	"strconv"
	"syscall/js"
	"time"

	"github.com/everyrtc/rtc/examples/demo/report"
	"github.com/everyrtc/rtc/examples/internal/browser"
)

func main() {
	ui := newUI()
	seconds, _ := strconv.ParseFloat(os.Getenv("DEMO_SECONDS"), 64)
	headless := os.Getenv("HEADLESS") == "1"
	res := run(ui, time.Duration(seconds*float64(time.Second)))
	if err := res.Check(); err != nil {
		ui.status("failed: " + err.Error())
	} else {
		ui.status(fmt.Sprintf("done: %.1f MB echoed and checked", float64(res.EchoedBytes)/1e6))
	}
	if headless {
		if err := browser.PostResults(res); err != nil {
			ui.status("posting the results: " + err.Error())
		}
	}
}

// run connects and streams for d (forever when d is 0), then reports.
func run(ui *ui, d time.Duration) report.Results {
	res := report.Results{UserAgent: js.Global().Get("navigator").Get("userAgent").String()}
	s, err := connect(ui, &res)
	if err != nil {
		res.Error = err.Error()
		return res
	}
	defer s.close()
	go s.chart(ui)
	go s.ping()
	if err := s.stream(d); err != nil {
		res.Error = err.Error()
	}
	s.finish(&res)
	return res
}

// withTimeout waits for ch for at most d.
func withTimeout(ch <-chan struct{}, d time.Duration, what string) error {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	select {
	case <-ch:
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: no answer in %v", what, d)
	}
}
