//go:build !js

package rtc

import (
	"bytes"
	"sync"
	"testing"
	"time"

	"github.com/pion/rtcp"
	"github.com/pion/rtp"
	"github.com/pion/webrtc/v4"
)

// What only the native backend can do with media: read RTP, write RTCP,
// send a raw pion track.

func TestNativeMediaReadRTPHasTrackPayloadTypeAndSSRC(t *testing.T) {
	p := newPair(t, true)
	tracks := onTracks(p.b)
	sender := mustAddTrack(t, p.a, newTestTrack(t, RTPCodecTypeVideo, "v", "s"))
	p.connect()

	remote := recv(t, tracks, "OnTrack").track
	if remote.PayloadType() == 0 || remote.Codec().MimeType != MimeTypeVP8 {
		t.Fatalf("remote codec %+v", remote.Codec())
	}
	if err := remote.SetReadDeadline(time.Now().Add(testTimeout)); err != nil {
		t.Fatal(err)
	}
	for range 3 {
		pkt, _, err := remote.ReadRTP()
		if err != nil {
			t.Fatalf("ReadRTP: %v", err)
		}
		if PayloadType(pkt.PayloadType) != remote.PayloadType() {
			t.Fatalf("packet payload type %d, want %d", pkt.PayloadType, remote.PayloadType())
		}
		if SSRC(pkt.SSRC) != remote.SSRC() || pkt.SSRC != uint32(sender.GetParameters().Encodings[0].SSRC) {
			t.Fatalf("packet SSRC %d, remote track %d, sender %d", pkt.SSRC, remote.SSRC(),
				sender.GetParameters().Encodings[0].SSRC)
		}
		if len(pkt.Payload) == 0 {
			t.Fatal("empty payload")
		}
	}
}

func TestNativeMediaRTCPReachesSender(t *testing.T) {
	p := newPair(t, true)
	tracks := onTracks(p.b)
	sender := mustAddTrack(t, p.a, newTestTrack(t, RTPCodecTypeVideo, "v", "s"))
	p.connect()
	remote := recv(t, tracks, "OnTrack").track
	// b's receiver reports count the packets b reads.
	playRemoteTrack(t, remote)

	var (
		mu      sync.Mutex
		sawPLI  bool
		sawRR   bool
		readErr error
	)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			pkts, _, err := sender.ReadRTCP()
			mu.Lock()
			if err != nil {
				readErr = err
				mu.Unlock()
				return
			}
			for _, pkt := range pkts {
				switch pkt := pkt.(type) {
				case *rtcp.PictureLossIndication:
					sawPLI = sawPLI || SSRC(pkt.MediaSSRC) == remote.SSRC()
				case *rtcp.ReceiverReport:
					for _, r := range pkt.Reports {
						sawRR = sawRR || SSRC(r.SSRC) == remote.SSRC()
					}
				}
			}
			mu.Unlock()
		}
	}()
	t.Cleanup(func() {
		_ = p.a.Close() // ends ReadRTCP
		<-done
	})

	pli := &rtcp.PictureLossIndication{SenderSSRC: 1, MediaSSRC: uint32(remote.SSRC())}
	if err := p.b.WriteRTCP([]rtcp.Packet{pli}); err != nil {
		t.Fatalf("WriteRTCP(PLI): %v", err)
	}
	eventually(t, "a PLI and a receiver report at the sender", func() bool {
		mu.Lock()
		defer mu.Unlock()
		if readErr != nil {
			t.Fatalf("ReadRTCP: %v", readErr)
		}
		return sawPLI && sawRR
	})
}

func TestNativeMediaWrapTrackLocalSendsRawPionTrack(t *testing.T) {
	p := newPair(t, true)
	tracks := onTracks(p.b)
	raw, err := webrtc.NewTrackLocalStaticRTP(webrtc.RTPCodecCapability{MimeType: webrtc.MimeTypeVP8, ClockRate: 90000},
		"raw", "raw-stream")
	if err != nil {
		t.Fatal(err)
	}
	wrapped := WrapTrackLocal(raw)
	if wrapped.Kind() != RTPCodecTypeVideo || wrapped.ID() != "raw" || wrapped.StreamID() != "raw-stream" {
		t.Fatalf("wrapped track %v %q %q", wrapped.Kind(), wrapped.ID(), wrapped.StreamID())
	}
	sender := mustAddTrack(t, p.a, wrapped)
	if sender.Track() != wrapped || sender.Pion().Track() != raw {
		t.Fatalf("sender track %v, want the wrapped track", sender.Track())
	}

	payload := vp8KeyFrame[:40]
	everyFrameUntilCleanup(t, func(i int) {
		seq := uint16(i)
		_ = raw.WriteRTP(&rtp.Packet{Header: rtp.Header{Version: 2, Marker: true, SequenceNumber: seq,
			Timestamp: uint32(seq) * 1800}, Payload: payload})
	})

	p.connect()
	got := recv(t, tracks, "OnTrack")
	checkArrival(t, p.b, got, wrapped)
	if err := got.track.SetReadDeadline(time.Now().Add(testTimeout)); err != nil {
		t.Fatal(err)
	}
	pkt, _, err := got.track.ReadRTP()
	if err != nil {
		t.Fatalf("ReadRTP: %v", err)
	}
	if !bytes.Equal(pkt.Payload, payload) || PayloadType(pkt.PayloadType) != got.track.PayloadType() {
		t.Fatalf("packet PT %d payload %x, want PT %d payload %x", pkt.PayloadType, pkt.Payload,
			got.track.PayloadType(), payload)
	}
}
