package rtc

import "strings"

// ICEProtocol is the transport protocol of an ICE candidate.
//
// https://www.w3.org/TR/webrtc/#dom-rtciceprotocol
type ICEProtocol int32

const (
	// ICEProtocolUnknown is the zero value; it is not a valid protocol.
	ICEProtocolUnknown ICEProtocol = iota
	// ICEProtocolUDP is UDP ("udp").
	ICEProtocolUDP
	// ICEProtocolTCP is TCP ("tcp").
	ICEProtocolTCP
)

// iceProtocolNames holds the string of each ICEProtocol, indexed by value.
var iceProtocolNames = []string{"unknown", "udp", "tcp"}

// String returns the W3C string of t, or "unknown" for an invalid value.
func (t ICEProtocol) String() string { return enumString(iceProtocolNames, t) }

// MarshalText encodes t as its W3C string (encoding/json uses it).
func (t ICEProtocol) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no ICEProtocol
// gives an error matching ErrType and leaves t unchanged.
func (t *ICEProtocol) UnmarshalText(b []byte) error {
	return enumUnmarshal("ICEProtocol", iceProtocolNames, t, b)
}

// NewICEProtocol returns the ICEProtocol named by raw, compared without
// regard to case. It returns ICEProtocolUnknown and an error matching ErrType
// when raw names none.
func NewICEProtocol(raw string) (ICEProtocol, error) {
	for i, n := range iceProtocolNames[1:] {
		if strings.EqualFold(raw, n) {
			return ICEProtocol(i + 1), nil
		}
	}
	return ICEProtocolUnknown, newError(ErrType, "NewICEProtocol", "unknown value %q", raw)
}
