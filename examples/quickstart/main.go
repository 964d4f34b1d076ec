//go:build !js

// Command quickstart connects two PeerConnections in one process over
// loopback, exchanges data channel messages and prints what GetStats saw.
package main

import (
	"fmt"
	"log"
	"os"
	"time"

	"github.com/everyrtc/rtc"
	"github.com/pion/ice/v4"
	"github.com/pion/webrtc/v4"
)

func main() {
	if err := run(); err != nil {
		log.Fatal(err)
	}
}

func run() error {
	// Native only: keep ICE on the loopback interface through pion's
	// SettingEngine.
	var s webrtc.SettingEngine
	s.SetIncludeLoopbackCandidate(true)
	s.SetInterfaceFilter(func(name string) bool { return name == "lo" })
	s.SetNetworkTypes([]webrtc.NetworkType{webrtc.NetworkTypeUDP4})
	s.SetICEMulticastDNSMode(ice.MulticastDNSModeDisabled)
	api := rtc.NewAPI(rtc.WithSettingEngine(s))

	offerer, err := api.NewPeerConnection(rtc.Configuration{})
	if err != nil {
		return err
	}
	defer offerer.Close()
	answerer, err := api.NewPeerConnection(rtc.Configuration{})
	if err != nil {
		return err
	}
	defer answerer.Close()

	const count = 1000
	done := make(chan struct{})
	answerer.OnDataChannel(func(dc *rtc.DataChannel) {
		received := 0
		dc.OnMessage(func(msg rtc.DataChannelMessage) {
			if received++; received == count {
				close(done)
			}
		})
	})
	offerer.OnConnectionStateChange(func(s rtc.PeerConnectionState) { fmt.Println("offerer:", s) })

	dc, err := offerer.CreateDataChannel("chat", nil)
	if err != nil {
		return err
	}
	start := time.Now()
	dc.OnOpen(func() {
		fmt.Printf("channel %q open after %v\n", dc.Label(), time.Since(start).Round(time.Millisecond))
		for i := range count {
			if err := dc.SendText(fmt.Sprintf("message %d", i)); err != nil {
				log.Println("send:", err)
				return
			}
		}
	})

	// Signaling without trickle: each side sends its description once
	// gathering is complete, with the candidates in the SDP.
	if err := exchange(offerer, answerer); err != nil {
		return err
	}
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		return fmt.Errorf("timed out")
	}
	fmt.Printf("%d messages received in %v\n", count, time.Since(start).Round(time.Millisecond))
	if pair, ok := offerer.GetStats().SelectedCandidatePair(); ok {
		fmt.Printf("selected pair: %d bytes sent, %d received, rtt %.1f ms\n",
			pair.BytesSent, pair.BytesReceived, pair.CurrentRoundTripTime*1000)
	}
	return nil
}

func exchange(offerer, answerer *rtc.PeerConnection) error {
	offer, err := offerer.CreateOffer(nil)
	if err != nil {
		return err
	}
	if err := setAndGather(offerer, offer); err != nil {
		return err
	}
	if err := answerer.SetRemoteDescription(*offerer.LocalDescription()); err != nil {
		return err
	}
	answer, err := answerer.CreateAnswer(nil)
	if err != nil {
		return err
	}
	if err := setAndGather(answerer, answer); err != nil {
		return err
	}
	return offerer.SetRemoteDescription(*answerer.LocalDescription())
}

func setAndGather(pc *rtc.PeerConnection, desc rtc.SessionDescription) error {
	complete := make(chan struct{})
	pc.OnICECandidate(func(c *rtc.ICECandidate) {
		if c == nil {
			close(complete)
		}
	})
	if err := pc.SetLocalDescription(desc); err != nil {
		return err
	}
	select {
	case <-complete:
		return nil
	case <-time.After(10 * time.Second):
		fmt.Fprintln(os.Stderr, "gathering timed out")
		return fmt.Errorf("gathering timed out")
	}
}
