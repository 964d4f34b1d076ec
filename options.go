package rtc

// OfferAnswerOptions are the options CreateOffer and CreateAnswer share.
type OfferAnswerOptions struct {
	// VoiceActivityDetection is kept for pion compatibility; neither backend
	// acts on it.
	VoiceActivityDetection bool
	// ICETricklingSupported adds a=ice-options:trickle (native only; the
	// browser always adds it).
	ICETricklingSupported bool
}

// AnswerOptions are the options of CreateAnswer.
// https://www.w3.org/TR/webrtc/#dom-rtcansweroptions
type AnswerOptions struct {
	OfferAnswerOptions
}

// OfferOptions are the options of CreateOffer.
// https://www.w3.org/TR/webrtc/#dom-rtcofferoptions
type OfferOptions struct {
	OfferAnswerOptions
	// ICERestart makes the offer carry new ICE credentials, restarting ICE
	// once it is applied on both sides.
	ICERestart bool
}

// DataChannelInit configures CreateDataChannel. Nil fields take the
// specification's defaults (ordered, reliable, not negotiated).
// https://www.w3.org/TR/webrtc/#dom-rtcdatachannelinit
type DataChannelInit struct {
	Ordered           *bool
	MaxPacketLifeTime *uint16
	MaxRetransmits    *uint16
	Protocol          *string
	Negotiated        *bool
	ID                *uint16
}

// DataChannelMessage is one message received on a DataChannel.
type DataChannelMessage struct {
	IsString bool
	Data     []byte
}

// RTPTransceiverInit configures AddTransceiverFromKind and
// AddTransceiverFromTrack. A zero Direction means sendrecv.
// https://www.w3.org/TR/webrtc/#dom-rtcrtptransceiverinit
type RTPTransceiverInit struct {
	Direction     RTPTransceiverDirection
	SendEncodings []RTPEncodingParameters
}
