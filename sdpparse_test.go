package rtc

import (
	"errors"
	"strings"
	"testing"
)

// TestParseSDP checks the small SDP grammar check against texts it must
// refuse and a real offer it must read.
func TestParseSDP(t *testing.T) {
	offer := dataChannelOffer(t)
	for _, bad := range []string{
		"", "garbage", "v=0\r\nfoo", "v=0", "v=1\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\n",
		"v=0\r\no=- x 1 IN IP4 0.0.0.0\r\ns=-\r\n", "v=0\r\n\x00\xff\r\n",
		strings.Replace(offer.SDP, "m=application", "m=\x00", 1),
		strings.Replace(offer.SDP, "a=", "y=", 1),
	} {
		if _, err := parseSDP(bad); !errors.Is(err, errSDPSyntax) {
			t.Errorf("parseSDP(%q): %v, want errSDPSyntax", bad, err)
		}
	}
	s, err := parseSDP(offer.SDP)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.media) != 1 {
		t.Fatalf("%d media sections, want 1", len(s.media))
	}
	if mid, ok := sdpAttribute(s.media[0], "mid"); !ok || mid == "" {
		t.Errorf("no mid in %q", offer.SDP)
	}
}
