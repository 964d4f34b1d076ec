//go:build !js

package signaling

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/coder/websocket"
	"github.com/everyrtc/rtc"
)

func TestDataChannelOpensAndCarriesMessage(t *testing.T) {
	t.Parallel()
	_, base := newHub(t, HubOptions{})
	c := connectPair(t, base, "chat")
	for _, p := range []*Peer{c.pa, c.pb} {
		select {
		case <-p.Paired():
		default:
			t.Fatal("Paired is open while the channel is open")
		}
		if err := p.Err(); err != nil {
			t.Fatalf("Err before Done: %v", err)
		}
	}
	if c.pa.Polite() || !c.pb.Polite() {
		t.Fatalf("polite a=%v b=%v, want the second to join polite", c.pa.Polite(), c.pb.Polite())
	}
	exchange(t, c.ch, c.remote, "hello")
	waitFor(t, "both stable and connected", func() bool { return stable(c.a, c.b) && connectedState(c.a, c.b) }, c.pa, c.pb)
}

// glareBarrier makes two peers offer at once. While armed, the loop of
// each peer, once it has taken a batch of events that makes it offer (the
// pair formed, negotiationneeded), waits until the other's loop has taken
// one too: neither has seen the other's offer when it makes its own, so
// both offers cross. It counts the collisions each side saw.
type glareBarrier struct {
	round      atomic.Pointer[glareRound]
	collisions [2]atomic.Int32 // [0] at the impolite peer, [1] at the polite one
}

type glareRound struct {
	ready [2]chan struct{}
	once  [2]sync.Once
}

// arm starts a round: the next offer of each peer waits for the other's.
func (b *glareBarrier) arm() {
	b.collisions[0].Store(0)
	b.collisions[1].Store(0)
	b.round.Store(&glareRound{ready: [2]chan struct{}{make(chan struct{}), make(chan struct{})}})
}

// hooks returns the hooks of peer i (0 or 1).
func (b *glareBarrier) hooks(i int) *testHooks {
	return &testHooks{
		taken: func(batch []event) {
			r := b.round.Load()
			if r == nil || !slices.ContainsFunc(batch, func(ev event) bool {
				return ev.negotiate || (ev.msg != nil && ev.msg.Type == typePaired)
			}) {
				return
			}
			r.once[i].Do(func() { close(r.ready[i]) })
			select {
			case <-r.ready[1-i]:
			case <-timeout():
			}
		},
		collision: func(polite bool) {
			if polite {
				b.collisions[1].Add(1)
			} else {
				b.collisions[0].Add(1)
			}
		},
	}
}

// checkGlare fails unless both peers saw the other's offer collide with
// their own.
func (b *glareBarrier) checkGlare(t *testing.T) {
	t.Helper()
	if b.collisions[0].Load() == 0 || b.collisions[1].Load() == 0 {
		t.Fatalf("collisions impolite=%d polite=%d: the offers did not cross", b.collisions[0].Load(), b.collisions[1].Load())
	}
}

func TestNegotiationWaitsForThePair(t *testing.T) {
	t.Parallel()
	_, base := newHub(t, HubOptions{})
	a, b := newPC(t), newPC(t)
	// The first data channel fires negotiationneeded while a is alone in
	// the room: the offer waits for the pair.
	needed := make(chan struct{})
	var once sync.Once
	hooks := &testHooks{taken: func(batch []event) {
		if slices.ContainsFunc(batch, func(ev event) bool { return ev.negotiate }) {
			once.Do(func() { close(needed) })
		}
	}}
	pa := joinT(t, roomURL(base, "wait"), a, hooks)
	ch, opened := openLocal(t, a, "late")
	recv(t, needed, "negotiationneeded at a")
	if s := a.SignalingState(); s != rtc.SignalingStateStable {
		t.Fatalf("a offered before the pair formed (signaling state %v)", s)
	}
	remotes := watchChannels(b)
	pb := joinT(t, roomURL(base, "wait"), b, nil)
	recv(t, opened, "the channel open")
	exchange(t, ch, recv(t, remotes, "the channel at b"), "after the pair formed")
	waitFor(t, "both stable", func() bool { return stable(a, b) }, pa, pb)
}

