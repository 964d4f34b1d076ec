//go:build !js

package sizebench

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestMeasureMinimal builds the minimal everyrtc data-channel program
// (10-20 s; brotli quality 11 takes as long again) and checks the Rows'
// shape; it logs the sizes and asserts nothing about them (this is a
// benchmark, not a size gate).
func TestMeasureMinimal(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a wasm program")
	}
	rows, err := Measure(context.Background(), Programs[:1], t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 3 {
		t.Fatalf("%d rows, want 3", len(rows))
	}
	for i := 0; i < len(rows); i += 3 {
		raw, gz, br := rows[i], rows[i+1], rows[i+2]
		if raw.Figure != "raw" || gz.Figure != "gzip" || br.Figure != "brotli" || raw.Group != Group {
			t.Fatalf("rows %d-%d: %+v %+v %+v", i, i+2, raw, gz, br)
		}
		if !(raw.Values[0] > gz.Values[0] && gz.Values[0] > br.Values[0] && br.Values[0] > 0) {
			t.Errorf("%s: raw %v, gzip %v, brotli %v: want raw > gzip > brotli > 0",
				raw.Impl, raw.Values, gz.Values, br.Values)
		}
	}
}

// TestRunAll runs the whole suite (every program of Programs, a few
// minutes: brotli quality 11 is slow) when SIZEBENCH=all, or the programs
// whose Impl contains $SIZEBENCH, and logs a table:
//
//	SIZEBENCH=all go -C tests test -run TestRunAll -v -timeout 30m ./bench/sizebench
func TestRunAll(t *testing.T) {
	which := os.Getenv("SIZEBENCH")
	if which == "" {
		t.Skip("set SIZEBENCH=all to build every program")
	}
	var programs []Program
	for _, p := range Programs {
		if which == "all" || strings.Contains(p.Impl, which) {
			programs = append(programs, p)
		}
	}
	rows, err := Measure(context.Background(), programs, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i+2 < len(rows); i += 3 {
		t.Logf("| %s | %.2f | %.2f | %.2f |", rows[i].Impl, rows[i].Values[0], rows[i+1].Values[0], rows[i+2].Values[0])
	}
}
