//go:build !js

package rtc

import (
	"github.com/pion/interceptor"
	"github.com/pion/rtcp"
	"github.com/pion/webrtc/v4"
)

// transceiverBackend is the native RTPTransceiver.
type transceiverBackend struct {
	pion *webrtc.RTPTransceiver
	pcb  *pcBackend
}

func (b *transceiverBackend) mid() string        { return b.pion.Mid() }
func (b *transceiverBackend) kind() RTPCodecType { return rtpCodecTypeFromPion(b.pion.Kind()) }
func (b *transceiverBackend) sender() *RTPSender { return b.pcb.wrapSender(b.pion.Sender()) }
func (b *transceiverBackend) stop() error        { return mapPionError("Stop", b.pion.Stop()) }
func (b *transceiverBackend) receiver() *RTPReceiver {
	return b.pcb.wrapReceiver(b.pion.Receiver())
}

func (b *transceiverBackend) direction() RTPTransceiverDirection {
	return rtpTransceiverDirectionFromPion(b.pion.Direction())
}

func (b *transceiverBackend) currentDirection() RTPTransceiverDirection {
	d, _ := loadTransceiverDirection(b.pion, "currentDirection")
	return rtpTransceiverDirectionFromPion(d)
}

// setDirection stores the direction in pion's transceiver, which has no
// exported setter, and reports negotiation needed as the specification asks
// when the direction changes.
func (b *transceiverBackend) setDirection(d RTPTransceiverDirection) error {
	if b.pion.Sender() == nil && b.pion.Receiver() == nil {
		return newError(ErrInvalidState, "SetDirection", "transceiver is stopped")
	}
	if b.direction() == d {
		return nil
	}
	if err := storeTransceiverDirection(b.pion, "direction", d.toPion()); err != nil {
		return err
	}
	b.pcb.pc.emitNegotiationNeeded()
	return nil
}

func (b *transceiverBackend) setCodecPreferences(codecs []RTPCodecParameters) error {
	pc := make([]webrtc.RTPCodecParameters, len(codecs))
	for i, c := range codecs {
		pc[i] = codecParametersToPion(c)
	}
	if err := b.pion.SetCodecPreferences(pc); err != nil {
		return &Error{Op: "SetCodecPreferences", Kind: ErrInvalidModification, Cause: err}
	}
	return nil
}

// senderBackend is the native RTPSender.
type senderBackend struct {
	pion *webrtc.RTPSender
	pcb  *pcBackend
}

func (b *senderBackend) track() TrackLocal { return b.pcb.localTrack(b.pion.Track()) }

func (b *senderBackend) replaceTrack(t TrackLocal) error {
	if t == nil {
		return mapPionError("ReplaceTrack", b.pion.ReplaceTrack(nil))
	}
	if cur := b.pion.Track(); cur != nil && rtpCodecTypeFromPion(cur.Kind()) != t.Kind() {
		return newError(ErrType, "ReplaceTrack", "a %v track cannot replace a %v track", t.Kind(), cur.Kind())
	}
	pt, err := b.pcb.pionTrack("ReplaceTrack", t)
	if err != nil {
		return err
	}
	return mapPionError("ReplaceTrack", b.pion.ReplaceTrack(pt))
}

func (b *senderBackend) getParameters() RTPSendParameters {
	p := b.pion.GetParameters()
	out := RTPSendParameters{RTPParameters: rtpParametersFromPion(p.RTPParameters)}
	for _, e := range p.Encodings {
		out.Encodings = append(out.Encodings, RTPEncodingParameters{RTPCodingParameters: RTPCodingParameters{
			RID: e.RID, SSRC: SSRC(e.SSRC), PayloadType: PayloadType(e.PayloadType),
			RTX: RTPRtxParameters{SSRC: SSRC(e.RTX.SSRC)}, FEC: RTPFecParameters{SSRC: SSRC(e.FEC.SSRC)},
		}})
	}
	return out
}

func (b *senderBackend) readRTCP() ([]rtcp.Packet, interceptor.Attributes, error) {
	pkts, attrs, err := b.pion.ReadRTCP()
	return pkts, attrs, mapPionError("ReadRTCP", err)
}

// receiverBackend is the native RTPReceiver.
type receiverBackend struct {
	pion *webrtc.RTPReceiver
	pcb  *pcBackend
}

func (b *receiverBackend) track() *TrackRemote { return b.pcb.wrapRemoteTrack(b.pion.Track()) }

func (b *receiverBackend) getParameters() RTPParameters {
	return rtpParametersFromPion(b.pion.GetParameters())
}

func rtpParametersFromPion(p webrtc.RTPParameters) RTPParameters {
	var out RTPParameters
	for _, h := range p.HeaderExtensions {
		out.HeaderExtensions = append(out.HeaderExtensions, RTPHeaderExtensionParameter{URI: h.URI, ID: h.ID})
	}
	for _, c := range p.Codecs {
		out.Codecs = append(out.Codecs, codecParametersFromPion(c))
	}
	return out
}

func codecParametersFromPion(c webrtc.RTPCodecParameters) RTPCodecParameters {
	return RTPCodecParameters{RTPCodecCapability: codecCapabilityFromPion(c.RTPCodecCapability),
		PayloadType: PayloadType(c.PayloadType)}
}

func codecParametersToPion(c RTPCodecParameters) webrtc.RTPCodecParameters {
	return webrtc.RTPCodecParameters{RTPCodecCapability: codecCapabilityToPion(c.RTPCodecCapability),
		PayloadType: webrtc.PayloadType(c.PayloadType)}
}

func codecCapabilityFromPion(c webrtc.RTPCodecCapability) RTPCodecCapability {
	out := RTPCodecCapability{MimeType: c.MimeType, ClockRate: c.ClockRate, Channels: c.Channels, SDPFmtpLine: c.SDPFmtpLine}
	for _, f := range c.RTCPFeedback {
		out.RTCPFeedback = append(out.RTCPFeedback, RTCPFeedback{Type: f.Type, Parameter: f.Parameter})
	}
	return out
}

func codecCapabilityToPion(c RTPCodecCapability) webrtc.RTPCodecCapability {
	out := webrtc.RTPCodecCapability{MimeType: c.MimeType, ClockRate: c.ClockRate, Channels: c.Channels, SDPFmtpLine: c.SDPFmtpLine}
	for _, f := range c.RTCPFeedback {
		out.RTCPFeedback = append(out.RTCPFeedback, webrtc.RTCPFeedback{Type: f.Type, Parameter: f.Parameter})
	}
	return out
}
