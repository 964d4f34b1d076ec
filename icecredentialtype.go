package rtc

// ICECredentialType is the kind of credential of an ICEServer. Its zero value
// is ICECredentialTypePassword, as in pion. The enum was removed from later
// versions of the specification.
//
// https://www.w3.org/TR/2018/CR-webrtc-20180927/#dom-rtcicecredentialtype
type ICECredentialType int32

const (
	// ICECredentialTypePassword is a long-term username and password; it is the zero value ("password").
	ICECredentialTypePassword ICECredentialType = iota
	// ICECredentialTypeOauth is an OAuth 2.0 access token ("oauth").
	ICECredentialTypeOauth
)

// iceCredentialTypeNames holds the string of each ICECredentialType, indexed by value.
var iceCredentialTypeNames = []string{"password", "oauth"}

// String returns the W3C string of t, or "unknown" for an invalid value.
func (t ICECredentialType) String() string { return enumString(iceCredentialTypeNames, t) }

// MarshalText encodes t as its W3C string (encoding/json uses it).
func (t ICECredentialType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no ICECredentialType
// gives an error matching ErrType and leaves t unchanged.
func (t *ICECredentialType) UnmarshalText(b []byte) error {
	return enumUnmarshal("ICECredentialType", iceCredentialTypeNames, t, b)
}
