package rtc

// ICETrickleCapability says whether the remote endpoint accepts trickled ICE
// candidates. It is the tri-state counterpart of the nullable boolean
// canTrickleIceCandidates; the strings are pion's.
//
// https://www.w3.org/TR/webrtc/#dom-rtcpeerconnection-cantrickleicecandidates
type ICETrickleCapability int32

const (
	// ICETrickleCapabilityUnknown means no remote description has been applied yet (null).
	ICETrickleCapabilityUnknown ICETrickleCapability = iota
	// ICETrickleCapabilitySupported means the remote endpoint accepts trickled candidates (true).
	ICETrickleCapabilitySupported
	// ICETrickleCapabilityUnsupported means the remote endpoint did not say it accepts trickled
	// candidates (false).
	ICETrickleCapabilityUnsupported
)

// iceTrickleCapabilityNames holds the string of each ICETrickleCapability, indexed by value.
var iceTrickleCapabilityNames = []string{"unknown", "supported", "unsupported"}

// String returns the W3C string of c, or "unknown" for an invalid value.
func (c ICETrickleCapability) String() string { return enumString(iceTrickleCapabilityNames, c) }

// MarshalText encodes c as its W3C string (encoding/json uses it).
func (c ICETrickleCapability) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no ICETrickleCapability
// gives an error matching ErrType and leaves c unchanged.
func (c *ICETrickleCapability) UnmarshalText(b []byte) error {
	return enumUnmarshal("ICETrickleCapability", iceTrickleCapabilityNames, c, b)
}
