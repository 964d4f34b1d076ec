package rtc

// DTLSRole is the role of the local endpoint in the DTLS handshake. The W3C
// RTCDtlsRole has "client", "server" and "unknown"; "auto" (answer to
// whatever the remote endpoint chooses) is pion's.
//
// https://www.w3.org/TR/webrtc-stats/#dom-rtcdtlsrole
type DTLSRole int32

const (
	// DTLSRoleUnknown is the zero value: the role is not known yet.
	DTLSRoleUnknown DTLSRole = iota
	// DTLSRoleAuto lets the remote endpoint choose; the offerer uses it (SDP
	// setup:actpass) ("auto").
	DTLSRoleAuto
	// DTLSRoleClient makes the local endpoint the DTLS client (SDP setup:active)
	// ("client").
	DTLSRoleClient
	// DTLSRoleServer makes the local endpoint the DTLS server (SDP setup:passive)
	// ("server").
	DTLSRoleServer
)

// dtlsRoleNames holds the string of each DTLSRole, indexed by value.
var dtlsRoleNames = []string{"unknown", "auto", "client", "server"}

// String returns the W3C string of r, or "unknown" for an invalid value.
func (r DTLSRole) String() string { return enumString(dtlsRoleNames, r) }

// MarshalText encodes r as its W3C string (encoding/json uses it).
func (r DTLSRole) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no DTLSRole
// gives an error matching ErrType and leaves r unchanged.
func (r *DTLSRole) UnmarshalText(b []byte) error {
	return enumUnmarshal("DTLSRole", dtlsRoleNames, r, b)
}
