package rtc

// DataChannelState is the state of a DataChannel.
//
// https://www.w3.org/TR/webrtc/#dom-rtcdatachannelstate
type DataChannelState int32

const (
	// DataChannelStateUnknown is the zero value; it is never reported by a live DataChannel.
	DataChannelStateUnknown DataChannelState = iota
	// DataChannelStateConnecting means the channel is being opened ("connecting").
	DataChannelStateConnecting
	// DataChannelStateOpen means the channel can send and receive ("open").
	DataChannelStateOpen
	// DataChannelStateClosing means the channel is being closed ("closing").
	DataChannelStateClosing
	// DataChannelStateClosed means the channel is closed ("closed").
	DataChannelStateClosed
)

// dataChannelStateNames holds the string of each DataChannelState, indexed by value.
var dataChannelStateNames = []string{"unknown", "connecting", "open", "closing", "closed"}

// String returns the W3C string of s, or "unknown" for an invalid value.
func (s DataChannelState) String() string { return enumString(dataChannelStateNames, s) }

// MarshalText encodes s as its W3C string (encoding/json uses it).
func (s DataChannelState) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no DataChannelState
// gives an error matching ErrType and leaves s unchanged.
func (s *DataChannelState) UnmarshalText(b []byte) error {
	return enumUnmarshal("DataChannelState", dataChannelStateNames, s, b)
}
