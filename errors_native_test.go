//go:build !js

package rtc

import (
	"errors"
	"strings"
	"testing"
)

// FuzzSetRemoteDescription feeds arbitrary descriptions to a fresh
// PeerConnection. Whatever the input, the call returns (no panic), an error
// is one of the package's typed errors, and a description that does not
// parse changes nothing. The seed corpus runs in every `go test`; fuzz with
// go test -fuzz FuzzSetRemoteDescription -run '^$' .
func FuzzSetRemoteDescription(f *testing.F) {
	pc, err := newTestAPI().NewPeerConnection(Configuration{})
	if err != nil {
		f.Fatal(err)
	}
	if _, err := pc.CreateDataChannel("seed", nil); err != nil {
		f.Fatal(err)
	}
	if _, err := pc.AddTransceiverFromKind(RTPCodecTypeVideo); err != nil {
		f.Fatal(err)
	}
	offer, err := pc.CreateOffer(nil)
	if err != nil {
		f.Fatal(err)
	}
	_ = pc.Close()

	for _, typ := range []SDPType{SDPTypeOffer, SDPTypeAnswer, SDPTypePranswer, SDPTypeRollback, SDPTypeUnknown, 99} {
		f.Add(int32(typ), offer.SDP)
	}
	for _, s := range []string{
		"", "garbage", "v=0\r\nfoo", "v=0", "\x00\xff", "v=0\r\no=- 0 0 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n",
		offer.SDP[:len(offer.SDP)/3],
		strings.ReplaceAll(offer.SDP, "a=mid:", "a=x:"),
		strings.ReplaceAll(offer.SDP, "a=ice-ufrag:", "a=x:"),
		strings.ReplaceAll(offer.SDP, "a=fingerprint:", "a=x:"),
		strings.ReplaceAll(offer.SDP, "a=rtpmap:", "a=rtpmap:x"),
		strings.ReplaceAll(offer.SDP, "UDP/TLS/RTP/SAVPF", "RTP/AVP"),
		strings.ReplaceAll(offer.SDP, "\r\n", "\n"),
		offer.SDP + "m=audio 9 UDP/TLS/RTP/SAVPF 0\r\n",
		offer.SDP + "a=candidate:garbage\r\n",
		"v= o= 0 0 IN\ns=\nt=\na=ice-ufrag:\na=ice-pwd:\n", // empty credentials, found by fuzzing
	} {
		f.Add(int32(SDPTypeOffer), s)
	}

	f.Fuzz(func(t *testing.T, typ int32, sdp string) {
		pc, err := newTestAPI().NewPeerConnection(Configuration{})
		if err != nil {
			t.Fatal(err)
		}
		defer pc.Close()
		d := SessionDescription{Type: SDPType(typ), SDP: sdp}
		err = pc.SetRemoteDescription(d)
		if err == nil {
			return
		}
		if DOMExceptionName(err) == "" || !strings.HasPrefix(err.Error(), "rtc: ") {
			t.Fatalf("%v is not a typed rtc error", err)
		}
		var rtcErr *Error
		if !errors.As(err, &rtcErr) {
			t.Fatalf("%v is not an *Error", err)
		}
		if _, perr := d.Unmarshal(); perr != nil || d.Type == SDPTypeOffer {
			// Refused before anything was applied: nothing changed.
			if s := pc.SignalingState(); s != SignalingStateStable {
				t.Fatalf("failed SetRemoteDescription (%v) left signaling state %s", err, s)
			}
			if pc.RemoteDescription() != nil {
				t.Fatalf("failed SetRemoteDescription (%v) left a remote description", err)
			}
		}
	})
}
