package rtc

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// The error tests check the sentinel each bad call matches: the one named
// after the DOMException the browser throws for it.

// dataChannelOffer returns an offer with one data channel section (mid "0")
// made by a PeerConnection of its own.
func dataChannelOffer(t *testing.T) SessionDescription {
	t.Helper()
	pc := newTestPC(t, Configuration{})
	if _, err := pc.CreateDataChannel("x", nil); err != nil {
		t.Fatalf("CreateDataChannel: %v", err)
	}
	offer, err := pc.CreateOffer(nil)
	if err != nil {
		t.Fatalf("CreateOffer: %v", err)
	}
	return offer
}

// errsPtr returns a pointer to v, for the optional fields of inits.
func errsPtr[T any](v T) *T { return &v }

func TestCreateAnswerWithoutRemoteOfferIsInvalidState(t *testing.T) {
	pc := newTestPC(t, Configuration{})
	_, err := pc.CreateAnswer(nil)
	expectErr(t, "CreateAnswer in stable", err, ErrInvalidState)

	// Nor after a local offer: the remote offer is what is missing.
	if _, err := pc.CreateDataChannel("x", nil); err != nil {
		t.Fatal(err)
	}
	offer, err := pc.CreateOffer(nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := pc.SetLocalDescription(offer); err != nil {
		t.Fatal(err)
	}
	_, err = pc.CreateAnswer(nil)
	expectErr(t, "CreateAnswer in have-local-offer", err, ErrInvalidState)
}

func TestSetRemoteDescriptionGarbageOfferChangesNothing(t *testing.T) {
	p := newPair(t, true)
	for _, sdp := range []string{"garbage", "v=0\r\nfoo"} {
		err := p.b.SetRemoteDescription(SessionDescription{Type: SDPTypeOffer, SDP: sdp})
		expectErr(t, fmt.Sprintf("SetRemoteDescription(offer %q)", sdp), err, ErrOperation)
		if s := p.b.SignalingState(); s != SignalingStateStable {
			t.Fatalf("after a failed SetRemoteDescription(%q): signaling state %s, want stable", sdp, s)
		}
		if d := p.b.RemoteDescription(); d != nil {
			t.Fatalf("after a failed SetRemoteDescription(%q): remote description %+v, want nil", sdp, d)
		}
		if d := p.b.PendingRemoteDescription(); d != nil {
			t.Fatalf("after a failed SetRemoteDescription(%q): pending remote description %+v, want nil", sdp, d)
		}
	}
	// The failed calls leave the connection usable.
	local, remote := p.openChannels("after-garbage", nil)
	got := make(chan string, 1)
	remote.OnMessage(func(m DataChannelMessage) { got <- string(m.Data) })
	if err := local.SendText("still works"); err != nil {
		t.Fatal(err)
	}
	if m := recv(t, got, "message"); m != "still works" {
		t.Fatalf("got %q", m)
	}
}

func TestSetRemoteDescriptionAnswerInStableIsInvalidState(t *testing.T) {
	pc := newTestPC(t, Configuration{})
	offer := dataChannelOffer(t)
	err := pc.SetRemoteDescription(SessionDescription{Type: SDPTypeAnswer, SDP: offer.SDP})
	expectErr(t, "SetRemoteDescription(answer) in stable", err, ErrInvalidState)
	err = pc.SetRemoteDescription(SessionDescription{Type: SDPTypePranswer, SDP: offer.SDP})
	expectErr(t, "SetRemoteDescription(pranswer) in stable", err, ErrInvalidState)
	err = pc.SetRemoteDescription(SessionDescription{Type: SDPTypeRollback})
	expectErr(t, "SetRemoteDescription(rollback) in stable", err, ErrInvalidState)
	if s := pc.SignalingState(); s != SignalingStateStable {
		t.Fatalf("signaling state %s, want stable", s)
	}
	if pc.RemoteDescription() != nil {
		t.Fatal("a refused description was applied")
	}
}

func TestSetLocalDescriptionAnswerWithoutRemoteOfferIsInvalidState(t *testing.T) {
	pc := newTestPC(t, Configuration{})
	offer := dataChannelOffer(t)
	// As in the W3C test suite: the state is checked before the SDP.
	err := pc.SetLocalDescription(SessionDescription{Type: SDPTypeAnswer, SDP: offer.SDP})
	expectErr(t, "SetLocalDescription(answer) in stable", err, ErrInvalidState)
	err = pc.SetLocalDescription(SessionDescription{Type: SDPTypeAnswer})
	expectErr(t, "SetLocalDescription(answer, empty SDP) in stable", err, ErrInvalidState)
	err = pc.SetLocalDescription(SessionDescription{Type: SDPTypeRollback})
	expectErr(t, "SetLocalDescription(rollback) in stable", err, ErrInvalidState)
	if s := pc.SignalingState(); s != SignalingStateStable {
		t.Fatalf("signaling state %s, want stable", s)
	}
	if pc.LocalDescription() != nil {
		t.Fatal("a refused description was applied")
	}
}

func TestAddICECandidateErrors(t *testing.T) {
	pc := newTestPC(t, Configuration{})
	mid0 := errsPtr("0")
	valid := "candidate:1 1 udp 2130706431 127.0.0.1 50000 typ host"

	err := pc.AddICECandidate(ICECandidateInit{Candidate: valid, SDPMid: mid0})
	expectErr(t, "AddICECandidate before a remote description", err, ErrInvalidState)

	if err := pc.SetRemoteDescription(dataChannelOffer(t)); err != nil {
		t.Fatalf("SetRemoteDescription: %v", err)
	}
	err = pc.AddICECandidate(ICECandidateInit{Candidate: "candidate:garbage", SDPMid: mid0})
	expectErr(t, "AddICECandidate(candidate:garbage)", err, ErrOperation)
	err = pc.AddICECandidate(ICECandidateInit{Candidate: valid})
	expectErr(t, "AddICECandidate without sdpMid and sdpMLineIndex", err, ErrType)
	err = pc.AddICECandidate(ICECandidateInit{Candidate: valid, SDPMid: errsPtr("7")})
	expectErr(t, "AddICECandidate with an unknown sdpMid", err, ErrOperation)
	err = pc.AddICECandidate(ICECandidateInit{Candidate: valid, SDPMLineIndex: errsPtr(uint16(3))})
	expectErr(t, "AddICECandidate with sdpMLineIndex out of range", err, ErrOperation)

	// The refusals leave the connection accepting good candidates.
	if err := pc.AddICECandidate(ICECandidateInit{Candidate: valid, SDPMid: mid0}); err != nil {
		t.Fatalf("AddICECandidate(valid): %v", err)
	}
	if err := pc.AddICECandidate(ICECandidateInit{Candidate: valid, SDPMLineIndex: errsPtr(uint16(0))}); err != nil {
		t.Fatalf("AddICECandidate(valid, by index): %v", err)
	}
}

func TestCreateDataChannelInvalidInitIsTypeError(t *testing.T) {
	pc := newTestPC(t, Configuration{})
	_, err := pc.CreateDataChannel("x", &DataChannelInit{MaxRetransmits: errsPtr(uint16(1)), MaxPacketLifeTime: errsPtr(uint16(1))})
	expectErr(t, "MaxRetransmits and MaxPacketLifeTime", err, ErrType)
	_, err = pc.CreateDataChannel("x", &DataChannelInit{Negotiated: errsPtr(true)})
	expectErr(t, "Negotiated without ID", err, ErrType)
	_, err = pc.CreateDataChannel(strings.Repeat("l", 65536), nil)
	expectErr(t, "label of 65536 bytes", err, ErrType)

	// The longest label allowed is accepted and kept.
	long := strings.Repeat("l", 65535)
	dc, err := pc.CreateDataChannel(long, nil)
	if err != nil {
		t.Fatalf("label of 65535 bytes: %v", err)
	}
	if dc.Label() != long {
		t.Fatalf("label of %d bytes came back as %d bytes", len(long), len(dc.Label()))
	}
}

func TestMethodsAfterCloseAreClosedErrors(t *testing.T) {
	pc := newTestPC(t, Configuration{})
	if _, err := pc.CreateDataChannel("x", nil); err != nil {
		t.Fatal(err)
	}
	offer := dataChannelOffer(t)
	track := newTestTrack(t, RTPCodecTypeAudio, "audio", "stream")
	if err := pc.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	calls := map[string]func() error{
		"CreateOffer":  func() error { _, err := pc.CreateOffer(nil); return err },
		"CreateAnswer": func() error { _, err := pc.CreateAnswer(nil); return err },
		"SetLocalDescription": func() error {
			return pc.SetLocalDescription(SessionDescription{Type: SDPTypeOffer, SDP: offer.SDP})
		},
		"SetRemoteDescription": func() error { return pc.SetRemoteDescription(offer) },
		"AddICECandidate": func() error {
			return pc.AddICECandidate(ICECandidateInit{Candidate: "candidate:1 1 udp 1 127.0.0.1 1 typ host", SDPMid: errsPtr("0")})
		},
		"CreateDataChannel":      func() error { _, err := pc.CreateDataChannel("y", nil); return err },
		"AddTransceiverFromKind": func() error { _, err := pc.AddTransceiverFromKind(RTPCodecTypeVideo); return err },
		"AddTrack":               func() error { _, err := pc.AddTrack(track); return err },
		"SetConfiguration":       func() error { return pc.SetConfiguration(Configuration{}) },
		"WriteRTCP":              func() error { return pc.WriteRTCP(nil) },
	}
	for name, call := range calls {
		err := call()
		expectErr(t, name+" after Close", err, ErrClosed)
		if !errors.Is(err, ErrInvalidState) {
			t.Fatalf("%s after Close: %v does not match ErrInvalidState", name, err)
		}
		if n := DOMExceptionName(err); n != "InvalidStateError" {
			t.Fatalf("%s after Close: DOMExceptionName %q, want InvalidStateError", name, n)
		}
	}
	if err := pc.Close(); err != nil {
		t.Fatalf("second Close: %v", err)
	}
	if err := pc.GracefulClose(); err != nil {
		t.Fatalf("GracefulClose after Close: %v", err)
	}
	if s := pc.SignalingState(); s != SignalingStateClosed {
		t.Fatalf("signaling state %s, want closed", s)
	}
}

func TestAddTransceiverUnknownKindIsTypeError(t *testing.T) {
	pc := newTestPC(t, Configuration{})
	_, err := pc.AddTransceiverFromKind(RTPCodecTypeUnknown)
	expectErr(t, "AddTransceiverFromKind(unknown)", err, ErrType)
	_, err = pc.AddTransceiverFromKind(RTPCodecType(42))
	expectErr(t, "AddTransceiverFromKind(42)", err, ErrType)
	if n := len(pc.GetTransceivers()); n != 0 {
		t.Fatalf("%d transceivers after refused calls, want 0", n)
	}
}

func TestRemoveTrackForeignSenderIsInvalidAccess(t *testing.T) {
	pc := newTestPC(t, Configuration{})
	other := newTestPC(t, Configuration{})
	tr, err := other.AddTransceiverFromKind(RTPCodecTypeAudio)
	if err != nil {
		t.Fatal(err)
	}
	if tr.Sender() == nil {
		t.Fatal("new transceiver has no sender")
	}
	expectErr(t, "RemoveTrack(nil)", pc.RemoveTrack(nil), ErrInvalidAccess)
	expectErr(t, "RemoveTrack(sender of another PeerConnection)", pc.RemoveTrack(tr.Sender()), ErrInvalidAccess)
}

func TestErrorsNameTheirDOMException(t *testing.T) {
	pc := newTestPC(t, Configuration{})
	_, answerErr := pc.CreateAnswer(nil)
	_, typeErr := pc.CreateDataChannel("x", &DataChannelInit{Negotiated: errsPtr(true)})
	syntaxErr := pc.SetRemoteDescription(SessionDescription{Type: SDPTypeOffer, SDP: "garbage"})
	accessErr := pc.RemoveTrack(nil)
	closed := newTestPC(t, Configuration{})
	_ = closed.Close()
	_, closedErr := closed.CreateOffer(nil)

	for _, c := range []struct {
		err  error
		name string
	}{
		{answerErr, "InvalidStateError"},
		{typeErr, "TypeError"},
		{syntaxErr, "OperationError"},
		{accessErr, "InvalidAccessError"},
		{closedErr, "InvalidStateError"},
		{ErrNotSupported, "NotSupportedError"},
		{ErrSyntax, "SyntaxError"},
		{ErrInvalidModification, "InvalidModificationError"},
		{fmt.Errorf("wrapped: %w", typeErr), "TypeError"},
		{errors.New("other"), ""},
		{nil, ""},
	} {
		if got := DOMExceptionName(c.err); got != c.name {
			t.Errorf("DOMExceptionName(%v) = %q, want %q", c.err, got, c.name)
		}
		if c.err != nil && c.name != "" && !strings.HasPrefix(c.err.Error(), "rtc: ") && !strings.HasPrefix(c.err.Error(), "wrapped: ") {
			t.Errorf("%q does not start with \"rtc: \"", c.err.Error())
		}
	}
	if !errors.Is(ErrNotSupported, errors.ErrUnsupported) {
		t.Error("ErrNotSupported does not match errors.ErrUnsupported")
	}
	if errors.Is(answerErr, ErrClosed) {
		t.Error("an InvalidStateError of an open connection matches ErrClosed")
	}
}

// mustNotPanic runs f and fails the test with what if it panics.
func mustNotPanic(t *testing.T, what string, f func()) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("%s panicked: %v", what, r)
		}
	}()
	f()
}

