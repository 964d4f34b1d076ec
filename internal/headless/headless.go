//go:build !js

// Package headless opens pages in headless Chromium, for the examples'
// -headless modes and the benchmarks: the pages report their results to
// the server that serves them.
package headless

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"sync"
)

// Chromium is headless Chromium showing pages, one process per page
// (headless mode takes one page per process).
type Chromium struct {
	// Exited is closed when a process has ended, with WaitErr set.
	Exited  chan struct{}
	WaitErr error

	cmds    []*exec.Cmd
	dirs    []string
	waited  sync.WaitGroup
	exitOne sync.Once
	mu      sync.Mutex
	out     bytes.Buffer
}

// chromiumFlags keep headless Chromium off the network (its background
// connections fail on closed networks) and let pages play media unasked.
var chromiumFlags = []string{
	"--headless=new", "--disable-gpu", "--no-first-run", "--disable-background-networking",
	"--disable-component-update", "--disable-sync", "--disable-extensions",
	"--autoplay-policy=no-user-gesture-required",
}

// Start opens each of urls in a headless Chromium of its own: $RTC_CHROMIUM,
// or chromium (or another Chromium or Chrome) found on PATH.
func Start(ctx context.Context, urls ...string) (*Chromium, error) {
	bin := os.Getenv("RTC_CHROMIUM")
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if bin != "" {
			break
		}
		bin, _ = exec.LookPath(name)
	}
	if bin == "" {
		return nil, errors.New("no Chromium found: install it (apt-get install chromium) or set RTC_CHROMIUM")
	}
	c := &Chromium{Exited: make(chan struct{})}
	for _, url := range urls {
		if err := c.open(ctx, bin, url); err != nil {
			c.Stop()
			return nil, err
		}
	}
	return c, nil
}

// open starts one process with a fresh profile showing url.
func (c *Chromium) open(ctx context.Context, bin, url string) error {
	dir, err := os.MkdirTemp("", "everyrtc-chromium")
	if err != nil {
		return err
	}
	c.dirs = append(c.dirs, dir)
	args := append([]string{"--user-data-dir=" + dir}, chromiumFlags...)
	if os.Geteuid() == 0 {
		args = append(args, "--no-sandbox")
	}
	cmd := exec.CommandContext(ctx, bin, append(args, url)...)
	cmd.Stdout, cmd.Stderr = c, c
	if err := cmd.Start(); err != nil {
		return err
	}
	c.cmds = append(c.cmds, cmd)
	c.waited.Add(1)
	go func() {
		defer c.waited.Done()
		err := cmd.Wait()
		c.exitOne.Do(func() {
			c.WaitErr = err
			close(c.Exited)
		})
	}()
	return nil
}

// Write keeps what Chromium prints, for an error message.
func (c *Chromium) Write(p []byte) (int, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.out.Len() < 64<<10 {
		c.out.Write(p)
	}
	return len(p), nil
}

// Output is what Chromium printed so far (the first 64 KiB).
func (c *Chromium) Output() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.out.String()
}

// Stop ends every process and removes their profiles.
func (c *Chromium) Stop() {
	for _, cmd := range c.cmds {
		_ = cmd.Process.Kill()
	}
	c.waited.Wait()
	for _, dir := range c.dirs {
		os.RemoveAll(dir)
	}
}
