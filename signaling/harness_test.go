//go:build !js

package signaling

import (
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/everyrtc/rtc"
	"github.com/pion/ice/v4"
	"github.com/pion/webrtc/v4"
)

// testTimeout bounds every wait: it is how long a test may hang before it
// fails, not a time anything is expected to take.
const testTimeout = 15 * time.Second

// newHub serves a Hub on 127.0.0.1 and returns it with its ws:// URL
// (without a room).
func newHub(t testing.TB, opts HubOptions) (*Hub, string) {
	t.Helper()
	if opts.Logf == nil {
		opts.Logf = t.Logf
	}
	h := NewHub(opts)
	srv := httptest.NewServer(h)
	t.Cleanup(func() {
		_ = h.Close()
		srv.Close()
	})
	return h, "ws" + strings.TrimPrefix(srv.URL, "http") + "/signal"
}

// roomURL is the hub URL of a room.
func roomURL(base, room string) string { return base + "?room=" + room }

// loopbackAPI keeps test traffic on the loopback interface: UDP4 host
// candidates on lo, no mDNS.
func loopbackAPI() *rtc.API {
	var s webrtc.SettingEngine
	s.SetIncludeLoopbackCandidate(true)
	s.SetInterfaceFilter(func(name string) bool { return name == "lo" })
	s.SetNetworkTypes([]webrtc.NetworkType{webrtc.NetworkTypeUDP4})
	s.SetICEMulticastDNSMode(ice.MulticastDNSModeDisabled)
	return rtc.NewAPI(rtc.WithSettingEngine(s))
}

// newPC makes a loopback PeerConnection closed when the test ends.
func newPC(t testing.TB) *rtc.PeerConnection {
	t.Helper()
	pc, err := loopbackAPI().NewPeerConnection(rtc.Configuration{})
	if err != nil {
		t.Fatalf("NewPeerConnection: %v", err)
	}
	t.Cleanup(func() { _ = pc.Close() })
	return pc
}

// joinT joins pc to the room at url and closes the Peer when the test ends.
func joinT(t testing.TB, url string, pc *rtc.PeerConnection, hooks *testHooks) *Peer {
	t.Helper()
	// The context is the session's: it lives as long as the test.
	p, err := join(t.Context(), url, pc, hooks)
	if err != nil {
		t.Fatalf("Join %s: %v", url, err)
	}
	t.Cleanup(func() { _ = p.Close() })
	return p
}

// recv waits for a value on ch.
func recv[T any](t testing.TB, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(testTimeout):
		t.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}

// timeout is a channel that fires after testTimeout.
func timeout() <-chan time.Time { return time.After(testTimeout) }

// waitDone waits for the end of p's session and returns Err.
func waitDone(t testing.TB, p *Peer, what string) error {
	t.Helper()
	recv(t, p.Done(), what)
	return p.Err()
}

// waitFor polls cond until it holds; failing peers end the wait early.
func waitFor(t testing.TB, what string, cond func() bool, peers ...*Peer) {
	t.Helper()
	deadline := time.Now().Add(testTimeout)
	for !cond() {
		for _, p := range peers {
			select {
			case <-p.Done():
				t.Fatalf("waiting for %s: session ended: %v", what, p.Err())
			default:
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(5 * time.Millisecond)
	}
}

// watchChannels collects the open data channels pc's peer opens on it, by
// label.
func watchChannels(pc *rtc.PeerConnection) <-chan *rtc.DataChannel {
	ch := make(chan *rtc.DataChannel, 8)
	pc.OnDataChannel(func(d *rtc.DataChannel) { ch <- d }) // natively announced once open
	return ch
}

// openLocal creates a data channel and returns it with a channel closed
// when it opens.
func openLocal(t testing.TB, pc *rtc.PeerConnection, label string) (*rtc.DataChannel, <-chan struct{}) {
	t.Helper()
	dc, err := pc.CreateDataChannel(label, nil)
	if err != nil {
		t.Fatalf("CreateDataChannel: %v", err)
	}
	opened := make(chan struct{})
	var once sync.Once
	dc.OnOpen(func() { once.Do(func() { close(opened) }) })
	return dc, opened
}

// exchange sends a message each way between the two ends of a channel.
func exchange(t testing.TB, local, remote *rtc.DataChannel, text string) {
	t.Helper()
	atLocal, atRemote := make(chan string, 1), make(chan string, 1)
	local.OnMessage(func(m rtc.DataChannelMessage) { atLocal <- string(m.Data) })
	remote.OnMessage(func(m rtc.DataChannelMessage) { atRemote <- string(m.Data) })
	if err := local.SendText(text + " ->"); err != nil {
		t.Fatalf("SendText on %s: %v", local.Label(), err)
	}
	if got := recv(t, atRemote, "message at the remote end of "+local.Label()); got != text+" ->" {
		t.Fatalf("remote end of %s got %q", local.Label(), got)
	}
	if err := remote.SendText("<- " + text); err != nil {
		t.Fatalf("SendText on the remote %s: %v", local.Label(), err)
	}
	if got := recv(t, atLocal, "message at the local end of "+local.Label()); got != "<- "+text {
		t.Fatalf("local end of %s got %q", local.Label(), got)
	}
}

// connected is a pair of peers whose PeerConnections are connected, with a
// data channel a opened.
type connected struct {
	a, b       *rtc.PeerConnection
	pa, pb     *Peer
	ch, remote *rtc.DataChannel
}

// connectPair joins two new PeerConnections to room, a first (impolite)
// with a data channel made before Join, and waits until the channel is
// open at both ends.
func connectPair(t testing.TB, base, room string) *connected {
	t.Helper()
	c := &connected{a: newPC(t), b: newPC(t)}
	ch, opened := openLocal(t, c.a, "chat")
	remotes := watchChannels(c.b)
	c.pa = joinT(t, roomURL(base, room), c.a, nil)
	c.pb = joinT(t, roomURL(base, room), c.b, nil)
	recv(t, opened, "the channel open at a")
	c.ch, c.remote = ch, recv(t, remotes, "the channel at b")
	return c
}

// stable tells whether both PeerConnections are stable with current
// descriptions on both sides.
func stable(a, b *rtc.PeerConnection) bool {
	for _, pc := range []*rtc.PeerConnection{a, b} {
		if pc.SignalingState() != rtc.SignalingStateStable || pc.CurrentRemoteDescription() == nil ||
			pc.CurrentLocalDescription() == nil {
			return false
		}
	}
	return true
}

// connectedState tells whether both PeerConnections are connected.
func connectedState(a, b *rtc.PeerConnection) bool {
	return a.ConnectionState() == rtc.PeerConnectionStateConnected &&
		b.ConnectionState() == rtc.PeerConnectionStateConnected
}
