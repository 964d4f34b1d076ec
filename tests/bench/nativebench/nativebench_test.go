//go:build !js

package nativebench

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestRunTiny runs every figure once with tiny sizes and checks that each
// row has a value; it times nothing against a limit.
func TestRunTiny(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	tiny := sizes{bulkBytes: 1 << 20, rateCount: 1000, rateSize: 100, setups: 2, pairs: 10, warmupBytes: 256 << 10}
	rows, err := run(ctx, 1, t.Logf, tiny)
	if err != nil {
		t.Fatal(err)
	}
	if want := 2 * len(figures(tiny)); len(rows) != want {
		t.Fatalf("%d rows, want %d", len(rows), want)
	}
	for _, r := range rows {
		if len(r.Values) != 1 || (r.Values[0] <= 0 && r.Unit != "goroutines/pair") {
			t.Errorf("%s / %s: values %v", r.Figure, r.Impl, r.Values)
		}
	}
}

// TestRunFull runs Run with the full sizes when NATIVEBENCH_REPS is set
// (NATIVEBENCH_REPS=5 go test -run TestRunFull -v -timeout 1h) and logs
// each row's median, range and the ratio everyrtc / raw pion.
// NATIVEBENCH_ONLY keeps the figures whose name contains it;
// NATIVEBENCH_PAIRS changes the number of pairs held;
// NATIVEBENCH_HEAPPROFILES names a directory for heap profiles taken
// while the pairs are held.
func TestRunFull(t *testing.T) {
	reps, _ := strconv.Atoi(os.Getenv("NATIVEBENCH_REPS"))
	if reps <= 0 {
		t.Skip("set NATIVEBENCH_REPS to run the full benchmark")
	}
	sz := fullSizes
	sz.only = os.Getenv("NATIVEBENCH_ONLY")
	if n, _ := strconv.Atoi(os.Getenv("NATIVEBENCH_PAIRS")); n > 0 {
		sz.pairs = n
	}
	if dir := os.Getenv("NATIVEBENCH_HEAPPROFILES"); dir != "" {
		runtime.MemProfileRate = 1 // every allocation: a few KiB per pair must show
		sz.held = func(impl string) { writeHeapProfile(t, filepath.Join(dir, strings.ReplaceAll(impl, " ", "-")+".heap")) }
	}
	rows, err := run(context.Background(), reps, t.Logf, sz)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(rows); i += 2 {
		a, b := rows[i], rows[i+1]
		alo, ahi := a.Range()
		blo, bhi := b.Range()
		// The ratio of each repetition, whose A and B ran side by side,
		// is steadier than the ratio of the medians on a noisy machine.
		var ratios []float64
		for j := range min(len(a.Values), len(b.Values)) {
			if b.Values[j] != 0 {
				ratios = append(ratios, a.Values[j]/b.Values[j])
			}
		}
		t.Logf("%-50s %s %10.2f [%.2f..%.2f]  %s %10.2f [%.2f..%.2f] %s  everyrtc/pion per rep %.3f",
			a.Figure, a.Impl, a.Median(), alo, ahi, b.Impl, b.Median(), blo, bhi, a.Unit, ratios)
		t.Logf("%-50s median of the ratios %.3f", "", median(ratios))
	}
}

// writeHeapProfile writes a heap profile (after a collection) to path.
func writeHeapProfile(t *testing.T, path string) {
	f, err := os.Create(path)
	if err != nil {
		t.Error(err)
		return
	}
	defer f.Close()
	runtime.GC()
	if err := pprof.Lookup("heap").WriteTo(f, 0); err != nil {
		t.Error(err)
	}
}
