//go:build js && wasm

package rtc

import (
	"errors"
	"fmt"
	"runtime"
	"syscall/js"
	"testing"
	"time"

	"github.com/everyrtc/rtc/jsbridge"
	"github.com/everyrtc/rtc/shim"
)

// The browser-only tests: what only the JS bridge can get wrong.

// A handler runs on a library goroutine, not on the JS event loop, so it
// may await promises: CreateOffer and GetStats from inside handlers.
func TestBrowserHandlersMayAwaitPromises(t *testing.T) {
	p := newPair(t, true)
	done := make(chan error, 2)
	p.a.OnConnectionStateChange(func(s PeerConnectionState) {
		if s != PeerConnectionStateConnected {
			return
		}
		if _, err := p.a.CreateOffer(nil); err != nil {
			done <- err
			return
		}
		if len(p.a.GetStats()) == 0 {
			done <- errors.New("GetStats in OnConnectionStateChange: empty report")
			return
		}
		done <- nil
	})
	local, remote := p.openChannels("await", nil)
	remote.OnMessage(func(DataChannelMessage) {
		if len(p.b.GetStats().DataChannels()) == 0 {
			done <- errors.New("GetStats in OnMessage: no data channel entry")
			return
		}
		done <- nil
	})
	if err := local.SendText("go"); err != nil {
		t.Fatal(err)
	}
	for range 2 {
		if err := recv(t, done, "handler that awaits"); err != nil {
			t.Fatal(err)
		}
	}
}

// A slow handler delays delivery but never reorders: the shim's batches are
// queued in order behind it.
func TestBrowserOrderUnderSlowHandler(t *testing.T) {
	const n = 3000
	p := newPair(t, true)
	local, remote := p.openChannels("slow", nil)
	got := make(chan int, n)
	remote.OnMessage(func(m DataChannelMessage) {
		var i int
		fmt.Sscan(string(m.Data), &i)
		if i%500 == 0 {
			time.Sleep(20 * time.Millisecond)
		}
		got <- i
	})
	for i := range n {
		if err := local.SendText(fmt.Sprint(i)); err != nil {
			t.Fatal(err)
		}
	}
	for want := range n {
		if i := recv(t, got, "message"); i != want {
			t.Fatalf("message %d arrived as number %d", i, want)
		}
	}
}

// A burst of messages reaches Go in batches: far fewer calls into Go than
// messages.
func TestBrowserMessageBurstIsBatched(t *testing.T) {
	const n = 5000
	p := newPair(t, true)
	local, remote := p.openChannels("burst", nil)
	got := make(chan struct{}, n)
	remote.OnMessage(func(DataChannelMessage) { got <- struct{}{} })
	payload := make([]byte, 100)

	toGo0, _, batches0, records0 := shim.Counters()
	for range n {
		if err := local.Send(payload); err != nil {
			t.Fatal(err)
		}
	}
	for range n {
		recv(t, got, "message")
	}
	toGo, _, batches, records := shim.Counters()
	calls, batches, records := toGo-toGo0, batches-batches0, records-records0
	t.Logf("%d messages: %d records in %d batches, %d calls into Go in all (%.1f messages per call)",
		n, records, batches, calls, float64(n)/float64(calls))
	if records < n {
		t.Fatalf("%d records for %d messages", records, n)
	}
	if calls*4 > n {
		t.Fatalf("%d calls into Go for %d messages: not batched", calls, n)
	}

	// GetStats is one call into the shim, whatever the report's size.
	_, from0, _, _ := shim.Counters()
	if len(p.a.GetStats()) == 0 {
		t.Fatal("empty stats report")
	}
	if _, from, _, _ := shim.Counters(); from-from0 != 1 {
		t.Fatalf("GetStats made %d calls into the shim, want 1", from-from0)
	}
}

// Create, connect, exchange a message and close, many times: the live
// js.Func count and the goroutine count come back to their baseline.
func TestBrowserCyclesLeaveNoFuncsOrGoroutines(t *testing.T) {
	cycles := 1000
	if testing.Short() {
		cycles = 50
	}
	baseline := goroutineBaseline()
	funcs := jsbridge.LiveFuncs()
	for i := range cycles {
		t.Run("cycle", connectExchangeClose)
		if t.Failed() {
			return
		}
		if i%100 == 99 {
			collectGarbage()
		}
	}
	goroutinesSettle(t, baseline)
	eventually(t, "js.Funcs released", func() bool { return jsbridge.LiveFuncs() <= funcs })
	t.Logf("%d cycles: %d goroutines and %d live js.Funcs before, %d and %d after",
		cycles, baseline, funcs, liveGoroutines(), jsbridge.LiveFuncs())
}

// collectGarbage lets Go drop its references to closed JS objects, then
// lets the browser collect them: Chromium refuses a 501st PeerConnection
// until closed ones are collected. gc exists with --js-flags=--expose-gc
// (scripts/chromium); a page relies on the browser's own collections.
func collectGarbage() {
	runtime.GC()
	time.Sleep(20 * time.Millisecond) // js.Value finalizers release their references
	if gc := js.Global().Get("gc"); gc.Type() == js.TypeFunction {
		gc.Invoke()
	}
}

