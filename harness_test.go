package rtc

import (
	"errors"
	"testing"
	"time"
)

// The conformance suite is untagged: it runs natively and, unchanged, in the
// browser. What differs per target (the API's network settings, a media
// source) lives in harness_*_test.go files behind build tags.

const testTimeout = 20 * time.Second

// newTestPC creates a PeerConnection through the target's test API and
// closes it when the test ends.
func newTestPC(t testing.TB, c Configuration) *PeerConnection {
	t.Helper()
	pc, err := newTestAPI().NewPeerConnection(c)
	if err != nil {
		t.Fatalf("NewPeerConnection: %v", err)
	}
	t.Cleanup(func() { _ = pc.Close() })
	return pc
}

// signal is one signaling message: a description or a candidate.
type signal struct {
	desc *SessionDescription
	cand *ICECandidateInit
}

// pair is two connected-or-connecting PeerConnections with in-process
// trickle signaling: each side's messages are applied in order by a
// goroutine of the receiving side, as a real signaling channel would.
type pair struct {
	t            testing.TB
	a, b         *PeerConnection
	toA, toB     chan signal
	errs         chan error
	trickle      bool
	negotiations chan struct{}
}

// newPair makes two PeerConnections wired for signaling. With trickle, each
// candidate is sent as it is gathered; without, the description is sent
// once gathering is complete, with every candidate in its SDP.
func newPair(t testing.TB, trickle bool) *pair {
	t.Helper()
	return newPairOf(t, trickle, newTestPC(t, Configuration{}), newTestPC(t, Configuration{}))
}

// newPairOf wires two given PeerConnections as newPair does.
func newPairOf(t testing.TB, trickle bool, a, b *PeerConnection) *pair {
	t.Helper()
	p := &pair{t: t, a: a, b: b,
		toA: make(chan signal, 256), toB: make(chan signal, 256), errs: make(chan error, 16), trickle: trickle}
	done := make(chan struct{})
	t.Cleanup(func() { close(done) })
	p.wire(p.a, p.b, p.toB, done)
	p.wire(p.b, p.a, p.toA, done)
	return p
}

// wire forwards from's candidates to out and applies the messages of out to
// to, answering offers.
func (p *pair) wire(from, to *PeerConnection, out chan signal, done chan struct{}) {
	if p.trickle {
		from.OnICECandidate(func(c *ICECandidate) {
			if c != nil {
				init := c.ToJSON()
				out <- signal{cand: &init}
			}
		})
	}
	back := p.toA
	if out == p.toA {
		back = p.toB
	}
	go func() {
		// Candidates can overtake the description they belong to (they are
		// sent from another goroutine): hold them until it is applied.
		var early []signal
		for {
			select {
			case <-done:
				return
			case m := <-out:
				if m.cand != nil && to.RemoteDescription() == nil {
					early = append(early, m)
					continue
				}
				if err := p.apply(to, m, back); err != nil {
					p.errs <- err
				}
				for _, c := range early {
					if err := p.apply(to, c, back); err != nil {
						p.errs <- err
					}
				}
				early = nil
			}
		}
	}()
}

func (p *pair) apply(to *PeerConnection, m signal, back chan signal) error {
	if m.cand != nil {
		return to.AddICECandidate(*m.cand)
	}
	if err := to.SetRemoteDescription(*m.desc); err != nil {
		return err
	}
	if m.desc.Type != SDPTypeOffer {
		return nil
	}
	answer, err := to.CreateAnswer(nil)
	if err != nil {
		return err
	}
	d, err := p.setLocal(to, answer)
	if err != nil {
		return err
	}
	back <- signal{desc: d}
	return nil
}

