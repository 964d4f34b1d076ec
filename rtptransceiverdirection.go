package rtc

// RTPTransceiverDirection is the direction of an RTPTransceiver.
//
// https://www.w3.org/TR/webrtc/#dom-rtcrtptransceiverdirection
type RTPTransceiverDirection int32

const (
	// RTPTransceiverDirectionUnknown is the zero value; it is not a valid direction.
	RTPTransceiverDirectionUnknown RTPTransceiverDirection = iota
	// RTPTransceiverDirectionSendrecv means the transceiver sends and receives ("sendrecv").
	RTPTransceiverDirectionSendrecv
	// RTPTransceiverDirectionSendonly means the transceiver only sends ("sendonly").
	RTPTransceiverDirectionSendonly
	// RTPTransceiverDirectionRecvonly means the transceiver only receives ("recvonly").
	RTPTransceiverDirectionRecvonly
	// RTPTransceiverDirectionInactive means the transceiver neither sends nor receives ("inactive").
	RTPTransceiverDirectionInactive
)

// rtpTransceiverDirectionNames holds the string of each RTPTransceiverDirection, indexed by value.
var rtpTransceiverDirectionNames = []string{"unknown", "sendrecv", "sendonly", "recvonly", "inactive"}

// String returns the W3C string of t, or "unknown" for an invalid value.
func (t RTPTransceiverDirection) String() string { return enumString(rtpTransceiverDirectionNames, t) }

// MarshalText encodes t as its W3C string (encoding/json uses it).
func (t RTPTransceiverDirection) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no RTPTransceiverDirection
// gives an error matching ErrType and leaves t unchanged.
func (t *RTPTransceiverDirection) UnmarshalText(b []byte) error {
	return enumUnmarshal("RTPTransceiverDirection", rtpTransceiverDirectionNames, t, b)
}

// NewRTPTransceiverDirection returns the RTPTransceiverDirection named by
// raw, or RTPTransceiverDirectionUnknown when raw names none.
func NewRTPTransceiverDirection(raw string) RTPTransceiverDirection {
	v, _ := enumIndex[RTPTransceiverDirection](rtpTransceiverDirectionNames, raw)
	return v
}

// Revers returns the direction as seen from the remote peer: sendonly and
// recvonly are swapped, the other values are returned unchanged. The name
// (sic) is pion's.
func (t RTPTransceiverDirection) Revers() RTPTransceiverDirection {
	switch t {
	case RTPTransceiverDirectionSendonly:
		return RTPTransceiverDirectionRecvonly
	case RTPTransceiverDirectionRecvonly:
		return RTPTransceiverDirectionSendonly
	default:
		return t
	}
}
