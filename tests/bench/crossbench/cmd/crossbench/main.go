//go:build !js

// Command crossbench runs the native ↔ Chromium throughput benchmark and
// prints each repetition and the medians. It can also compare two sets of
// pion SCTP settings on the native peer side by side (-a and -b: two
// native peers, each with a Chromium of its own, their transfers
// alternating), and print pion/sctp's counters around each transfer.
//
//	go run ./bench/crossbench/cmd/crossbench -reps 5
//	go run ./bench/crossbench/cmd/crossbench -reps 5 -a rtomax=60s -b ""
package main

import (
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"strings"
	"time"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/tests/bench"
	"github.com/everyrtc/rtc/tests/bench/crossbench"
	"github.com/pion/webrtc/v4"
)

func main() {
	reps := flag.Int("reps", 5, "repetitions")
	totalMiB := flag.Int("mib", 64, "MiB per direction per repetition")
	a := flag.String("a", "", "settings of the native peer, e.g. rtomax=60s,mincwnd=1,castep=0,fastrtx=0,rwnd=0,zerochecksum=1 (empty: the library's defaults)")
	b := flag.String("b", "-", "settings of more native peers to compare with -a, separated by |, alternating (-: none)")
	counters := flag.Bool("counters", false, "print SCTP counters around each transfer")
	flag.StringVar(&profileDir, "cpuprofile", "", "with -counters: write a CPU profile of the native process per transfer into this directory")
	trace := flag.Bool("trace", false, "with -counters: count pion/sctp's log lines (trace level) per transfer")
	flag.Parse()

	sz := crossbench.Default
	sz.Total = *totalMiB << 20
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Minute)
	defer cancel()
	specs := []string{*a}
	if *b != "-" {
		specs = append(specs, strings.Split(*b, "|")...)
	}
	var rows []bench.Row
	var err error
	if len(specs) == 1 {
		s, perr := parseSettings(*a)
		if perr != nil {
			log.Fatal(perr)
		}
		o := crossbench.Options{Sizes: sz, SettingEngine: s}
		if *counters {
			o.Around = around
			if *trace {
				if s == nil {
					s = &webrtc.SettingEngine{}
					o.SettingEngine = s
				}
				f := newFormatCounter()
				s.LoggerFactory = f
				o.Around = func(impl string, pc *rtc.PeerConnection) func() {
					f.take()
					done := around(impl, pc)
					return func() {
						done()
						log.Printf("  pion/sctp log lines:\n%s", f.take())
					}
				}
			}
		}
		rows, err = crossbench.Measure(ctx, *reps, o, log.Printf)
	} else {
		rows, err = compare(ctx, *reps, sz, specs, *counters)
	}
	for _, r := range rows {
		lo, hi := r.Range()
		fmt.Printf("%-40s median %6.1f %s  (%.1f–%.1f)  %.1f\n", r.Impl, r.Median(), r.Unit, lo, hi, r.Values)
	}
	if err != nil {
		log.Print(err)
		os.Exit(1)
	}
	for i := 0; i+1 < len(rows); i += 2 {
		if rows[i+1].Median() > 0 {
			fmt.Printf("%s: native→browser / browser→native = %.2f\n", rows[i].Note, rows[i].Median()/rows[i+1].Median())
		}
	}
}

// compare opens one pair per settings spec and alternates their
// transfers: in each repetition every pair sends both ways, the order of
// pairs and directions rotating.
func compare(ctx context.Context, reps int, sz crossbench.Sizes, specs []string, counters bool) ([]bench.Row, error) {
	var pairs []*crossbench.Pair
	var rows []bench.Row
	for _, spec := range specs {
		s, err := parseSettings(spec)
		if err != nil {
			return nil, err
		}
		p, err := crossbench.Open(ctx, s, log.Printf)
		if err != nil {
			return nil, err
		}
		defer p.Close()
		pairs = append(pairs, p)
		name := fmt.Sprintf("[%s]", spec)
		for _, impl := range []string{crossbench.NativeToBrows, crossbench.BrowsToNative} {
			rows = append(rows, bench.Row{Group: crossbench.Group, Impl: name + " " + impl, Unit: "MB/s", Higher: true, Note: name})
		}
	}
	for i, p := range pairs {
		if _, err := p.ToBrowser(ctx, sz.WarmUp, sz.Chunk); err != nil {
			return rows, fmt.Errorf("warm-up %d: %w", i, err)
		}
		if _, err := p.ToNative(ctx, sz.WarmUp, sz.Chunk); err != nil {
			return rows, fmt.Errorf("warm-up %d: %w", i, err)
		}
	}
	for rep := range reps {
		for k := range 2 * len(pairs) {
			j := (k + rep) % (2 * len(pairs))
			p, dir := pairs[j/2], j%2
			if rep%2 == 1 {
				dir = 1 - dir
			}
			move := p.ToBrowser
			if dir == 1 {
				move = p.ToNative
			}
			row := &rows[j/2*2+dir]
			after := func() {}
			if counters {
				after = around(row.Impl, p.PeerConnection())
			}
			took, err := move(ctx, sz.Total, sz.Chunk)
			after()
			if err != nil {
				return rows, fmt.Errorf("%s: %w", row.Impl, err)
			}
			v := float64(sz.Total) / 1e6 / took.Seconds()
			row.Values = append(row.Values, v)
			log.Printf("%s %d/%d: %.1f MB/s", row.Impl, rep+1, reps, v)
		}
	}
	return rows, nil
}
