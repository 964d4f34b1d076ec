//go:build !js

package web

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// helloApp builds testdata/hello once per test binary: the tests that need
// a real program share it.
var helloApp = sync.OnceValues(func() (*App, error) {
	return Build(context.Background(), ".", "./testdata/hello", "-trimpath", "-ldflags=-s -w")
})

// hello returns a copy of the built hello app.
func hello(t *testing.T) *App {
	t.Helper()
	app, err := helloApp()
	if err != nil {
		t.Fatal(err)
	}
	c := *app
	return &c
}

// gorootWasmExec reads wasm_exec.js from `go env GOROOT` independently of
// the package's own lookup.
func gorootWasmExec(t *testing.T) []byte {
	t.Helper()
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(out)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestBuild(t *testing.T) {
	app := hello(t)
	// A wasm module starts with "\0asm" and version 1.
	if magic := []byte("\x00asm\x01\x00\x00\x00"); !bytes.HasPrefix(app.WASM, magic) {
		t.Fatalf("WASM starts with %q, want %q", app.WASM[:min(8, len(app.WASM))], magic)
	}
	if !bytes.Equal(app.WasmExec, gorootWasmExec(t)) {
		t.Fatal("WasmExec differs from $(go env GOROOT)/lib/wasm/wasm_exec.js")
	}
	if app.Title != "" || app.Env != nil || app.Args != nil {
		t.Fatalf("Build set Title %q, Env %v, Args %v; want them empty", app.Title, app.Env, app.Args)
	}
}

func TestBuildErrorCarriesCompilerOutput(t *testing.T) {
	_, err := Build(t.Context(), ".", "./testdata/broken")
	if err == nil {
		t.Fatal("Build of a package with a type error succeeded")
	}
	for _, want := range []string{"web: build ./testdata/broken", "main.go:5", `cannot use "not a number"`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
}

func TestBuildMissingPackage(t *testing.T) {
	_, err := Build(t.Context(), ".", "./testdata/missing")
	if err == nil || !strings.Contains(err.Error(), "testdata/missing") {
		t.Fatalf("Build of a missing package: err = %v, want go build's complaint about testdata/missing", err)
	}
}

func TestBuildCanceled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	if _, err := Build(ctx, ".", "./testdata/hello"); !errors.Is(err, context.Canceled) {
		t.Fatalf("Build with a canceled context: err = %v, want context.Canceled", err)
	}
}

func TestWasmExecJS(t *testing.T) {
	b, err := WasmExecJS(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, gorootWasmExec(t)) {
		t.Fatal("WasmExecJS differs from $(go env GOROOT)/lib/wasm/wasm_exec.js")
	}
}
