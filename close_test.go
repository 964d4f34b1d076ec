package rtc

import (
	"strings"
	"sync"
	"sync/atomic"
	"testing"
)

// stateLog records the connection states a handler sees.
type stateLog struct {
	mu     sync.Mutex
	states []PeerConnectionState
}

func (l *stateLog) add(s PeerConnectionState) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.states = append(l.states, s)
}

func (l *stateLog) get() []PeerConnectionState {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]PeerConnectionState(nil), l.states...)
}

func TestCloseConnectedPair(t *testing.T) {
	p := newPair(t, true)
	var log stateLog
	p.a.OnConnectionStateChange(log.add)
	local, remote := p.openChannels("close", nil)
	remoteClosed := make(chan struct{})
	remote.OnClose(func() { close(remoteClosed) })
	eventually(t, "a's handler sees connected", func() bool {
		s := log.get()
		return len(s) > 0 && s[len(s)-1] == PeerConnectionStateConnected
	})

	if err := p.a.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if s := p.a.ConnectionState(); s != PeerConnectionStateClosed {
		t.Fatalf("ConnectionState after Close: %s", s)
	}
	if s := p.a.SignalingState(); s != SignalingStateClosed {
		t.Fatalf("SignalingState after Close: %s", s)
	}
	if s := p.a.ICEConnectionState(); s != ICEConnectionStateClosed {
		t.Fatalf("ICEConnectionState after Close: %s", s)
	}
	if s := local.ReadyState(); s != DataChannelStateClosed {
		t.Fatalf("local channel ReadyState after Close: %s", s)
	}

	// The remote peer sees its end of the channel close.
	recv(t, remoteClosed, "remote channel OnClose")
	if s := remote.ReadyState(); s != DataChannelStateClosed {
		t.Fatalf("remote channel ReadyState after OnClose: %s", s)
	}
	// As in the browser, Close does not report "closed" to the handler.
	for _, s := range log.get() {
		if s == PeerConnectionStateClosed {
			t.Fatalf("OnConnectionStateChange saw closed after Close: %v", log.get())
		}
	}
}

func TestCloseReleasesEveryHandler(t *testing.T) {
	p := newPair(t, true)
	local, remote := p.openChannels("handlers", nil)
	var closed atomic.Bool
	var calls atomic.Int32
	var mu sync.Mutex
	var which []string
	record := func(name string) {
		if closed.Load() {
			calls.Add(1)
			mu.Lock()
			which = append(which, name)
			mu.Unlock()
		}
	}
	setAll := func() {
		p.a.OnICECandidate(func(*ICECandidate) { record("OnICECandidate") })
		p.a.OnICEGatheringStateChange(func(ICEGatheringState) { record("OnICEGatheringStateChange") })
		p.a.OnICEConnectionStateChange(func(ICEConnectionState) { record("OnICEConnectionStateChange") })
		p.a.OnConnectionStateChange(func(PeerConnectionState) { record("OnConnectionStateChange") })
		p.a.OnSignalingStateChange(func(SignalingState) { record("OnSignalingStateChange") })
		p.a.OnNegotiationNeeded(func() { record("OnNegotiationNeeded") })
		p.a.OnDataChannel(func(*DataChannel) { record("OnDataChannel") })
		p.a.OnTrack(func(*TrackRemote, *RTPReceiver) { record("OnTrack") })
		local.OnOpen(func() { record("DataChannel.OnOpen") })
		local.OnClose(func() { record("DataChannel.OnClose") })
		local.OnMessage(func(DataChannelMessage) { record("DataChannel.OnMessage") })
		local.OnError(func(error) { record("DataChannel.OnError") })
		local.OnBufferedAmountLow(func() { record("DataChannel.OnBufferedAmountLow") })
	}
	setAll()
	remoteClosed := make(chan struct{})
	remote.OnClose(func() { close(remoteClosed) })
	if err := p.a.Close(); err != nil {
		t.Fatal(err)
	}
	closed.Store(true)
	// Handlers set after Close are not called either.
	setAll()

	// Provoke every kind of event the closed side could still report: the
	// remote peer sends, opens a channel, closes its end and renegotiates.
	_ = remote.SendText("after close")
	// Once the association is gone this may fail; either way it must not
	// reach a.
	_, _ = p.b.CreateDataChannel("late", nil)
	recv(t, remoteClosed, "remote channel closed")
	// Let a handler that was running when Close returned finish.
	p.a.events.wait()
	local.events.wait()

	if n := calls.Load(); n != 0 {
		mu.Lock()
		defer mu.Unlock()
		t.Fatalf("%d handler calls after Close: %v", n, which)
	}
}

func TestGracefulCloseLeavesNoGoroutines(t *testing.T) {
	baseline := goroutineBaseline()
	t.Run("pair", func(t *testing.T) {
		p := newPair(t, true)
		local, remote := p.openChannels("graceful", nil)
		got := make(chan string, 1)
		remote.OnMessage(func(m DataChannelMessage) { got <- string(m.Data) })
		if err := local.SendText("bye"); err != nil {
			t.Fatal(err)
		}
		if m := recv(t, got, "message"); m != "bye" {
			t.Fatalf("got %q", m)
		}
		if err := p.a.GracefulClose(); err != nil {
			t.Fatalf("GracefulClose a: %v", err)
		}
		if err := p.b.GracefulClose(); err != nil {
			t.Fatalf("GracefulClose b: %v", err)
		}
		if s := p.a.ConnectionState(); s != PeerConnectionStateClosed {
			t.Fatalf("ConnectionState after GracefulClose: %s", s)
		}
		if err := p.a.GracefulClose(); err != nil {
			t.Fatalf("second GracefulClose: %v", err)
		}
	})
	// The pair's signaling goroutines ended with the subtest.
	goroutinesSettle(t, baseline)
}

