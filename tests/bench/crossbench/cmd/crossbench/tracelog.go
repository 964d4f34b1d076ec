//go:build !js

package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/pion/logging"
)

// formatCounter is a pion LoggerFactory that counts, per scope, how often
// each log format string was used (trace level included) instead of
// printing: which code paths pion/sctp took, cheaply enough to run inside
// the benchmark.
type formatCounter struct {
	mu     sync.Mutex
	counts map[string]int
}

func newFormatCounter() *formatCounter { return &formatCounter{counts: map[string]int{}} }

func (f *formatCounter) NewLogger(scope string) logging.LeveledLogger {
	return scopeCounter{f, scope}
}

// take returns the counts since the last take, largest first.
func (f *formatCounter) take() string {
	f.mu.Lock()
	c := f.counts
	f.counts = map[string]int{}
	f.mu.Unlock()
	keys := make([]string, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return c[keys[i]] > c[keys[j]] })
	var b strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&b, "    %7d  %s\n", c[k], k)
	}
	return b.String()
}

type scopeCounter struct {
	f     *formatCounter
	scope string
}

func (s scopeCounter) count(format string) {
	if s.scope != "sctp" {
		return
	}
	s.f.mu.Lock()
	s.f.counts[format]++
	s.f.mu.Unlock()
}

func (s scopeCounter) Trace(msg string) { s.count(msg) }
func (s scopeCounter) Tracef(format string, args ...any) {
	if strings.Contains(format, "no more packet in-flight") {
		// Which pending size the sender ran dry with says whether the
		// application or SCTP left the pipe empty.
		format = fmt.Sprintf(format, args...)
	}
	s.count(format)
}
func (s scopeCounter) Debug(msg string)               { s.count(msg) }
func (s scopeCounter) Debugf(format string, _ ...any) { s.count(format) }
func (s scopeCounter) Info(msg string)                { s.count(msg) }
func (s scopeCounter) Infof(format string, _ ...any)  { s.count(format) }
func (s scopeCounter) Warn(msg string)                { s.count(msg) }
func (s scopeCounter) Warnf(format string, _ ...any)  { s.count(format) }
func (s scopeCounter) Error(msg string)               { s.count(msg) }
func (s scopeCounter) Errorf(format string, _ ...any) { s.count(format) }
