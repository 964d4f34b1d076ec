//go:build !js

package serve

import (
	"context"
	"errors"
	"path/filepath"
	"runtime"

	"github.com/everyrtc/rtc/web"
)

// buildClient compiles the ./client package beside the source of the
// command that called Run (skip frames up) to WebAssembly. go run compiles
// a command where its sources are, so the caller's file name says where
// that is.
func buildClient(ctx context.Context, skip int) (*web.App, error) {
	_, file, _, ok := runtime.Caller(skip + 1)
	if !ok || !filepath.IsAbs(file) {
		return nil, errors.New("serve: the command's source directory is unknown (built with -trimpath?): run it with go run from the repository")
	}
	return web.Build(ctx, filepath.Dir(file), "./client", "-trimpath", "-ldflags=-s -w")
}
