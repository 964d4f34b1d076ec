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

// TestFormatMessage checks the verbs of the package's error formatter.
func TestFormatMessage(t *testing.T) {
	for _, c := range []struct {
		got, want string
	}{
		{formatMessage("a %s %v %d%%", "x", true, 42), "a x true 42%"},
		{formatMessage("%q", "a\"b\\c\x00é"), `"a\"b\\c\x00\xc3\xa9"`},
		{formatMessage("%v: %s", errSDPSyntax, SignalingStateStable.String()), "sdp: invalid syntax: stable"},
		{formatMessage("%d %d", uint16(7)), "7 %!d(MISSING)"},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

// TestDecimal checks decimal against its bounds.
func TestDecimal(t *testing.T) {
	for _, c := range []struct {
		s    string
		bits int
		want uint64
	}{
		{"0", 16, 0}, {"65535", 16, 65535}, {"65536", 16, 0}, {"4294967295", 32, 4294967295},
		{"18446744073709551615", 64, 1<<64 - 1}, {"18446744073709551616", 64, 0}, {"", 16, 0}, {"1a", 16, 0},
	} {
		if got := decimal(c.s, c.bits); got != c.want {
			t.Errorf("decimal(%q, %d) = %d, want %d", c.s, c.bits, got, c.want)
		}
	}
}
