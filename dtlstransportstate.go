package rtc

// DTLSTransportState is the state of a DTLSTransport.
//
// https://www.w3.org/TR/webrtc/#dom-rtcdtlstransportstate
type DTLSTransportState int32

const (
	// DTLSTransportStateUnknown is the zero value; it is never reported by a live transport.
	DTLSTransportStateUnknown DTLSTransportState = iota
	// DTLSTransportStateNew means DTLS has not started negotiating yet ("new").
	DTLSTransportStateNew
	// DTLSTransportStateConnecting means DTLS is negotiating a secure connection ("connecting").
	DTLSTransportStateConnecting
	// DTLSTransportStateConnected means the secure connection is established ("connected").
	DTLSTransportStateConnected
	// DTLSTransportStateClosed means the transport was closed, by a close_notify alert or
	// locally ("closed").
	DTLSTransportStateClosed
	// DTLSTransportStateFailed means the transport failed because of an error ("failed").
	DTLSTransportStateFailed
)

// dtlsTransportStateNames holds the string of each DTLSTransportState, indexed by value.
var dtlsTransportStateNames = []string{"unknown", "new", "connecting", "connected", "closed", "failed"}

// String returns the W3C string of s, or "unknown" for an invalid value.
func (s DTLSTransportState) String() string { return enumString(dtlsTransportStateNames, s) }

// MarshalText encodes s as its W3C string (encoding/json uses it).
func (s DTLSTransportState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no DTLSTransportState
// gives an error matching ErrType and leaves s unchanged.
func (s *DTLSTransportState) UnmarshalText(b []byte) error {
	return enumUnmarshal("DTLSTransportState", dtlsTransportStateNames, s, b)
}
