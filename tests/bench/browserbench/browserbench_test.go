//go:build !js

package browserbench

import (
	"bytes"
	"context"
	"flag"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// tinySizes keep the test short: it checks that every figure of every
// implementation measures something, not how fast.
var tinySizes = sizes{
	Bulk: 256 << 10, Warm: 64 << 10,
	Messages: 500, WarmMessages: 100,
	Pairs: 2,
	Low:   256 << 10, High: 1 << 20,
	Reps: 1,
}

func TestRunTiny(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	rows, err := run(ctx, tinySizes, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(figures) * len(impls); len(rows) != want {
		t.Fatalf("%d rows, want %d", len(rows), want)
	}
	for _, r := range rows {
		switch {
		case r.Note != "" && len(r.Values) == 0:
		case len(r.Values) != tinySizes.Reps:
			t.Errorf("%s, %s: %d values, want %d", r.Figure, r.Impl, len(r.Values), tinySizes.Reps)
		}
		for _, v := range r.Values {
			if !(v > 0) {
				t.Errorf("%s, %s: value %v", r.Figure, r.Impl, v)
			}
		}
	}
}

// TestSameWorkload checks that the Go programs' workloads differ only in
// the library they import.
func TestSameWorkload(t *testing.T) {
	a, err := os.ReadFile("internal/everyrtcapp/workload.go")
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile("internal/pionapp/workload.go")
	if err != nil {
		t.Fatal(err)
	}
	a = bytes.Replace(a, []byte(`webrtc "github.com/everyrtc/rtc"`), []byte(`"github.com/pion/webrtc/v4"`), 1)
	if !bytes.Equal(a, b) {
		t.Error("internal/everyrtcapp/workload.go and internal/pionapp/workload.go differ in more than the import")
	}
}

var (
	reps = flag.Int("reps", 0, "run the full benchmark with this many repetitions and log its rows (TestRun)")
	only = flag.String("figures", "", "comma-separated figures for TestRun (bulk64k,bulk16k,rate100,setup,video); empty: all")
)

// TestRun is the full benchmark, run by hand:
//
//	go test ./bench/browserbench -run 'TestRun$' -reps 5 -v -timeout 60m
//	go test ./bench/browserbench -run 'TestRun$' -reps 3 -figures rate100 -v
func TestRun(t *testing.T) {
	if *reps == 0 {
		t.Skip("the full benchmark runs with -reps N")
	}
	s := defaultSizes
	s.Reps = *reps
	if *only != "" {
		s.Only = strings.Split(*only, ",")
	}
	rows, err := run(context.Background(), s, t.Logf)
	if err != nil {
		t.Fatal(err)
	}
	median := map[string]float64{}
	values := map[string][]float64{}
	for _, r := range rows {
		values[r.Figure+"|"+r.Impl] = r.Values
		if len(r.Values) == 0 && r.Note == "" {
			continue
		}
		lo, hi := r.Range()
		t.Logf("%-70s %-14s %10.1f %-5s (%.1f–%.1f) %v %s", r.Figure, r.Impl, r.Median(), r.Unit, lo, hi, r.Values, r.Note)
		median[r.Figure+"|"+r.Impl] = r.Median()
	}
	for _, f := range figures {
		js := median[f.name+"|plain JS"]
		if js == 0 {
			continue
		}
		var perRep []string
		for i, v := range values[f.name+"|everyrtc wasm"] {
			if i < len(values[f.name+"|plain JS"]) {
				perRep = append(perRep, strconv.FormatFloat(v/values[f.name+"|plain JS"][i], 'f', 2, 64))
			}
		}
		t.Logf("%-70s everyrtc/JS %.2f (each repetition: %s)  pion/JS %.2f", f.name,
			median[f.name+"|everyrtc wasm"]/js, strings.Join(perRep, " "), median[f.name+"|pion js"]/js)
	}
}
