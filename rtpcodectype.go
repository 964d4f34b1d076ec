package rtc

import "strings"

// RTPCodecType is the kind of media a codec, track or transceiver carries.
//
// https://www.w3.org/TR/mediacapture-streams/#dom-mediastreamtrack-kind
type RTPCodecType int32

const (
	// RTPCodecTypeUnknown is the zero value; it is not a valid media kind.
	RTPCodecTypeUnknown RTPCodecType = iota
	// RTPCodecTypeAudio is audio ("audio").
	RTPCodecTypeAudio
	// RTPCodecTypeVideo is video ("video").
	RTPCodecTypeVideo
)

// rtpCodecTypeNames holds the string of each RTPCodecType, indexed by value.
var rtpCodecTypeNames = []string{"unknown", "audio", "video"}

// String returns the W3C string of t, or "unknown" for an invalid value.
func (t RTPCodecType) String() string { return enumString(rtpCodecTypeNames, t) }

// MarshalText encodes t as its W3C string (encoding/json uses it).
func (t RTPCodecType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no RTPCodecType
// gives an error matching ErrType and leaves t unchanged.
func (t *RTPCodecType) UnmarshalText(b []byte) error {
	return enumUnmarshal("RTPCodecType", rtpCodecTypeNames, t, b)
}

// NewRTPCodecType returns the RTPCodecType named by r, compared without
// regard to case, or RTPCodecTypeUnknown when r names none.
func NewRTPCodecType(r string) RTPCodecType {
	for i, n := range rtpCodecTypeNames[1:] {
		if strings.EqualFold(r, n) {
			return RTPCodecType(i + 1)
		}
	}
	return RTPCodecTypeUnknown
}