// closeResult is what a handler that closed its own PeerConnection saw.
type closeResult struct {
	err   error
	state PeerConnectionState
}

func TestGracefulCloseFromOnDataChannel(t *testing.T) {
	p := newPair(t, true)
	done := make(chan closeResult, 1)
	p.b.OnDataChannel(func(*DataChannel) {
		err := p.b.GracefulClose()
		done <- closeResult{err, p.b.ConnectionState()}
	})
	if _, err := p.a.CreateDataChannel("close-me", nil); err != nil {
		t.Fatal(err)
	}
	// Not p.negotiate: it waits for both sides to be stable, and the
	// handler may close one side first (closed is not stable).
	p.offerFrom(p.a, p.toB, nil)
	r := recv(t, done, "GracefulClose in OnDataChannel to return")
	if r.err != nil || r.state != PeerConnectionStateClosed {
		t.Fatalf("GracefulClose in OnDataChannel: err %v, state %s", r.err, r.state)
	}
}

func TestGracefulCloseFromOnConnectionStateChange(t *testing.T) {
	p := newPair(t, true)
	done := make(chan closeResult, 1)
	p.a.OnConnectionStateChange(func(s PeerConnectionState) {
		if s == PeerConnectionStateConnected {
			err := p.a.GracefulClose()
			done <- closeResult{err, p.a.ConnectionState()}
		}
	})
	if _, err := p.a.CreateDataChannel("close-me", nil); err != nil {
		t.Fatal(err)
	}
	// Not p.negotiate: it waits for both sides to be stable, and the
	// handler may close one side first (closed is not stable).
	p.offerFrom(p.a, p.toB, nil)
	r := recv(t, done, "GracefulClose in OnConnectionStateChange to return")
	if r.err != nil || r.state != PeerConnectionStateClosed {
		t.Fatalf("GracefulClose in OnConnectionStateChange: err %v, state %s", r.err, r.state)
	}
}

func TestGracefulCloseFromDataChannelHandler(t *testing.T) {
	p := newPair(t, true)
	local, remote := p.openChannels("close-from-message", nil)
	done := make(chan closeResult, 1)
	local.OnMessage(func(DataChannelMessage) {
		err := p.a.GracefulClose()
		done <- closeResult{err, p.a.ConnectionState()}
	})
	if err := remote.SendText("close now"); err != nil {
		t.Fatal(err)
	}
	r := recv(t, done, "GracefulClose in DataChannel.OnMessage to return")
	if r.err != nil || r.state != PeerConnectionStateClosed {
		t.Fatalf("GracefulClose in DataChannel.OnMessage: err %v, state %s", r.err, r.state)
	}
}

func TestBlockingCallsFromHandlers(t *testing.T) {
	p := newPair(t, true)
	type offerResult struct {
		sdp   string
		err   error
		stats bool
	}
	// OnNegotiationNeeded makes (but does not apply) an offer and reads
	// stats; the test negotiates itself.
	fromNegotiationNeeded := make(chan offerResult, 1)
	var negOnce sync.Once
	p.a.OnNegotiationNeeded(func() {
		negOnce.Do(func() {
			offer, err := p.a.CreateOffer(nil)
			_, hasPC := p.a.GetStats()[p.a.ID()].(PeerConnectionStats)
			fromNegotiationNeeded <- offerResult{offer.SDP, err, hasPC}
		})
	})
	fromConnected := make(chan offerResult, 1)
	var connOnce sync.Once
	p.b.OnConnectionStateChange(func(s PeerConnectionState) {
		if s != PeerConnectionStateConnected {
			return
		}
		connOnce.Do(func() {
			stats := p.b.GetStats()
			_, hasPC := stats[p.b.ID()].(PeerConnectionStats)
			offer, err := p.b.CreateOffer(nil)
			fromConnected <- offerResult{offer.SDP, err, hasPC}
		})
	})
	if _, err := p.a.CreateDataChannel("blocking", nil); err != nil {
		t.Fatal(err)
	}
	r := recv(t, fromNegotiationNeeded, "CreateOffer in OnNegotiationNeeded")
	if r.err != nil || !strings.Contains(r.sdp, "\nm=application") || !r.stats {
		t.Fatalf("in OnNegotiationNeeded: err %v, stats entry %v, offer %q", r.err, r.stats, r.sdp)
	}
	p.connect()
	r = recv(t, fromConnected, "CreateOffer in OnConnectionStateChange")
	if r.err != nil || !strings.Contains(r.sdp, "\nm=application") || !r.stats {
		t.Fatalf("in OnConnectionStateChange: err %v, stats entry %v, offer %q", r.err, r.stats, r.sdp)
	}
}
