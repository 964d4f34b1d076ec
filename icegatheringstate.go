package rtc

// ICEGatheringState is the state of ICE candidate gathering of a PeerConnection.
//
// https://www.w3.org/TR/webrtc/#dom-rtcicegatheringstate
type ICEGatheringState int32

const (
	// ICEGatheringStateUnknown is the zero value; it is never reported by a live PeerConnection.
	ICEGatheringStateUnknown ICEGatheringState = iota
	// ICEGatheringStateNew means gathering has not started yet ("new").
	ICEGatheringStateNew
	// ICEGatheringStateGathering means candidates are being gathered ("gathering").
	ICEGatheringStateGathering
	// ICEGatheringStateComplete means gathering has finished ("complete").
	ICEGatheringStateComplete
)

// iceGatheringStateNames holds the string of each ICEGatheringState, indexed by value.
var iceGatheringStateNames = []string{"unknown", "new", "gathering", "complete"}

// String returns the W3C string of s, or "unknown" for an invalid value.
func (s ICEGatheringState) String() string { return enumString(iceGatheringStateNames, s) }

// MarshalText encodes s as its W3C string (encoding/json uses it).
func (s ICEGatheringState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no ICEGatheringState
// gives an error matching ErrType and leaves s unchanged.
func (s *ICEGatheringState) UnmarshalText(b []byte) error {
	return enumUnmarshal("ICEGatheringState", iceGatheringStateNames, s, b)
}

// NewICEGatheringState returns the ICEGatheringState named by raw, or
// ICEGatheringStateUnknown when raw names none.
func NewICEGatheringState(raw string) ICEGatheringState {
	v, _ := enumIndex[ICEGatheringState](iceGatheringStateNames, raw)
	return v
}
