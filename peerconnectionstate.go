package rtc

// PeerConnectionState is the aggregate state of a PeerConnection's ICE and
// DTLS transports.
//
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnectionstate
type PeerConnectionState int32

const (
	// PeerConnectionStateUnknown is the zero value; it is never reported by a live PeerConnection.
	PeerConnectionStateUnknown PeerConnectionState = iota
	// PeerConnectionStateNew means no transport has started connecting ("new").
	PeerConnectionStateNew
	// PeerConnectionStateConnecting means a transport is connecting ("connecting").
	PeerConnectionStateConnecting
	// PeerConnectionStateConnected means every transport is connected ("connected").
	PeerConnectionStateConnected
	// PeerConnectionStateDisconnected means a transport has lost connectivity ("disconnected").
	PeerConnectionStateDisconnected
	// PeerConnectionStateFailed means a transport has failed ("failed").
	PeerConnectionStateFailed
	// PeerConnectionStateClosed means the PeerConnection has been closed ("closed").
	PeerConnectionStateClosed
)

// peerConnectionStateNames holds the string of each PeerConnectionState, indexed by value.
var peerConnectionStateNames = []string{"unknown", "new", "connecting", "connected", "disconnected", "failed", "closed"}

// String returns the W3C string of s, or "unknown" for an invalid value.
func (s PeerConnectionState) String() string { return enumString(peerConnectionStateNames, s) }

// MarshalText encodes s as its W3C string (encoding/json uses it).
func (s PeerConnectionState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no PeerConnectionState
// gives an error matching ErrType and leaves s unchanged.
func (s *PeerConnectionState) UnmarshalText(b []byte) error {
	return enumUnmarshal("PeerConnectionState", peerConnectionStateNames, s, b)
}
