package rtc

import (
	"strings"
	"testing"
)

// trackArrival is one OnTrack event.
type trackArrival struct {
	track    *TrackRemote
	receiver *RTPReceiver
}

// onTracks collects pc's OnTrack events.
func onTracks(pc *PeerConnection) <-chan trackArrival {
	ch := make(chan trackArrival, 8)
	pc.OnTrack(func(t *TrackRemote, r *RTPReceiver) { ch <- trackArrival{t, r} })
	return ch
}

// onNegotiationNeeded signals each negotiationneeded event of pc.
func onNegotiationNeeded(pc *PeerConnection) <-chan struct{} {
	ch := make(chan struct{}, 8)
	pc.OnNegotiationNeeded(func() { ch <- struct{}{} })
	return ch
}

func mustAddTrack(t testing.TB, pc *PeerConnection, track TrackLocal) *RTPSender {
	t.Helper()
	s, err := pc.AddTrack(track)
	if err != nil {
		t.Fatalf("AddTrack(%s): %v", track.ID(), err)
	}
	return s
}

// transceiverOf finds the transceiver of sender.
func transceiverOf(t testing.TB, pc *PeerConnection, s *RTPSender) *RTPTransceiver {
	t.Helper()
	for _, tr := range pc.GetTransceivers() {
		if tr.Sender() == s {
			return tr
		}
	}
	t.Fatalf("no transceiver has the sender")
	return nil
}

// transceiverByMid finds pc's transceiver negotiated as mid.
func transceiverByMid(t testing.TB, pc *PeerConnection, mid string) *RTPTransceiver {
	t.Helper()
	for _, tr := range pc.GetTransceivers() {
		if tr.Mid() == mid {
			return tr
		}
	}
	t.Fatalf("no transceiver with mid %q", mid)
	return nil
}

// checkArrival checks the OnTrack event of a local track: the remote
// track's identity and that its receiver is one of pc's, holding it.
func checkArrival(t testing.TB, pc *PeerConnection, got trackArrival, want TrackLocal) {
	t.Helper()
	if got.track == nil || got.receiver == nil {
		t.Fatalf("OnTrack(%v, %v)", got.track, got.receiver)
	}
	if got.track.Kind() != want.Kind() || got.track.ID() != want.ID() || got.track.StreamID() != want.StreamID() {
		t.Fatalf("remote track %v %q in %q, want %v %q in %q", got.track.Kind(), got.track.ID(), got.track.StreamID(),
			want.Kind(), want.ID(), want.StreamID())
	}
	found := false
	for _, r := range pc.GetReceivers() {
		found = found || r == got.receiver
	}
	if !found {
		t.Fatalf("the OnTrack receiver is not one of GetReceivers()")
	}
	if got.receiver.Track() != got.track {
		t.Fatalf("receiver.Track() = %p, want the OnTrack track %p", got.receiver.Track(), got.track)
	}
}

func TestMediaTracksBeforeAndAfterConnectReachOnTrack(t *testing.T) {
	p := newPair(t, true)
	tracks := onTracks(p.b)

	video := newTestTrack(t, RTPCodecTypeVideo, "video-before", "stream-1")
	mustAddTrack(t, p.a, video)
	p.connect()
	checkArrival(t, p.b, recv(t, tracks, "OnTrack of the track added before connecting"), video)

	audio := newTestTrack(t, RTPCodecTypeAudio, "audio-after", "stream-2")
	mustAddTrack(t, p.a, audio)
	p.negotiate(nil)
	checkArrival(t, p.b, recv(t, tracks, "OnTrack of the track added after connecting"), audio)

	if n := len(p.b.GetReceivers()); n != 2 {
		t.Fatalf("remote has %d receivers, want 2", n)
	}
}

