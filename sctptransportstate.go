package rtc

// SCTPTransportState is the state of an SCTPTransport.
//
// https://www.w3.org/TR/webrtc/#dom-rtcsctptransportstate
type SCTPTransportState int32

const (
	// SCTPTransportStateUnknown is the zero value; it is never reported by a live transport.
	SCTPTransportStateUnknown SCTPTransportState = iota
	// SCTPTransportStateConnecting means the SCTP association is being negotiated ("connecting").
	SCTPTransportStateConnecting
	// SCTPTransportStateConnected means the SCTP association is established ("connected").
	SCTPTransportStateConnected
	// SCTPTransportStateClosed means the SCTP association has been closed ("closed").
	SCTPTransportStateClosed
)

// sctpTransportStateNames holds the string of each SCTPTransportState, indexed by value.
var sctpTransportStateNames = []string{"unknown", "connecting", "connected", "closed"}

// String returns the W3C string of s, or "unknown" for an invalid value.
func (s SCTPTransportState) String() string { return enumString(sctpTransportStateNames, s) }

// MarshalText encodes s as its W3C string (encoding/json uses it).
func (s SCTPTransportState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no SCTPTransportState
// gives an error matching ErrType and leaves s unchanged.
func (s *SCTPTransportState) UnmarshalText(b []byte) error {
	return enumUnmarshal("SCTPTransportState", sctpTransportStateNames, s, b)
}
