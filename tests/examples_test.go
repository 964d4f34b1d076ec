//go:build !js

package tests

import (
	"context"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestExamplesHeadless runs every example's -headless mode, as its README
// tells a user to: each builds its WebAssembly client, serves it, drives
// headless Chromium through its scenario and exits 0 only if the pages
// reported success.
func TestExamplesHeadless(t *testing.T) {
	for _, example := range []string{"demo", "datachannel", "media", "browser-to-browser"} {
		t.Run(example, func(t *testing.T) {
			ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
			defer cancel()
			cmd := exec.CommandContext(ctx, "go", "run", "./examples/"+example, "-headless")
			cmd.Dir = ".."
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("go run ./examples/%s -headless: %v\n%s", example, err, out)
			}
			if !strings.Contains(string(out), "| --- |") {
				t.Fatalf("go run ./examples/%s -headless printed no results table:\n%s", example, out)
			}
			t.Logf("%s", out[strings.Index(string(out), "\n|"):])
		})
	}
}
