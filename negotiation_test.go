package rtc

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// record collects the values a handler is called with, for asserting
// sequences of events.
type record[T any] struct {
	mu   sync.Mutex
	vals []T
}

func (r *record[T]) add(v T) {
	r.mu.Lock()
	r.vals = append(r.vals, v)
	r.mu.Unlock()
}

func (r *record[T]) get() []T {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.vals)
}

// stateRecords are the state events of one PeerConnection.
type stateRecords struct {
	signaling  record[SignalingState]
	gathering  record[ICEGatheringState]
	iceConn    record[ICEConnectionState]
	conn       record[PeerConnectionState]
	candidates record[*ICECandidate]
}

// recordStates sets every state handler of pc, and an OnICECandidate that
// also forwards the candidates to out as the trickle harness does.
func recordStates(pc *PeerConnection, out chan signal) *stateRecords {
	r := &stateRecords{}
	pc.OnSignalingStateChange(r.signaling.add)
	pc.OnICEGatheringStateChange(r.gathering.add)
	pc.OnICEConnectionStateChange(r.iceConn.add)
	pc.OnConnectionStateChange(r.conn.add)
	pc.OnICECandidate(func(c *ICECandidate) {
		r.candidates.add(c)
		if c != nil {
			init := c.ToJSON()
			out <- signal{cand: &init}
		}
	})
	return r
}

func last[T any](s []T) (T, bool) {
	var zero T
	if len(s) == 0 {
		return zero, false
	}
	return s[len(s)-1], true
}

// sdpAttr returns the value of the first "a=name:" line of sdp, or "".
func sdpAttr(sdp, name string) string {
	for _, line := range strings.Split(sdp, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimRight(line, "\r"), "a="+name+":"); ok {
			return v
		}
	}
	return ""
}

func TestNegotiationStateSequences(t *testing.T) {
	p := newPair(t, true)
	ra := recordStates(p.a, p.toB)
	rb := recordStates(p.b, p.toA)
	if _, err := p.a.CreateDataChannel("states", nil); err != nil {
		t.Fatal(err)
	}
	p.connect()

	// Events trail the getters: wait until the handlers have seen the
	// final values.
	for _, side := range []struct {
		name string
		pc   *PeerConnection
		r    *stateRecords
	}{{"a", p.a, ra}, {"b", p.b, rb}} {
		r := side.r
		eventually(t, side.name+" final state events", func() bool {
			s, _ := last(r.signaling.get())
			g, _ := last(r.gathering.get())
			c, _ := last(r.conn.get())
			i, _ := last(r.iceConn.get())
			cands := r.candidates.get()
			return s == SignalingStateStable && g == ICEGatheringStateComplete && c == PeerConnectionStateConnected &&
				(i == ICEConnectionStateConnected || i == ICEConnectionStateCompleted) &&
				len(cands) > 0 && cands[len(cands)-1] == nil
		})
	}

	wantSignaling := map[string][]SignalingState{
		"a": {SignalingStateHaveLocalOffer, SignalingStateStable},
		"b": {SignalingStateHaveRemoteOffer, SignalingStateStable},
	}
	for _, side := range []struct {
		name string
		pc   *PeerConnection
		r    *stateRecords
	}{{"a", p.a, ra}, {"b", p.b, rb}} {
		name, pc, r := side.name, side.pc, side.r
		if got := r.signaling.get(); !slices.Equal(got, wantSignaling[name]) {
			t.Errorf("%s signaling events = %v, want %v", name, got, wantSignaling[name])
		}
		if got, want := r.gathering.get(), []ICEGatheringState{ICEGatheringStateGathering, ICEGatheringStateComplete}; !slices.Equal(got, want) {
			t.Errorf("%s gathering events = %v, want %v", name, got, want)
		}
		ice := r.iceConn.get()
		okICE := slices.Equal(ice, []ICEConnectionState{ICEConnectionStateChecking, ICEConnectionStateConnected}) ||
			slices.Equal(ice, []ICEConnectionState{ICEConnectionStateChecking, ICEConnectionStateConnected, ICEConnectionStateCompleted})
		if !okICE {
			t.Errorf("%s ICE connection events = %v, want checking, connected [, completed]", name, ice)
		}
		if got, want := r.conn.get(), []PeerConnectionState{PeerConnectionStateConnecting, PeerConnectionStateConnected}; !slices.Equal(got, want) {
			t.Errorf("%s connection events = %v, want %v", name, got, want)
		}

		// The last value each handler saw is what the getter says.
		if v, _ := last(r.signaling.get()); v != pc.SignalingState() {
			t.Errorf("%s: last signaling event %v, getter %v", name, v, pc.SignalingState())
		}
		if v, _ := last(r.gathering.get()); v != pc.ICEGatheringState() {
			t.Errorf("%s: last gathering event %v, getter %v", name, v, pc.ICEGatheringState())
		}
		if v, _ := last(r.iceConn.get()); v != pc.ICEConnectionState() {
			t.Errorf("%s: last ICE connection event %v, getter %v", name, v, pc.ICEConnectionState())
		}
		if v, _ := last(r.conn.get()); v != pc.ConnectionState() {
			t.Errorf("%s: last connection event %v, getter %v", name, v, pc.ConnectionState())
		}

		cands := r.candidates.get()
		nils := 0
		for i, c := range cands {
			if c == nil {
				nils++
				if i != len(cands)-1 {
					t.Errorf("%s: nil candidate at %d of %d, want it last", name, i, len(cands))
				}
				continue
			}
			init := c.ToJSON()
			if !strings.HasPrefix(init.Candidate, "candidate:") {
				t.Errorf("%s: candidate %q does not start with candidate:", name, init.Candidate)
			}
			if init.SDPMid == nil || *init.SDPMid == "" || init.SDPMLineIndex == nil {
				t.Errorf("%s: candidate %q without sdpMid/sdpMLineIndex", name, init.Candidate)
			}
			if init.UsernameFragment == nil || *init.UsernameFragment == "" {
				t.Errorf("%s: candidate %q without usernameFragment", name, init.Candidate)
			}
			if c.Foundation == "" || c.Priority == 0 || c.Address == "" || c.Port == 0 ||
				c.Protocol == ICEProtocolUnknown || c.Typ == ICECandidateTypeUnknown || c.Component != 1 {
				t.Errorf("%s: candidate %q parsed as %+v", name, init.Candidate, *c)
			}
		}
		if nils != 1 || len(cands) < 2 {
			t.Errorf("%s: %d candidates with %d nil, want at least one and exactly one nil", name, len(cands), nils)
		}
	}
}

