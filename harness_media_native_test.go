//go:build !js

package rtc

import (
	"sync"
	"testing"
	"time"

	"github.com/pion/webrtc/v4/pkg/media"
)

// The media source and sink of the conformance suite, natively: sample
// tracks fed by a goroutine, remote tracks drained by one. The browser twin
// uses a canvas and an oscillator, and media elements.

// vp8KeyFrame looks like a VP8 key frame (frame tag, start code, 320x240)
// followed by filler; pion peers pass it through without decoding it.
var vp8KeyFrame = append([]byte{0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a, 0x40, 0x01, 0xf0, 0x00}, make([]byte, 200)...)

// opusFrame is a TOC byte (20 ms CELT frame) followed by filler.
var opusFrame = append([]byte{0xfc}, make([]byte, 60)...)

// newTestTrack returns a local track of kind (VP8 video or Opus audio) that
// produces a frame every 20 ms until the test ends.
func newTestTrack(t testing.TB, kind RTPCodecType, id, streamID string) TrackLocal {
	t.Helper()
	c, frame := RTPCodecCapability{MimeType: MimeTypeVP8, ClockRate: 90000}, vp8KeyFrame
	if kind == RTPCodecTypeAudio {
		c, frame = RTPCodecCapability{MimeType: MimeTypeOpus, ClockRate: 48000, Channels: 2}, opusFrame
	}
	track, err := NewTrackLocalStaticSample(c, id, streamID)
	if err != nil {
		t.Fatalf("NewTrackLocalStaticSample: %v", err)
	}
	everyFrameUntilCleanup(t, func(int) {
		// Without a connected peer the sample is dropped: not an error.
		_ = track.WriteSample(media.Sample{Data: frame, Duration: 20 * time.Millisecond})
	})
	return track
}

// everyFrameUntilCleanup calls write(i) every 20 ms, i counting from 0, on
// a goroutine that the test's cleanup stops and waits for.
func everyFrameUntilCleanup(t testing.TB, write func(i int)) {
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		for i := 0; ; i++ {
			select {
			case <-done:
				return
			case <-tick.C:
				write(i)
			}
		}
	}()
	t.Cleanup(func() {
		close(done)
		wg.Wait()
	})
}

// playRemoteTrack consumes a remote track as a media element would, so that
// its packets are counted in the receiving statistics.
func playRemoteTrack(t testing.TB, track *TrackRemote) {
	t.Helper()
	done := make(chan struct{})
	go func() {
		defer close(done)
		buf := make([]byte, 1500)
		for {
			if _, _, err := track.Read(buf); err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		// A deadline in the past ends a blocked Read.
		_ = track.SetReadDeadline(time.Unix(1, 0))
		<-done
	})
}
