//go:build !js

// Package sizebench measures the size of Go wasm programs (GOOS=js
// GOARCH=wasm go build -trimpath -ldflags="-s -w") as shipped: raw, gzip
// level 9 (compress/gzip) and brotli quality 11
// (github.com/andybalholm/brotli). It compares a
// minimal data-channel program on everyrtc with the same program on
// pion/webrtc/v4's own js build, the datachannel example's client, a hello
// world, and two floors: syscall/js alone, and syscall/js with the
// packages whose types everyrtc's API must keep (pion/rtp, rtcp,
// interceptor, sdp, media, encoding/json), which a browser build of
// everyrtc cannot go below.
package sizebench

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/andybalholm/brotli"
	"github.com/everyrtc/rtc/tests/bench"
)

// Group is the Group of every Row of the suite.
const Group = "wasm size"

// LDFlags are the linker flags of every build: no symbol table, no DWARF
// (what a site serves).
const LDFlags = "-s -w"

// Program is one Go wasm program to build: Package is its import path
// relative to Module, a directory relative to the repository's root.
type Program struct {
	Impl    string // the Row's Impl
	Module  string // "." (the library's module) or "tests"
	Package string // e.g. "./examples/datachannel/client"
}

// Programs are what Run builds, in this order.
var Programs = []Program{
	{Impl: "everyrtc (minimal data channel)", Module: "tests", Package: "./bench/sizebench/minimal/everyrtc"},
	{Impl: "pion js (minimal data channel)", Module: "tests", Package: "./bench/sizebench/minimal/pion"},
	{Impl: "everyrtc (examples/datachannel client)", Module: ".", Package: "./examples/datachannel/client"},
	{Impl: "hello world (fmt.Println)", Module: "tests", Package: "./bench/sizebench/minimal/hello"},
	{Impl: "syscall/js only", Module: "tests", Package: "./bench/sizebench/minimal/jsonly"},
	{Impl: "API floor (syscall/js + the packages of pion types in the API)", Module: "tests", Package: "./bench/sizebench/minimal/floor"},
}

// Run builds every program of Programs and reports its sizes. It is a
// bench.Suite; sizes are deterministic, so reps is ignored and every Row
// holds one value.
func Run(ctx context.Context, reps int, logf func(string, ...any)) ([]bench.Row, error) {
	return Measure(ctx, Programs, logf)
}

// Measure builds programs and returns three Rows for each: "raw", "gzip"
// and "brotli", in MB (10^6 bytes).
func Measure(ctx context.Context, programs []Program, logf func(string, ...any)) ([]bench.Row, error) {
	root, err := repoRoot()
	if err != nil {
		return nil, err
	}
	tmp, err := os.MkdirTemp("", "sizebench")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	var rows []bench.Row
	for i, p := range programs {
		out := filepath.Join(tmp, "p"+string(rune('a'+i))+".wasm")
		if err := build(ctx, filepath.Join(root, p.Module), p.Package, out); err != nil {
			return rows, errors.New("sizebench: " + p.Impl + ": " + err.Error())
		}
		wasm, err := os.ReadFile(out)
		if err != nil {
			return rows, err
		}
		sizes := Sizes(wasm)
		logf("%s: raw %.2f MB, gzip %.2f MB, brotli %.2f MB", p.Impl, mb(sizes[0]), mb(sizes[1]), mb(sizes[2]))
		for j, figure := range []string{"raw", "gzip", "brotli"} {
			rows = append(rows, bench.Row{
				Group: Group, Figure: figure, Impl: p.Impl, Unit: "MB",
				Values: []float64{mb(sizes[j])},
				Note:   note,
			})
		}
	}
	return rows, nil
}

// note is every Row's Note.
const note = "one build (sizes are deterministic); GOOS=js GOARCH=wasm go build -trimpath -ldflags=\"-s -w\", " +
	"gzip level 9 (compress/gzip), brotli quality 11 (github.com/andybalholm/brotli); MB = 10^6 bytes"

// Sizes are the raw, gzip -9 and brotli quality 11 sizes of b, in bytes.
func Sizes(b []byte) [3]int {
	var gz bytes.Buffer
	w, _ := gzip.NewWriterLevel(&gz, gzip.BestCompression)
	w.Write(b)
	w.Close()
	var br bytes.Buffer
	bw := brotli.NewWriterLevel(&br, 11)
	bw.Write(b)
	bw.Close()
	return [3]int{len(b), gz.Len(), br.Len()}
}

func mb(n int) float64 { return float64(n) / 1e6 }

// build runs go build for GOOS=js GOARCH=wasm in dir.
func build(ctx context.Context, dir, pkg, out string) error {
	cmd := exec.CommandContext(ctx, "go", "build", "-trimpath", "-ldflags="+LDFlags, "-o", out, pkg)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		return errors.New(err.Error() + ": " + strings.TrimSpace(string(b)))
	}
	return nil
}

// repoRoot is the repository's root: two levels above the tests module,
// found from this file's path, or through go list when built with -trimpath.
func repoRoot() (string, error) {
	if _, file, _, ok := runtime.Caller(0); ok && filepath.IsAbs(file) {
		return filepath.Clean(filepath.Join(filepath.Dir(file), "..", "..", "..")), nil
	}
	b, err := exec.Command("go", "list", "-m", "-f", "{{.Dir}}", "github.com/everyrtc/rtc/tests").Output()
	if err != nil {
		return "", errors.New("sizebench: cannot find the repository (run inside the tests module): " + err.Error())
	}
	return filepath.Dir(strings.TrimSpace(string(b))), nil
}
