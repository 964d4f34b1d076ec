package rtc

import (
	"time"

	"github.com/pion/interceptor"
	"github.com/pion/rtp"
	"github.com/pion/webrtc/v4/pkg/media"
)

// TrackLocal is a local media track that AddTrack, AddTransceiverFromTrack
// and ReplaceTrack send. The tracks of this package implement it:
// TrackLocalStaticSample and TrackLocalStaticRTP on both targets, a pion
// TrackLocal wrapped with WrapTrackLocal natively, a MediaStreamTrack in the
// browser. Other implementations are refused with ErrType.
// https://www.w3.org/TR/webrtc/#dom-mediastreamtrack
type TrackLocal interface {
	// ID is the track's id (the msid's track part).
	ID() string
	// RID is the simulcast stream id, "" without simulcast.
	RID() string
	// StreamID is the id of the stream the track belongs to.
	StreamID() string
	// Kind is audio or video.
	Kind() RTPCodecType
}

// TrackRemote is a track the remote peer sends, as OnTrack reports it.
// https://www.w3.org/TR/webrtc/#dom-rtctrackevent-track
type TrackRemote struct {
	b *remoteTrackBackend
}

// ID is the track's id as the remote peer announced it.
func (t *TrackRemote) ID() string { return t.b.id() }

// RID is the simulcast stream id, "" without simulcast.
func (t *TrackRemote) RID() string { return t.b.rid() }

// StreamID is the id of the stream the remote peer put the track in.
func (t *TrackRemote) StreamID() string { return t.b.streamID() }

// Kind is audio or video.
func (t *TrackRemote) Kind() RTPCodecType { return t.b.kind() }

// Codec is the codec the track's packets use.
func (t *TrackRemote) Codec() RTPCodecParameters { return t.b.codec() }

// PayloadType is the RTP payload type of the track's codec.
func (t *TrackRemote) PayloadType() PayloadType { return t.b.codec().PayloadType }

// SSRC is the track's RTP synchronization source (natively; 0 in the
// browser until stats name it).
func (t *TrackRemote) SSRC() SSRC { return t.b.ssrc() }

// ReadRTP reads the next RTP packet (natively). In the browser, where media
// is decoded by the browser itself, it fails with ErrNotSupported.
func (t *TrackRemote) ReadRTP() (*rtp.Packet, interceptor.Attributes, error) { return t.b.readRTP() }

// Read reads the next RTP packet into b as bytes (natively; ErrNotSupported
// in the browser).
func (t *TrackRemote) Read(b []byte) (int, interceptor.Attributes, error) { return t.b.read(b) }

// SetReadDeadline sets the deadline of Read and ReadRTP.
func (t *TrackRemote) SetReadDeadline(deadline time.Time) error { return t.b.setReadDeadline(deadline) }

// TrackLocalStaticSample is a track fed with encoded media samples (a VP8
// frame, an Opus packet) that it packetizes for every connection it is
// added to.
type TrackLocalStaticSample struct {
	b *staticSampleBackend
}

// NewTrackLocalStaticSample creates a sample track for codec with the
// given track and stream ids. In the browser it fails with ErrNotSupported.
func NewTrackLocalStaticSample(c RTPCodecCapability, id, streamID string) (*TrackLocalStaticSample, error) {
	b, err := newStaticSampleBackend(c, id, streamID)
	if err != nil {
		return nil, err
	}
	return &TrackLocalStaticSample{b: b}, nil
}

// ID is the track's id.
func (s *TrackLocalStaticSample) ID() string { return s.b.id() }

// RID is "": static tracks have no simulcast layer.
func (s *TrackLocalStaticSample) RID() string { return "" }

// StreamID is the id of the track's stream.
func (s *TrackLocalStaticSample) StreamID() string { return s.b.streamID() }

// Kind is the kind of the track's codec.
func (s *TrackLocalStaticSample) Kind() RTPCodecType { return s.b.kind() }

// Codec is the codec the track was created with.
func (s *TrackLocalStaticSample) Codec() RTPCodecCapability { return s.b.codec() }

// WriteSample packetizes one sample and sends it on every connection the
// track is added to. Without a connected peer the sample is dropped.
func (s *TrackLocalStaticSample) WriteSample(sample media.Sample) error {
	return s.b.writeSample(sample)
}

// TrackLocalStaticRTP is a track fed with ready RTP packets; their SSRC and
// payload type are rewritten for each connection.
type TrackLocalStaticRTP struct {
	b *staticRTPBackend
}

// NewTrackLocalStaticRTP creates an RTP track for codec with the given track
// and stream ids. In the browser it fails with ErrNotSupported.
func NewTrackLocalStaticRTP(c RTPCodecCapability, id, streamID string) (*TrackLocalStaticRTP, error) {
	b, err := newStaticRTPBackend(c, id, streamID)
	if err != nil {
		return nil, err
	}
	return &TrackLocalStaticRTP{b: b}, nil
}

// ID is the track's id.
func (s *TrackLocalStaticRTP) ID() string { return s.b.id() }

// RID is "": static tracks have no simulcast layer.
func (s *TrackLocalStaticRTP) RID() string { return "" }

// StreamID is the id of the track's stream.
func (s *TrackLocalStaticRTP) StreamID() string { return s.b.streamID() }

// Kind is the kind of the track's codec.
func (s *TrackLocalStaticRTP) Kind() RTPCodecType { return s.b.kind() }

// Codec is the codec the track was created with.
func (s *TrackLocalStaticRTP) Codec() RTPCodecCapability { return s.b.codec() }

// WriteRTP sends p on every connection the track is added to.
func (s *TrackLocalStaticRTP) WriteRTP(p *rtp.Packet) error { return s.b.writeRTP(p) }

// Write sends one marshalled RTP packet on every connection the track is
// added to.
func (s *TrackLocalStaticRTP) Write(b []byte) (int, error) { return s.b.write(b) }
