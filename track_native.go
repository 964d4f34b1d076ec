//go:build !js

package rtc

import (
	"time"

	"github.com/pion/interceptor"
	"github.com/pion/rtp"
	"github.com/pion/webrtc/v4"
	"github.com/pion/webrtc/v4/pkg/media"
)

// remoteTrackBackend is the native TrackRemote.
type remoteTrackBackend struct {
	pion *webrtc.TrackRemote
}

func (b *remoteTrackBackend) id() string         { return b.pion.ID() }
func (b *remoteTrackBackend) rid() string        { return b.pion.RID() }
func (b *remoteTrackBackend) streamID() string   { return b.pion.StreamID() }
func (b *remoteTrackBackend) kind() RTPCodecType { return rtpCodecTypeFromPion(b.pion.Kind()) }
func (b *remoteTrackBackend) codec() RTPCodecParameters {
	return codecParametersFromPion(b.pion.Codec())
}
func (b *remoteTrackBackend) ssrc() SSRC { return SSRC(b.pion.SSRC()) }
func (b *remoteTrackBackend) setReadDeadline(t time.Time) error {
	return mapPionError("SetReadDeadline", b.pion.SetReadDeadline(t))
}

func (b *remoteTrackBackend) readRTP() (*rtp.Packet, interceptor.Attributes, error) {
	p, a, err := b.pion.ReadRTP()
	return p, a, mapPionError("ReadRTP", err)
}

func (b *remoteTrackBackend) read(buf []byte) (int, interceptor.Attributes, error) {
	n, a, err := b.pion.Read(buf)
	return n, a, mapPionError("Read", err)
}

// staticSampleBackend is the native TrackLocalStaticSample.
type staticSampleBackend struct {
	pion *webrtc.TrackLocalStaticSample
}

func newStaticSampleBackend(c RTPCodecCapability, id, streamID string) (*staticSampleBackend, error) {
	t, err := webrtc.NewTrackLocalStaticSample(codecCapabilityToPion(c), id, streamID)
	if err != nil {
		return nil, mapPionError("NewTrackLocalStaticSample", err)
	}
	return &staticSampleBackend{pion: t}, nil
}

func (b *staticSampleBackend) id() string         { return b.pion.ID() }
func (b *staticSampleBackend) streamID() string   { return b.pion.StreamID() }
func (b *staticSampleBackend) kind() RTPCodecType { return rtpCodecTypeFromPion(b.pion.Kind()) }
func (b *staticSampleBackend) codec() RTPCodecCapability {
	return codecCapabilityFromPion(b.pion.Codec())
}
func (b *staticSampleBackend) writeSample(s media.Sample) error {
	return mapPionError("WriteSample", b.pion.WriteSample(s))
}

// staticRTPBackend is the native TrackLocalStaticRTP.
type staticRTPBackend struct {
	pion *webrtc.TrackLocalStaticRTP
}

func newStaticRTPBackend(c RTPCodecCapability, id, streamID string) (*staticRTPBackend, error) {
	t, err := webrtc.NewTrackLocalStaticRTP(codecCapabilityToPion(c), id, streamID)
	if err != nil {
		return nil, mapPionError("NewTrackLocalStaticRTP", err)
	}
	return &staticRTPBackend{pion: t}, nil
}

func (b *staticRTPBackend) id() string                { return b.pion.ID() }
func (b *staticRTPBackend) streamID() string          { return b.pion.StreamID() }
func (b *staticRTPBackend) kind() RTPCodecType        { return rtpCodecTypeFromPion(b.pion.Kind()) }
func (b *staticRTPBackend) codec() RTPCodecCapability { return codecCapabilityFromPion(b.pion.Codec()) }
func (b *staticRTPBackend) writeRTP(p *rtp.Packet) error {
	return mapPionError("WriteRTP", b.pion.WriteRTP(p))
}
func (b *staticRTPBackend) write(buf []byte) (int, error) {
	n, err := b.pion.Write(buf)
	return n, mapPionError("Write", err)
}

// pionTrackOf returns the pion track behind one of this package's tracks,
// nil for any other TrackLocal.
func pionTrackOf(t TrackLocal) webrtc.TrackLocal {
	switch t := t.(type) {
	case *TrackLocalStaticSample:
		return t.b.pion
	case *TrackLocalStaticRTP:
		return t.b.pion
	case *pionTrack:
		return t.TrackLocal
	}
	return nil
}
