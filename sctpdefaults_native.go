//go:build !js

package rtc

import (
	"reflect"

	"github.com/pion/webrtc/v4"
)

// defaultSCTPMinCwnd is the smallest SCTP congestion window everyrtc lets
// pion shrink to, in bytes, where pion has none (down to one packet).
//
// Chromium reads its data channels' UDP socket with a 64 KiB receive
// buffer (128 KiB as the kernel counts it, about 50 datagrams of pion's
// 1,200-byte SCTP packets). When pion's congestion window grows past that,
// the datagrams beyond it are dropped; pion's RACK marks each lost and
// halves the window (fast recovery), and after a retransmission timeout it
// starts again from one packet. Against Chromium the window so saws
// between about 20 and 80 KiB and native → browser throughput trails
// browser → native. A floor under the halving keeps the window near what
// Chromium's socket holds; a floor above it would drop packets on every
// round trip (tests/bench/crossbench measures both).
const defaultSCTPMinCwnd = 32 << 10

// applySCTPDefaults sets everyrtc's SCTP defaults on s where s leaves the
// setting unset (zero, pion's "use the default"): a value the caller set
// wins. SetSCTPMinCwnd(1) restores pion's own behaviour.
func applySCTPDefaults(s *webrtc.SettingEngine) {
	if p := sctpSetting(s, "minCwnd"); p != nil && *p == 0 {
		s.SetSCTPMinCwnd(defaultSCTPMinCwnd)
	}
}

// sctpSetting points at the uint32 field name of s's unexported sctp
// settings, which pion has setters but no getters for; nil if this pion
// version has no such field (TestSCTPSettingFields catches that).
func sctpSetting(s *webrtc.SettingEngine, name string) *uint32 {
	v := reflect.ValueOf(s).Elem().FieldByName("sctp")
	if !v.IsValid() || v.Kind() != reflect.Struct {
		return nil
	}
	return pionField[uint32](v, name)
}
