package rtc

// BundlePolicy selects how media is bundled onto transports when the remote
// endpoint may not support bundling.
//
// https://www.w3.org/TR/webrtc/#dom-rtcbundlepolicy
type BundlePolicy int32

const (
	// BundlePolicyUnknown is the zero value; it leaves the choice to the backend's default.
	BundlePolicyUnknown BundlePolicy = iota
	// BundlePolicyBalanced gathers candidates for one transport per media kind ("balanced").
	BundlePolicyBalanced
	// BundlePolicyMaxCompat gathers candidates for one transport per track ("max-compat").
	BundlePolicyMaxCompat
	// BundlePolicyMaxBundle gathers candidates for a single transport ("max-bundle").
	BundlePolicyMaxBundle
)

// bundlePolicyNames holds the string of each BundlePolicy, indexed by value.
var bundlePolicyNames = []string{"unknown", "balanced", "max-compat", "max-bundle"}

// String returns the W3C string of p, or "unknown" for an invalid value.
func (p BundlePolicy) String() string { return enumString(bundlePolicyNames, p) }

// MarshalText encodes p as its W3C string (encoding/json uses it).
func (p BundlePolicy) MarshalText() ([]byte, error) { return []byte(p.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no BundlePolicy
// gives an error matching ErrType and leaves p unchanged.
func (p *BundlePolicy) UnmarshalText(b []byte) error {
	return enumUnmarshal("BundlePolicy", bundlePolicyNames, p, b)
}