// setLocal applies desc and returns what to send: desc itself with trickle,
// else the local description once gathering is complete.
func (p *pair) setLocal(pc *PeerConnection, desc SessionDescription) (*SessionDescription, error) {
	if p.trickle {
		if err := pc.SetLocalDescription(desc); err != nil {
			return nil, err
		}
		return &desc, nil
	}
	complete := make(chan struct{})
	var once bool
	pc.OnICEGatheringStateChange(func(s ICEGatheringState) {
		if s == ICEGatheringStateComplete && !once {
			once = true
			close(complete)
		}
	})
	if err := pc.SetLocalDescription(desc); err != nil {
		return nil, err
	}
	if pc.ICEGatheringState() != ICEGatheringStateComplete {
		select {
		case <-complete:
		case <-time.After(testTimeout):
			return nil, errors.New("gathering did not complete")
		}
	}
	return pc.LocalDescription(), nil
}

// negotiate makes an offer on a (with options) and sends it to b; b's answer
// comes back through the signaling goroutines. It waits until both sides
// are stable again.
func (p *pair) negotiate(options *OfferOptions) {
	p.t.Helper()
	p.offerFrom(p.a, p.toB, options)
	p.waitStable()
}

func (p *pair) offerFrom(pc *PeerConnection, out chan signal, options *OfferOptions) {
	p.t.Helper()
	offer, err := pc.CreateOffer(options)
	if err != nil {
		p.t.Fatalf("CreateOffer: %v", err)
	}
	d, err := p.setLocal(pc, offer)
	if err != nil {
		p.t.Fatalf("SetLocalDescription(offer): %v", err)
	}
	out <- signal{desc: d}
}

func (p *pair) waitStable() {
	p.t.Helper()
	eventually(p.t, "both sides stable", func() bool {
		p.checkErrs()
		return p.a.SignalingState() == SignalingStateStable && p.b.SignalingState() == SignalingStateStable &&
			p.a.CurrentRemoteDescription() != nil && p.b.CurrentRemoteDescription() != nil
	})
}

func (p *pair) checkErrs() {
	p.t.Helper()
	select {
	case err := <-p.errs:
		p.t.Fatalf("signaling: %v", err)
	default:
	}
}

// connect negotiates and waits until both sides are connected.
func (p *pair) connect() {
	p.t.Helper()
	p.negotiate(nil)
	p.waitConnected()
}

func (p *pair) waitConnected() {
	p.t.Helper()
	eventually(p.t, "both sides connected", func() bool {
		p.checkErrs()
		return p.a.ConnectionState() == PeerConnectionStateConnected && p.b.ConnectionState() == PeerConnectionStateConnected
	})
}

// eventually polls cond until it holds or the test timeout passes.
func eventually(t testing.TB, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(testTimeout)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(10 * time.Millisecond)
	}
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

// openChannels creates a channel on p.a, connects, and returns both ends
// once both are open.
func (p *pair) openChannels(label string, init *DataChannelInit) (*DataChannel, *DataChannel) {
	p.t.Helper()
	local, err := p.a.CreateDataChannel(label, init)
	if err != nil {
		p.t.Fatalf("CreateDataChannel: %v", err)
	}
	localOpen := make(chan struct{})
	local.OnOpen(func() { close(localOpen) })
	remoteCh := make(chan *DataChannel, 1)
	p.b.OnDataChannel(func(d *DataChannel) {
		if d.Label() != label {
			return
		}
		opened := make(chan struct{})
		d.OnOpen(func() { close(opened) })
		go func() { <-opened; remoteCh <- d }()
	})
	p.connect()
	recv(p.t, localOpen, "local channel open")
	return local, recv(p.t, remoteCh, "remote channel open")
}

// expectErr fails unless err matches want with errors.Is and reads "rtc: ...".
func expectErr(t testing.TB, what string, err, want error) {
	t.Helper()
	if err == nil {
		t.Fatalf("%s: got no error, want %v", what, want)
	}
	if !errors.Is(err, want) {
		t.Fatalf("%s: got %v, want an error matching %v", what, err, want)
	}
	if len(err.Error()) < 4 || err.Error()[:4] != "rtc:" {
		t.Fatalf("%s: message %q does not start with rtc:", what, err.Error())
	}
}
