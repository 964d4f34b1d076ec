//go:build !js

package rtc

import (
	"github.com/pion/ice/v4"
	"github.com/pion/webrtc/v4"
)

// newTestAPI keeps native test traffic on the loopback interface.
func newTestAPI() *API { return NewAPI(WithSettingEngine(loopbackSettingEngine())) }

// loopbackSettingEngine gathers only UDP host candidates on lo, without mDNS.
func loopbackSettingEngine() webrtc.SettingEngine {
	var s webrtc.SettingEngine
	s.SetIncludeLoopbackCandidate(true)
	s.SetInterfaceFilter(func(name string) bool { return name == "lo" })
	s.SetNetworkTypes([]webrtc.NetworkType{webrtc.NetworkTypeUDP4})
	s.SetICEMulticastDNSMode(ice.MulticastDNSModeDisabled)
	return s
}