func TestGlareBothOfferAtOnce(t *testing.T) {
	t.Parallel()
	_, base := newHub(t, HubOptions{})
	a, b := newPC(t), newPC(t)
	chA, openA := openLocal(t, a, "from-a")
	chB, openB := openLocal(t, b, "from-b")
	atA, atB := watchChannels(a), watchChannels(b)
	var barrier glareBarrier
	barrier.arm()
	pa := joinT(t, roomURL(base, "glare"), a, barrier.hooks(0))
	pb := joinT(t, roomURL(base, "glare"), b, barrier.hooks(1))

	recv(t, openA, "a's channel open")
	recv(t, openB, "b's channel open")
	remoteA := recv(t, atB, "a's channel at b")
	remoteB := recv(t, atA, "b's channel at a")
	if remoteA.Label() != "from-a" || remoteB.Label() != "from-b" {
		t.Fatalf("channels %q at b and %q at a", remoteA.Label(), remoteB.Label())
	}
	barrier.checkGlare(t)
	waitFor(t, "both stable and connected", func() bool { return stable(a, b) && connectedState(a, b) }, pa, pb)
	exchange(t, chA, remoteA, "a's channel")
	exchange(t, chB, remoteB, "b's channel")
}

func TestGlareInRenegotiation(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name  string
		kindA rtc.RTPCodecType
		kindB rtc.RTPCodecType
	}{
		{name: "same kind", kindA: rtc.RTPCodecTypeAudio, kindB: rtc.RTPCodecTypeAudio},
		{name: "different kinds", kindA: rtc.RTPCodecTypeAudio, kindB: rtc.RTPCodecTypeVideo},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			_, base := newHub(t, HubOptions{})
			a, b := newPC(t), newPC(t)
			ch, opened := openLocal(t, a, "chat")
			remotes := watchChannels(b)
			var barrier glareBarrier
			pa := joinT(t, roomURL(base, "renegotiation-glare"), a, barrier.hooks(0))
			pb := joinT(t, roomURL(base, "renegotiation-glare"), b, barrier.hooks(1))
			recv(t, opened, "channel open")
			remote := recv(t, remotes, "channel at b")
			waitFor(t, "first negotiation stable", func() bool { return stable(a, b) }, pa, pb)

			barrier.arm()
			var trA, trB *rtc.RTPTransceiver
			var errA, errB error
			var wg sync.WaitGroup
			wg.Add(2)
			go func() { defer wg.Done(); trA, errA = a.AddTransceiverFromKind(tc.kindA) }()
			go func() { defer wg.Done(); trB, errB = b.AddTransceiverFromKind(tc.kindB) }()
			wg.Wait()
			if errA != nil || errB != nil {
				t.Fatalf("AddTransceiverFromKind: %v, %v", errA, errB)
			}
			waitFor(t, "both transceivers negotiated on both sides", func() bool {
				return stable(a, b) && negotiatedOnBoth(trA, a, b) && negotiatedOnBoth(trB, b, a)
			}, pa, pb)
			barrier.checkGlare(t)
			waitFor(t, "connected", func() bool { return connectedState(a, b) }, pa, pb)
			exchange(t, ch, remote, "after glare")
		})
	}
}

// negotiatedOnBoth tells whether tr of from has a mid that both from's and
// to's current descriptions carry, with a transceiver of the same kind at to.
func negotiatedOnBoth(tr *rtc.RTPTransceiver, from, to *rtc.PeerConnection) bool {
	mid := tr.Mid()
	if mid == "" {
		return false
	}
	for _, d := range []*rtc.SessionDescription{from.CurrentLocalDescription(), to.CurrentLocalDescription()} {
		if d == nil || !strings.Contains(d.SDP, "a=mid:"+mid+"\r\n") {
			return false
		}
	}
	for _, other := range to.GetTransceivers() {
		if other.Mid() == mid {
			return other.Kind() == tr.Kind()
		}
	}
	return false
}

