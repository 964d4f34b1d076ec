package rtc

// ICERole is the role of the local ICE agent (RFC 8445 section 2.2).
//
// https://www.w3.org/TR/webrtc/#dom-rtcicerole
type ICERole int32

const (
	// ICERoleUnknown is the zero value: the role is not known yet ("unknown").
	ICERoleUnknown ICERole = iota
	// ICERoleControlling is the controlling agent, which nominates the pair to use
	// ("controlling").
	ICERoleControlling
	// ICERoleControlled is the controlled agent ("controlled").
	ICERoleControlled
)

// iceRoleNames holds the string of each ICERole, indexed by value.
var iceRoleNames = []string{"unknown", "controlling", "controlled"}

// String returns the W3C string of r, or "unknown" for an invalid value.
func (r ICERole) String() string { return enumString(iceRoleNames, r) }

// MarshalText encodes r as its W3C string (encoding/json uses it).
func (r ICERole) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no ICERole
// gives an error matching ErrType and leaves r unchanged.
func (r *ICERole) UnmarshalText(b []byte) error {
	return enumUnmarshal("ICERole", iceRoleNames, r, b)
}
