package rtc

// SignalingState is the state of a PeerConnection's offer/answer exchange.
//
// https://www.w3.org/TR/webrtc/#dom-rtcsignalingstate
type SignalingState int32

const (
	// SignalingStateUnknown is the zero value; it is never reported by a live PeerConnection.
	SignalingStateUnknown SignalingState = iota
	// SignalingStateStable means no offer/answer exchange is in progress ("stable").
	SignalingStateStable
	// SignalingStateHaveLocalOffer means a local offer has been applied ("have-local-offer").
	SignalingStateHaveLocalOffer
	// SignalingStateHaveRemoteOffer means a remote offer has been applied ("have-remote-offer").
	SignalingStateHaveRemoteOffer
	// SignalingStateHaveLocalPranswer means a remote offer and a local provisional answer have been applied ("have-local-pranswer").
	SignalingStateHaveLocalPranswer
	// SignalingStateHaveRemotePranswer means a local offer and a remote provisional answer have been applied ("have-remote-pranswer").
	SignalingStateHaveRemotePranswer
	// SignalingStateClosed means the PeerConnection has been closed ("closed").
	SignalingStateClosed
)

// signalingStateNames holds the string of each SignalingState, indexed by value.
var signalingStateNames = []string{"unknown", "stable", "have-local-offer", "have-remote-offer", "have-local-pranswer", "have-remote-pranswer", "closed"}

// String returns the W3C string of s, or "unknown" for an invalid value.
func (s SignalingState) String() string { return enumString(signalingStateNames, s) }

// MarshalText encodes s as its W3C string (encoding/json uses it).
func (s SignalingState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no SignalingState
// gives an error matching ErrType and leaves s unchanged.
func (s *SignalingState) UnmarshalText(b []byte) error {
	return enumUnmarshal("SignalingState", signalingStateNames, s, b)
}
