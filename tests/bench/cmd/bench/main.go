//go:build !js

// Command bench runs every benchmark suite (wasm size, native everyrtc
// against raw pion, native ↔ Chromium, and plain JS against everyrtc wasm
// and pion's js build in one Chromium page) and writes BENCHMARKS.md.
//
//	scripts/bench                     # all suites, 3 repetitions
//	scripts/bench -reps 5 -only size  # some suites
//
// It is not part of the tests' pass/fail: a missed target is reported in
// the file, not as an exit status.
package main

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"log"
	"os"
	"os/signal"
	"slices"
	"strings"
	"time"

	"github.com/everyrtc/rtc/tests/bench"
)

// suite is a benchmark suite and the name -only selects it by.
type suite struct {
	name string
	run  bench.Suite
}

func main() {
	reps := flag.Int("reps", 3, "repetitions of every figure (at least 3 for a median and a range)")
	out := flag.String("out", "BENCHMARKS.md", "the file to write")
	only := flag.String("only", "", "comma-separated suites to run (default all: "+strings.Join(suiteNames(), ",")+")")
	flag.Parse()
	log.SetFlags(log.Ltime)
	if *reps < 1 {
		log.Fatal("-reps must be at least 1")
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()

	var chosen []suite
	for _, s := range suites {
		if *only == "" || slices.Contains(strings.Split(*only, ","), s.name) {
			chosen = append(chosen, s)
		}
	}
	if len(chosen) == 0 {
		log.Fatalf("-only %q names no suite (have %s)", *only, strings.Join(suiteNames(), ","))
	}

	started := time.Now()
	var rows []bench.Row
	var failed []string
	for _, s := range chosen {
		log.Printf("suite %s: %d repetitions", s.name, *reps)
		got, err := s.run(ctx, *reps, func(format string, args ...any) {
			log.Printf(s.name+": "+format, args...)
		})
		rows = append(rows, got...)
		if err != nil {
			log.Printf("suite %s failed: %v", s.name, err)
			failed = append(failed, fmt.Sprintf("%s: %v", s.name, err))
		}
	}

	var b bytes.Buffer
	writeReport(&b, report{
		command:  "scripts/bench " + strings.Join(userArgs(os.Args[1:]), " "),
		started:  started,
		duration: time.Since(started),
		reps:     *reps,
		rows:     rows,
		failed:   failed,
	})
	if err := os.WriteFile(*out, b.Bytes(), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %s (%d rows, %v)", *out, len(rows), time.Since(started).Round(time.Second))
	if len(failed) > 0 {
		os.Exit(1)
	}
}

func suiteNames() []string {
	var names []string
	for _, s := range suites {
		names = append(names, s.name)
	}
	return names
}

// userArgs are the command's arguments without -out, which scripts/bench
// adds.
func userArgs(args []string) []string {
	var out []string
	for i := 0; i < len(args); i++ {
		switch a := args[i]; {
		case a == "-out" || a == "--out":
			i++
		case strings.HasPrefix(a, "-out=") || strings.HasPrefix(a, "--out="):
		default:
			out = append(out, a)
		}
	}
	return out
}
