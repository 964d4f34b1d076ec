//go:build !js

package web

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// This file drives headless Chromium over the DevTools protocol on
// --remote-debugging-pipe: the browser reads commands from fd 3 and writes
// replies and events to fd 4, one JSON message per NUL-terminated record.

// chromiumPath returns the browser the page tests run: $RTC_CHROMIUM, as
// for scripts/test, or /usr/bin/chromium, where CI installs it.
func chromiumPath() string {
	if p := os.Getenv("RTC_CHROMIUM"); p != "" {
		return p
	}
	return "/usr/bin/chromium"
}

// A browser is a headless Chromium process and its DevTools pipe.
type browser struct {
	cmd     *exec.Cmd
	logPath string        // Chromium's own log, for failure messages
	done    chan struct{} // closed when the pipe from Chromium ends

	wmu sync.Mutex
	w   io.WriteCloser // commands to Chromium

	mu      sync.Mutex
	nextID  int
	pending map[int]chan cdpMessage
	console map[string][]string // per session: console messages and uncaught exceptions
}

// A cdpMessage is a DevTools command, reply or event.
type cdpMessage struct {
	ID        int             `json:"id,omitempty"`
	SessionID string          `json:"sessionId,omitempty"`
	Method    string          `json:"method,omitempty"`
	Params    any             `json:"params,omitempty"`
	Result    json.RawMessage `json:"result,omitempty"`
	Error     *struct {
		Message string `json:"message"`
	} `json:"error,omitempty"`
}

// startBrowser starts headless Chromium for the test and stops it when the
// test ends. The test fails if Chromium is missing.
func startBrowser(t *testing.T) *browser {
	t.Helper()
	chromium := chromiumPath()
	if _, err := os.Stat(chromium); err != nil {
		t.Fatalf("this test needs Chromium at %s (apt-get install chromium, or set RTC_CHROMIUM): %v", chromium, err)
	}
	toChrome, cmdW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmdR, fromChrome, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	b := &browser{
		done:    make(chan struct{}),
		w:       cmdW,
		pending: map[int]chan cdpMessage{},
		console: map[string][]string{},
	}
	b.cmd = exec.Command(chromium,
		"--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		"--disable-component-update", "--disable-sync", "--no-first-run",
		"--user-data-dir="+t.TempDir(), "--remote-debugging-pipe", "about:blank")
	b.cmd.ExtraFiles = []*os.File{toChrome, fromChrome} // fds 3 and 4
	b.logPath = filepath.Join(t.TempDir(), "chromium.log")
	logFile, err := os.Create(b.logPath)
	if err != nil {
		t.Fatal(err)
	}
	defer logFile.Close() // Chromium has its own copy
	b.cmd.Stdout, b.cmd.Stderr = logFile, logFile
	err = b.cmd.Start()
	toChrome.Close()
	fromChrome.Close()
	if err != nil {
		cmdW.Close()
		cmdR.Close()
		t.Fatalf("starting %s: %v", chromium, err)
	}
	go b.read(cmdR)
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if b.call(ctx, "", "Browser.close", nil, nil) == nil {
			select {
			case <-b.done:
			case <-ctx.Done():
			}
		}
		b.cmd.Process.Kill() // if still running; this process is ours
		b.cmd.Wait()
		cmdW.Close()
		cmdR.Close()
	})
	return b
}

// log returns what Chromium has written to its standard output and error.
func (b *browser) log() string {
	out, _ := os.ReadFile(b.logPath)
	return string(out)
}

// read dispatches what Chromium sends: replies to their callers, console
// messages to b.console.
func (b *browser) read(r io.Reader) {
	defer close(b.done)
	br := bufio.NewReader(r)
	for {
		rec, err := br.ReadBytes(0)
		if err != nil {
			return
		}
		var m struct {
			cdpMessage
			Params json.RawMessage `json:"params"`
		}
		if json.Unmarshal(rec[:len(rec)-1], &m) != nil {
			continue
		}
		b.mu.Lock()
		if ch, ok := b.pending[m.ID]; ok && m.ID != 0 {
			delete(b.pending, m.ID)
			ch <- m.cdpMessage
		} else if line := consoleLine(m.Method, m.Params); line != "" {
			b.console[m.SessionID] = append(b.console[m.SessionID], line)
		}
		b.mu.Unlock()
	}
}