func TestMediaArrivesAndInboundStatsGrow(t *testing.T) {
	p := newPair(t, true)
	tracks := onTracks(p.b)
	mustAddTrack(t, p.a, newTestTrack(t, RTPCodecTypeVideo, "v", "s"))
	mustAddTrack(t, p.a, newTestTrack(t, RTPCodecTypeAudio, "a", "s"))
	p.connect()

	wantMime := map[RTPCodecType]string{RTPCodecTypeVideo: MimeTypeVP8, RTPCodecTypeAudio: MimeTypeOpus}
	for range 2 {
		got := recv(t, tracks, "OnTrack")
		if m := got.track.Codec().MimeType; !strings.EqualFold(m, wantMime[got.track.Kind()]) {
			t.Fatalf("%v track codec %q, want %q", got.track.Kind(), m, wantMime[got.track.Kind()])
		}
		playRemoteTrack(t, got.track)
	}

	for _, kind := range []string{"video", "audio"} {
		inbound := func() (InboundRTPStreamStats, bool) {
			for _, s := range p.b.GetStats().InboundRTP() {
				if s.Kind == kind {
					return s, true
				}
			}
			return InboundRTPStreamStats{}, false
		}
		var first InboundRTPStreamStats
		eventually(t, kind+" inbound-rtp with packets", func() bool {
			s, ok := inbound()
			first = s
			return ok && s.PacketsReceived > 0 && s.BytesReceived > 0
		})
		eventually(t, kind+" inbound-rtp counters growing", func() bool {
			s, _ := inbound()
			return s.PacketsReceived > first.PacketsReceived && s.BytesReceived > first.BytesReceived
		})
	}
}

func TestMediaAddTransceiverFromKind(t *testing.T) {
	p := newPair(t, true)
	remoteTracks := onTracks(p.a)
	// b's track takes the media section of a's recvonly audio transceiver.
	bAudio := newTestTrack(t, RTPCodecTypeAudio, "b-audio", "b-stream")
	mustAddTrack(t, p.b, bAudio)
	audio, err := p.a.AddTransceiverFromKind(RTPCodecTypeAudio, RTPTransceiverInit{Direction: RTPTransceiverDirectionRecvonly})
	if err != nil {
		t.Fatal(err)
	}
	video, err := p.a.AddTransceiverFromKind(RTPCodecTypeVideo, RTPTransceiverInit{Direction: RTPTransceiverDirectionSendrecv})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		tr   *RTPTransceiver
		kind RTPCodecType
		dir  RTPTransceiverDirection
	}{{audio, RTPCodecTypeAudio, RTPTransceiverDirectionRecvonly}, {video, RTPCodecTypeVideo, RTPTransceiverDirectionSendrecv}} {
		if c.tr.Kind() != c.kind || c.tr.Direction() != c.dir {
			t.Fatalf("transceiver %v %v, want %v %v", c.tr.Kind(), c.tr.Direction(), c.kind, c.dir)
		}
		if c.tr.Mid() != "" || c.tr.CurrentDirection() != RTPTransceiverDirectionUnknown {
			t.Fatalf("%v before negotiation: mid %q, current direction %v", c.kind, c.tr.Mid(), c.tr.CurrentDirection())
		}
		if c.tr.Sender() == nil || c.tr.Receiver() == nil {
			t.Fatalf("%v transceiver lacks a sender or receiver", c.kind)
		}
		if c.tr.Sender().Track() != nil {
			t.Fatalf("%v transceiver from a kind sends a track", c.kind)
		}
	}
	checkTransceivers(t, p.a, audio, video)

	p.connect()
	if audio.Mid() == "" || video.Mid() == "" || audio.Mid() == video.Mid() {
		t.Fatalf("mids after negotiation: %q, %q", audio.Mid(), video.Mid())
	}
	// b answers sendonly to the recvonly audio (it has a track) and
	// recvonly to the sendrecv video (it has none).
	if d := audio.CurrentDirection(); d != RTPTransceiverDirectionRecvonly {
		t.Fatalf("audio current direction %v, want recvonly", d)
	}
	if d := video.CurrentDirection(); d != RTPTransceiverDirectionSendonly {
		t.Fatalf("video current direction %v, want sendonly", d)
	}
	if d := transceiverByMid(t, p.b, audio.Mid()).CurrentDirection(); d != RTPTransceiverDirectionSendonly {
		t.Fatalf("remote audio current direction %v, want sendonly", d)
	}
	if d := transceiverByMid(t, p.b, video.Mid()).CurrentDirection(); d != RTPTransceiverDirectionRecvonly {
		t.Fatalf("remote video current direction %v, want recvonly", d)
	}
	if n := len(p.b.GetTransceivers()); n != 2 {
		t.Fatalf("remote has %d transceivers, want 2", n)
	}
	got := recv(t, remoteTracks, "OnTrack of b's audio")
	checkArrival(t, p.a, got, bAudio)
	if got.receiver != audio.Receiver() {
		t.Fatalf("b's audio arrived on another receiver than the recvonly transceiver's")
	}
	checkTransceivers(t, p.a, audio, video)
}

