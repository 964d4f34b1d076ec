package chat

import (
	"slices"
	"strings"
	"testing"
)

func TestEncodeDecode(t *testing.T) {
	m := Message{From: "guest-1", Text: `hi "there"`, Online: []string{"guest-1"}}
	got, err := Decode([]byte(m.Encode()))
	if err != nil || got.From != m.From || got.Text != m.Text || !slices.Equal(got.Online, m.Online) {
		t.Fatalf("Decode(Encode(%+v)) = %+v, %v", m, got, err)
	}
	for _, bad := range []string{"", "{", `{"text":""}`, `{"text":"` + strings.Repeat("x", MaxText+1) + `"}`} {
		if _, err := Decode([]byte(bad)); err == nil {
			t.Errorf("Decode(%.20q) accepted", bad)
		}
	}
}
