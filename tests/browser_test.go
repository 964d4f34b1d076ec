//go:build !js

package tests

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/everyrtc/rtc/tests/internal/e2e"
)

// Bounds of the waits on the browser peer.
const (
	// handTimeout bounds the wait for the browser to ask for a scenario.
	// The first ask comes after the wasm test binary is built and
	// Chromium started.
	handTimeout = 4 * time.Minute
	// resultTimeout bounds the wait for the browser's verdict on a
	// scenario once it has it (its own waits are shorter).
	resultTimeout = 2 * time.Minute
	// exitTimeout bounds the wait for the browser test to exit after the
	// last scenario.
	exitTimeout = time.Minute
)

// browser is the wasm peer: `GOOS=js GOARCH=wasm go test -run
// TestBrowserPeer ./browser` run by wasmbrowsertest in headless Chromium,
// which takes its scenarios from the control endpoint.
type browser struct {
	cmd  *exec.Cmd
	out  *outBuffer
	done chan struct{}
	err  error // the exit status, once done is closed
}

// launchBrowser starts the browser peer. wasmbrowsertest must be on PATH
// (scripts/test builds it from the version pinned in go.mod); the
// repository's scripts/chromium wrapper is put first on the browser's
// PATH, for the fake-media and autoplay flags.
func launchBrowser(t *testing.T, controlURL string) *browser {
	t.Helper()
	wbt, err := exec.LookPath("wasmbrowsertest")
	if err != nil {
		t.Fatalf("wasmbrowsertest is not on PATH (%v): run scripts/test, or build it with\n"+
			"\tgo -C tests build -o /tmp/wbt/wasmbrowsertest github.com/agnivade/wasmbrowsertest\n"+
			"and run with PATH=/tmp/wbt:$PATH", err)
	}
	scripts, err := filepath.Abs(filepath.Join("..", "scripts"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(scripts, "chromium")); err != nil {
		t.Fatalf("the chromium wrapper: %v", err)
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is not on PATH: %v", err)
	}
	goroot, err := exec.Command(goBin, "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	b := &browser{out: &outBuffer{}, done: make(chan struct{})}
	b.cmd = exec.Command(goBin, "test", "-count=1", "-v", "-timeout=5m",
		"-exec", wbt, "-run", "^TestBrowserPeer$", "./browser")
	b.cmd.Env = append(os.Environ(),
		"GOOS=js", "GOARCH=wasm",
		// wasmbrowsertest serves GOROOT's wasm_exec.js: the toolchain's own.
		"GOROOT="+strings.TrimSpace(string(goroot)),
		"PATH="+scripts+string(os.PathListSeparator)+os.Getenv("PATH"),
		e2e.EnvControl+"="+controlURL,
	)
	b.cmd.Stdout = b.out
	b.cmd.Stderr = b.out
	ownProcessGroup(b.cmd)
	if err := b.cmd.Start(); err != nil {
		t.Fatalf("starting the browser peer: %v", err)
	}
	go func() {
		b.err = b.cmd.Wait()
		close(b.done)
	}()
	t.Cleanup(func() {
		select {
		case <-b.done:
		default:
			killProcessGroup(b.cmd)
			<-b.done
		}
		if t.Failed() || testing.Verbose() {
			t.Logf("browser peer output:\n%s", b.out.since(0))
		}
	})
	return b
}

// wait waits for the browser test to exit after its last scenario and
// fails t unless it passed.
func (b *browser) wait(t *testing.T) {
	t.Helper()
	select {
	case <-b.done:
	case <-time.After(exitTimeout):
		t.Fatalf("the browser peer did not exit within %v after its last scenario", exitTimeout)
	}
	if b.err != nil {
		t.Errorf("the browser peer failed: %v", b.err)
		return
	}
	if out := b.out.since(0); !bytes.Contains([]byte(out), []byte("--- PASS: TestBrowserPeer")) {
		t.Errorf("the browser peer exited without passing TestBrowserPeer")
	}
}
