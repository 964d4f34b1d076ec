//go:build !js

// Package nativebench measures native everyrtc against raw pion/webrtc/v4:
// two peers in one process on 127.0.0.1, the same workload once through
// each API, the two alternating inside every repetition. Its Run is a
// bench.Suite.
package nativebench

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/everyrtc/rtc/tests/bench"
)

// Group names the comparison in every Row.
const Group = "native, one process"

// sizes is the workload of one run; tests shrink it.
type sizes struct {
	bulkBytes   int // bytes of each throughput figure
	rateCount   int // messages of the message-rate figure
	rateSize    int // bytes per message of the message-rate figure
	setups      int // fresh pairs per repetition for setup and first frame
	pairs       int // pairs held for memory and goroutines
	warmupBytes int // bytes sent on a connection before it is timed

	only string            // when set, only the figures whose name contains it
	held func(impl string) // when set, called while the pairs are held (profiling)
}

// fullSizes is the workload the figures are named after.
var fullSizes = sizes{
	bulkBytes:   64 << 20,
	rateCount:   100_000,
	rateSize:    100,
	setups:      20,
	pairs:       500,
	warmupBytes: 4 << 20,
}

// Run measures every figure reps times through everyrtc and raw pion,
// alternating the two (their order swaps each repetition, so neither
// always runs on a warmer process).
func Run(ctx context.Context, reps int, logf func(string, ...any)) ([]bench.Row, error) {
	return run(ctx, reps, logf, fullSizes)
}

func run(ctx context.Context, reps int, logf func(string, ...any), sz sizes) ([]bench.Row, error) {
	impls, err := newImplementations()
	if err != nil {
		return nil, err
	}
	var figs []figure
	for _, f := range figures(sz) {
		if strings.Contains(f.name, sz.only) {
			figs = append(figs, f)
		}
	}
	rows := make([][]bench.Row, len(figs)) // [figure][implementation]
	for f, fig := range figs {
		for _, im := range impls {
			rows[f] = append(rows[f], bench.Row{Group: Group, Figure: fig.name, Impl: im.name,
				Unit: fig.unit, Higher: fig.higher, Note: fig.note})
		}
	}
	for rep := range reps {
		for f, fig := range figs {
			order := []int{0, 1}
			if rep%2 == 1 {
				order = []int{1, 0}
			}
			vals := make([][]float64, len(impls))
			if fig.both != nil {
				// Interleaved inside the figure (one pair of each in turn).
				a, b, err := fig.both(ctx, impls[order[0]], impls[order[1]])
				if err != nil {
					return nil, fmt.Errorf("%s: %w", fig.name, err)
				}
				vals[order[0]], vals[order[1]] = a, b
			} else {
				for _, i := range order {
					v, err := fig.one(ctx, impls[i])
					if err != nil {
						return nil, fmt.Errorf("%s, %s: %w", fig.name, impls[i].name, err)
					}
					vals[i] = v
				}
			}
			for i := range impls {
				rows[f][i].Values = append(rows[f][i].Values, vals[i]...)
				logf("rep %d  %-45s %-9s %10.2f %s", rep+1, fig.name, impls[i].name, last(vals[i]), fig.unit)
			}
		}
	}
	var out []bench.Row
	for _, r := range rows {
		out = append(out, r...)
	}
	return out, nil
}

func last(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	return v[len(v)-1]
}

// figure is one measured figure. one measures one implementation; both,
// when set, measures the two interleaved and returns one value each.
// Memory and goroutines come from one measurement, hence []float64.
type figure struct {
	name, unit, note string
	higher           bool
	one              func(ctx context.Context, im *implementation) ([]float64, error)
	both             func(ctx context.Context, a, b *implementation) ([]float64, []float64, error)
}