// checkTypedError fails unless err is nil or one of the package's errors.
func checkTypedError(t *testing.T, what string, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if DOMExceptionName(err) == "" || !strings.HasPrefix(err.Error(), "rtc: ") {
		t.Fatalf("%s: %v is not a typed rtc error", what, err)
	}
}

func TestNoInputPanics(t *testing.T) {
	p := newPair(t, true)
	offer := dataChannelOffer(t)
	huge := "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n" + strings.Repeat("a=x:"+strings.Repeat("y", 1000)+"\r\n", 200)
	sdps := []string{
		"", "garbage", "v=0\r\nfoo", "v=0", "\x00\x01\x02\xff\xfe", "v=0\r\n\x00\xff\r\n", huge,
		strings.Replace(offer.SDP, "m=application", "m=\x00", 1),
		offer.SDP[:len(offer.SDP)/2],
		strings.ReplaceAll(offer.SDP, "a=", "a=\xff"),
	}
	types := []SDPType{SDPTypeUnknown, SDPTypeOffer, SDPTypePranswer, SDPTypeAnswer, SDPTypeRollback, SDPType(99), SDPType(-1)}
	descriptions := func(pc *PeerConnection) {
		for _, typ := range types {
			for i, sdp := range sdps {
				d := SessionDescription{Type: typ, SDP: sdp}
				what := fmt.Sprintf("SetRemoteDescription(%d, sdp #%d)", typ, i)
				mustNotPanic(t, what, func() { checkTypedError(t, what, pc.SetRemoteDescription(d)) })
				checkStable(t, pc, what)
				if sdp == "" && (typ == SDPTypeUnknown || typ == SDPTypeOffer) {
					continue // the valid implicit SetLocalDescription
				}
				what = fmt.Sprintf("SetLocalDescription(%d, sdp #%d)", typ, i)
				mustNotPanic(t, what, func() { checkTypedError(t, what, pc.SetLocalDescription(d)) })
				checkStable(t, pc, what)
			}
		}
	}

	candidates := []string{
		"", "candidate:", "candidate:garbage", "garbage", "a=candidate:1 1 udp 1 127.0.0.1 1 typ host",
		"candidate:1 1 udp 2130706431 999.999.999.999 50000 typ host",
		"candidate:1 1 udp 2130706431 127.0.0.1 99999 typ host",
		"candidate:1 1 udp 2130706431 127.0.0.1 -1 typ host",
		"candidate:1 1 udp -5 127.0.0.1 5000 typ host",
		"candidate:1 1 udp 2130706431 127.0.0.1 5000 typ nonsense",
		"candidate:1 1 sctp 2130706431 127.0.0.1 5000 typ host",
		"candidate:1 1 udp 2130706431 127.0.0.1 5000 typ srflx raddr",
		"candidate:1 1 udp 2130706431 127.0.0.1 5000 typ host ufrag",
		"candidate:1 1 udp 2130706431 example.invalid 5000 typ host",
		"candidate:1 1 tcp 2130706431 127.0.0.1 5000 typ host tcptype",
		"candidate:\x00\xff\x01 1 udp 1 1.2.3.4 5 typ host",
		"candidate:1 1 udp 1 1.2.3.4 5 typ host " + strings.Repeat("k v ", 1000),
	}
	mids := []*string{nil, errsPtr(""), errsPtr("0"), errsPtr("\x00"), errsPtr(strings.Repeat("m", 5000))}
	indexes := []*uint16{nil, errsPtr(uint16(0)), errsPtr(uint16(65535))}
	addCandidates := func(pc *PeerConnection) {
		for _, c := range candidates {
			for _, mid := range mids {
				for _, idx := range indexes {
					init := ICECandidateInit{Candidate: c, SDPMid: mid, SDPMLineIndex: idx, UsernameFragment: errsPtr("\xff")}
					what := fmt.Sprintf("AddICECandidate(%.40q, mid %v, index %v)", c, mid, idx)
					mustNotPanic(t, what, func() { checkTypedError(t, what, pc.AddICECandidate(init)) })
				}
			}
		}
	}

	inits := []*DataChannelInit{
		nil, {}, {ID: errsPtr(uint16(65535))}, {ID: errsPtr(uint16(65534)), Negotiated: errsPtr(true)},
		{Negotiated: errsPtr(false), ID: errsPtr(uint16(3))}, {Protocol: errsPtr(strings.Repeat("p", 70000))},
		{Protocol: errsPtr("\x00\xff")}, {MaxRetransmits: errsPtr(uint16(65535))}, {MaxPacketLifeTime: errsPtr(uint16(0))},
		{Ordered: errsPtr(false), MaxRetransmits: errsPtr(uint16(0))},
	}
	for i, init := range inits {
		for _, label := range []string{"", "\x00\xff", "odd"} {
			what := fmt.Sprintf("CreateDataChannel(%q, init #%d)", label, i)
			mustNotPanic(t, what, func() {
				dc, err := p.b.CreateDataChannel(label, init)
				checkTypedError(t, what, err)
				if err == nil {
					_ = dc.Close()
				}
			})
		}
	}
	mustNotPanic(t, "CreateAnswer(nil) in stable", func() {
		_, err := p.a.CreateAnswer(nil)
		checkTypedError(t, "CreateAnswer(nil)", err)
	})

	// Before any negotiation, then once connected.
	for _, pc := range []*PeerConnection{p.a, p.b} {
		descriptions(pc)
		addCandidates(pc)
	}
	local, remote := p.openChannels("after-odd-input", nil)
	for _, pc := range []*PeerConnection{p.a, p.b} {
		addCandidates(pc)
		descriptions(pc)
	}

	// Both connections still carry messages and negotiate a new channel.
	got := make(chan string, 1)
	remote.OnMessage(func(m DataChannelMessage) { got <- string(m.Data) })
	if err := local.SendText("ok"); err != nil {
		t.Fatal(err)
	}
	if m := recv(t, got, "message"); m != "ok" {
		t.Fatalf("got %q", m)
	}
	second, err := p.a.CreateDataChannel("second", nil)
	if err != nil {
		t.Fatal(err)
	}
	opened := make(chan struct{})
	second.OnOpen(func() { close(opened) })
	p.negotiate(nil)
	recv(t, opened, "second channel open")
}

// checkStable fails unless a refused input left pc in the stable state.
func checkStable(t *testing.T, pc *PeerConnection, what string) {
	t.Helper()
	if st := pc.SignalingState(); st != SignalingStateStable {
		t.Fatalf("after %s: signaling state %s, want stable", what, st)
	}
}
