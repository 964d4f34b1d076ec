//go:build !js

package signaling_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"strings"
	"time"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/signaling"
	"github.com/pion/ice/v4"
	"github.com/pion/webrtc/v4"
)

// Two peers meet in the room "demo" of a hub and talk over a data channel.
// In a real application the hub runs on a server and each peer in its own
// process or browser page.
func Example() {
	hub := signaling.NewHub(signaling.HubOptions{})
	srv := httptest.NewServer(hub)
	defer srv.Close()
	defer hub.Close()
	url := "ws" + strings.TrimPrefix(srv.URL, "http") + "/signal?room=demo"
	ctx := context.Background()

	// The first peer opens a data channel and says hello on it.
	alice, err := newPeerConnection()
	if err != nil {
		fmt.Println(err)
		return
	}
	defer alice.Close()
	dc, err := alice.CreateDataChannel("chat", nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	dc.OnOpen(func() { _ = dc.SendText("hello") })
	a, err := signaling.Join(ctx, url, alice)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer a.Close()

	// The second prints what arrives.
	bob, err := newPeerConnection()
	if err != nil {
		fmt.Println(err)
		return
	}
	defer bob.Close()
	got := make(chan string, 1)
	bob.OnDataChannel(func(d *rtc.DataChannel) {
		d.OnMessage(func(m rtc.DataChannelMessage) { got <- string(m.Data) })
	})
	b, err := signaling.Join(ctx, url, bob)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer b.Close()

	select {
	case m := <-got:
		fmt.Printf("bob (polite: %v) got %q\n", b.Polite(), m)
	case <-b.Done():
		fmt.Println(b.Err())
	case <-time.After(10 * time.Second):
		fmt.Println("no message")
	}
	// Output: bob (polite: true) got "hello"
}

// newPeerConnection is rtc.NewPeerConnection kept on the loopback
// interface, so that the example runs without a network.
func newPeerConnection() (*rtc.PeerConnection, error) {
	var s webrtc.SettingEngine
	s.SetIncludeLoopbackCandidate(true)
	s.SetInterfaceFilter(func(name string) bool { return name == "lo" })
	s.SetNetworkTypes([]webrtc.NetworkType{webrtc.NetworkTypeUDP4})
	s.SetICEMulticastDNSMode(ice.MulticastDNSModeDisabled)
	return rtc.NewAPI(rtc.WithSettingEngine(s)).NewPeerConnection(rtc.Configuration{})
}
