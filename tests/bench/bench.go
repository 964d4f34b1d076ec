//go:build !js

// Package bench holds what the benchmark suites share: the figures they
// measure and how BENCHMARKS.md shows them. Each suite (browserbench,
// nativebench, crossbench, sizebench) returns Rows; cmd/bench runs them all
// and writes the file.
package bench

import (
	"context"
	"slices"
)

// Row is one figure of one implementation: every repetition's value, in the
// order measured. The implementations of a group alternate inside one run
// (A B A B ...), so their rows are comparable.
type Row struct {
	Group  string    // what is compared, e.g. "Chromium: plain JS vs everyrtc wasm vs pion js"
	Figure string    // e.g. "throughput, 64 MiB as 64 KiB messages"
	Impl   string    // e.g. "plain JS", "everyrtc wasm", "pion js"
	Unit   string    // e.g. "MB/s", "msg/s", "ms", "MB", "KiB/pair"
	Higher bool      // whether a higher value is better
	Values []float64 // one per repetition
	Note   string    // why a value is missing or anything a reader must know
}

// Median is the middle value (the mean of the middle two for an even
// count); 0 for no values.
func (r Row) Median() float64 {
	v := slices.Sorted(slices.Values(r.Values))
	switch n := len(v); {
	case n == 0:
		return 0
	case n%2 == 1:
		return v[n/2]
	default:
		return (v[n/2-1] + v[n/2]) / 2
	}
}

// Range is the smallest and the largest value.
func (r Row) Range() (lo, hi float64) {
	if len(r.Values) == 0 {
		return 0, 0
	}
	return slices.Min(r.Values), slices.Max(r.Values)
}

// Suite is one benchmark suite: it measures reps repetitions of each of its
// figures and reports progress through logf.
type Suite func(ctx context.Context, reps int, logf func(format string, args ...any)) ([]Row, error)