func TestNegotiationDescriptionAccessors(t *testing.T) {
	a := newTestPC(t, Configuration{})
	b := newTestPC(t, Configuration{})
	type accessors struct {
		local, remote, curLocal, pendLocal, curRemote, pendRemote SDPType // SDPTypeUnknown: nil
	}
	get := func(pc *PeerConnection) accessors {
		ty := func(d *SessionDescription) SDPType {
			if d == nil {
				return SDPTypeUnknown
			}
			return d.Type
		}
		return accessors{ty(pc.LocalDescription()), ty(pc.RemoteDescription()), ty(pc.CurrentLocalDescription()),
			ty(pc.PendingLocalDescription()), ty(pc.CurrentRemoteDescription()), ty(pc.PendingRemoteDescription())}
	}
	check := func(what string, pc *PeerConnection, want accessors) {
		t.Helper()
		if got := get(pc); got != want {
			t.Fatalf("%s: descriptions (local, remote, currentLocal, pendingLocal, currentRemote, pendingRemote) = %v, want %v",
				what, got, want)
		}
	}
	const none = SDPTypeUnknown
	check("a before", a, accessors{})

	if _, err := a.CreateDataChannel("desc", nil); err != nil {
		t.Fatal(err)
	}
	offer, err := a.CreateOffer(nil)
	if err != nil {
		t.Fatal(err)
	}
	check("a after CreateOffer", a, accessors{})
	if err := a.SetLocalDescription(offer); err != nil {
		t.Fatal(err)
	}
	check("a in have-local-offer", a, accessors{SDPTypeOffer, none, none, SDPTypeOffer, none, none})
	if got, want := sdpAttr(a.PendingLocalDescription().SDP, "ice-ufrag"), sdpAttr(offer.SDP, "ice-ufrag"); got == "" || got != want {
		t.Fatalf("pending local ice-ufrag %q, offer's %q", got, want)
	}

	if err := b.SetRemoteDescription(offer); err != nil {
		t.Fatal(err)
	}
	check("b in have-remote-offer", b, accessors{none, SDPTypeOffer, none, none, none, SDPTypeOffer})
	answer, err := b.CreateAnswer(nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.SetLocalDescription(answer); err != nil {
		t.Fatal(err)
	}
	check("b stable", b, accessors{SDPTypeAnswer, SDPTypeOffer, SDPTypeAnswer, none, SDPTypeOffer, none})
	if err := a.SetRemoteDescription(answer); err != nil {
		t.Fatal(err)
	}
	check("a stable", a, accessors{SDPTypeOffer, SDPTypeAnswer, SDPTypeOffer, none, SDPTypeAnswer, none})
	if got, want := sdpAttr(a.CurrentRemoteDescription().SDP, "ice-ufrag"), sdpAttr(answer.SDP, "ice-ufrag"); got == "" || got != want {
		t.Fatalf("current remote ice-ufrag %q, answer's %q", got, want)
	}

	// Every accessor returns a copy.
	for name, f := range map[string]func() *SessionDescription{
		"LocalDescription": a.LocalDescription, "RemoteDescription": a.RemoteDescription,
		"CurrentLocalDescription": a.CurrentLocalDescription, "CurrentRemoteDescription": a.CurrentRemoteDescription,
	} {
		d := f()
		orig := *d
		d.SDP, d.Type = "mutated", SDPTypeRollback
		if again := f(); again.SDP != orig.SDP || again.Type != orig.Type {
			t.Errorf("%s: mutating the returned description changed the PeerConnection's", name)
		}
	}
}

func TestSetLocalDescriptionEmptySDPUsesLastOffer(t *testing.T) {
	a := newTestPC(t, Configuration{})
	b := newTestPC(t, Configuration{})
	if _, err := a.CreateDataChannel("last", nil); err != nil {
		t.Fatal(err)
	}
	offer, err := a.CreateOffer(nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.SetLocalDescription(SessionDescription{Type: SDPTypeOffer}); err != nil {
		t.Fatalf("SetLocalDescription({offer, no SDP}): %v", err)
	}
	if s := a.SignalingState(); s != SignalingStateHaveLocalOffer {
		t.Fatalf("signaling state %v, want have-local-offer", s)
	}
	pending := a.PendingLocalDescription()
	if pending == nil || pending.Type != SDPTypeOffer {
		t.Fatalf("pending local description %+v, want the offer", pending)
	}
	for _, attr := range []string{"ice-ufrag", "ice-pwd", "fingerprint"} {
		if got, want := sdpAttr(pending.SDP, attr), sdpAttr(offer.SDP, attr); got == "" || got != want {
			t.Errorf("pending local %s %q, last created offer's %q", attr, got, want)
		}
	}

	// The same holds for an answer with an empty SDP.
	if err := b.SetRemoteDescription(*pending); err != nil {
		t.Fatal(err)
	}
	answer, err := b.CreateAnswer(nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.SetLocalDescription(SessionDescription{Type: SDPTypeAnswer}); err != nil {
		t.Fatalf("SetLocalDescription({answer, no SDP}): %v", err)
	}
	cur := b.CurrentLocalDescription()
	if b.SignalingState() != SignalingStateStable || cur == nil || cur.Type != SDPTypeAnswer ||
		sdpAttr(cur.SDP, "ice-ufrag") != sdpAttr(answer.SDP, "ice-ufrag") {
		t.Fatalf("b: state %v, current local %+v, want stable with the last created answer", b.SignalingState(), cur)
	}
	if err := a.SetRemoteDescription(*cur); err != nil {
		t.Fatal(err)
	}
	if s := a.SignalingState(); s != SignalingStateStable {
		t.Fatalf("a: signaling state %v, want stable", s)
	}
}

func TestSetLocalDescriptionImplicit(t *testing.T) {
	a := newTestPC(t, Configuration{})
	b := newTestPC(t, Configuration{})
	if _, err := a.CreateDataChannel("implicit", nil); err != nil {
		t.Fatal(err)
	}
	if err := a.SetLocalDescription(SessionDescription{}); err != nil {
		t.Fatalf("implicit offer: %v", err)
	}
	offer := a.PendingLocalDescription()
	if a.SignalingState() != SignalingStateHaveLocalOffer || offer == nil || offer.Type != SDPTypeOffer ||
		!strings.Contains(offer.SDP, "m=application") {
		t.Fatalf("a: state %v, pending local %+v, want have-local-offer with an offer", a.SignalingState(), offer)
	}
	if err := b.SetRemoteDescription(*offer); err != nil {
		t.Fatal(err)
	}
	if err := b.SetLocalDescription(SessionDescription{}); err != nil {
		t.Fatalf("implicit answer: %v", err)
	}
	answer := b.CurrentLocalDescription()
	if b.SignalingState() != SignalingStateStable || answer == nil || answer.Type != SDPTypeAnswer {
		t.Fatalf("b: state %v, current local %+v, want stable with an answer", b.SignalingState(), answer)
	}
	if err := a.SetRemoteDescription(*answer); err != nil {
		t.Fatal(err)
	}
	if s := a.SignalingState(); s != SignalingStateStable {
		t.Fatalf("a: signaling state %v, want stable", s)
	}
}

// negotiateOnNeeded makes p.a answer OnNegotiationNeeded with an offer sent
// to p.b; it reports each call on the returned channel.
func negotiateOnNeeded(p *pair) <-chan struct{} {
	fired := make(chan struct{}, 16)
	p.a.OnNegotiationNeeded(func() {
		fired <- struct{}{}
		if p.a.SignalingState() != SignalingStateStable {
			return
		}
		offer, err := p.a.CreateOffer(nil)
		if err == nil {
			err = p.a.SetLocalDescription(offer)
		}
		if err != nil {
			p.errs <- err
			return
		}
		p.toB <- signal{desc: &offer}
	})
	return fired
}

func TestNegotiationNeededRenegotiates(t *testing.T) {
	p := newPair(t, true)
	fired := negotiateOnNeeded(p)

	// First connect with audio only, so the first data channel comes later.
	audio, err := p.a.AddTransceiverFromKind(RTPCodecTypeAudio)
	if err != nil {
		t.Fatal(err)
	}
	recv(t, fired, "negotiationneeded for the audio transceiver")
	p.waitStable()
	p.waitConnected()
	if p.a.SCTP() != nil {
		t.Fatalf("SCTP() is not nil without a negotiated data channel")
	}

	// A first data channel on the connected pair needs negotiation.
	remoteCh := make(chan *DataChannel, 1)
	p.b.OnDataChannel(func(d *DataChannel) { remoteCh <- d })
	local, err := p.a.CreateDataChannel("late", nil)
	if err != nil {
		t.Fatal(err)
	}
	opened := make(chan struct{})
	local.OnOpen(func() { close(opened) })
	recv(t, fired, "negotiationneeded for the data channel")
	remote := recv(t, remoteCh, "remote data channel")
	recv(t, opened, "local channel open")
	got := make(chan string, 1)
	remote.OnMessage(func(m DataChannelMessage) { got <- string(m.Data) })
	if err := local.SendText("after renegotiation"); err != nil {
		t.Fatal(err)
	}
	if m := recv(t, got, "message on the new channel"); m != "after renegotiation" {
		t.Fatalf("got %q", m)
	}

	// So does a new transceiver.
	video, err := p.a.AddTransceiverFromKind(RTPCodecTypeVideo)
	if err != nil {
		t.Fatal(err)
	}
	recv(t, fired, "negotiationneeded for the video transceiver")
	eventually(t, "video negotiated on both sides", func() bool {
		p.checkErrs()
		// pion sets the current direction last when applying the answer.
		if p.a.SignalingState() != SignalingStateStable || video.Mid() == "" ||
			video.CurrentDirection() == RTPTransceiverDirectionUnknown {
			return false
		}
		cur := p.a.CurrentRemoteDescription()
		if cur == nil || !strings.Contains(cur.SDP, "m=video") {
			return false
		}
		for _, tr := range p.b.GetTransceivers() {
			if tr.Mid() == video.Mid() && tr.Kind() == RTPCodecTypeVideo {
				return true
			}
		}
		return false
	})
	// b has no track to send: it answers recvonly.
	if d := video.CurrentDirection(); d != RTPTransceiverDirectionSendonly {
		t.Errorf("video current direction %v after negotiation, want sendonly", d)
	}
	if d := audio.CurrentDirection(); d != RTPTransceiverDirectionSendonly {
		t.Errorf("audio current direction %v after renegotiations, want sendonly", d)
	}
	if p.a.ConnectionState() != PeerConnectionStateConnected {
		t.Errorf("connection state %v after renegotiation", p.a.ConnectionState())
	}
}

func TestICERestartKeepsChannel(t *testing.T) {
	// Complete gathering: every description carries its candidates, so none
	// of the new generation can reach the peer before its description.
	p := newPair(t, false)
	local, remote := p.openChannels("restart", nil)
	ufragA := sdpAttr(p.a.LocalDescription().SDP, "ice-ufrag")
	ufragB := sdpAttr(p.b.LocalDescription().SDP, "ice-ufrag")

	p.negotiate(&OfferOptions{ICERestart: true})
	if got := sdpAttr(p.a.LocalDescription().SDP, "ice-ufrag"); got == "" || got == ufragA {
		t.Fatalf("offerer ice-ufrag %q after restart, was %q", got, ufragA)
	}
	if got := sdpAttr(p.b.LocalDescription().SDP, "ice-ufrag"); got == "" || got == ufragB {
		t.Fatalf("answerer ice-ufrag %q after restart, was %q", got, ufragB)
	}
	eventually(t, "ICE connected after restart", func() bool {
		for _, pc := range []*PeerConnection{p.a, p.b} {
			if s := pc.ICEConnectionState(); s != ICEConnectionStateConnected && s != ICEConnectionStateCompleted {
				return false
			}
		}
		return true
	})
	p.waitConnected()

	atB := make(chan string, 1)
	atA := make(chan string, 1)
	remote.OnMessage(func(m DataChannelMessage) { atB <- string(m.Data) })
	local.OnMessage(func(m DataChannelMessage) { atA <- string(m.Data) })
	if err := local.SendText("ping"); err != nil {
		t.Fatal(err)
	}
	if m := recv(t, atB, "message a->b after restart"); m != "ping" {
		t.Fatalf("b got %q", m)
	}
	if err := remote.SendText("pong"); err != nil {
		t.Fatal(err)
	}
	if m := recv(t, atA, "message b->a after restart"); m != "pong" {
		t.Fatalf("a got %q", m)
	}
	if local.ReadyState() != DataChannelStateOpen || remote.ReadyState() != DataChannelStateOpen {
		t.Fatalf("channel states %v/%v after restart", local.ReadyState(), remote.ReadyState())
	}
}

func TestRollbackLocalAndRemote(t *testing.T) {
	p := newPair(t, false)
	var sigA, sigB record[SignalingState]
	p.a.OnSignalingStateChange(sigA.add)
	p.b.OnSignalingStateChange(sigB.add)
	// The rolled-back offer carries an audio section, not a data channel:
	// Chrome never offers SCTP again once an offer with the first
	// m=application was rolled back (crbug.com/1032987 and kin).
	if _, err := p.a.AddTransceiverFromKind(RTPCodecTypeAudio); err != nil {
		t.Fatal(err)
	}

	offer, err := p.a.CreateOffer(nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.a.SetLocalDescription(offer); err != nil {
		t.Fatal(err)
	}
	if s := p.a.SignalingState(); s != SignalingStateHaveLocalOffer {
		t.Fatalf("a: %v, want have-local-offer", s)
	}

	// Remote rollback on b.
	if err := p.b.SetRemoteDescription(offer); err != nil {
		t.Fatal(err)
	}
	if err := p.b.SetRemoteDescription(SessionDescription{Type: SDPTypeRollback}); err != nil {
		t.Fatalf("remote rollback: %v", err)
	}
	if s := p.b.SignalingState(); s != SignalingStateStable {
		t.Fatalf("b after rollback: %v, want stable", s)
	}
	if d := p.b.PendingRemoteDescription(); d != nil {
		t.Fatalf("b: pending remote description %+v after rollback", d)
	}
	if d := p.b.RemoteDescription(); d != nil {
		t.Fatalf("b: remote description %+v after rolling back the first offer", d)
	}

	// Local rollback on a.
	if err := p.a.SetLocalDescription(SessionDescription{Type: SDPTypeRollback}); err != nil {
		t.Fatalf("local rollback: %v", err)
	}
	if s := p.a.SignalingState(); s != SignalingStateStable {
		t.Fatalf("a after rollback: %v, want stable", s)
	}
	if d := p.a.PendingLocalDescription(); d != nil {
		t.Fatalf("a: pending local description %+v after rollback", d)
	}
	if d := p.a.LocalDescription(); d != nil {
		t.Fatalf("a: local description %+v after rolling back the first offer", d)
	}

	// A rollback in the stable state is refused.
	expectErr(t, "rollback in stable", p.a.SetLocalDescription(SessionDescription{Type: SDPTypeRollback}), ErrInvalidState)

	// Negotiation works as if nothing had happened.
	local, err := p.a.CreateDataChannel("rollback", nil)
	if err != nil {
		t.Fatal(err)
	}
	opened := make(chan struct{})
	local.OnOpen(func() { close(opened) })
	p.connect()
	recv(t, opened, "channel open after rollbacks")
	eventually(t, "signaling events", func() bool { return len(sigA.get()) >= 4 && len(sigB.get()) >= 4 })
	wantA := []SignalingState{SignalingStateHaveLocalOffer, SignalingStateStable, SignalingStateHaveLocalOffer, SignalingStateStable}
	wantB := []SignalingState{SignalingStateHaveRemoteOffer, SignalingStateStable, SignalingStateHaveRemoteOffer, SignalingStateStable}
	if got := sigA.get(); !slices.Equal(got, wantA) {
		t.Errorf("a signaling events %v, want %v", got, wantA)
	}
	if got := sigB.get(); !slices.Equal(got, wantB) {
		t.Errorf("b signaling events %v, want %v", got, wantB)
	}
}

func TestGlareRollbackAcceptsOtherOffer(t *testing.T) {
	p := newPair(t, false)
	chA, err := p.a.CreateDataChannel("from-a", nil)
	if err != nil {
		t.Fatal(err)
	}
	chB, err := p.b.CreateDataChannel("from-b", nil)
	if err != nil {
		t.Fatal(err)
	}
	openA, openB := make(chan struct{}), make(chan struct{})
	chA.OnOpen(func() { close(openA) })
	chB.OnOpen(func() { close(openB) })
	atA := make(chan string, 1)
	atB := make(chan string, 1)
	p.a.OnDataChannel(func(d *DataChannel) { atA <- d.Label() })
	p.b.OnDataChannel(func(d *DataChannel) { atB <- d.Label() })

	offer := func(pc *PeerConnection) *SessionDescription {
		o, err := pc.CreateOffer(nil)
		if err != nil {
			t.Fatal(err)
		}
		d, err := p.setLocal(pc, o)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	offerA := offer(p.a)
	_ = offer(p.b)
	if p.a.SignalingState() != SignalingStateHaveLocalOffer || p.b.SignalingState() != SignalingStateHaveLocalOffer {
		t.Fatalf("states %v/%v, want both have-local-offer", p.a.SignalingState(), p.b.SignalingState())
	}

	// b is the polite peer: it drops its offer and answers a's.
	if err := p.b.SetLocalDescription(SessionDescription{Type: SDPTypeRollback}); err != nil {
		t.Fatalf("rollback: %v", err)
	}
	if err := p.b.SetRemoteDescription(*offerA); err != nil {
		t.Fatal(err)
	}
	answer, err := p.b.CreateAnswer(nil)
	if err != nil {
		t.Fatal(err)
	}
	d, err := p.setLocal(p.b, answer)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.a.SetRemoteDescription(*d); err != nil {
		t.Fatal(err)
	}
	p.waitStable()
	p.waitConnected()
	recv(t, openA, "a's channel open")
	recv(t, openB, "b's channel open")
	if l := recv(t, atB, "a's channel at b"); l != "from-a" {
		t.Fatalf("b got channel %q", l)
	}
	if l := recv(t, atA, "b's channel at a"); l != "from-b" {
		t.Fatalf("a got channel %q", l)
	}
}

// hasTrickleOption tells whether an SDP announces a=ice-options:trickle.
func hasTrickleOption(sdp string) bool {
	for _, line := range strings.Split(sdp, "\n") {
		if v, ok := strings.CutPrefix(strings.TrimRight(line, "\r"), "a=ice-options:"); ok &&
			slices.Contains(strings.Fields(v), "trickle") {
			return true
		}
	}
	return false
}

func TestCanTrickleICECandidates(t *testing.T) {
	for _, opt := range []bool{false, true} {
		a := newTestPC(t, Configuration{})
		b := newTestPC(t, Configuration{})
		if a.CanTrickleICECandidates() != ICETrickleCapabilityUnknown || b.CanTrickleICECandidates() != ICETrickleCapabilityUnknown {
			t.Fatalf("before a remote description: %v/%v, want unknown",
				a.CanTrickleICECandidates(), b.CanTrickleICECandidates())
		}
		if _, err := a.CreateDataChannel("trickle", nil); err != nil {
			t.Fatal(err)
		}
		offer, err := a.CreateOffer(&OfferOptions{OfferAnswerOptions: OfferAnswerOptions{ICETricklingSupported: opt}})
		if err != nil {
			t.Fatal(err)
		}
		if opt && !hasTrickleOption(offer.SDP) {
			t.Fatalf("offer with ICETricklingSupported lacks a=ice-options:trickle")
		}
		if err := a.SetLocalDescription(offer); err != nil {
			t.Fatal(err)
		}
		if a.CanTrickleICECandidates() != ICETrickleCapabilityUnknown {
			t.Fatalf("after the local offer only: %v, want unknown", a.CanTrickleICECandidates())
		}
		if err := b.SetRemoteDescription(offer); err != nil {
			t.Fatal(err)
		}
		answer, err := b.CreateAnswer(nil)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.SetLocalDescription(answer); err != nil {
			t.Fatal(err)
		}
		if err := a.SetRemoteDescription(answer); err != nil {
			t.Fatal(err)
		}
		// Each side's answer follows what the other side's SDP announces.
		for _, c := range []struct {
			name   string
			pc     *PeerConnection
			remote string
		}{{"a", a, answer.SDP}, {"b", b, offer.SDP}} {
			want := ICETrickleCapabilityUnsupported
			if hasTrickleOption(c.remote) {
				want = ICETrickleCapabilitySupported
			}
			if got := c.pc.CanTrickleICECandidates(); got != want {
				t.Errorf("option %v: %s: CanTrickleICECandidates %v, want %v", opt, c.name, got, want)
			}
		}
	}
}

func TestConfigurationGetSet(t *testing.T) {
	const url = "stun:127.0.0.1:3478"
	pc := newTestPC(t, Configuration{ICEServers: []ICEServer{{URLs: []string{url}}}})
	c := pc.GetConfiguration()
	if len(c.ICEServers) != 1 || len(c.ICEServers[0].URLs) != 1 || c.ICEServers[0].URLs[0] != url {
		t.Fatalf("ICEServers %+v, want [%s]", c.ICEServers, url)
	}
	c.ICEServers[0].URLs[0] = "stun:changed.invalid"
	c.ICEServers = append(c.ICEServers, ICEServer{URLs: []string{"stun:other.invalid"}})
	if again := pc.GetConfiguration(); len(again.ICEServers) != 1 || again.ICEServers[0].URLs[0] != url {
		t.Fatalf("mutating a GetConfiguration result changed the next one: %+v", again.ICEServers)
	}
	if c.BundlePolicy != BundlePolicyBalanced {
		t.Errorf("default BundlePolicy %v, want balanced", c.BundlePolicy)
	}

	next := pc.GetConfiguration()
	next.ICEServers = []ICEServer{{URLs: []string{"stun:127.0.0.1:3479"}}, {URLs: []string{"stun:127.0.0.1:3480"}}}
	if err := pc.SetConfiguration(next); err != nil {
		t.Fatalf("SetConfiguration with new ICE servers: %v", err)
	}
	got := pc.GetConfiguration()
	if len(got.ICEServers) != 2 || got.ICEServers[0].URLs[0] != "stun:127.0.0.1:3479" || got.ICEServers[1].URLs[0] != "stun:127.0.0.1:3480" {
		t.Fatalf("ICEServers after SetConfiguration %+v", got.ICEServers)
	}

	bad := pc.GetConfiguration()
	bad.BundlePolicy = BundlePolicyMaxCompat
	expectErr(t, "SetConfiguration changing BundlePolicy", pc.SetConfiguration(bad), ErrInvalidModification)
	if got := pc.GetConfiguration().BundlePolicy; got != BundlePolicyBalanced {
		t.Fatalf("BundlePolicy %v after the refused change", got)
	}
}

func TestConfigurationCertificate(t *testing.T) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := GenerateCertificate(key)
	if err != nil {
		t.Fatalf("GenerateCertificate: %v", err)
	}
	if !cert.Expires().After(time.Now()) {
		t.Fatalf("certificate expires %v, in the past", cert.Expires())
	}
	fps, err := cert.GetFingerprints()
	if err != nil || len(fps) == 0 {
		t.Fatalf("GetFingerprints: %v, %v", fps, err)
	}

	pc := newTestPC(t, Configuration{Certificates: []Certificate{*cert}})
	if _, err := pc.CreateDataChannel("cert", nil); err != nil {
		t.Fatal(err)
	}
	offer, err := pc.CreateOffer(nil)
	if err != nil {
		t.Fatal(err)
	}
	alg, value, _ := strings.Cut(sdpAttr(offer.SDP, "fingerprint"), " ")
	if !strings.EqualFold(alg, fps[0].Algorithm) || !strings.EqualFold(value, fps[0].Value) {
		t.Fatalf("offer fingerprint %s %s, certificate's %s %s", alg, value, fps[0].Algorithm, fps[0].Value)
	}
	certs := pc.GetConfiguration().Certificates
	if len(certs) != 1 || !certs[0].Equals(*cert) {
		t.Fatalf("GetConfiguration().Certificates = %v, want the configured certificate", certs)
	}

	other, err := GenerateCertificate(key)
	if err != nil {
		t.Fatal(err)
	}
	if other.Equals(*cert) {
		t.Fatalf("two generated certificates are Equal")
	}
}

func TestPeerConnectionIDAndSCTP(t *testing.T) {
	p := newPair(t, true)
	if p.a.ID() == "" || p.b.ID() == "" || p.a.ID() == p.b.ID() {
		t.Fatalf("IDs %q and %q, want two different non-empty IDs", p.a.ID(), p.b.ID())
	}
	if _, err := p.a.CreateDataChannel("sctp", nil); err != nil {
		t.Fatal(err)
	}
	if s := p.a.SCTP(); s != nil {
		t.Fatalf("SCTP() before negotiation = %v, want nil", s)
	}
	p.connect()
	for name, pc := range map[string]*PeerConnection{"a": p.a, "b": p.b} {
		eventually(t, name+" SCTP transport connected", func() bool {
			s := pc.SCTP()
			return s != nil && s.State() == SCTPTransportStateConnected
		})
		if m := pc.SCTP().MaxMessageSize(); m == 0 {
			t.Errorf("%s: SCTP MaxMessageSize is 0", name)
		}
	}
}

func TestCertificateKeyTypes(t *testing.T) {
	p384, err := ecdsa.GenerateKey(elliptic.P384(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	for name, key := range map[string]any{"ECDSA P-384": p384, "RSA 2048": rsaKey} {
		cert, err := GenerateCertificate(key)
		if name == "ECDSA P-384" && errors.Is(err, ErrNotSupported) {
			continue // Chrome makes ECDSA certificates on P-256 only
		}
		if err != nil {
			t.Fatalf("%s: GenerateCertificate: %v", name, err)
		}
		if fps, err := cert.GetFingerprints(); err != nil || len(fps) == 0 {
			t.Fatalf("%s: GetFingerprints: %v, %v", name, fps, err)
		}
		pc := newTestPC(t, Configuration{Certificates: []Certificate{*cert}})
		if _, err := pc.CreateOffer(nil); err != nil {
			t.Fatalf("%s: CreateOffer with the certificate: %v", name, err)
		}
	}
	_, err = GenerateCertificate("not a key")
	checkTypedError(t, "GenerateCertificate(string)", err)
	if err == nil {
		t.Fatal("GenerateCertificate(string) succeeded")
	}
}

// TestRollbackReleasesOfferedMids: a transceiver first offered in a
// rolled-back offer has no mid again (JSEP 4.1.10.2), so a remote offer
// whose section reuses that mid for another kind is answered with its own
// kind: the glare case of perfect negotiation with different kinds.
func TestRollbackReleasesOfferedMids(t *testing.T) {
	a, b := newTestPC(t, Configuration{}), newTestPC(t, Configuration{})
	video, err := a.AddTransceiverFromKind(RTPCodecTypeVideo)
	if err != nil {
		t.Fatal(err)
	}
	offerA, err := a.CreateOffer(nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.SetLocalDescription(offerA); err != nil {
		t.Fatal(err)
	}
	if err := a.SetLocalDescription(SessionDescription{Type: SDPTypeRollback}); err != nil {
		t.Fatal(err)
	}
	if mid := video.Mid(); mid != "" {
		t.Fatalf("mid %q after rolling back the offer that assigned it, want none", mid)
	}

	if _, err := b.AddTransceiverFromKind(RTPCodecTypeAudio); err != nil {
		t.Fatal(err)
	}
	offerB, err := b.CreateOffer(nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := a.SetRemoteDescription(offerB); err != nil {
		t.Fatal(err)
	}
	answer, err := a.CreateAnswer(nil)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(answer.SDP, "\nm=audio ") || strings.Contains(answer.SDP, "\nm=video ") {
		t.Fatalf("answer to an audio offer:\n%s", answer.SDP)
	}
	if err := a.SetLocalDescription(answer); err != nil {
		t.Fatal(err)
	}
	if mid := video.Mid(); mid == sdpAttr(offerB.SDP, "mid") {
		t.Fatalf("the video transceiver took the remote audio section's mid %q", mid)
	}
}

// TestNegotiationNeededWaitsForStable: a change that needs negotiation made
// while an offer is pending fires negotiationneeded only once the
// connection is stable again (the specification's negotiation-needed flag).
func TestNegotiationNeededWaitsForStable(t *testing.T) {
	a, b := newTestPC(t, Configuration{}), newTestPC(t, Configuration{})
	fired := make(chan SignalingState, 8)
	a.OnNegotiationNeeded(func() { fired <- a.SignalingState() })
	tr, err := a.AddTransceiverFromKind(RTPCodecTypeAudio)
	if err != nil {
		t.Fatal(err)
	}
	recv(t, fired, "negotiationneeded for the new transceiver")
	must := func(what string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	offerAnswer := func(then func()) {
		offer, err := a.CreateOffer(nil)
		must("CreateOffer", err)
		must("a.SetLocalDescription(offer)", a.SetLocalDescription(offer))
		then()
		must("b.SetRemoteDescription(offer)", b.SetRemoteDescription(offer))
		answer, err := b.CreateAnswer(nil)
		must("CreateAnswer", err)
		must("b.SetLocalDescription(answer)", b.SetLocalDescription(answer))
		must("a.SetRemoteDescription(answer)", a.SetRemoteDescription(answer))
	}
	offerAnswer(func() {})
	offerAnswer(func() { must("SetDirection", tr.SetDirection(RTPTransceiverDirectionInactive)) })
	if s := recv(t, fired, "negotiationneeded for the direction change"); s != SignalingStateStable {
		t.Fatalf("negotiationneeded fired in signaling state %v, want stable", s)
	}
}
