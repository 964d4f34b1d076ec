//go:build js && wasm

// Command pion is the minimal data-channel program of the size benchmark
// on pion/webrtc/v4's own js build: the same program as ../everyrtc (two
// PeerConnections in one page, offer and answer with all candidates, one
// message sent and printed), differing only in the import.
package main

import (
	"os"

	"github.com/pion/webrtc/v4"
)

func main() {
	if err := run(); err != nil {
		os.Stdout.WriteString("error: " + err.Error() + "\n")
		os.Exit(1)
	}
}

func run() error {
	offerer, err := webrtc.NewPeerConnection(webrtc.Configuration{})
	if err != nil {
		return err
	}
	defer offerer.Close()
	answerer, err := webrtc.NewPeerConnection(webrtc.Configuration{})
	if err != nil {
		return err
	}
	defer answerer.Close()

	received := make(chan string, 1)
	answerer.OnDataChannel(func(dc *webrtc.DataChannel) {
		dc.OnMessage(func(msg webrtc.DataChannelMessage) { received <- string(msg.Data) })
	})
	dc, err := offerer.CreateDataChannel("chat", nil)
	if err != nil {
		return err
	}
	dc.OnOpen(func() { _ = dc.SendText("hello from the offerer") })

	if err := exchange(offerer, answerer); err != nil {
		return err
	}
	os.Stdout.WriteString("received: " + <-received + "\n")
	return nil
}

// exchange runs offer/answer between the two peers in one process, each
// description sent once its candidates are gathered.
func exchange(offerer, answerer *webrtc.PeerConnection) error {
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

// setAndGather sets the local description and waits for the end of ICE
// gathering (the nil candidate).
func setAndGather(pc *webrtc.PeerConnection, desc webrtc.SessionDescription) error {
	complete := make(chan struct{})
	pc.OnICECandidate(func(c *webrtc.ICECandidate) {
		if c == nil {
			close(complete)
		}
	})
	if err := pc.SetLocalDescription(desc); err != nil {
		return err
	}
	<-complete
	return nil
}
