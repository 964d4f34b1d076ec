package rtc

// RTPTransceiver is a pair of an RTPSender and an RTPReceiver sharing one
// media section (mid) of the SDP.
// https://www.w3.org/TR/webrtc/#rtcrtptransceiver-interface
type RTPTransceiver struct {
	b  *transceiverBackend
	pc *PeerConnection
}

// Mid is the media section's identifier, "" until negotiated.
// https://www.w3.org/TR/webrtc/#dom-rtptransceiver-mid
func (t *RTPTransceiver) Mid() string { return t.b.mid() }

// Kind is audio or video.
func (t *RTPTransceiver) Kind() RTPCodecType { return t.b.kind() }

// Direction is the preferred direction, as set by AddTransceiver*,
// AddTrack, RemoveTrack or SetDirection.
// https://www.w3.org/TR/webrtc/#dom-rtcrtptransceiver-direction
func (t *RTPTransceiver) Direction() RTPTransceiverDirection { return t.b.direction() }

// SetDirection changes the preferred direction; when it differs from the
// negotiated one, negotiation is needed. It fails with ErrInvalidState on a
// stopped transceiver and ErrType for RTPTransceiverDirectionUnknown.
// https://www.w3.org/TR/webrtc/#dom-rtcrtptransceiver-direction
func (t *RTPTransceiver) SetDirection(d RTPTransceiverDirection) error {
	if err := t.pc.checkOpen("SetDirection"); err != nil {
		return err
	}
	switch d {
	case RTPTransceiverDirectionSendrecv, RTPTransceiverDirectionSendonly,
		RTPTransceiverDirectionRecvonly, RTPTransceiverDirectionInactive:
	default:
		return newError(ErrType, "SetDirection", "invalid direction %v", d.String())
	}
	return t.b.setDirection(d)
}

// CurrentDirection is the direction last negotiated, Unknown before the
// transceiver was part of a completed offer/answer.
// https://www.w3.org/TR/webrtc/#dom-rtcrtptransceiver-currentdirection
func (t *RTPTransceiver) CurrentDirection() RTPTransceiverDirection { return t.b.currentDirection() }

// Sender is the transceiver's sender.
func (t *RTPTransceiver) Sender() *RTPSender { return t.b.sender() }

// Receiver is the transceiver's receiver.
func (t *RTPTransceiver) Receiver() *RTPReceiver { return t.b.receiver() }

// Stop stops sending and receiving for good; the media section is rejected
// at the next negotiation.
// https://www.w3.org/TR/webrtc/#dom-rtcrtptransceiver-stop
func (t *RTPTransceiver) Stop() error { return t.b.stop() }

// SetCodecPreferences orders and limits the codecs offered for this
// transceiver; nil or empty restores the defaults. A codec the backend does
// not support fails with ErrInvalidModification.
// https://www.w3.org/TR/webrtc/#dom-rtcrtptransceiver-setcodecpreferences
func (t *RTPTransceiver) SetCodecPreferences(codecs []RTPCodecParameters) error {
	return t.b.setCodecPreferences(codecs)
}
