//go:build js && wasm

package rtc

import (
	"syscall/js"

	"github.com/everyrtc/rtc/jsbridge"
	"github.com/everyrtc/rtc/shim"
	"github.com/pion/interceptor"
	"github.com/pion/rtcp"
)

// transceiverBackend is the browser RTCRtpTransceiver, with the sender and
// receiver wrappers it keeps for life.
type transceiverBackend struct {
	js  js.Value
	pcb *pcBackend
	snd *RTPSender
	rcv *RTPReceiver
}

func (b *transceiverBackend) mid() string            { return jsbridge.String(b.js.Get("mid")) }
func (b *transceiverBackend) sender() *RTPSender     { return b.snd }
func (b *transceiverBackend) receiver() *RTPReceiver { return b.rcv }

func (b *transceiverBackend) kind() RTPCodecType {
	return enumProp[RTPCodecType](b.js.Get("receiver").Get("track"), "kind", rtpCodecTypeNames)
}

func (b *transceiverBackend) stop() error {
	_, err := jsbridge.Call(b.js, "stop")
	return jsError("Stop", err)
}

// direction is the preferred direction; a stopped transceiver's "stopped"
// has no value of the enum and reads as Unknown.
func (b *transceiverBackend) direction() RTPTransceiverDirection {
	return enumProp[RTPTransceiverDirection](b.js, "direction", rtpTransceiverDirectionNames)
}

func (b *transceiverBackend) currentDirection() RTPTransceiverDirection {
	return enumProp[RTPTransceiverDirection](b.js, "currentDirection", rtpTransceiverDirectionNames)
}

func (b *transceiverBackend) setDirection(d RTPTransceiverDirection) error {
	return jsError("SetDirection", jsbridge.Set(b.js, "direction", d.String()))
}

func (b *transceiverBackend) setCodecPreferences(codecs []RTPCodecParameters) error {
	list := make([]any, len(codecs))
	for i, c := range codecs {
		o := map[string]any{"mimeType": c.MimeType, "clockRate": c.ClockRate}
		if c.Channels > 0 {
			o["channels"] = c.Channels
		}
		if c.SDPFmtpLine != "" {
			o["sdpFmtpLine"] = c.SDPFmtpLine
		}
		list[i] = o
	}
	_, err := jsbridge.Call(b.js, "setCodecPreferences", list)
	return jsError("SetCodecPreferences", err)
}

// senderBackend is the browser RTCRtpSender of a transceiver.
type senderBackend struct{ tr *transceiverBackend }

func (b *senderBackend) js() js.Value { return b.tr.js.Get("sender") }

func (b *senderBackend) track() TrackLocal { return b.tr.pcb.localTrack(b.js().Get("track")) }

func (b *senderBackend) replaceTrack(t TrackLocal) error {
	if t == nil {
		_, err := b.tr.pcb.await("ReplaceTrack", b.js(), "replaceTrack", js.Null())
		return err
	}
	if k := b.tr.kind(); t.Kind() != k {
		return newError(ErrType, "ReplaceTrack", "a %v track cannot be sent on a %v transceiver", t.Kind().String(), k.String())
	}
	jt, err := b.tr.pcb.jsTrack("ReplaceTrack", t)
	if err != nil {
		return err
	}
	_, err = b.tr.pcb.await("ReplaceTrack", b.js(), "replaceTrack", jt.track)
	return err
}

func (b *senderBackend) getParameters() RTPSendParameters {
	p := b.js().Call("getParameters")
	out := RTPSendParameters{RTPParameters: rtpParametersFromJS(p)}
	// The browser's parameters have no SSRCs: its stats do.
	var ssrcs js.Value
	if !b.js().Get("track").IsNull() {
		ssrcs, _ = jsbridge.AwaitNoCancel(shim.Get().Call("senderSSRCs", b.js()))
	}
	enc := p.Get("encodings")
	for i := 0; !jsbridge.Nullish(enc) && i < enc.Length(); i++ {
		e := enc.Index(i)
		c := RTPCodingParameters{RID: jsbridge.String(e.Get("rid"))}
		if s := ssrcs.Get(c.RID); !jsbridge.Nullish(ssrcs) && s.Type() == js.TypeNumber {
			c.SSRC = SSRC(uint32(s.Int()))
		}
		out.Encodings = append(out.Encodings, RTPEncodingParameters{RTPCodingParameters: c})
	}
	return out
}

func (b *senderBackend) readRTCP() ([]rtcp.Packet, interceptor.Attributes, error) {
	return nil, nil, notSupported("ReadRTCP", "a browser does not give pages its RTCP packets")
}

// receiverBackend is the browser RTCRtpReceiver of a transceiver and the
// remote track it holds for life.
type receiverBackend struct {
	tr     *transceiverBackend
	remote *TrackRemote
}

func (b *receiverBackend) track() *TrackRemote { return b.remote }

// getParameters falls back to the browser's receiving capabilities for the
// codecs while the receiver receives nothing (Chrome then lists none),
// as pion lists its media engine's.
func (b *receiverBackend) getParameters() RTPParameters {
	p := rtpParametersFromJS(b.tr.js.Get("receiver").Call("getParameters"))
	if len(p.Codecs) == 0 {
		caps := jsbridge.Get("RTCRtpReceiver").Call("getCapabilities", b.tr.kind().String())
		codecs := caps.Get("codecs")
		for i := 0; !jsbridge.Nullish(caps) && i < codecs.Length(); i++ {
			p.Codecs = append(p.Codecs, codecFromJS(codecs.Index(i)))
		}
	}
	return p
}

func rtpParametersFromJS(p js.Value) RTPParameters {
	var out RTPParameters
	codecs := p.Get("codecs")
	for i := 0; !jsbridge.Nullish(codecs) && i < codecs.Length(); i++ {
		out.Codecs = append(out.Codecs, codecFromJS(codecs.Index(i)))
	}
	ext := p.Get("headerExtensions")
	for i := 0; !jsbridge.Nullish(ext) && i < ext.Length(); i++ {
		e := ext.Index(i)
		out.HeaderExtensions = append(out.HeaderExtensions, RTPHeaderExtensionParameter{
			URI: jsbridge.String(e.Get("uri")), ID: e.Get("id").Int(),
		})
	}
	return out
}

// codecFromJS reads an RTCRtpCodecParameters (or RTCRtpCodec).
func codecFromJS(c js.Value) RTPCodecParameters {
	out := RTPCodecParameters{RTPCodecCapability: RTPCodecCapability{
		MimeType:    jsbridge.String(c.Get("mimeType")),
		SDPFmtpLine: jsbridge.String(c.Get("sdpFmtpLine")),
	}}
	if v := c.Get("clockRate"); v.Type() == js.TypeNumber {
		out.ClockRate = uint32(v.Int())
	}
	if v := c.Get("channels"); v.Type() == js.TypeNumber {
		out.Channels = uint16(v.Int())
	}
	if v := c.Get("payloadType"); v.Type() == js.TypeNumber {
		out.PayloadType = PayloadType(v.Int())
	}
	return out
}
