package rtc

import (
	"runtime"
	"strings"
	"testing"
	"time"
)

// liveGoroutines counts goroutines like runtime.NumGoroutine, leaving out
// the wasm runtime's own event goroutine: it exists while Go runs inside
// a JS callback (runtime.handleEvent), whichever callback woke the test.
func liveGoroutines() int {
	n := runtime.NumGoroutine()
	if runtime.GOOS != "js" {
		return n
	}
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	return n - strings.Count(string(buf), "\nruntime.handleEvent()")
}

// goroutineBaseline is the number of goroutines before a leak test starts.
// It waits until the count stops falling, so goroutines of earlier tests
// that are still ending do not inflate (or, by ending later, hide) a leak.
func goroutineBaseline() int {
	n := liveGoroutines()
	deadline := time.Now().Add(2 * time.Second)
	for stable := 0; stable < 5 && time.Now().Before(deadline); {
		time.Sleep(20 * time.Millisecond)
		m := liveGoroutines()
		if m < n {
			n, stable = m, 0
		} else {
			stable++
		}
	}
	return n
}

// goroutinesSettle waits until no more goroutines run than at baseline,
// and fails with the stacks of all of them if that does not happen in
// time. No slack is allowed: a closed PeerConnection keeps no goroutine
// (its event queues run only while they hold events, and GracefulClose
// waits for pion's).
func goroutinesSettle(t testing.TB, baseline int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		n := liveGoroutines()
		if n <= baseline {
			return
		}
		if time.Now().After(deadline) {
			buf := make([]byte, 1<<20)
			buf = buf[:runtime.Stack(buf, true)]
			t.Fatalf("%d goroutines still running, baseline %d:\n%s", n, baseline, buf)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// connectExchangeClose is one cycle of the leak tests: connect a pair, send
// a message over a channel, close both peers gracefully. It runs as a
// subtest, so the pair's signaling goroutines end with it.
func connectExchangeClose(t *testing.T) {
	p := newPair(t, true)
	local, remote := p.openChannels("cycle", nil)
	got := make(chan string, 1)
	remote.OnMessage(func(m DataChannelMessage) { got <- string(m.Data) })
	if err := local.SendText("ping"); err != nil {
		t.Fatal(err)
	}
	if m := recv(t, got, "message"); m != "ping" {
		t.Fatalf("got %q", m)
	}
	if err := p.a.GracefulClose(); err != nil {
		t.Fatalf("GracefulClose a: %v", err)
	}
	if err := p.b.GracefulClose(); err != nil {
		t.Fatalf("GracefulClose b: %v", err)
	}
}
