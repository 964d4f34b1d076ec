//go:build !js

package rtc

import (
	"testing"

	"github.com/pion/webrtc/v4"
)

// TestSCTPSettingFields checks that pion still keeps the SCTP settings
// where applySCTPDefaults reads them.
func TestSCTPSettingFields(t *testing.T) {
	var s webrtc.SettingEngine
	p := sctpSetting(&s, "minCwnd")
	if p == nil {
		t.Fatal("pion's SettingEngine has no sctp.minCwnd field: update sctpSetting")
	}
	s.SetSCTPMinCwnd(1234)
	if *p != 1234 {
		t.Fatalf("sctp.minCwnd reads %d after SetSCTPMinCwnd(1234)", *p)
	}
	if sctpSetting(&s, "noSuchField") != nil {
		t.Fatal("a missing field is not nil")
	}
}

// TestSCTPDefaults checks that everyrtc's SCTP default fills an unset
// setting and leaves one the caller set.
func TestSCTPDefaults(t *testing.T) {
	var unset, set webrtc.SettingEngine
	set.SetSCTPMinCwnd(1)
	applySCTPDefaults(&unset)
	applySCTPDefaults(&set)
	if got := *sctpSetting(&unset, "minCwnd"); got != defaultSCTPMinCwnd {
		t.Errorf("unset minCwnd became %d, want %d", got, defaultSCTPMinCwnd)
	}
	if got := *sctpSetting(&set, "minCwnd"); got != 1 {
		t.Errorf("minCwnd the caller set became %d, want 1", got)
	}
}
