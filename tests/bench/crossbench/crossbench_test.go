//go:build !js

package crossbench

import (
	"context"
	"testing"
	"time"
)

// TestMeasureSmall runs both directions with tiny sizes and checks that
// every row got a positive value per repetition. It times nothing.
func TestMeasureSmall(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	rows, err := Measure(ctx, 2, Options{Sizes: Sizes{Total: 1 << 20, Chunk: 64 << 10, WarmUp: 256 << 10}}, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("got %d rows, want 2", len(rows))
	}
	for _, r := range rows {
		if r.Group != Group || r.Unit != "MB/s" || !r.Higher || len(r.Values) != 2 {
			t.Errorf("row %+v: want group %q, MB/s, higher, 2 values", r, Group)
		}
		for _, v := range r.Values {
			if !(v > 0) {
				t.Errorf("%s: value %v, want > 0", r.Impl, v)
			}
		}
	}
}
