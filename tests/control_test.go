//go:build !js

package tests

import (
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/everyrtc/rtc/tests/internal/e2e"
)

// control hands scenarios to the browser peer and collects its verdicts.
// The browser long-polls GET next for a Command, posts its Result, then
// long-polls GET release?id=N until the native side of that scenario is
// done too (so neither side closes while the other is still checking).
//
// The browser page is served by wasmbrowsertest from another origin, so
// every answer carries CORS headers.
type control struct {
	commands chan e2e.Command

	mu       sync.Mutex
	nextID   int
	results  map[int]chan e2e.Result
	releases map[int]chan struct{}
}

func newControl() *control {
	return &control{
		commands: make(chan e2e.Command),
		results:  map[int]chan e2e.Result{},
		releases: map[int]chan struct{}{},
	}
}

// slot returns the result and release channels of scenario id.
func (c *control) slot(id int) (chan e2e.Result, chan struct{}) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.results[id] == nil {
		c.results[id] = make(chan e2e.Result, 1)
		c.releases[id] = make(chan struct{})
	}
	return c.results[id], c.releases[id]
}

func (c *control) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	w.Header().Set("Access-Control-Allow-Methods", "GET, POST")
	w.Header().Set("Access-Control-Allow-Headers", "Content-Type")
	w.Header().Set("Cache-Control", "no-store")
	if r.Method == http.MethodOptions {
		w.WriteHeader(http.StatusNoContent)
		return
	}
	switch r.URL.Path {
	case "/control/next":
		select {
		case cmd := <-c.commands:
			w.Header().Set("Content-Type", "application/json")
			_ = json.NewEncoder(w).Encode(cmd)
		case <-r.Context().Done():
		}
	case "/control/result":
		var res e2e.Result
		if err := json.NewDecoder(r.Body).Decode(&res); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		results, _ := c.slot(res.ID)
		select {
		case results <- res:
		default:
			http.Error(w, "result already posted", http.StatusConflict)
			return
		}
		w.WriteHeader(http.StatusNoContent)
	case "/control/release":
		id, err := strconv.Atoi(r.URL.Query().Get("id"))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		_, release := c.slot(id)
		select {
		case <-release:
			w.WriteHeader(http.StatusNoContent)
		case <-r.Context().Done():
		}
	default:
		http.NotFound(w, r)
	}
}

// browserRun is the browser's side of one scenario.
type browserRun struct {
	c      *control
	b      *browser
	cmd    e2e.Command
	mark   int // where the browser's output stood when the scenario started
	result chan e2e.Result
	once   sync.Once
	closed chan struct{}
}

// start hands cmd to the browser (waiting at most handTimeout for it to
// ask) and, when t ends, waits for its result and releases it: a browser
// failure fails t with the browser's output for the scenario.
func (c *control) start(t *testing.T, b *browser, cmd e2e.Command) *browserRun {
	t.Helper()
	c.mu.Lock()
	c.nextID++
	cmd.ID = c.nextID
	c.mu.Unlock()
	results, release := c.slot(cmd.ID)
	run := &browserRun{c: c, b: b, cmd: cmd, mark: b.out.len(), result: results, closed: release}
	select {
	case c.commands <- cmd:
	case <-b.done:
		t.Fatalf("the browser peer exited before taking scenario %s:\n%s", cmd.Scenario, b.out.since(run.mark))
	case <-time.After(handTimeout):
		t.Fatalf("the browser peer did not ask for scenario %s within %v:\n%s", cmd.Scenario, handTimeout, b.out.since(run.mark))
	}
	t.Cleanup(func() { run.finish(t) })
	return run
}

// wait returns the browser's result, failing t if it does not come within
// resultTimeout or the browser exits first.
func (r *browserRun) wait(t *testing.T) e2e.Result {
	t.Helper()
	select {
	case res := <-r.result:
		r.result <- res // for finish
		return res
	case <-r.b.done:
		t.Fatalf("the browser peer exited during scenario %s:\n%s", r.cmd.Scenario, r.b.out.since(r.mark))
	case <-time.After(resultTimeout):
		t.Fatalf("no result from the browser side of %s within %v:\n%s", r.cmd.Scenario, resultTimeout, r.b.out.since(r.mark))
	}
	panic("unreachable")
}

// finish waits for the browser's result, releases it and reports a
// failure on its side.
func (r *browserRun) finish(t *testing.T) {
	r.once.Do(func() {
		defer close(r.closed)
		var res e2e.Result
		select {
		case res = <-r.result:
		case <-r.b.done:
			// The browser test ended; its output says why.
			if r.cmd.Scenario != e2e.ScenarioVanish {
				t.Errorf("the browser peer exited during scenario %s:\n%s", r.cmd.Scenario, r.b.out.since(r.mark))
			}
			return
		case <-time.After(resultTimeout):
			t.Errorf("no result from the browser side of %s within %v:\n%s", r.cmd.Scenario, resultTimeout, r.b.out.since(r.mark))
			return
		}
		if !res.OK {
			t.Errorf("the browser side of %s failed:\n%s", r.cmd.Scenario, r.b.out.since(r.mark))
			return
		}
		if res.Detail != "" {
			t.Logf("browser: %s", res.Detail)
		}
	})
}

// outBuffer collects the browser subprocess's output.
type outBuffer struct {
	mu  sync.Mutex
	buf []byte
}

func (o *outBuffer) Write(p []byte) (int, error) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.buf = append(o.buf, p...)
	return len(p), nil
}

func (o *outBuffer) len() int {
	o.mu.Lock()
	defer o.mu.Unlock()
	return len(o.buf)
}

// since returns the output after mark, indented for a test log.
func (o *outBuffer) since(mark int) string {
	o.mu.Lock()
	defer o.mu.Unlock()
	if mark > len(o.buf) {
		mark = len(o.buf)
	}
	s := string(o.buf[mark:])
	if s == "" {
		return "\t(no output from the browser peer)"
	}
	return indent(s)
}

func indent(s string) string {
	out := []byte{'\t'}
	for i := 0; i < len(s); i++ {
		out = append(out, s[i])
		if s[i] == '\n' && i+1 < len(s) {
			out = append(out, '\t')
		}
	}
	return string(out)
}

var _ = fmt.Sprint
