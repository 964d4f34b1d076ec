//go:build js && wasm

// Command client is the chat's browser side, compiled to WebAssembly: it
// connects to the native server through the signaling hub and shows the
// chat; a line typed in the box goes to everyone.
package main

import (
	"context"
	"os"

	"github.com/everyrtc/rtc"
	"github.com/everyrtc/rtc/examples/datachannel/chat"
	"github.com/everyrtc/rtc/examples/internal/browser"
	"github.com/everyrtc/rtc/signaling"
)

func main() {
	app := browser.App()
	line := browser.Log(app)
	pc, err := rtc.NewPeerConnection(rtc.Configuration{})
	if err != nil {
		line("error: " + err.Error())
		return
	}
	pc.OnConnectionStateChange(func(s rtc.PeerConnectionState) { line("connection " + s.String()) })
	dc, err := pc.CreateDataChannel("chat", nil)
	if err != nil {
		line("error: " + err.Error())
		return
	}
	messages := make(chan chat.Message, 64)
	dc.OnOpen(func() { line("connected: type a line and press Enter") })
	dc.OnMessage(func(msg rtc.DataChannelMessage) {
		m, err := chat.Decode(msg.Data)
		if err != nil {
			line("bad message: " + err.Error())
			return
		}
		line(m.From + ": " + m.Text)
		messages <- m
	})
	browser.Input(app, "say something, then Enter", func(text string) {
		if err := dc.SendText(chat.Message{Text: text}.Encode()); err != nil {
			line("not sent: " + err.Error())
		}
	})
	if _, err := signaling.Join(context.Background(), browser.SignalURL(os.Getenv("SIGNAL_PATH"), ""), pc); err != nil {
		line("signaling: " + err.Error())
		return
	}
	if os.Getenv("HEADLESS") == "1" {
		_ = browser.PostResults(chatAlone(dc, messages))
		return
	}
	for range messages { // the handler above shows them
	}
}