func figures(sz sizes) []figure {
	dcNote := fmt.Sprintf("reliable ordered channel; Send waits while bufferedAmount is above %d MiB, "+
		"until OnBufferedAmountLow (threshold %d MiB); a fresh connection per value, warmed up with %s "+
		"of the same messages first; %s", highWater>>20, lowWater>>20, mib(sz.warmupBytes), settingsNote)
	cpuNote := "user+system CPU time of the whole process (both peers) during the timed transfer " +
		"above, from getrusage: steadier than wall time on a shared machine"
	// transferFigures are a timed transfer's rate and its CPU time.
	transferFigures := func(name, unit, note string, size, n int, rate func(time.Duration) float64) []figure {
		return []figure{
			{name: name, unit: unit, higher: true, note: note + dcNote,
				one: func(ctx context.Context, im *implementation) ([]float64, error) {
					t, err := timeTransfer(ctx, im, size, n, sz.warmupBytes)
					im.lastCPU = t.cpu
					return []float64{rate(t.wall)}, err
				}},
			{name: "CPU time, " + strings.TrimPrefix(strings.TrimPrefix(name, "throughput, "), "message rate, "),
				unit: "ms", note: cpuNote,
				one: func(ctx context.Context, im *implementation) ([]float64, error) {
					return []float64{ms(im.lastCPU)}, nil
				}},
		}
	}
	mbps := func(d time.Duration) float64 { return float64(sz.bulkBytes) / 1e6 / d.Seconds() }
	var figs []figure
	for _, msg := range []int{64 << 10, 16 << 10} {
		figs = append(figs, transferFigures(fmt.Sprintf("throughput, %s as %s messages", mib(sz.bulkBytes), mib(msg)),
			"MB/s", "MB = 10^6 bytes, first Send to last byte received; ", msg, sz.bulkBytes/msg, mbps)...)
	}
	figs = append(figs, transferFigures(fmt.Sprintf("message rate, %d × %d B", sz.rateCount, sz.rateSize), "msg/s",
		"first Send to last message received; ", sz.rateSize, sz.rateCount,
		func(d time.Duration) float64 { return float64(sz.rateCount) / d.Seconds() })...)
	return append(figs, []figure{
		{name: "connection setup, CreateOffer to channel open", unit: "ms",
			note: fmt.Sprintf("median of %d fresh pairs per repetition, the two APIs alternating pair by pair; "+
				"non-trickle (each description sent once gathering is complete); open = both ends open; %s",
				sz.setups, settingsNote),
			both: func(ctx context.Context, a, b *implementation) ([]float64, []float64, error) {
				return medianOfPairs(ctx, sz.setups, a, b, setupTime)
			}},
		{name: "first remote video frame, CreateOffer to frame", unit: "ms",
			note: fmt.Sprintf("VP8 TrackLocalStaticSample written every %v (%d B frames) from before CreateOffer; "+
				"time to the first complete frame (partition head to marker) read from the remote TrackRemote; "+
				"natively there is no decoder, so no decode or render time; median of %d fresh pairs per "+
				"repetition, alternating pair by pair; %s", frameInterval, frameSize, sz.setups, settingsNote),
			both: func(ctx context.Context, a, b *implementation) ([]float64, []float64, error) {
				return medianOfPairs(ctx, sz.setups, a, b, firstFrameTime)
			}},
		{name: fmt.Sprintf("heap in use per connected pair, %d pairs held", sz.pairs), unit: "KiB/pair",
			note: fmt.Sprintf("HeapInuse after runtime.GC, with %d pairs connected (one open channel, one "+
				"message each way) minus before, / %d; the other API's pairs closed and collected first; %s",
				sz.pairs, sz.pairs, settingsNote),
			one: func(ctx context.Context, im *implementation) ([]float64, error) {
				m, err := measureHeld(ctx, im, sz.pairs, sz.held)
				im.lastHeld = m
				return []float64{m.heapKiB}, err
			}},
		{name: fmt.Sprintf("live heap per connected pair, %d pairs held", sz.pairs), unit: "KiB/pair",
			note: "HeapAlloc (live objects, without the free slots of partly used spans) delta / pairs, " +
				"from the same measurement as the HeapInuse row",
			one: func(ctx context.Context, im *implementation) ([]float64, error) {
				return []float64{im.lastHeld.liveKiB}, nil
			}},
		{name: fmt.Sprintf("goroutines per connected pair, %d pairs held", sz.pairs), unit: "goroutines/pair",
			note: "runtime.NumGoroutine delta / pairs, from the same measurement as the heap row, counted " +
				"once the pairs are idle; everyrtc's event goroutines end after 0.5 s without events (one " +
				"per PeerConnection and DataChannel while events flow)",
			one: func(ctx context.Context, im *implementation) ([]float64, error) {
				return []float64{im.lastHeld.goroutines}, nil
			}},
	}...)
}

func mib(n int) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}

// opTimeout bounds each wait for the network.
const opTimeout = 30 * time.Second
