//go:build js && wasm

package rtc

import (
	"sync"
	"syscall/js"
	"time"

	"github.com/everyrtc/rtc/jsbridge"
	"github.com/pion/interceptor"
	"github.com/pion/rtp"
	"github.com/pion/webrtc/v4/pkg/media"
)

// remoteTrackBackend is the browser's remote MediaStreamTrack of a
// receiver. Its ID and stream ID are the sender's, from the remote
// description's msid, once the track event has named them.
type remoteTrackBackend struct {
	js       js.Value
	receiver js.Value

	mu             sync.Mutex
	msidTrack      string
	msidStream     string
	msidIsResolved bool
}

func (b *remoteTrackBackend) setMsid(stream, track string) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.msidStream, b.msidTrack, b.msidIsResolved = stream, track, true
}

func (b *remoteTrackBackend) id() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.msidIsResolved && b.msidTrack != "" {
		return b.msidTrack
	}
	return b.js.Get("id").String()
}

func (b *remoteTrackBackend) streamID() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.msidStream
}

func (b *remoteTrackBackend) rid() string { return "" }

func (b *remoteTrackBackend) kind() RTPCodecType {
	return enumProp[RTPCodecType](b.js, "kind", rtpCodecTypeNames)
}

// codec is the first codec of the receiver's negotiated parameters, the
// one the browser prefers to receive.
func (b *remoteTrackBackend) codec() RTPCodecParameters {
	codecs := b.receiver.Call("getParameters").Get("codecs")
	if jsbridge.Nullish(codecs) || codecs.Length() == 0 {
		return RTPCodecParameters{}
	}
	return codecFromJS(codecs.Index(0))
}

// ssrc is the SSRC of the last packets received, 0 before any.
func (b *remoteTrackBackend) ssrc() SSRC {
	src := b.receiver.Call("getSynchronizationSources")
	if src.Length() == 0 {
		return 0
	}
	return SSRC(uint32(src.Index(0).Get("source").Int()))
}

func (b *remoteTrackBackend) readRTP() (*rtp.Packet, interceptor.Attributes, error) {
	return nil, nil, notSupported("TrackRemote.ReadRTP", "a browser decodes remote media itself; play JSValue() in a media element")
}

func (b *remoteTrackBackend) read([]byte) (int, interceptor.Attributes, error) {
	return 0, nil, notSupported("TrackRemote.Read", "a browser decodes remote media itself; play JSValue() in a media element")
}

func (b *remoteTrackBackend) setReadDeadline(time.Time) error {
	return notSupported("TrackRemote.SetReadDeadline", "a browser gives pages no RTP to read")
}

// JSValue is the remote MediaStreamTrack, to play in a media element or
// record. Browser only.
func (t *TrackRemote) JSValue() js.Value { return t.b.js }

// The static tracks write encoded samples or RTP packets, which a page
// cannot hand to its browser's RTP stack: in the browser their
// constructors fail with ErrNotSupported and these backends never exist.
type staticSampleBackend struct{}
type staticRTPBackend struct{}

const staticTrackWhy = "a browser sends only MediaStreamTracks (use NewTrackLocalJS)"

func newStaticSampleBackend(RTPCodecCapability, string, string) (*staticSampleBackend, error) {
	return nil, notSupported("NewTrackLocalStaticSample", staticTrackWhy)
}

func newStaticRTPBackend(RTPCodecCapability, string, string) (*staticRTPBackend, error) {
	return nil, notSupported("NewTrackLocalStaticRTP", staticTrackWhy)
}

func (*staticSampleBackend) id() string                { return "" }
func (*staticSampleBackend) streamID() string          { return "" }
func (*staticSampleBackend) kind() RTPCodecType        { return RTPCodecTypeUnknown }
func (*staticSampleBackend) codec() RTPCodecCapability { return RTPCodecCapability{} }
func (*staticSampleBackend) writeSample(media.Sample) error {
	return notSupported("WriteSample", staticTrackWhy)
}
func (*staticRTPBackend) id() string                { return "" }
func (*staticRTPBackend) streamID() string          { return "" }
func (*staticRTPBackend) kind() RTPCodecType        { return RTPCodecTypeUnknown }
func (*staticRTPBackend) codec() RTPCodecCapability { return RTPCodecCapability{} }
func (*staticRTPBackend) writeRTP(*rtp.Packet) error {
	return notSupported("WriteRTP", staticTrackWhy)
}
func (*staticRTPBackend) write([]byte) (int, error) { return 0, notSupported("Write", staticTrackWhy) }
