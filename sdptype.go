package rtc

// SDPType is the type of a SessionDescription.
//
// https://www.w3.org/TR/webrtc/#dom-rtcsdptype
type SDPType int32

const (
	// SDPTypeUnknown is the zero value; it is not a valid description type.
	SDPTypeUnknown SDPType = iota
	// SDPTypeOffer is an offer ("offer").
	SDPTypeOffer
	// SDPTypePranswer is a provisional answer ("pranswer").
	SDPTypePranswer
	// SDPTypeAnswer is a final answer ("answer").
	SDPTypeAnswer
	// SDPTypeRollback cancels the offer/answer exchange in progress ("rollback").
	SDPTypeRollback
)

// sdpTypeNames holds the string of each SDPType, indexed by value.
var sdpTypeNames = []string{"unknown", "offer", "pranswer", "answer", "rollback"}

// String returns the W3C string of t, or "unknown" for an invalid value.
func (t SDPType) String() string { return enumString(sdpTypeNames, t) }

// MarshalText encodes t as its W3C string (encoding/json uses it).
func (t SDPType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no SDPType
// gives an error matching ErrType and leaves t unchanged.
func (t *SDPType) UnmarshalText(b []byte) error {
	return enumUnmarshal("SDPType", sdpTypeNames, t, b)
}

// NewSDPType returns the SDPType named by raw, or SDPTypeUnknown when raw
// names none.
func NewSDPType(raw string) SDPType {
	v, _ := enumIndex[SDPType](sdpTypeNames, raw)
	return v
}
