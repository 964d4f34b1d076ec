//go:build !js

package main

import (
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/everyrtc/rtc/tests/bench"
)

// report is what BENCHMARKS.md says about one run.
type report struct {
	command  string
	started  time.Time
	duration time.Duration
	reps     int
	rows     []bench.Row
	failed   []string
}

func writeReport(w io.Writer, r report) {
	fmt.Fprintln(w, "# Benchmarks")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Written by `"+strings.TrimSpace(r.command)+"` (tests/bench/cmd/bench); do not edit by hand.")
	fmt.Fprintf(w, "Run on %s, %v in all, %d repetitions of every figure; the implementations\n", r.started.UTC().Format("2006-01-02 15:04 MST"), r.duration.Round(time.Second), r.reps)
	fmt.Fprintln(w, "compared in a group alternate inside every repetition (A B A B ...), so")
	fmt.Fprintln(w, "their ratios are measured side by side on the same (shared, noisy) machine.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "## Machine and versions")
	fmt.Fprintln(w)
	for _, kv := range machine() {
		fmt.Fprintf(w, "- %s: %s\n", kv[0], kv[1])
	}
	if len(r.failed) > 0 {
		fmt.Fprint(w, "\n## Suites that failed\n\n")
		for _, f := range r.failed {
			fmt.Fprintf(w, "- %s\n", f)
		}
	}
	fmt.Fprint(w, "\n## Targets\n\n")
	bench.WriteBars(w, bars(r.rows), r.rows)
	fmt.Fprintln(w, "\n## Figures")
	bench.WriteTables(w, r.rows)
}

// machine describes the machine and the versions of what was measured.
func machine() [][2]string {
	kv := [][2]string{
		{"CPU", firstLine("/proc/cpuinfo", "model name") + fmt.Sprintf(" (%d logical CPUs)", runtime.NumCPU())},
		{"memory", strings.TrimSpace(strings.TrimPrefix(firstLine("/proc/meminfo", "MemTotal"), "MemTotal:"))},
		{"kernel", strings.TrimSpace(readFile("/proc/sys/kernel/osrelease"))},
		{"Go", runtime.Version() + " " + runtime.GOOS + "/" + runtime.GOARCH},
		{"Chromium", command(chromium(), "--version")},
	}
	if bi, ok := debug.ReadBuildInfo(); ok {
		for _, d := range bi.Deps {
			switch d.Path {
			case "github.com/pion/webrtc/v4", "github.com/pion/sctp", "github.com/pion/ice/v4":
				kv = append(kv, [2]string{d.Path, d.Version})
			}
		}
	}
	kv = append(kv, [2]string{"everyrtc", command("git", "describe", "--always", "--dirty")})
	return kv
}

func chromium() string {
	if bin := os.Getenv("RTC_CHROMIUM"); bin != "" {
		return bin
	}
	return "chromium"
}

func command(name string, args ...string) string {
	out, err := exec.Command(name, args...).Output()
	if err != nil {
		return "unknown (" + err.Error() + ")"
	}
	return strings.TrimSpace(string(out))
}

func readFile(name string) string {
	b, _ := os.ReadFile(name)
	return string(b)
}

// firstLine returns the value of the first "key: value" line of a /proc
// file that starts with key.
func firstLine(name, key string) string {
	for line := range strings.Lines(readFile(name)) {
		if strings.HasPrefix(line, key) {
			if _, v, ok := strings.Cut(line, ":"); ok {
				return strings.TrimSpace(v)
			}
		}
	}
	return "unknown"
}
