package rtc

// ICECandidateType is the type of an ICE candidate (RFC 8445, section 5.1.1).
//
// https://www.w3.org/TR/webrtc/#dom-rtcicecandidatetype
type ICECandidateType int32

const (
	// ICECandidateTypeUnknown is the zero value; it is not a valid candidate type.
	ICECandidateTypeUnknown ICECandidateType = iota
	// ICECandidateTypeHost is a candidate on a local interface ("host").
	ICECandidateTypeHost
	// ICECandidateTypeSrflx is a server reflexive candidate: the address a NAT
	// allocated, as seen by a STUN server ("srflx").
	ICECandidateTypeSrflx
	// ICECandidateTypePrflx is a peer reflexive candidate: an address learned from
	// the peer's connectivity checks ("prflx").
	ICECandidateTypePrflx
	// ICECandidateTypeRelay is a candidate allocated on a TURN server ("relay").
	ICECandidateTypeRelay
)

// iceCandidateTypeNames holds the string of each ICECandidateType, indexed by value.
var iceCandidateTypeNames = []string{"unknown", "host", "srflx", "prflx", "relay"}

// String returns the W3C string of t, or "unknown" for an invalid value.
func (t ICECandidateType) String() string { return enumString(iceCandidateTypeNames, t) }

// MarshalText encodes t as its W3C string (encoding/json uses it).
func (t ICECandidateType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no ICECandidateType
// gives an error matching ErrType and leaves t unchanged.
func (t *ICECandidateType) UnmarshalText(b []byte) error {
	return enumUnmarshal("ICECandidateType", iceCandidateTypeNames, t, b)
}

// NewICECandidateType returns the ICECandidateType named by raw. It returns
// ICECandidateTypeUnknown and an error matching ErrType when raw names none.
func NewICECandidateType(raw string) (ICECandidateType, error) {
	if v, ok := enumIndex[ICECandidateType](iceCandidateTypeNames[1:], raw); ok {
		return v + 1, nil
	}
	return ICECandidateTypeUnknown, newError(ErrType, "NewICECandidateType", "unknown value %q", raw)
}
