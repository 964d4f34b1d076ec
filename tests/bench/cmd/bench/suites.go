//go:build !js

package main

import (
	"github.com/everyrtc/rtc/tests/bench"
	"github.com/everyrtc/rtc/tests/bench/browserbench"
	"github.com/everyrtc/rtc/tests/bench/crossbench"
	"github.com/everyrtc/rtc/tests/bench/nativebench"
	"github.com/everyrtc/rtc/tests/bench/sizebench"
)

// suites run in this order: the deterministic one first.
var suites = []suite{
	{"size", sizebench.Run},
	{"native", nativebench.Run},
	{"cross", crossbench.Run},
	{"browser", browserbench.Run},
}

// bars are the targets, as ratios of medians from the same run.
// The native ones cover every figure nativebench measured.
func bars(rows []bench.Row) []bench.Bar {
	const minimalEveryrtc, minimalPion = "everyrtc (minimal data channel)", "pion js (minimal data channel)"
	out := []bench.Bar{
		{What: "minimal data-channel wasm, raw: everyrtc ≤ 0.5× pion js", Group: sizebench.Group, Figure: "raw",
			Impl: minimalEveryrtc, Base: minimalPion, Max: 0.5},
		{What: "minimal data-channel wasm, gzip: everyrtc ≤ 0.5× pion js", Group: sizebench.Group, Figure: "gzip",
			Impl: minimalEveryrtc, Base: minimalPion, Max: 0.5},
		{What: "native → browser ≥ 0.9× browser → native (64 KiB messages)", Group: crossbench.Group,
			Figure: crossbench.Figure, Impl: crossbench.NativeToBrows, Base: crossbench.BrowsToNative, Min: 0.9},
	}
	out = append(out, browserBars...)
	seen := map[string]bool{}
	for _, r := range rows {
		if r.Group != nativebench.Group || seen[r.Figure] {
			continue
		}
		seen[r.Figure] = true
		b := bench.Bar{What: "native everyrtc within 3% of raw pion: " + r.Figure, Group: r.Group, Figure: r.Figure,
			Impl: "everyrtc", Base: "raw pion"}
		if r.Higher {
			b.Min = 0.97
		} else {
			b.Max = 1.03
		}
		out = append(out, b)
	}
	return out
}

// browserBars are the in-page targets: everyrtc wasm against plain JS.
var browserBars = []bench.Bar{
	{What: "wasm throughput, 64 KiB messages ≥ 0.95× plain JS", Group: browserbench.Group,
		Figure: "throughput, 64 MiB as 64 KiB messages", Impl: "everyrtc wasm", Base: "plain JS", Min: 0.95},
	{What: "wasm message rate, 100 B ≥ 0.9× plain JS", Group: browserbench.Group,
		Figure: "message rate, 100,000 messages of 100 B", Impl: "everyrtc wasm", Base: "plain JS", Min: 0.9},
	{What: "wasm setup ≤ 1.1× plain JS", Group: browserbench.Group,
		Figure: "connection setup, createOffer to channel open (median of 20 pairs)", Impl: "everyrtc wasm", Base: "plain JS", Max: 1.1},
}