func TestRenegotiationAfterConnect(t *testing.T) {
	t.Parallel()
	_, base := newHub(t, HubOptions{})
	c := connectPair(t, base, "renegotiation")
	waitFor(t, "first negotiation stable", func() bool { return stable(c.a, c.b) }, c.pa, c.pb)

	audio, err := c.a.AddTransceiverFromKind(rtc.RTPCodecTypeAudio)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "a's audio transceiver negotiated", func() bool {
		return stable(c.a, c.b) && negotiatedOnBoth(audio, c.a, c.b)
	}, c.pa, c.pb)

	video, err := c.b.AddTransceiverFromKind(rtc.RTPCodecTypeVideo)
	if err != nil {
		t.Fatal(err)
	}
	waitFor(t, "b's video transceiver negotiated", func() bool {
		return stable(c.a, c.b) && negotiatedOnBoth(video, c.b, c.a)
	}, c.pa, c.pb)

	// A second data channel rides on the negotiated SCTP association.
	remotes := watchChannels(c.a)
	second, opened := openLocal(t, c.b, "second")
	recv(t, opened, "the second channel open")
	exchange(t, second, recv(t, remotes, "the second channel at a"), "second")
	exchange(t, c.ch, c.remote, "after renegotiation")
	if !connectedState(c.a, c.b) {
		t.Fatalf("states %v/%v after renegotiation", c.a.ConnectionState(), c.b.ConnectionState())
	}
}

// iceUfrag returns the first a=ice-ufrag of an SDP.
func iceUfrag(d *rtc.SessionDescription) string {
	if d == nil {
		return ""
	}
	for _, line := range strings.Split(d.SDP, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "a=ice-ufrag:"); ok {
			return v
		}
	}
	return ""
}

func TestRestartICEKeepsChannel(t *testing.T) {
	t.Parallel()
	_, base := newHub(t, HubOptions{})
	c := connectPair(t, base, "restart")
	waitFor(t, "first negotiation stable", func() bool { return stable(c.a, c.b) }, c.pa, c.pb)
	for _, restarter := range []*Peer{c.pa, c.pb} { // from the impolite peer, then the polite one
		ufragA, ufragB := iceUfrag(c.a.CurrentLocalDescription()), iceUfrag(c.b.CurrentLocalDescription())
		if err := restarter.RestartICE(); err != nil {
			t.Fatal(err)
		}
		waitFor(t, "new ICE credentials on both sides", func() bool {
			return stable(c.a, c.b) &&
				iceUfrag(c.a.CurrentLocalDescription()) != ufragA && iceUfrag(c.b.CurrentLocalDescription()) != ufragB &&
				iceUfrag(c.a.CurrentRemoteDescription()) == iceUfrag(c.b.CurrentLocalDescription()) &&
				iceUfrag(c.b.CurrentRemoteDescription()) == iceUfrag(c.a.CurrentLocalDescription())
		}, c.pa, c.pb)
		waitFor(t, "connected after the restart", func() bool { return connectedState(c.a, c.b) }, c.pa, c.pb)
		exchange(t, c.ch, c.remote, "after restart")
		if s := c.ch.ReadyState(); s != rtc.DataChannelStateOpen {
			t.Fatalf("channel %v after restart", s)
		}
	}
}

func TestOversizedMessageClosesOnlyThatPeer(t *testing.T) {
	t.Parallel()
	_, base := newHub(t, HubOptions{MaxMessageBytes: 4096})

	// Another room of the same hub, connected before and working after.
	other := connectPair(t, base, "other")

	big, small := newPC(t), newPC(t)
	for range 6 {
		if _, err := big.AddTransceiverFromKind(rtc.RTPCodecTypeVideo); err != nil {
			t.Fatal(err)
		}
	}
	pBig := joinT(t, roomURL(base, "big"), big, nil)
	pSmall := joinT(t, roomURL(base, "big"), small, nil)

	err := waitDone(t, pBig, "the end of the peer whose offer is too large")
	if !errors.Is(err, ErrMessageTooLarge) {
		t.Fatalf("Err %v, want ErrMessageTooLarge", err)
	}
	var he *HubError
	if !errors.As(err, &he) || he.Code != CodeMessageTooLarge || !strings.Contains(he.Message, "4096") {
		t.Fatalf("Err %#v, want a HubError with code %s naming the limit", err, CodeMessageTooLarge)
	}
	if err := waitDone(t, pSmall, "the end of the other peer"); !errors.Is(err, ErrPeerLeft) {
		t.Fatalf("other peer's Err %v, want ErrPeerLeft", err)
	}

	exchange(t, other.ch, other.remote, "the other room still works")
	fresh := connectPair(t, base, "after")
	exchange(t, fresh.ch, fresh.remote, "a new room works")
}

