package rtc

// RTCPMuxPolicy selects whether RTCP must be multiplexed with RTP.
//
// https://www.w3.org/TR/webrtc/#dom-rtcrtcpmuxpolicy
type RTCPMuxPolicy int32

const (
	// RTCPMuxPolicyUnknown is the zero value; it leaves the choice to the backend's default.
	RTCPMuxPolicyUnknown RTCPMuxPolicy = iota
	// RTCPMuxPolicyNegotiate gathers candidates for RTP and RTCP and uses RTCP mux only if
	// the remote endpoint supports it ("negotiate").
	RTCPMuxPolicyNegotiate
	// RTCPMuxPolicyRequire gathers candidates for RTP only and requires RTCP mux ("require").
	RTCPMuxPolicyRequire
)

// rtcpMuxPolicyNames holds the string of each RTCPMuxPolicy, indexed by value.
var rtcpMuxPolicyNames = []string{"unknown", "negotiate", "require"}

// String returns the W3C string of p, or "unknown" for an invalid value.
func (p RTCPMuxPolicy) String() string { return enumString(rtcpMuxPolicyNames, p) }

// MarshalText encodes p as its W3C string (encoding/json uses it).
func (p RTCPMuxPolicy) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no RTCPMuxPolicy
// gives an error matching ErrType and leaves p unchanged.
func (p *RTCPMuxPolicy) UnmarshalText(b []byte) error {
	return enumUnmarshal("RTCPMuxPolicy", rtcpMuxPolicyNames, p, b)
}