func TestMediaAddTrackReusesTransceiverWithoutTrack(t *testing.T) {
	p := newPair(t, true)
	tracks := onTracks(p.b)
	recvonly, err := p.a.AddTransceiverFromKind(RTPCodecTypeAudio, RTPTransceiverInit{Direction: RTPTransceiverDirectionRecvonly})
	if err != nil {
		t.Fatal(err)
	}
	sendrecv, err := p.a.AddTransceiverFromKind(RTPCodecTypeVideo)
	if err != nil {
		t.Fatal(err)
	}
	audio := newTestTrack(t, RTPCodecTypeAudio, "a", "s")
	video := newTestTrack(t, RTPCodecTypeVideo, "v", "s")
	if s := mustAddTrack(t, p.a, audio); s != recvonly.Sender() {
		t.Fatal("AddTrack(audio) did not reuse the recvonly audio transceiver")
	}
	if s := mustAddTrack(t, p.a, video); s != sendrecv.Sender() {
		t.Fatal("AddTrack(video) did not reuse the video transceiver without a track")
	}
	// A recvonly transceiver that gets a track sends too.
	if d := recvonly.Direction(); d != RTPTransceiverDirectionSendrecv {
		t.Fatalf("reused audio direction %v, want sendrecv", d)
	}
	if d := sendrecv.Direction(); d != RTPTransceiverDirectionSendrecv {
		t.Fatalf("reused video direction %v, want sendrecv", d)
	}
	checkTransceivers(t, p.a, recvonly, sendrecv)
	if recvonly.Sender().Track() != audio || sendrecv.Sender().Track() != video {
		t.Fatal("the reused senders do not hold the added tracks")
	}

	p.connect()
	// By kind: a browser names a reused transceiver's stream and track
	// after the transceiver, not after the track added later.
	byKind := map[RTPCodecType]TrackLocal{RTPCodecTypeAudio: audio, RTPCodecTypeVideo: video}
	for range 2 {
		got := recv(t, tracks, "OnTrack")
		if _, ok := byKind[got.track.Kind()]; !ok {
			t.Fatalf("unexpected remote %v track %q", got.track.Kind(), got.track.ID())
		}
		delete(byKind, got.track.Kind())
	}
}

// checkTransceivers checks that pc has exactly want, in order, as the same
// pointers on every call, with a sender and a receiver each.
func checkTransceivers(t testing.TB, pc *PeerConnection, want ...*RTPTransceiver) {
	t.Helper()
	for range 2 {
		got := pc.GetTransceivers()
		if len(got) != len(want) {
			t.Fatalf("%d transceivers, want %d", len(got), len(want))
		}
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("transceiver %d is another pointer", i)
			}
		}
	}
	senders, receivers := pc.GetSenders(), pc.GetReceivers()
	if len(senders) != len(want) || len(receivers) != len(want) {
		t.Fatalf("%d senders and %d receivers, want %d", len(senders), len(receivers), len(want))
	}
	for i, tr := range want {
		if senders[i] != tr.Sender() || receivers[i] != tr.Receiver() {
			t.Fatalf("sender or receiver %d is not transceiver %d's", i, i)
		}
	}
}

func TestMediaAddTransceiverFromTrack(t *testing.T) {
	p := newPair(t, true)
	tracks := onTracks(p.b)
	track := newTestTrack(t, RTPCodecTypeAudio, "from-track", "stream")
	tr, err := p.a.AddTransceiverFromTrack(track, RTPTransceiverInit{Direction: RTPTransceiverDirectionSendonly})
	if err != nil {
		t.Fatal(err)
	}
	if tr.Kind() != RTPCodecTypeAudio || tr.Direction() != RTPTransceiverDirectionSendonly {
		t.Fatalf("transceiver %v %v, want audio sendonly", tr.Kind(), tr.Direction())
	}
	if tr.Mid() != "" || tr.CurrentDirection() != RTPTransceiverDirectionUnknown {
		t.Fatalf("before negotiation: mid %q, current direction %v", tr.Mid(), tr.CurrentDirection())
	}
	if tr.Sender().Track() != track {
		t.Fatalf("sender track %v, want the track given", tr.Sender().Track())
	}
	checkTransceivers(t, p.a, tr)

	p.connect()
	if tr.Mid() == "" || tr.CurrentDirection() != RTPTransceiverDirectionSendonly {
		t.Fatalf("after negotiation: mid %q, current direction %v, want sendonly", tr.Mid(), tr.CurrentDirection())
	}
	got := recv(t, tracks, "OnTrack")
	checkArrival(t, p.b, got, track)
	if d := transceiverByMid(t, p.b, tr.Mid()).CurrentDirection(); d != RTPTransceiverDirectionRecvonly {
		t.Fatalf("remote current direction %v, want recvonly", d)
	}
}

