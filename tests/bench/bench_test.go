//go:build !js

package bench

import (
	"strings"
	"testing"
)

func TestMedianAndRange(t *testing.T) {
	r := Row{Values: []float64{3, 1, 2, 10}}
	if m := r.Median(); m != 2.5 {
		t.Errorf("median %v, want 2.5", m)
	}
	if lo, hi := r.Range(); lo != 1 || hi != 10 {
		t.Errorf("range %v–%v, want 1–10", lo, hi)
	}
	if m := (Row{Values: []float64{5, 1, 3}}).Median(); m != 3 {
		t.Errorf("odd median %v, want 3", m)
	}
}

func TestBarCheck(t *testing.T) {
	rows := []Row{
		{Group: "g", Figure: "f", Impl: "a", Values: []float64{9, 10, 11}},
		{Group: "g", Figure: "f", Impl: "b", Values: []float64{20}},
	}
	if ratio, met, ok := (Bar{Group: "g", Figure: "f", Impl: "a", Base: "b", Max: 0.5}).Check(rows); !ok || !met || ratio != 0.5 {
		t.Errorf("a ≤ 0.5× b: ratio %v met %v ok %v, want 0.5 true true", ratio, met, ok)
	}
	if _, met, ok := (Bar{Group: "g", Figure: "f", Impl: "a", Base: "b", Min: 0.9}).Check(rows); !ok || met {
		t.Errorf("a ≥ 0.9× b: met %v ok %v, want false true", met, ok)
	}
	if _, _, ok := (Bar{Group: "g", Figure: "f", Impl: "a", Base: "missing"}).Check(rows); ok {
		t.Error("a bar with a missing row was checked")
	}
}

func TestWriteTablesNotesOncePerFigure(t *testing.T) {
	var b strings.Builder
	WriteTables(&b, []Row{
		{Group: "g", Figure: "f", Impl: "a", Unit: "MB/s", Values: []float64{10}, Note: "same"},
		{Group: "g", Figure: "f", Impl: "b", Unit: "MB/s", Values: []float64{5}, Note: "same"},
		{Group: "g", Figure: "f", Impl: "c", Note: "no values | here"},
	})
	out := b.String()
	if n := strings.Count(out, "same"); n != 1 {
		t.Errorf("note printed %d times, want once:\n%s", n, out)
	}
	for _, want := range []string{"| f | b | 5 MB/s | 5 – 5 | 1 | 0.50× |", `no values \| here`} {
		if !strings.Contains(out, want) {
			t.Errorf("missing %q in:\n%s", want, out)
		}
	}
}