// Bad input the browser itself refuses comes back as a typed error, and the
// wasm instance goes on: a pair connects and talks afterwards.
func TestBrowserBadInputKeepsInstanceRunning(t *testing.T) {
	_, err := NewPeerConnection(Configuration{ICEServers: []ICEServer{{URLs: []string{"not a url"}}}})
	expectErr(t, "NewPeerConnection with a bad ICE server URL", err, ErrSyntax)
	_, err = NewTrackLocalJS(js.ValueOf("not a track"), "s")
	expectErr(t, "NewTrackLocalJS of a string", err, ErrType)
	_, err = NewTrackLocalStaticSample(RTPCodecCapability{MimeType: MimeTypeVP8}, "v", "s")
	expectErr(t, "NewTrackLocalStaticSample", err, ErrNotSupported)

	p := newPair(t, true)
	tr, err := p.a.AddTransceiverFromKind(RTPCodecTypeVideo)
	if err != nil {
		t.Fatal(err)
	}
	if err := tr.Stop(); err != nil {
		t.Fatal(err)
	}
	// The browser throws from the direction setter of a stopped
	// transceiver: an exception js.Value.Set would not catch.
	expectErr(t, "SetDirection on a stopped transceiver", tr.SetDirection(RTPTransceiverDirectionSendonly), ErrInvalidState)
	expectErr(t, "WriteRTCP", p.a.WriteRTCP(nil), ErrNotSupported)
	if _, err := p.a.AddTrack(fakeTrack{}); !errors.Is(err, ErrType) {
		t.Fatalf("AddTrack of a non-browser track: %v, want ErrType", err)
	}

	local, remote := p.openChannels("after", nil)
	got := make(chan string, 1)
	remote.OnMessage(func(m DataChannelMessage) { got <- string(m.Data) })
	if err := local.SendText("alive"); err != nil {
		t.Fatal(err)
	}
	if m := recv(t, got, "message"); m != "alive" {
		t.Fatalf("got %q", m)
	}
	if _, err := local.Detach(); !errors.Is(err, ErrNotSupported) {
		t.Fatalf("Detach: %v, want ErrNotSupported", err)
	}
}

// fakeTrack is a TrackLocal the browser cannot send.
type fakeTrack struct{}

func (fakeTrack) ID() string         { return "fake" }
func (fakeTrack) RID() string        { return "" }
func (fakeTrack) StreamID() string   { return "" }
func (fakeTrack) Kind() RTPCodecType { return RTPCodecTypeVideo }

// TestBrowserCloseEndsPendingCalls: the browser abandons the operations
// still queued on a connection when it closes (their promises never
// settle); the calls waiting for them return at Close instead of leaving
// their goroutines parked forever.
func TestBrowserCloseEndsPendingCalls(t *testing.T) {
	a, err := NewPeerConnection(Configuration{})
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if _, err := a.CreateDataChannel("x", nil); err != nil {
		t.Fatal(err)
	}
	offer, err := a.CreateOffer(nil)
	if err != nil {
		t.Fatal(err)
	}
	b, err := NewPeerConnection(Configuration{})
	if err != nil {
		t.Fatal(err)
	}
	mid := "0"
	results := make(chan error, 3)
	go func() { results <- b.SetRemoteDescription(offer) }()
	for range 2 {
		go func() {
			results <- b.AddICECandidate(ICECandidateInit{
				Candidate: "candidate:1 1 udp 2122260223 127.0.0.1 50000 typ host",
				SDPMid:    &mid,
			})
		}()
	}
	time.Sleep(time.Millisecond) // the calls are queued on b's chain
	if err := b.Close(); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		select {
		case err := <-results:
			if err != nil && !errors.Is(err, ErrInvalidState) {
				t.Errorf("pending call ended with %v, want nil or ErrInvalidState", err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("a call pending at Close did not return within 5 s")
		}
	}
}

// Large binary messages reach Go on their own, small ones in batches: mixed
// sizes still arrive in order, intact, and each message keeps its Data
// after later ones arrive (it belongs to the handler).
func TestBrowserMixedSizesKeepOrderAndData(t *testing.T) {
	sizes := []int{100, 64 << 10, 10, 16 << 10, (16 << 10) + 1, 1, 200 << 10, 5, 64 << 10, 3}
	p := newPair(t, true)
	local, remote := p.openChannels("mixed", nil)
	got := make(chan DataChannelMessage, len(sizes))
	remote.OnMessage(func(m DataChannelMessage) { got <- m })
	fill := func(i, n int) []byte {
		b := make([]byte, n)
		for j := range b {
			b[j] = byte(i*31 + j)
		}
		return b
	}
	for i, n := range sizes {
		if err := local.Send(fill(i, n)); err != nil {
			t.Fatal(err)
		}
	}
	var kept []DataChannelMessage
	for range sizes {
		kept = append(kept, recv(t, got, "message"))
	}
	for i, m := range kept {
		if m.IsString || string(m.Data) != string(fill(i, sizes[i])) {
			t.Fatalf("message %d: %d bytes (string %v), want %d bytes of its own pattern", i, len(m.Data), m.IsString, sizes[i])
		}
	}
}
