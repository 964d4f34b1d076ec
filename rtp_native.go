//go:build !js

package rtc

import (
	"sync/atomic"

	"github.com/pion/interceptor"
	"github.com/pion/rtcp"
	"github.com/pion/webrtc/v4"
)

// transceiverBackend is the native RTPTransceiver. As in the
// specification, a transceiver has one sender and one receiver for life:
// pion has none for a direction that does not use it and swaps them on
// RemoveTrack and when a remote track ends, so the wrappers follow the
// transceiver's current pion objects.
type transceiverBackend struct {
	pion    *webrtc.RTPTransceiver
	pcb     *pcBackend
	snd     *RTPSender
	rcv     *RTPReceiver
	stopped atomic.Bool
}

func (b *transceiverBackend) mid() string            { return b.pion.Mid() }
func (b *transceiverBackend) kind() RTPCodecType     { return rtpCodecTypeFromPion(b.pion.Kind()) }
func (b *transceiverBackend) sender() *RTPSender     { return b.snd }
func (b *transceiverBackend) receiver() *RTPReceiver { return b.rcv }

// stop is idempotent, as the specification's stop() is.
func (b *transceiverBackend) stop() error {
	if b.stopped.Load() {
		return nil
	}
	if err := b.pion.Stop(); err != nil {
		return mapPionError("Stop", err)
	}
	b.stopped.Store(true)
	return nil
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
	if b.stopped.Load() {
		return newError(ErrInvalidState, "SetDirection", "transceiver is stopped")
	}
	if b.direction() == d {
		return nil
	}
	if err := storeTransceiverDirection(b.pion, "direction", d.toPion()); err != nil {
		return err
	}
	b.pcb.needNegotiation()
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

// senderBackend is the native RTPSender of a transceiver: pion's current
// sender of it, nil while pion has none (recvonly, after RemoveTrack).
type senderBackend struct {
	tr  *webrtc.RTPTransceiver
	pcb *pcBackend
}

func (b *senderBackend) pion() *webrtc.RTPSender { return b.tr.Sender() }

func (b *senderBackend) track() TrackLocal {
	s := b.pion()
	if s == nil {
		return nil
	}
	return b.pcb.localTrack(s.Track())
}

func (b *senderBackend) replaceTrack(t TrackLocal) error {
	s := b.pion()
	if t == nil {
		if s == nil {
			return nil
		}
		return mapPionError("ReplaceTrack", s.ReplaceTrack(nil))
	}
	// The kind is the transceiver's, whether or not a track is set.
	if k := rtpCodecTypeFromPion(b.tr.Kind()); t.Kind() != k {
		return newError(ErrType, "ReplaceTrack", "a %v track cannot be sent on a %v transceiver", t.Kind().String(), k.String())
	}
	pt, err := b.pcb.pionTrack("ReplaceTrack", t)
	if err != nil {
		return err
	}
	if s == nil {
		return b.pcb.attachSender("ReplaceTrack", b.tr, pt)
	}
	return mapPionError("ReplaceTrack", s.ReplaceTrack(pt))
}

func (b *senderBackend) getParameters() RTPSendParameters {
	s := b.pion()
	if s == nil {
		return RTPSendParameters{}
	}
	p := s.GetParameters()
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
	s := b.pion()
	if s == nil {
		return nil, nil, newError(ErrInvalidState, "ReadRTCP", "the sender has no track")
	}
	pkts, attrs, err := s.ReadRTCP()
	return pkts, attrs, mapPionError("ReadRTCP", err)
}

// receiverBackend is the native RTPReceiver of a transceiver: pion's
// current receiver of it (nil for sendonly). Without a transceiver (a pion
// receiver none of them holds any more) it is that receiver.
type receiverBackend struct {
	tr    *webrtc.RTPTransceiver
	fixed *webrtc.RTPReceiver
	pcb   *pcBackend
}

func (b *receiverBackend) pion() *webrtc.RTPReceiver {
	if b.tr != nil {
		return b.tr.Receiver()
	}
	return b.fixed
}

func (b *receiverBackend) track() *TrackRemote {
	r := b.pion()
	if r == nil {
		return nil
	}
	return b.pcb.wrapRemoteTrack(r.Track())
}

func (b *receiverBackend) getParameters() RTPParameters {
	r := b.pion()
	if r == nil {
		return RTPParameters{}
	}
	return rtpParametersFromPion(r.GetParameters())
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
