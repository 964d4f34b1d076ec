//go:build !js

package nativebench

import (
	"time"

	"github.com/pion/interceptor"
	"github.com/pion/rtp"
	"github.com/pion/rtp/codecs"
	"github.com/pion/webrtc/v4/pkg/media"
)

// The sent video: frames of frameSize bytes every frameInterval. A short
// interval keeps the wait for the next frame after connecting small next
// to the setup time being measured.
const (
	frameInterval = 5 * time.Millisecond
	frameSize     = 3000 // three RTP packets
)

// vp8Frame is a VP8 key frame header (frame tag, start code, 640x480)
// followed by zeros: nothing decodes it natively, only its packets count.
func vp8Frame() []byte {
	f := make([]byte, frameSize)
	copy(f, []byte{0x10, 0x02, 0x00, 0x9d, 0x01, 0x2a, 0x80, 0x02, 0xe0, 0x01})
	return f
}

// writeFrames writes a frame every frameInterval until stop is called.
func writeFrames(write func(media.Sample) error) (stop func()) {
	done := make(chan struct{})
	exited := make(chan struct{})
	go func() {
		defer close(exited)
		t := time.NewTicker(frameInterval)
		defer t.Stop()
		frame := vp8Frame()
		for {
			// Before the track is bound to a connection WriteSample drops
			// the frame; errors after Close end nothing either.
			_ = write(media.Sample{Data: frame, Duration: frameInterval})
			select {
			case <-done:
				return
			case <-t.C:
			}
		}
	}()
	return func() { close(done); <-exited }
}

// readFirstFrame reads RTP packets until one complete VP8 frame has
// arrived: from a packet that starts a frame (S bit, partition 0) through
// the marker bit, same timestamp, no sequence gap.
func readFirstFrame(read func() (*rtp.Packet, interceptor.Attributes, error)) error {
	var vp8 codecs.VP8Packet
	started := false
	var ts uint32
	var next uint16
	for {
		p, _, err := read()
		if err != nil {
			return err
		}
		if len(p.Payload) == 0 {
			continue // padding
		}
		if vp8.IsPartitionHead(p.Payload) {
			started, ts = true, p.Timestamp
		} else if !started || p.Timestamp != ts || p.SequenceNumber != next {
			started = false
			continue
		}
		next = p.SequenceNumber + 1
		if p.Marker {
			return nil
		}
	}
}
