package rtc

// SDPSemantics selects the SDP dialect for media sections. It is not part of
// the W3C specification: it mirrors pion's option and Chrome's former
// sdpSemantics constructor field. Its zero value is SDPSemanticsUnifiedPlan,
// as in pion.
//
// https://webrtc.org/getting-started/unified-plan-transition-guide
type SDPSemantics int32

const (
	// SDPSemanticsUnifiedPlan uses one media section per track, as the W3C
	// specification requires; it is the zero value ("unified-plan").
	SDPSemanticsUnifiedPlan SDPSemantics = iota
	// SDPSemanticsPlanB uses the legacy Plan B dialect ("plan-b").
	SDPSemanticsPlanB
	// SDPSemanticsUnifiedPlanWithFallback uses Unified Plan but accepts a Plan B remote
	// offer ("unified-plan-with-fallback").
	SDPSemanticsUnifiedPlanWithFallback
)

// sdpSemanticsNames holds the string of each SDPSemantics, indexed by value.
var sdpSemanticsNames = []string{"unified-plan", "plan-b", "unified-plan-with-fallback"}

// String returns the W3C string of s, or "unknown" for an invalid value.
func (s SDPSemantics) String() string { return enumString(sdpSemanticsNames, s) }

// MarshalText encodes s as its W3C string (encoding/json uses it).
func (s SDPSemantics) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText decodes a W3C string. A string that names no SDPSemantics
// gives an error matching ErrType and leaves s unchanged.
func (s *SDPSemantics) UnmarshalText(b []byte) error {
	return enumUnmarshal("SDPSemantics", sdpSemanticsNames, s, b)
}
