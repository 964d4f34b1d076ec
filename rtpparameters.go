package rtc

// PayloadType identifies an RTP codec in a session.
type PayloadType uint8

// SSRC identifies an RTP stream.
type SSRC uint32

// MIME types of the codecs both backends know.
const (
	MimeTypeH264 = "video/H264"
	MimeTypeH265 = "video/H265"
	MimeTypeOpus = "audio/opus"
	MimeTypeVP8  = "video/VP8"
	MimeTypeVP9  = "video/VP9"
	MimeTypeAV1  = "video/AV1"
	MimeTypeG722 = "audio/G722"
	MimeTypePCMU = "audio/PCMU"
	MimeTypePCMA = "audio/PCMA"
	MimeTypeRTX  = "video/rtx"
)

// RTCPFeedback is an RTCP feedback mechanism a codec supports, e.g.
// {Type: "nack", Parameter: "pli"}.
// https://www.w3.org/TR/webrtc/#dom-rtcrtcpfeedback
type RTCPFeedback struct {
	Type      string
	Parameter string
}

// RTPCodecCapability describes a codec.
// https://www.w3.org/TR/webrtc/#dom-rtcrtpcodeccapability
type RTPCodecCapability struct {
	MimeType     string
	ClockRate    uint32
	Channels     uint16
	SDPFmtpLine  string
	RTCPFeedback []RTCPFeedback
}

// RTPCodecParameters is a negotiated codec with its payload type.
// https://www.w3.org/TR/webrtc/#dom-rtcrtpcodecparameters
type RTPCodecParameters struct {
	RTPCodecCapability
	PayloadType PayloadType
}

// RTPHeaderExtensionParameter is a negotiated RTP header extension.
// https://www.w3.org/TR/webrtc/#dom-rtcrtpheaderextensionparameters
type RTPHeaderExtensionParameter struct {
	URI string
	ID  int
}

// RTPParameters are the negotiated codecs and header extensions.
// https://www.w3.org/TR/webrtc/#dom-rtcrtpparameters
type RTPParameters struct {
	HeaderExtensions []RTPHeaderExtensionParameter
	Codecs           []RTPCodecParameters
}

// RTPRtxParameters names the retransmission stream of an encoding.
type RTPRtxParameters struct {
	SSRC SSRC `json:"ssrc"`
}

// RTPFecParameters names the forward error correction stream of an encoding.
type RTPFecParameters struct {
	SSRC SSRC `json:"ssrc"`
}

// RTPCodingParameters describe one RTP stream of a sender.
type RTPCodingParameters struct {
	RID         string           `json:"rid"`
	SSRC        SSRC             `json:"ssrc"`
	PayloadType PayloadType      `json:"payloadType"`
	RTX         RTPRtxParameters `json:"rtx"`
	FEC         RTPFecParameters `json:"fec"`
}

// RTPEncodingParameters describe one encoding of a sender.
// https://www.w3.org/TR/webrtc/#dom-rtcrtpencodingparameters
type RTPEncodingParameters struct {
	RTPCodingParameters
}

// RTPSendParameters are what RTPSender.GetParameters returns.
// https://www.w3.org/TR/webrtc/#dom-rtcrtpsendparameters
type RTPSendParameters struct {
	RTPParameters
	Encodings []RTPEncodingParameters
}

// DTLSFingerprint is a certificate fingerprint, e.g. {"sha-256", "AB:CD:..."}.
// https://www.w3.org/TR/webrtc/#dom-rtcdtlsfingerprint
type DTLSFingerprint struct {
	Algorithm string `json:"algorithm"`
	Value     string `json:"value"`
}