func TestMediaRemoveTrack(t *testing.T) {
	p := newPair(t, true)
	sender := mustAddTrack(t, p.a, newTestTrack(t, RTPCodecTypeVideo, "v", "s"))
	tr := transceiverOf(t, p.a, sender)
	p.connect()
	remote := transceiverByMid(t, p.b, tr.Mid())
	if d := remote.CurrentDirection(); d != RTPTransceiverDirectionRecvonly {
		t.Fatalf("remote current direction %v, want recvonly", d)
	}

	needed := onNegotiationNeeded(p.a)
	if err := p.a.RemoveTrack(sender); err != nil {
		t.Fatal(err)
	}
	if sender.Track() != nil {
		t.Fatalf("sender still has track %v", sender.Track())
	}
	if tr.Sender() != sender {
		t.Fatalf("the transceiver lost its sender")
	}
	if d := tr.Direction(); d != RTPTransceiverDirectionRecvonly {
		t.Fatalf("direction after RemoveTrack %v, want recvonly", d)
	}
	recv(t, needed, "negotiationneeded after RemoveTrack")

	p.negotiate(nil)
	if d := tr.CurrentDirection(); d != RTPTransceiverDirectionInactive {
		t.Fatalf("current direction %v, want inactive", d)
	}
	if d := remote.CurrentDirection(); d != RTPTransceiverDirectionInactive {
		t.Fatalf("remote current direction %v, want inactive", d)
	}

	// Removing again changes nothing; the emptied sender takes a new track
	// without changing the direction.
	if err := p.a.RemoveTrack(sender); err != nil {
		t.Fatalf("second RemoveTrack: %v", err)
	}
	next := newTestTrack(t, RTPCodecTypeVideo, "next", "s")
	if err := sender.ReplaceTrack(next); err != nil {
		t.Fatalf("ReplaceTrack on the emptied sender: %v", err)
	}
	if sender.Track() != next || tr.Sender() != sender {
		t.Fatalf("sender track %v, want the new track on the same sender", sender.Track())
	}
	if d := tr.Direction(); d != RTPTransceiverDirectionRecvonly {
		t.Fatalf("direction after ReplaceTrack %v, want recvonly", d)
	}
}

func TestMediaReplaceTrack(t *testing.T) {
	p := newPair(t, true)
	sender := mustAddTrack(t, p.a, newTestTrack(t, RTPCodecTypeVideo, "first", "s"))
	p.connect()

	second := newTestTrack(t, RTPCodecTypeVideo, "second", "s")
	if err := sender.ReplaceTrack(second); err != nil {
		t.Fatal(err)
	}
	if sender.Track() != second {
		t.Fatalf("sender track %v, want the replacement", sender.Track())
	}
	audio := newTestTrack(t, RTPCodecTypeAudio, "audio", "s")
	expectErr(t, "ReplaceTrack(audio on video)", sender.ReplaceTrack(audio), ErrType)
	if sender.Track() != second {
		t.Fatalf("a failed ReplaceTrack changed the track to %v", sender.Track())
	}
	if err := sender.ReplaceTrack(nil); err != nil {
		t.Fatal(err)
	}
	if sender.Track() != nil {
		t.Fatalf("sender track %v after ReplaceTrack(nil)", sender.Track())
	}
	// The kind is the transceiver's, with or without a current track.
	expectErr(t, "ReplaceTrack(audio on empty video)", sender.ReplaceTrack(audio), ErrType)
	if err := sender.ReplaceTrack(second); err != nil {
		t.Fatal(err)
	}
	if sender.Track() != second {
		t.Fatalf("sender track %v, want the replacement again", sender.Track())
	}
}