// consoleLine renders a console call or an uncaught exception event.
func consoleLine(method string, params json.RawMessage) string {
	switch method {
	case "Runtime.consoleAPICalled":
		var p struct {
			Type string `json:"type"`
			Args []struct {
				Value       any    `json:"value"`
				Description string `json:"description"`
			} `json:"args"`
		}
		json.Unmarshal(params, &p)
		var parts []string
		for _, a := range p.Args {
			if a.Value != nil {
				parts = append(parts, fmt.Sprint(a.Value))
			} else {
				parts = append(parts, a.Description)
			}
		}
		return p.Type + ": " + strings.Join(parts, " ")
	case "Runtime.exceptionThrown":
		return "exception: " + string(params)
	}
	return ""
}

// call sends a command, to the browser or to a session, and decodes its
// result into result (if not nil).
func (b *browser) call(ctx context.Context, session, method string, params, result any) error {
	ch := make(chan cdpMessage, 1)
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	b.pending[id] = ch
	b.mu.Unlock()
	defer func() {
		b.mu.Lock()
		delete(b.pending, id)
		b.mu.Unlock()
	}()

	msg, err := json.Marshal(cdpMessage{ID: id, SessionID: session, Method: method, Params: params})
	if err != nil {
		return err
	}
	b.wmu.Lock()
	_, err = b.w.Write(append(msg, 0))
	b.wmu.Unlock()
	if err != nil {
		return fmt.Errorf("%s: %w", method, err)
	}
	select {
	case m := <-ch:
		if m.Error != nil {
			return fmt.Errorf("%s: %s", method, m.Error.Message)
		}
		if result != nil {
			return json.Unmarshal(m.Result, result)
		}
		return nil
	case <-b.done:
		return fmt.Errorf("%s: chromium exited", method)
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", method, ctx.Err())
	}
}

// loadPage opens url in a new tab, waits until the page's #log reports
// the program's exit or an error, and returns the page's HTML and its
// console output.
func (b *browser) loadPage(ctx context.Context, url string) (html string, console []string, err error) {
	var target struct{ TargetID string }
	if err := b.call(ctx, "", "Target.createTarget", map[string]any{"url": "about:blank"}, &target); err != nil {
		return "", nil, err
	}
	defer b.call(context.WithoutCancel(ctx), "", "Target.closeTarget", map[string]any{"targetId": target.TargetID}, nil)
	var attached struct{ SessionID string }
	if err := b.call(ctx, "", "Target.attachToTarget", map[string]any{"targetId": target.TargetID, "flatten": true}, &attached); err != nil {
		return "", nil, err
	}
	s := attached.SessionID
	defer func() {
		b.mu.Lock()
		console = b.console[s]
		b.mu.Unlock()
	}()
	if err := b.call(ctx, s, "Runtime.enable", nil, nil); err != nil {
		return "", nil, err
	}
	var nav struct{ ErrorText string }
	if err := b.call(ctx, s, "Page.navigate", map[string]any{"url": url}, &nav); err != nil {
		return "", nil, err
	}
	if nav.ErrorText != "" {
		return "", nil, errors.New("navigate: " + nav.ErrorText)
	}
	// Poll: a page's script contexts come and go while it loads.
	const finished = `(() => {
		const log = document.getElementById("log");
		return log && /^(exited|error)/.test(log.textContent) ? document.documentElement.outerHTML : "";
	})()`
	for {
		var r struct {
			Result struct{ Value string }
		}
		if err := b.call(ctx, s, "Runtime.evaluate", map[string]any{"expression": finished, "returnByValue": true}, &r); err == nil && r.Result.Value != "" {
			return r.Result.Value, nil, nil
		} else if ctx.Err() != nil {
			return "", nil, fmt.Errorf("the page did not finish: %w", ctx.Err())
		}
		select {
		case <-time.After(20 * time.Millisecond):
		case <-ctx.Done():
		}
	}
}
