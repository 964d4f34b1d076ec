//go:build !js

package sizebench

import (
	"context"
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