func TestMediaSetDirectionInactive(t *testing.T) {
	p := newPair(t, true)
	sender := mustAddTrack(t, p.a, newTestTrack(t, RTPCodecTypeAudio, "a", "s"))
	tr := transceiverOf(t, p.a, sender)
	p.connect()

	expectErr(t, "SetDirection(Unknown)", tr.SetDirection(RTPTransceiverDirectionUnknown), ErrType)
	needed := onNegotiationNeeded(p.a)
	if err := tr.SetDirection(RTPTransceiverDirectionInactive); err != nil {
		t.Fatal(err)
	}
	if d := tr.Direction(); d != RTPTransceiverDirectionInactive {
		t.Fatalf("direction %v, want inactive", d)
	}
	recv(t, needed, "negotiationneeded after SetDirection")
	p.negotiate(nil)
	if d := tr.CurrentDirection(); d != RTPTransceiverDirectionInactive {
		t.Fatalf("current direction %v, want inactive", d)
	}
	if d := transceiverByMid(t, p.b, tr.Mid()).CurrentDirection(); d != RTPTransceiverDirectionInactive {
		t.Fatalf("remote current direction %v, want inactive", d)
	}
}

func TestMediaTransceiverStop(t *testing.T) {
	p := newPair(t, true)
	tr, err := p.a.AddTransceiverFromKind(RTPCodecTypeVideo)
	if err != nil {
		t.Fatal(err)
	}
	p.connect()
	if err := tr.Stop(); err != nil {
		t.Fatal(err)
	}
	if err := tr.Stop(); err != nil {
		t.Fatalf("second Stop: %v", err)
	}
	expectErr(t, "SetDirection on a stopped transceiver", tr.SetDirection(RTPTransceiverDirectionSendrecv), ErrInvalidState)
}

func TestMediaSetCodecPreferences(t *testing.T) {
	p := newPair(t, true)
	sender := mustAddTrack(t, p.a, newTestTrack(t, RTPCodecTypeVideo, "v", "s"))
	tr := transceiverOf(t, p.a, sender)
	p.connect()

	codecs := tr.Receiver().GetParameters().Codecs
	if len(codecs) == 0 {
		t.Fatal("receiver has no codecs")
	}
	if err := tr.SetCodecPreferences(codecs); err != nil {
		t.Fatalf("SetCodecPreferences(receiver codecs): %v", err)
	}
	if err := tr.SetCodecPreferences(nil); err != nil {
		t.Fatalf("SetCodecPreferences(nil): %v", err)
	}
	bogus := []RTPCodecParameters{{RTPCodecCapability: RTPCodecCapability{MimeType: "video/bogus", ClockRate: 90000}, PayloadType: 120}}
	expectErr(t, "SetCodecPreferences(bogus)", tr.SetCodecPreferences(bogus), ErrInvalidModification)
	// The connection still negotiates with the preferences in place.
	if err := tr.SetCodecPreferences(codecs); err != nil {
		t.Fatal(err)
	}
	p.negotiate(&OfferOptions{})
}

func TestMediaSenderAndReceiverParameters(t *testing.T) {
	p := newPair(t, true)
	tracks := onTracks(p.b)
	sender := mustAddTrack(t, p.a, newTestTrack(t, RTPCodecTypeVideo, "v", "s"))
	p.connect()

	sp := sender.GetParameters()
	if !hasCodecOfKind(sp.Codecs, "video/") {
		t.Fatalf("sender codecs %+v have no video codec", sp.Codecs)
	}
	if len(sp.Encodings) != 1 || sp.Encodings[0].SSRC == 0 {
		t.Fatalf("sender encodings %+v, want one with an SSRC", sp.Encodings)
	}

	got := recv(t, tracks, "OnTrack")
	rp := got.receiver.GetParameters()
	if !hasCodecOfKind(rp.Codecs, "video/") {
		t.Fatalf("receiver codecs %+v have no video codec", rp.Codecs)
	}
	for _, c := range rp.Codecs {
		if !strings.HasPrefix(strings.ToLower(c.MimeType), "video/") {
			t.Fatalf("video receiver lists codec %q", c.MimeType)
		}
	}
}

func hasCodecOfKind(codecs []RTPCodecParameters, prefix string) bool {
	for _, c := range codecs {
		if strings.HasPrefix(strings.ToLower(c.MimeType), prefix) && c.ClockRate > 0 {
			return true
		}
	}
	return false
}

func TestMediaAddTrackErrors(t *testing.T) {
	pc := newTestPC(t, Configuration{})
	track := newTestTrack(t, RTPCodecTypeAudio, "a", "s")
	mustAddTrack(t, pc, track)
	_, err := pc.AddTrack(track)
	expectErr(t, "AddTrack of a track already added", err, ErrInvalidAccess)
	_, err = pc.AddTrack(nil)
	expectErr(t, "AddTrack(nil)", err, ErrType)
	if n := len(pc.GetTransceivers()); n != 1 {
		t.Fatalf("%d transceivers after the failed calls, want 1", n)
	}
}
