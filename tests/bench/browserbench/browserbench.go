//go:build !js

// Package browserbench compares, in one headless Chromium page, plain
// JavaScript's RTCPeerConnection, everyrtc compiled to wasm and pion/webrtc's
// own js build: data channel throughput and message rate, connection setup
// and time to the first video frame. The three alternate (A B C) inside
// every repetition.
//
// The Go programs are internal/everyrtcapp and internal/pionapp (the same
// workload.go but for the import); the plain JavaScript is plain.js, and
// bench.js drives all three in the page and posts the results. Each
// transfer runs on a fresh pair of connections after a warm-up, with
// bufferedAmountLowThreshold 256 KiB and senders waiting above 1 MiB.
// MB is 10^6 bytes. By hand:
//
//	cd tests && go test ./bench/browserbench -run 'TestRun$' -reps 3 -v -timeout 60m
package browserbench

import (
	"context"

	"github.com/everyrtc/rtc/tests/bench"
)

// Group is the Group of every row.
const Group = "Chromium, one page"

// The implementations, in the order they run within a repetition.
var impls = []string{"plain JS", "everyrtc wasm", "pion js"}

// sizes are the workload's knobs: Run uses defaultSizes, the test tiny ones.
// The page reads them from /config.
type sizes struct {
	Bulk         int    `json:"bulk"`         // bytes per throughput figure
	Warm         int    `json:"warm"`         // bytes sent before timing a throughput figure
	Messages     int    `json:"messages"`     // 100-byte messages of the rate figure
	WarmMessages int    `json:"warmMessages"` // 100-byte messages sent before timing it
	Pairs        int    `json:"pairs"`        // fresh pairs per setup figure
	Low          uint64 `json:"low"`          // bufferedAmountLowThreshold
	High         uint64 `json:"high"`         // senders wait for bufferedamountlow above this
	Reps         int    `json:"reps"`
	// Only, when set, limits the run to these figures (keys of figures),
	// for experiments.
	Only []string `json:"only"`
}

var defaultSizes = sizes{
	Bulk: 64 << 20, Warm: 8 << 20,
	Messages: 100_000, WarmMessages: 20_000,
	Pairs: 20,
	Low:   256 << 10, High: 1 << 20,
}

// figure describes one measured figure; key is its name in the page.
type figure struct {
	key, name, unit string
	higher          bool
}

var figures = []figure{
	{"bulk64k", "throughput, 64 MiB as 64 KiB messages", "MB/s", true},
	{"bulk16k", "throughput, 64 MiB as 16 KiB messages", "MB/s", true},
	{"rate100", "message rate, 100,000 messages of 100 B", "msg/s", true},
	{"setup", "connection setup, createOffer to channel open (median of 20 pairs)", "ms", false},
	{"video", "first remote video frame, from createOffer", "ms", false},
}

// Run measures reps repetitions of every figure (see the package doc). It
// matches bench.Suite.
func Run(ctx context.Context, reps int, logf func(string, ...any)) ([]bench.Row, error) {
	s := defaultSizes
	s.Reps = reps
	return run(ctx, s, logf)
}

// rows turns the page's results into one Row per figure and implementation.
func rows(results []result) []bench.Row {
	var out []bench.Row
	for _, f := range figures {
		for _, impl := range impls {
			r := bench.Row{Group: Group, Figure: f.name, Impl: impl, Unit: f.unit, Higher: f.higher}
			for _, res := range results {
				if res.Figure == f.key && res.Impl == impl {
					r.Values = append(r.Values, res.Value)
				}
			}
			if f.key == "video" && impl == "pion js" {
				r.Note = "pion/webrtc's js build has no media tracks (no AddTrack or OnTrack)"
			}
			out = append(out, r)
		}
	}
	return out
}
