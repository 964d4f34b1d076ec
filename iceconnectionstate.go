package rtc

// ICEConnectionState is the aggregate state of a PeerConnection's ICE transports.
//
// https://www.w3.org/TR/webrtc/#dom-rtciceconnectionstate
type ICEConnectionState int32

const (
	// ICEConnectionStateUnknown is the zero value; it is never reported by a live PeerConnection.
	ICEConnectionStateUnknown ICEConnectionState = iota
	// ICEConnectionStateNew means ICE has not started checking yet ("new").
	ICEConnectionStateNew
	// ICEConnectionStateChecking means connectivity checks are in progress ("checking").
	ICEConnectionStateChecking
	// ICEConnectionStateConnected means a usable candidate pair has been found ("connected").
	ICEConnectionStateConnected
	// ICEConnectionStateCompleted means checking has finished with a usable pair ("completed").
	ICEConnectionStateCompleted
	// ICEConnectionStateDisconnected means connectivity was lost, possibly temporarily ("disconnected").
	ICEConnectionStateDisconnected
	// ICEConnectionStateFailed means no usable candidate pair could be found ("failed").
	ICEConnectionStateFailed
	// ICEConnectionStateClosed means the ICE transport has been closed ("closed").
	ICEConnectionStateClosed
)

// iceConnectionStateNames holds the string of each ICEConnectionState, indexed by value.
var iceConnectionStateNames = []string{"unknown", "new", "checking", "connected", "completed", "disconnected", "failed", "closed"}

// String returns the W3C string of s, or "unknown" for an invalid value.
func (s ICEConnectionState) String() string { return enumString(iceConnectionStateNames, s) }

// MarshalText encodes s as its W3C string (encoding/json uses it).
func (s ICEConnectionState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no ICEConnectionState
// gives an error matching ErrType and leaves s unchanged.
func (s *ICEConnectionState) UnmarshalText(b []byte) error {
	return enumUnmarshal("ICEConnectionState", iceConnectionStateNames, s, b)
}

// NewICEConnectionState returns the ICEConnectionState named by raw, or
// ICEConnectionStateUnknown when raw names none.
func NewICEConnectionState(raw string) ICEConnectionState {
	v, _ := enumIndex[ICEConnectionState](iceConnectionStateNames, raw)
	return v
}
