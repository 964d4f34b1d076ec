package rtc

// ICEComponent is the component of an ICE candidate or transport: RTP or
// RTCP (RFC 8445 section 2).
//
// https://www.w3.org/TR/webrtc/#dom-rtcicecomponent
type ICEComponent int32

const (
	// ICEComponentUnknown is the zero value; it is not a valid component.
	ICEComponentUnknown ICEComponent = iota
	// ICEComponentRTP is the RTP component, also used when RTCP is multiplexed ("rtp").
	ICEComponentRTP
	// ICEComponentRTCP is the separate RTCP component ("rtcp").
	ICEComponentRTCP
)

// iceComponentNames holds the string of each ICEComponent, indexed by value.
var iceComponentNames = []string{"unknown", "rtp", "rtcp"}

// String returns the W3C string of t, or "unknown" for an invalid value.
func (t ICEComponent) String() string { return enumString(iceComponentNames, t) }

// MarshalText encodes t as its W3C string (encoding/json uses it).
func (t ICEComponent) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no ICEComponent
// gives an error matching ErrType and leaves t unchanged.
func (t *ICEComponent) UnmarshalText(b []byte) error {
	return enumUnmarshal("ICEComponent", iceComponentNames, t, b)
}
