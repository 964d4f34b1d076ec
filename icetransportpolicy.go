package rtc

// ICETransportPolicy selects which ICE candidates may be used. Its zero
// value is ICETransportPolicyAll, as in pion. "nohost" is a pion extension,
// not a W3C value.
//
// https://www.w3.org/TR/webrtc/#dom-rtcicetransportpolicy
type ICETransportPolicy int32

const (
	// ICETransportPolicyAll allows every candidate; it is the zero value ("all").
	ICETransportPolicyAll ICETransportPolicy = iota
	// ICETransportPolicyRelay allows only relay (TURN) candidates ("relay").
	ICETransportPolicyRelay
	// ICETransportPolicyNoHost allows every candidate except host candidates
	// ("nohost"); a pion extension that the browser does not support.
	ICETransportPolicyNoHost
)

// iceTransportPolicyNames holds the string of each ICETransportPolicy, indexed by value.
var iceTransportPolicyNames = []string{"all", "relay", "nohost"}

// String returns the W3C string of p, or "unknown" for an invalid value.
func (p ICETransportPolicy) String() string { return enumString(iceTransportPolicyNames, p) }

// MarshalText encodes p as its W3C string (encoding/json uses it).
func (p ICETransportPolicy) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no ICETransportPolicy
// gives an error matching ErrType and leaves p unchanged.
func (p *ICETransportPolicy) UnmarshalText(b []byte) error {
	return enumUnmarshal("ICETransportPolicy", iceTransportPolicyNames, p, b)
}

// NewICETransportPolicy returns the ICETransportPolicy named by raw, or
// ICETransportPolicyAll when raw names none.
func NewICETransportPolicy(raw string) ICETransportPolicy {
	v, _ := enumIndex[ICETransportPolicy](iceTransportPolicyNames, raw)
	return v
}
