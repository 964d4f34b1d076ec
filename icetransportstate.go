package rtc

// ICETransportState is the state of an ICETransport. Note that its values are
// ordered as in pion, which differs from ICEConnectionState.
//
// https://www.w3.org/TR/webrtc/#dom-rtcicetransportstate
type ICETransportState int32

const (
	// ICETransportStateUnknown is the zero value; it is never reported by a live transport.
	ICETransportStateUnknown ICETransportState = iota
	// ICETransportStateNew means ICE has not started checking yet ("new").
	ICETransportStateNew
	// ICETransportStateChecking means connectivity checks are in progress ("checking").
	ICETransportStateChecking
	// ICETransportStateConnected means a usable candidate pair has been found ("connected").
	ICETransportStateConnected
	// ICETransportStateCompleted means checking has finished with a usable pair ("completed").
	ICETransportStateCompleted
	// ICETransportStateFailed means no usable candidate pair could be found ("failed").
	ICETransportStateFailed
	// ICETransportStateDisconnected means connectivity was lost, possibly temporarily ("disconnected").
	ICETransportStateDisconnected
	// ICETransportStateClosed means the transport has been closed ("closed").
	ICETransportStateClosed
)

// iceTransportStateNames holds the string of each ICETransportState, indexed by value.
var iceTransportStateNames = []string{"unknown", "new", "checking", "connected", "completed", "failed", "disconnected", "closed"}

// String returns the W3C string of s, or "unknown" for an invalid value.
func (s ICETransportState) String() string { return enumString(iceTransportStateNames, s) }

// MarshalText encodes s as its W3C string (encoding/json uses it).
func (s ICETransportState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no ICETransportState
// gives an error matching ErrType and leaves s unchanged.
func (s *ICETransportState) UnmarshalText(b []byte) error {
	return enumUnmarshal("ICETransportState", iceTransportStateNames, s, b)
}