func TestThirdPeerGetsRoomFull(t *testing.T) {
	t.Parallel()
	_, base := newHub(t, HubOptions{})
	url := roomURL(base, "full")
	pa := joinT(t, url, newPC(t), nil)
	pb := joinT(t, url, newPC(t), nil)
	recv(t, pa.Paired(), "a paired")
	recv(t, pb.Paired(), "b paired")

	p, err := Join(t.Context(), url, newPC(t))
	if p != nil || !errors.Is(err, ErrRoomFull) {
		t.Fatalf("third Join: %v, %v; want ErrRoomFull", p, err)
	}
	var he *HubError
	if !errors.As(err, &he) || he.Code != CodeRoomFull {
		t.Fatalf("third Join: %#v, want a *HubError", err)
	}
	for _, p := range []*Peer{pa, pb} {
		select {
		case <-p.Done():
			t.Fatalf("a peer of the room ended: %v", p.Err())
		default:
		}
	}
}

func TestPeerLeavesAndRoomPairsAgain(t *testing.T) {
	t.Parallel()
	_, base := newHub(t, HubOptions{})
	c := connectPair(t, base, "again")
	if err := c.pb.Close(); err != nil {
		t.Fatal(err)
	}
	if err := c.pb.Err(); !errors.Is(err, ErrClosed) {
		t.Fatalf("closed peer's Err %v, want ErrClosed", err)
	}
	if err := waitDone(t, c.pa, "the stayed peer's end"); !errors.Is(err, ErrPeerLeft) {
		t.Fatalf("stayed peer's Err %v, want ErrPeerLeft", err)
	}
	if c.b.ConnectionState() == rtc.PeerConnectionStateClosed {
		t.Fatal("Close closed the PeerConnection")
	}
	// Close is idempotent and keeps the first cause; RestartICE tells it.
	if err := c.pa.Close(); err != nil || !errors.Is(c.pa.Err(), ErrPeerLeft) {
		t.Fatalf("Close after the end: %v, Err %v", err, c.pa.Err())
	}
	if err := c.pa.RestartICE(); !errors.Is(err, ErrPeerLeft) {
		t.Fatalf("RestartICE after the end: %v", err)
	}

	again := connectPair(t, base, "again")
	exchange(t, again.ch, again.remote, "the room pairs again")
}

func TestSessionEnds(t *testing.T) {
	t.Parallel()
	t.Run("context", func(t *testing.T) {
		t.Parallel()
		_, base := newHub(t, HubOptions{})
		ctx, cancel := context.WithCancel(t.Context())
		p, err := Join(ctx, roomURL(base, "ctx"), newPC(t))
		if err != nil {
			t.Fatal(err)
		}
		cancel()
		if err := waitDone(t, p, "the end after cancel"); !errors.Is(err, context.Canceled) {
			t.Fatalf("Err %v, want context.Canceled", err)
		}
	})
	t.Run("hub closed", func(t *testing.T) {
		t.Parallel()
		h, base := newHub(t, HubOptions{})
		pa := joinT(t, roomURL(base, "hub"), newPC(t), nil)
		pb := joinT(t, roomURL(base, "hub"), newPC(t), nil)
		recv(t, pb.Paired(), "paired")
		if err := h.Close(); err != nil {
			t.Fatal(err)
		}
		for _, p := range []*Peer{pa, pb} {
			err := waitDone(t, p, "the end after the hub closed")
			var ce websocket.CloseError
			if !errors.Is(err, ErrHubGone) || !errors.As(err, &ce) || ce.Code != websocket.StatusGoingAway {
				t.Fatalf("Err %v, want ErrHubGone with status 1001", err)
			}
		}
		if _, err := Join(t.Context(), roomURL(base, "hub"), newPC(t)); !errors.Is(err, ErrHubGone) {
			t.Fatalf("Join after Close: %v, want ErrHubGone", err)
		}
	})
	t.Run("PeerConnection closed", func(t *testing.T) {
		t.Parallel()
		_, base := newHub(t, HubOptions{})
		c := connectPair(t, base, "pc-closed")
		if err := c.a.Close(); err != nil {
			t.Fatal(err)
		}
		// Close fires no event: the session learns it at its next step,
		// here the restart offer.
		if err := c.pa.RestartICE(); err != nil {
			t.Fatal(err)
		}
		err := waitDone(t, c.pa, "the end after the PeerConnection closed")
		var ne *NegotiationError
		if !errors.As(err, &ne) || !errors.Is(err, rtc.ErrClosed) {
			t.Fatalf("Err %v, want a NegotiationError matching rtc.ErrClosed", err)
		}
	})
}
