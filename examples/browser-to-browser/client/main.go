//go:build js && wasm

// Command client is a page that connects to another page of the same room
// directly: both open the same negotiated data channel, so both offer at
// once, and perfect negotiation (package signaling) settles who goes first.
// Lines typed in the box go to the other page.
package main

import (
	"context"
	"fmt"
	"os"
	"syscall/js"
	"time"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/examples/internal/browser"
	"github.com/everyrtc/rtc/signaling"
)

func main() {
	app := browser.App()
	status := browser.Element(app, "p", "")
	line := browser.Log(app)

	room := js.Global().Get("URLSearchParams").New(js.Global().Get("location").Get("search")).Call("get", "room")
	if room.IsNull() {
		name := browser.NewRoom()
		js.Global().Get("history").Call("replaceState", nil, "", "?room="+name)
		room = js.ValueOf(name)
	}
	status.Set("textContent", "room "+room.String()+": open this page's link in another tab or browser")

	r, err := run(app, room.String(), line)
	if err != nil {
		r.Error = err.Error()
		line("error: " + err.Error())
	}
	if os.Getenv("HEADLESS") == "1" {
		_ = browser.PostResults(r)
	}
}

// result is what a page posts in a -headless run (the server's pageResult).
type result struct {
	Polite   bool   `json:"polite"`
	Received string `json:"received"`
	Pair     string `json:"pair"`
	Error    string `json:"error,omitempty"`
}

func run(app js.Value, room string, line func(string)) (result, error) {
	var r result
	pc, err := rtc.NewPeerConnection(rtc.Configuration{})
	if err != nil {
		return r, err
	}
	pc.OnConnectionStateChange(func(s rtc.PeerConnectionState) { line("connection " + s.String()) })
	negotiated, id := true, uint16(0)
	dc, err := pc.CreateDataChannel("p2p", &rtc.DataChannelInit{Negotiated: &negotiated, ID: &id})
	if err != nil {
		return r, err
	}
	received := make(chan string, 16)
	dc.OnMessage(func(m rtc.DataChannelMessage) {
		line("them: " + string(m.Data))
		received <- string(m.Data)
	})
	opened := make(chan struct{})
	dc.OnOpen(func() { close(opened) })
	peer, err := signaling.Join(context.Background(), browser.SignalURL(os.Getenv("SIGNAL_PATH"), room), pc)
	if err != nil {
		return r, err
	}
	<-peer.Paired()
	r.Polite = peer.Polite()
	select {
	case <-opened:
	case <-peer.Done():
		return r, peer.Err()
	case <-time.After(30 * time.Second):
		return r, fmt.Errorf("the channel did not open in 30 s")
	}
	r.Pair = browser.SelectedPair(pc)
	line("connected over " + r.Pair)
	hello := fmt.Sprintf("hello from the %s page", map[bool]string{true: "polite", false: "impolite"}[r.Polite])
	if err := dc.SendText(hello); err != nil {
		return r, err
	}
	line("me: " + hello)
	if os.Getenv("HEADLESS") != "1" {
		browser.Input(app, "say something, then Enter", func(text string) {
			if err := dc.SendText(text); err == nil {
				line("me: " + text)
			}
		})
		for range received { // shown by OnMessage
		}
	}
	select {
	case r.Received = <-received:
		return r, nil
	case <-time.After(30 * time.Second):
		return r, fmt.Errorf("nothing from the other page in 30 s")
	}
}
