//go:build !js

package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Build compiles the main package pkg (as `go build` takes it, resolved in
// dir) for GOOS=js GOARCH=wasm with the go command on PATH, and reads
// wasm_exec.js from that same toolchain's GOROOT (`go env GOROOT`:
// lib/wasm/wasm_exec.js, or misc/wasm/wasm_exec.js on older toolchains).
// flags go to go build before the package, e.g. "-trimpath" or
// "-ldflags=-s -w". An empty dir is the current directory.
//
// A failed build returns an error that carries go build's output.
// Cancelling ctx stops the build.
func Build(ctx context.Context, dir, pkg string, flags ...string) (*App, error) {
	tmp, err := os.MkdirTemp("", "everyrtc-web-")
	if err != nil {
		return nil, fmt.Errorf("web: build %s: %w", pkg, err)
	}
	defer os.RemoveAll(tmp)

	out := filepath.Join(tmp, "app.wasm")
	args := append([]string{"build"}, flags...)
	args = append(args, "-o", out, pkg)
	if _, err := goCommand(ctx, dir, args...); err != nil {
		return nil, fmt.Errorf("web: build %s: %w", pkg, err)
	}
	wasm, err := os.ReadFile(out)
	if err != nil {
		return nil, fmt.Errorf("web: build %s: %w", pkg, err)
	}
	// Same directory and environment as the build, so that a toolchain
	// switch (GOTOOLCHAIN, the go line of dir's go.mod) picks the same Go.
	wasmExec, err := wasmExecJS(ctx, dir)
	if err != nil {
		return nil, fmt.Errorf("web: build %s: %w", pkg, err)
	}
	return &App{WASM: wasm, WasmExec: wasmExec}, nil
}

// WasmExecJS returns the wasm_exec.js of the go command on PATH, as used in
// the current directory, for callers that build the program some other way.
// It must come from the toolchain that built the program: wasm_exec.js and
// the Go runtime change together between Go versions.
func WasmExecJS(ctx context.Context) ([]byte, error) {
	b, err := wasmExecJS(ctx, "")
	if err != nil {
		return nil, fmt.Errorf("web: %w", err)
	}
	return b, nil
}

// wasmExecJS reads wasm_exec.js from the GOROOT that `go env`, run in dir,
// reports.
func wasmExecJS(ctx context.Context, dir string) ([]byte, error) {
	out, err := goCommand(ctx, dir, "env", "GOROOT")
	if err != nil {
		return nil, err
	}
	goroot := strings.TrimSpace(string(out))
	if goroot == "" {
		return nil, errors.New("go env GOROOT is empty")
	}
	var errs []error
	for _, p := range []string{"lib/wasm/wasm_exec.js", "misc/wasm/wasm_exec.js"} {
		b, err := os.ReadFile(filepath.Join(goroot, filepath.FromSlash(p)))
		if err == nil {
			return b, nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return nil, err
		}
		errs = append(errs, err)
	}
	return nil, fmt.Errorf("no wasm_exec.js in GOROOT %s: %w", goroot, errors.Join(errs...))
}

// goCommand runs the go command in dir with GOOS=js GOARCH=wasm and returns
// its standard output. Its error includes what the command wrote.
func goCommand(ctx context.Context, dir string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	cmd.WaitDelay = 5 * time.Second // compilers the go command started may hold the pipes
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			err = ctxErr
		}
		msg := strings.TrimSpace(stderr.String() + stdout.String())
		if msg == "" {
			return nil, fmt.Errorf("go %s: %w", args[0], err)
		}
		return nil, fmt.Errorf("go %s: %w\n%s", args[0], err, msg)
	}
	return stdout.Bytes(), nil
}
