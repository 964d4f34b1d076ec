//go:build !js

package nativebench

import (
	"context"
	"os"
	"strconv"
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
func TestRunFull(t *testing.T) {
	reps, _ := strconv.Atoi(os.Getenv("NATIVEBENCH_REPS"))
	if reps <= 0 {
		t.Skip("set NATIVEBENCH_REPS to run the full benchmark")
	}
	rows, err := Run(context.Background(), reps, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+1 < len(rows); i += 2 {
		a, b := rows[i], rows[i+1]
		alo, ahi := a.Range()
		blo, bhi := b.Range()
		ratio := 0.0
		if b.Median() != 0 {
			ratio = a.Median() / b.Median()
		}
		t.Logf("%-50s %s %10.2f [%.2f..%.2f]  %s %10.2f [%.2f..%.2f]  ratio %.3f %s",
			a.Figure, a.Impl, a.Median(), alo, ahi, b.Impl, b.Median(), blo, bhi, ratio, a.Unit)
	}
}
